"""No card number, CVV, secure key or AuthToken in logs (at DEBUG), reprs or error messages."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator

import httpx
import pytest

from transaction_services import (
    Card,
    Credentials,
    Customer,
    GatewayError,
    TransactionServicesError,
    UnexpectedResponseError,
    ValidationError,
)
from transaction_services_sandbox import Sandbox, SandboxConfig, testdata

from .gateway_support import KINDS, Kind, open_subject

SECURE_KEY = "Zq9-live-SECRET-key-77"
PARTNER_KEY = "Pk4-partner-SECRET-55"
PAN = testdata.CARD_MASTERCARD
CVV = "739"
CUSTOMER = Customer(given_name="John", surname="Doe", email="john@example.com")


@pytest.fixture
def secret_sandbox() -> Iterator[Sandbox]:
    with Sandbox(SandboxConfig(secure_key=SECURE_KEY, partner_key=PARTNER_KEY)) as running:
        yield running


def leaks(text: str, tokens: set[str]) -> list[str]:
    found = [
        name
        for name, value in (("PAN", PAN), ("secure key", SECURE_KEY), ("partner key", PARTNER_KEY))
        if value in text
    ]
    if re.search(rf"(?<![0-9A-Za-z.]){CVV}(?![0-9A-Za-z])", text):  # not inside an id or a token
        found.append("CVV")
    found += ["AuthToken" for token in tokens if token and token in text]
    return found


@pytest.mark.parametrize("kind", KINDS)
def test_no_secret_in_logs_reprs_or_errors(
    secret_sandbox: Sandbox, caplog: pytest.LogCaptureFixture, kind: Kind
) -> None:
    credentials = Credentials(
        "11344", SECURE_KEY, "195", "testdoc", "1106", partner_username="testpartner", partner_key=PARTNER_KEY
    )
    card = Card(PAN, testdata.TEST_EXPIRY_MONTH, testdata.TEST_EXPIRY_YEAR, cvv=CVV)
    tokens: set[str] = set()
    texts: list[str] = []
    caplog.set_level(logging.DEBUG)
    with open_subject(kind, secret_sandbox.url, credentials, max_retries=0) as subject:
        http = (
            subject.target.raw.get_async_httpx_client() if subject.is_async else subject.target.raw.get_httpx_client()
        )

        def remember(request: httpx.Request) -> None:
            tokens.add(request.headers.get("AuthToken", ""))

        async def aremember(request: httpx.Request) -> None:
            remember(request)

        http.event_hooks["request"].append(aremember if subject.is_async else remember)
        gateway = subject.gateway
        payment = gateway.purchase(
            merchant_transaction_id=f"redaction-{kind}", amount="10.00", currency="EUR", card=card, customer=CUSTOMER
        )
        assert payment.approved
        tokens.add(gateway.partner_token())
        assert payment.payment_id is not None
        inquired = gateway.inquire(payment.payment_id)

        errors: list[TransactionServicesError] = []
        with pytest.raises(GatewayError) as refused:
            gateway.capture("99999999", "1.00")
        errors.append(refused.value)
        with pytest.raises(ValidationError) as invalid:
            Card(PAN[:-1] + str((int(PAN[-1]) + 1) % 10), "12", "2035", cvv=CVV)
        errors.append(invalid.value)
        httpx.post(f"{secret_sandbox.url}/_sandbox/faults", json={"kind": "http_500", "match": "/payments/"})
        with pytest.raises(UnexpectedResponseError) as unexpected:
            gateway.inquire(payment.payment_id)
        errors.append(unexpected.value)
        texts += [repr(subject.target), repr(credentials), repr(card), str(card), repr(payment), repr(inquired)]
        texts += [text for error in errors for text in (str(error), repr(error))]

    tokens.discard("")
    assert tokens, "the AuthTokens sent were not captured"
    assert all(len(token) > 20 for token in tokens)
    assert caplog.records, "nothing was logged at DEBUG"
    texts += [record.getMessage() for record in caplog.records]
    # every attribute of every record (extra fields included), except the numbers logging adds itself:
    # a timestamp's milliseconds or a thread id may well contain the CVV's three digits
    bookkeeping = {"created", "msecs", "relativeCreated", "thread", "process", "lineno", "taskName"}
    texts += [repr({k: v for k, v in vars(record).items() if k not in bookkeeping}) for record in caplog.records]
    found = {text[:80]: leaks(text, tokens) for text in texts if leaks(text, tokens)}
    assert found == {}
    # The masked forms are what remains.
    assert "554911******9586" in repr(card)
    assert "secure_key='***'" in repr(credentials)
