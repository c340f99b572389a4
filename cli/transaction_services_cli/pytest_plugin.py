"""pytest fixtures for merchants' tests, registered by installing ``transaction-services[sandbox]``.

- ``transaction_services_sandbox``: a running sandbox (session-wide), docs sample credentials;
- ``transaction_services_gateway``: a :class:`~transaction_services.Gateway` on that sandbox;
- ``transaction_services_receiver``: a local server recording what is POSTed to it (notifications);
- ``transaction_services_callbacks``: signs notifications and browser returns with the sandbox's key,
  and completes a redirect on the sandbox's approval page as the customer's browser would.

It lives in the command's package because it joins the SDK and the sandbox, which never import
each other.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from decimal import Decimal
from typing import Literal

import httpx
import pytest

from transaction_services import Credentials, Gateway, Redirect, sign_notification, sign_redirect
from transaction_services_sandbox import Sandbox
from transaction_services_sandbox.pytest_plugin import transaction_services_receiver, transaction_services_sandbox

__all__ = [
    "SignedCallbacks",
    "transaction_services_callbacks",
    "transaction_services_gateway",
    "transaction_services_receiver",
    "transaction_services_sandbox",
]

_HIDDEN_INPUT = re.compile(r"<input type='hidden' name='([^']*)' value='([^']*)'>")


class SignedCallbacks:
    """Makes the callbacks a merchant's endpoints receive, signed with the sandbox's secure key."""

    def __init__(self, secure_key: str) -> None:
        self.secure_key = secure_key

    def notification(
        self,
        *,
        payment_id: str,
        merchant_transaction_id: str,
        amount: str | Decimal,
        transaction_status: str = "Y",
        currency: str = "EUR",
    ) -> str:
        """A signed notification JSON body, as the gateway POSTs it to ``notificationUrl``."""
        return sign_notification(
            payment_id=payment_id,
            merchant_transaction_id=merchant_transaction_id,
            amount=amount,
            transaction_status=transaction_status,
            currency=currency,
            secure_key=self.secure_key,
        )

    def browser_return(
        self, *, payment_id: str, merchant_transaction_id: str, amount: str | Decimal, status: str = "Y"
    ) -> dict[str, str]:
        """Signed browser-return form fields, as the customer's browser posts them to ``merchantRedirectUrl``."""
        return sign_redirect(
            payment_id=payment_id,
            merchant_transaction_id=merchant_transaction_id,
            amount=amount,
            status=status,
            secure_key=self.secure_key,
        )

    def complete(self, redirect: Redirect, decision: Literal["approve", "decline"] = "approve") -> dict[str, str]:
        """Approve (or decline) on the sandbox's page; return the browser-return fields it sends back.

        The sandbox then also POSTs the signed notification to the payment's ``notification_url``.
        """
        page = httpx.post(redirect.url, data={**dict(redirect.parameters), "decision": decision}, timeout=10)
        page.raise_for_status()
        if page.status_code == 303:  # redirectMethod GET: the fields are in the Location's query
            query = httpx.URL(page.headers["location"]).params
            return dict(query.multi_items())
        return {html.unescape(k): html.unescape(v) for k, v in _HIDDEN_INPUT.findall(page.text)}


@pytest.fixture
def transaction_services_gateway(transaction_services_sandbox: Sandbox) -> Iterator[Gateway]:
    """A Gateway on the session's sandbox, with its credentials; closed after the test."""
    config = transaction_services_sandbox.config
    credentials = Credentials(
        config.member_id, config.secure_key, config.partner_id, config.username, config.terminal_id
    )
    with Gateway(base_url=transaction_services_sandbox.url, credentials=credentials) as gateway:
        yield gateway


@pytest.fixture
def transaction_services_callbacks(transaction_services_sandbox: Sandbox) -> SignedCallbacks:
    """Signed notifications and browser returns, and completion of sandbox redirects."""
    return SignedCallbacks(transaction_services_sandbox.config.secure_key)
