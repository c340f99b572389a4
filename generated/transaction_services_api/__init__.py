"""A client library for accessing transactionServices and invoiceServices REST v1"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
