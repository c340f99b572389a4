"""`python -m transaction_services_sandbox`: run the sandbox."""

from .cli import main

raise SystemExit(main())
