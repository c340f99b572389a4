"""``python -m transaction_services_cli``."""

from __future__ import annotations

from ._main import main

raise SystemExit(main())
