"""The money-safety suite against the fault-injecting sandbox: no payment doubled, none lost, every
OutcomeUnknownError matching the ledger. CI runs the bounded size; ``nox -s soak`` the large one
(``TS_SOAK_CALLS``)."""

from __future__ import annotations

import asyncio
import os
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest

from transaction_services import AsyncGateway, Gateway, Payment
from transaction_services._retry import RetryPolicy
from transaction_services_sandbox import Sandbox
from transaction_services_sandbox.config import SandboxConfig
from transaction_services_sandbox.faults import FAULT_KINDS

from .gateway_support import credentials
from .soak import CARD, CUSTOMER, soak

CI_CALLS = 1000
CALLS = int(os.environ.get("TS_SOAK_CALLS", CI_CALLS))


def test_fault_injected_money_calls_are_never_doubled_or_lost(capsys: pytest.CaptureFixture[str]) -> None:
    figures = soak(CALLS)
    with capsys.disabled():
        print(f"\nsoak: {figures.summary()}")
    assert figures.calls >= CALLS
    assert figures.doubles == []
    assert figures.losses == []
    assert figures.unknown_mismatches == []
    assert set(figures.faults_hit) == set(FAULT_KINDS), "every fault kind was met by a money call"
    # The short window ends before slow commits land, the long one outlasts them: both outcomes occur.
    assert figures.unknowns > 0
    assert any(key.endswith(":Payment") and count for key, count in figures.results.items())


def _control(sandbox: Sandbox, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
    response = httpx.request(method, f"{sandbox.url}/_sandbox/{path}", json=body, timeout=10)
    response.raise_for_status()
    return response.json()


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_token_expiry_under_50_concurrent_calls(kind: str) -> None:
    calls = 50
    policy = RetryPolicy(initial_delay=0.01, max_delay=0.05, settle_window=2.0, settle_delay=0.05)
    with Sandbox() as sandbox:
        expired = threading.Event()

        def purchase_sync(gateway: Gateway, i: int) -> Payment:
            if i == calls // 2:
                _control(sandbox, "POST", "clock/advance", {"seconds": 7200})  # every issued token expires
                expired.set()
            return gateway.purchase(
                merchant_transaction_id=f"expiry-{kind}-{i}",
                amount="10.00",
                currency="EUR",
                card=CARD,
                customer=CUSTOMER,
            )

        before = _control(sandbox, "GET", "stats")["token_requests"]
        if kind == "sync":
            with (
                Gateway(base_url=sandbox.url, credentials=credentials(), retry_policy=policy) as gateway,
                ThreadPoolExecutor(max_workers=calls) as pool,
            ):
                results = list(pool.map(lambda i: purchase_sync(gateway, i), range(calls)))
        else:

            async def main() -> list[Payment]:
                async with AsyncGateway(
                    base_url=sandbox.url, credentials=credentials(), retry_policy=policy
                ) as gateway:

                    async def one(i: int) -> Payment:
                        if i == calls // 2:
                            await asyncio.to_thread(_control, sandbox, "POST", "clock/advance", {"seconds": 7200})
                            expired.set()
                        return await gateway.purchase(
                            merchant_transaction_id=f"expiry-{kind}-{i}",
                            amount="10.00",
                            currency="EUR",
                            card=CARD,
                            customer=CUSTOMER,
                        )

                    return list(await asyncio.gather(*(one(i) for i in range(calls))))

            results = asyncio.run(main())
        token_requests = _control(sandbox, "GET", "stats")["token_requests"] - before
        assert expired.is_set()
        assert len(results) == calls
        assert all(p.approved for p in results), "0 failed calls"
        ids = {p.merchant_transaction_id for p in results}
        assert len(ids) == calls
        assert len(sandbox.ledger.payments()) == calls, "0 doubled"
        print(f"\ntoken expiry under {calls} concurrent calls ({kind}): {token_requests} token requests")
        # One token at the start, one refresh after the expiry (single flight); never one per call.
        assert 1 <= token_requests <= 3, token_requests


@pytest.mark.parametrize("unique_order_ids", [False, True])
@pytest.mark.parametrize("kind", ["sync", "async"])
def test_sending_an_order_id_again_returns_the_original_payment(kind: str, unique_order_ids: bool) -> None:
    # The merchant's own second attempt (after an OutcomeUnknownError, say): the gateway refuses the id
    # (SYS_UNIQUEORDER) and the SDK answers with the payment the first attempt made.
    with Sandbox(SandboxConfig(unique_order_id_required=unique_order_ids)) as sandbox:

        async def twice_async() -> tuple[Payment, Payment]:
            async with AsyncGateway(base_url=sandbox.url, credentials=credentials()) as gateway:
                first = await gateway.purchase(
                    merchant_transaction_id="dup-1", amount="10.00", currency="EUR", card=CARD, customer=CUSTOMER
                )
                again = await gateway.purchase(
                    merchant_transaction_id="dup-1", amount="10.00", currency="EUR", card=CARD, customer=CUSTOMER
                )
                return first, again

        if kind == "sync":
            with Gateway(base_url=sandbox.url, credentials=credentials()) as gateway:
                first = gateway.purchase(
                    merchant_transaction_id="dup-1", amount="10.00", currency="EUR", card=CARD, customer=CUSTOMER
                )
                again = gateway.purchase(
                    merchant_transaction_id="dup-1", amount="10.00", currency="EUR", card=CARD, customer=CUSTOMER
                )
        else:
            first, again = asyncio.run(twice_async())
        assert first.approved
        assert again.payment_id == first.payment_id
        assert again.approved
        assert [p.merchant_transaction_id for p in sandbox.ledger.payments()] == ["dup-1"]
