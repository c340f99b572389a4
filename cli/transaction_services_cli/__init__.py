"""The ``transaction-services`` command: ``demo`` and ``sandbox``.

The only package that imports both the SDK (``transaction_services``) and the sandbox
(``transaction_services_sandbox``); neither of those imports the other.
"""

from __future__ import annotations

from ._main import main

__all__ = ["main"]
