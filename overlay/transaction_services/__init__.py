"""Python SDK for the transactionServices REST v1 card-payment gateway.

Every public name is loaded on first use (PEP 562): ``import transaction_services`` costs almost
nothing, and a program pays only for what it touches (``Gateway`` does not load asyncio, the invoice
service or ``AsyncGateway``).
"""

from __future__ import annotations

__version__ = "0.1.0"

import importlib as _importlib
import logging as _logging
import typing as _typing

from ._constants import LOGGER_NAME as _LOGGER_NAME

if _typing.TYPE_CHECKING:
    from ._async_client import AsyncGateway
    from ._client import Gateway
    from ._invoices import AsyncInvoices, Invoices
    from ._partner import AsyncPartner, Partner
    from ._retry import RetryPolicy
    from .callbacks import parse_notification, parse_redirect, sign_notification, sign_redirect
    from .config import Credentials, GatewayConfig
    from .errors import (
        AuthenticationError,
        DuplicateOrderError,
        GatewayError,
        OutcomeUnknownError,
        SignatureError,
        TransactionServicesError,
        TransportError,
        UnexpectedResponseError,
        ValidationError,
        error_for_result,
    )
    from .flows.service import InvoiceTransaction
    from .models import (
        BankAccount,
        Card,
        CardInfo,
        Customer,
        Invoice,
        Notification,
        Outcome,
        Payment,
        Payout,
        Redirect,
        RedirectReturn,
        Registration,
        Transaction,
        derive_outcome,
    )

__all__ = [
    "AsyncGateway",
    "AsyncInvoices",
    "AsyncPartner",
    "AuthenticationError",
    "BankAccount",
    "Card",
    "CardInfo",
    "Credentials",
    "Customer",
    "DuplicateOrderError",
    "Gateway",
    "GatewayConfig",
    "GatewayError",
    "Invoice",
    "InvoiceTransaction",
    "Invoices",
    "Notification",
    "Outcome",
    "OutcomeUnknownError",
    "Partner",
    "Payment",
    "Payout",
    "Redirect",
    "RedirectReturn",
    "Registration",
    "RetryPolicy",
    "SignatureError",
    "Transaction",
    "TransactionServicesError",
    "TransportError",
    "UnexpectedResponseError",
    "ValidationError",
    "derive_outcome",
    "error_for_result",
    "parse_notification",
    "parse_redirect",
    "sign_notification",
    "sign_redirect",
]

# Where each public name lives.
_EXPORTS = {
    "Gateway": "._client",
    "AsyncGateway": "._async_client",
    "AsyncInvoices": "._invoices",
    "Invoices": "._invoices",
    "AsyncPartner": "._partner",
    "Partner": "._partner",
    "RetryPolicy": "._retry",
    "parse_notification": ".callbacks",
    "parse_redirect": ".callbacks",
    "sign_notification": ".callbacks",
    "sign_redirect": ".callbacks",
    "Credentials": ".config",
    "GatewayConfig": ".config",
    "AuthenticationError": ".errors",
    "DuplicateOrderError": ".errors",
    "GatewayError": ".errors",
    "OutcomeUnknownError": ".errors",
    "SignatureError": ".errors",
    "TransactionServicesError": ".errors",
    "TransportError": ".errors",
    "UnexpectedResponseError": ".errors",
    "ValidationError": ".errors",
    "error_for_result": ".errors",
    "InvoiceTransaction": ".flows.service",
    "BankAccount": ".models",
    "Card": ".models",
    "CardInfo": ".models",
    "Customer": ".models",
    "Invoice": ".models",
    "Notification": ".models",
    "Outcome": ".models",
    "Payment": ".models",
    "Payout": ".models",
    "Redirect": ".models",
    "RedirectReturn": ".models",
    "Registration": ".models",
    "Transaction": ".models",
    "derive_outcome": ".models",
}


# Hidden from type checkers: to them the names are the imports above, so a misspelled name stays an error.
if not _typing.TYPE_CHECKING:

    def __getattr__(name: str) -> object:
        """Import the module of a public name the first time it is asked for."""
        module = _EXPORTS.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(_importlib.import_module(module, __name__), name)
        globals()[name] = value  # later look-ups are plain attribute reads
        return value

    def __dir__() -> list[str]:
        """The public names and what is loaded."""
        return sorted({*globals(), *__all__})


# A library never prints: without the application's own logging setup, its records go nowhere.
_logging.getLogger(_LOGGER_NAME).addHandler(_logging.NullHandler())
