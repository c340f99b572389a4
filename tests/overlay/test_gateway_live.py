"""Live tests against the sandbox (no cassettes): single-flight tokens, retries that never
double-charge, token expiry, callbacks end to end.

Retry delays: ``fast_retries`` swaps ``GatewayConfig.retry_policy`` for one with millisecond delays
and a one-second settle window.
"""

from __future__ import annotations

import asyncio
import html
import json
import logging
import re
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest

from transaction_services import (
    AsyncGateway,
    Card,
    Customer,
    Gateway,
    Outcome,
    OutcomeUnknownError,
    SignatureError,
    parse_notification,
    parse_redirect,
)
from transaction_services._retry import RetryPolicy
from transaction_services.config import GatewayConfig
from transaction_services_sandbox import Sandbox, testdata
from transaction_services_sandbox.receiver import Receiver

from .gateway_support import KINDS, Kind, Subject, credentials, open_subject

KEY = "secureKey"
CUSTOMER = Customer(given_name="John", surname="Doe", email="john@example.com")
CARD = Card(testdata.CARD_VISA, testdata.TEST_EXPIRY_MONTH, testdata.TEST_EXPIRY_YEAR, cvv="123")
THREE_DS_CARD = Card(testdata.CARD_3DS, testdata.TEST_EXPIRY_MONTH, testdata.TEST_EXPIRY_YEAR, cvv="123")
CALL_TIMEOUT = 60.0
LOGGER = "transaction_services"


# --- sandbox control ------------------------------------------------------------------------------


def control(sandbox: Sandbox, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
    response = httpx.request(method, f"{sandbox.url}/_sandbox/{path}", json=body, timeout=10)
    response.raise_for_status()
    return response.json()


def stats(sandbox: Sandbox) -> dict[str, Any]:
    result: dict[str, Any] = control(sandbox, "GET", "stats")
    return result


def inject(sandbox: Sandbox, kind: str, match: str, count: int = 1) -> None:
    control(sandbox, "POST", "faults", {"kind": kind, "match": match, "count": count})


def payments_for(sandbox: Sandbox, merchant_transaction_id: str) -> list[dict[str, Any]]:
    ledger = control(sandbox, "GET", "ledger")
    return [p for p in ledger["payments"] if p["merchant_transaction_id"] == merchant_transaction_id]


def operations_of(sandbox: Sandbox, payment_id: str) -> list[str]:
    return [op["operation"] for op in control(sandbox, "GET", f"ledger/payments/{payment_id}")["operations"]]


@pytest.fixture
def live() -> Iterator[Sandbox]:
    """A sandbox of its own (faults, clock and counters do not leak into other tests)."""
    with Sandbox() as running:
        yield running


@pytest.fixture
def fast_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    """Millisecond backoff: the overlay offers no way to shorten RetryPolicy's delays."""
    monkeypatch.setattr(
        GatewayConfig,
        "retry_policy",
        property(
            lambda self: RetryPolicy(
                max_retries=self.max_retries, initial_delay=0.001, max_delay=0.05, settle_window=1.0, settle_delay=0.01
            )
        ),
    )


# --- a. single flight ------------------------------------------------------------------------------


def test_cold_gateway_fetches_one_token_for_200_threads(sandbox: Sandbox) -> None:
    threads = 200
    before = stats(sandbox)["token_requests"]
    barrier = threading.Barrier(threads, timeout=CALL_TIMEOUT)
    with Gateway(base_url=sandbox.url, credentials=credentials()) as gateway:

        def call(_: int) -> int:
            barrier.wait()
            return len(gateway.registrations("nobody"))

        with ThreadPoolExecutor(max_workers=threads) as pool:
            results = list(pool.map(call, range(threads), timeout=CALL_TIMEOUT))
    assert results == [0] * threads
    assert stats(sandbox)["token_requests"] - before == 1


def test_cold_async_gateway_fetches_one_token_for_500_tasks(sandbox: Sandbox) -> None:
    tasks = 500
    before = stats(sandbox)["token_requests"]

    async def main() -> list[int]:
        async with AsyncGateway(base_url=sandbox.url, credentials=credentials()) as gateway:

            async def call() -> int:
                return len(await gateway.registrations("nobody"))

            return await asyncio.wait_for(asyncio.gather(*(call() for _ in range(tasks))), CALL_TIMEOUT)

    assert asyncio.run(main()) == [0] * tasks
    assert stats(sandbox)["token_requests"] - before == 1


# --- b. retries never double-charge ----------------------------------------------------------------


@pytest.fixture(params=KINDS)
def retrying(request: pytest.FixtureRequest, live: Sandbox, fast_retries: None) -> Iterator[Subject]:
    kind: Kind = request.param
    with open_subject(kind, live.url, credentials(), max_retries=2) as subject:
        subject.gateway.registrations("warm-up")  # the token is fetched before any fault is armed
        yield subject
    control(live, "DELETE", "faults")


def test_dropped_after_commit_is_recovered_by_inquiry(
    retrying: Subject, live: Sandbox, caplog: pytest.LogCaptureFixture
) -> None:
    mtid = retrying.mtid("drop-after")
    inject(live, "drop_after", "/payments")
    with caplog.at_level(logging.WARNING, LOGGER):
        payment = retrying.gateway.purchase(
            merchant_transaction_id=mtid, amount="10.00", currency="EUR", card=CARD, customer=CUSTOMER
        )
    assert payment.outcome is Outcome.APPROVED
    assert payment.merchant_transaction_id == mtid
    assert len(payments_for(live, mtid)) == 1
    assert [p["payment_id"] for p in payments_for(live, mtid)] == [int(str(payment.payment_id))]
    assert any("recovered by inquiry" in record.getMessage() for record in caplog.records)


def test_a_connection_dropped_before_processing_is_never_resent(retrying: Subject, live: Sandbox) -> None:
    # The request reached the server, which closed the connection: nothing proves it was not processed.
    mtid = retrying.mtid("drop-before")
    inject(live, "drop_before", "/payments")
    with pytest.raises(OutcomeUnknownError) as caught:
        retrying.gateway.purchase(
            merchant_transaction_id=mtid, amount="10.00", currency="EUR", card=CARD, customer=CUSTOMER
        )
    assert caught.value.merchant_transaction_id == mtid
    assert payments_for(live, mtid) == [], "the ledger agrees: no payment, and none was sent a second time"
    assert stats(live)["requests"].get("payments", 0) <= 1


def test_read_is_retried_after_503(retrying: Subject, live: Sandbox, caplog: pytest.LogCaptureFixture) -> None:
    mtid = retrying.mtid("read-503")
    sale = retrying.gateway.purchase(
        merchant_transaction_id=mtid, amount="10.00", currency="EUR", card=CARD, customer=CUSTOMER
    )
    assert sale.payment_id is not None
    inject(live, "http_503", f"/payments/{sale.payment_id}")
    with caplog.at_level(logging.WARNING, LOGGER):
        found = retrying.gateway.inquire(sale.payment_id)
    assert found.payment_id == sale.payment_id
    assert found.outcome is Outcome.APPROVED
    assert any("inquire failed (http_5xx); retry 1" in record.getMessage() for record in caplog.records)
    assert control(live, "GET", "faults")["faults"] == []


def test_money_call_whose_inquiry_fails_raises_outcome_unknown(retrying: Subject, live: Sandbox) -> None:
    mtid = retrying.mtid("unknown")
    inject(live, "drop_after", "/payments")
    inject(live, "http_503", f"/payments/{mtid}", count=100_000)
    with pytest.raises(OutcomeUnknownError) as caught:
        retrying.gateway.purchase(
            merchant_transaction_id=mtid, amount="10.00", currency="EUR", card=CARD, customer=CUSTOMER
        )
    assert caught.value.merchant_transaction_id == mtid
    assert caught.value.operation == "purchase"
    assert mtid in str(caught.value)
    # The purchase was committed once and never sent again.
    assert len(payments_for(live, mtid)) == 1


def test_capture_dropped_after_commit_is_settled_as_applied_and_never_resent(retrying: Subject, live: Sandbox) -> None:
    auth = retrying.gateway.authorize(
        merchant_transaction_id=retrying.mtid("capture-drop"),
        amount="20.00",
        currency="EUR",
        card=CARD,
        customer=CUSTOMER,
    )
    assert auth.payment_id is not None
    inject(live, "drop_after", f"/payments/{auth.payment_id}")
    captured = retrying.gateway.capture(auth.payment_id, "5.00")
    assert captured.payment_id == auth.payment_id
    assert captured.outcome is Outcome.APPROVED
    assert captured.status == "capturesuccess"
    assert operations_of(live, auth.payment_id).count("CP") == 1


# --- c. token expiry -------------------------------------------------------------------------------


def _list_requests(sandbox: Sandbox) -> int:
    return sum(n for name, n in stats(sandbox)["requests"].items() if "CardsAndAccounts" in name)


@pytest.mark.parametrize("kind", KINDS)
def test_expired_token_is_refreshed_once_after_401(live: Sandbox, kind: Kind) -> None:
    """Reactive path: the sandbox's clock jumps, the SDK's does not, so the SDK sends the stale token."""
    with open_subject(kind, live.url, credentials()) as subject:
        subject.gateway.registrations()
        tokens, lists = stats(live)["token_requests"], _list_requests(live)
        control(live, "POST", "clock/advance", {"seconds": 3700})
        assert subject.gateway.registrations() == []
        assert stats(live)["token_requests"] - tokens == 1
        assert _list_requests(live) - lists == 2  # the rejected call and its one retry
        subject.gateway.registrations()
        assert stats(live)["token_requests"] - tokens == 1  # the new token is cached


@pytest.mark.parametrize("kind", KINDS)
def test_token_near_expiry_is_refreshed_before_use(live: Sandbox, kind: Kind) -> None:
    """Proactive path: the SDK's own clock (the provider's, set through a private hook) passes the JWT exp."""
    with open_subject(kind, live.url, credentials()) as subject:
        subject.gateway.registrations()
        tokens, lists = stats(live)["token_requests"], _list_requests(live)
        provider = subject.target._tokens[False]
        provider._clock = lambda: time.time() + 3500
        subject.gateway.registrations()
        assert stats(live)["token_requests"] - tokens == 1
        assert _list_requests(live) - lists == 1  # no rejected call


# --- d. callbacks end to end ---------------------------------------------------------------------

_HIDDEN = re.compile(r"<input type='hidden' name='([^']*)' value='([^']*)'>")


@pytest.mark.parametrize("redirect_method", ["GET", "POST"])
def test_three_d_secure_callbacks_end_to_end(
    sandbox: Sandbox, notification_receiver: Receiver, redirect_method: str
) -> None:
    mtid = f"callbacks-{redirect_method}"
    with Gateway(base_url=sandbox.url, credentials=credentials()) as gateway:
        pending = gateway.purchase(
            merchant_transaction_id=mtid,
            amount="42.00",
            currency="EUR",
            card=THREE_DS_CARD,
            customer=CUSTOMER,
            notification_url=f"{notification_receiver.url}/notify",
            merchant_redirect_url=f"{notification_receiver.url}/return",
            redirect_method="GET" if redirect_method == "GET" else "POST",
        )
        assert pending.outcome is Outcome.REDIRECT
        assert pending.redirect is not None
        page = httpx.post(
            pending.redirect.url, data={**dict(pending.redirect.parameters), "decision": "approve"}, timeout=10
        )

        if redirect_method == "GET":
            assert page.status_code == 303
            returned = parse_redirect(page.headers["location"], KEY)
            tampered: dict[str, str] | str = page.headers["location"].replace("status=Y", "status=N")
        else:
            assert page.status_code == 200
            fields = {html.unescape(k): html.unescape(v) for k, v in _HIDDEN.findall(page.text)}
            returned = parse_redirect(fields, KEY)
            tampered = {**fields, "amount": "1.00"}
        assert returned.payment_id == pending.payment_id
        assert returned.merchant_transaction_id == mtid
        assert returned.outcome is Outcome.APPROVED
        with pytest.raises(SignatureError):
            parse_redirect(tampered, KEY)

        [received] = notification_receiver.wait_for(1, timeout=10)
        assert received.method == "POST"
        assert received.path == "/notify"
        notification = parse_notification(received.body, KEY)
        assert notification.payment_id == pending.payment_id
        assert notification.merchant_transaction_id == mtid
        assert notification.outcome is Outcome.APPROVED
        assert str(notification.amount) == "42.00"
        body = received.json()
        body["amount"] = "4200.00"
        with pytest.raises(SignatureError):
            parse_notification(json.dumps(body), KEY)
        with pytest.raises(SignatureError):
            parse_notification(received.body, "anotherKey")
        assert gateway.inquire(str(pending.payment_id)).outcome is Outcome.APPROVED
