"""Python SDK for the transactionServices REST v1 card-payment gateway."""

from __future__ import annotations

__version__ = "0.1.0"

import logging as _logging

from ._client import AsyncGateway, AsyncInvoices, AsyncPartner, Gateway, Invoices, Partner
from ._constants import LOGGER_NAME as _LOGGER_NAME
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

# A library never prints: without the application's own logging setup, its records go nowhere.
_logging.getLogger(_LOGGER_NAME).addHandler(_logging.NullHandler())
