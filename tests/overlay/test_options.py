"""Client options: ``with_options`` shares the pool and the AuthToken, the User-Agent, ``__version__``."""

from __future__ import annotations

import asyncio
import platform
import re
from typing import Any

import httpx
import pytest

import transaction_services
from transaction_services import AsyncGateway, Card, Customer, Gateway, Outcome
from transaction_services_sandbox import Sandbox, testdata

from .gateway_support import credentials

CUSTOMER = Customer(given_name="Ada", surname="Lovelace")
CARD = Card(testdata.CARD_VISA, testdata.TEST_EXPIRY_MONTH, testdata.TEST_EXPIRY_YEAR, cvv="123")


def _token_requests(sandbox: Sandbox) -> int:
    stats: dict[str, Any] = httpx.get(f"{sandbox.url}/_sandbox/stats", timeout=10).json()
    return int(stats["token_requests"])


def test_version_is_the_distributions() -> None:
    from importlib.metadata import version

    assert re.fullmatch(r"[0-9]+\.[0-9]+\.[0-9]+", transaction_services.__version__)
    assert version("transaction-services") == transaction_services.__version__


def test_user_agent_names_sdk_python_and_httpx(sandbox: Sandbox) -> None:
    seen: list[str] = []
    hooks = {"request": [lambda request: seen.append(request.headers["User-Agent"])]}
    with (
        httpx.Client(event_hooks=hooks) as http,
        Gateway(base_url=sandbox.url, credentials=credentials(), http_client=http) as gateway,
    ):
        gateway.registrations()
    expected = (
        f"transaction-services/{transaction_services.__version__} "
        f"python/{platform.python_version()} httpx/{httpx.__version__}"
    )
    assert len(seen) == 2  # the token request and the call
    assert set(seen) == {expected}


def test_a_callers_own_user_agent_is_kept(sandbox: Sandbox) -> None:
    with httpx.Client(headers={"User-Agent": "shop/2.0"}) as http:
        Gateway(base_url=sandbox.url, credentials=credentials(), http_client=http)
        assert http.headers["User-Agent"] == "shop/2.0"


def test_with_options_shares_pool_and_token_but_not_settings(sandbox: Sandbox) -> None:
    with Gateway(base_url=sandbox.url, credentials=credentials(), timeout=30, max_retries=2) as gateway:
        gateway.registrations()  # fetches the AuthToken
        before = _token_requests(sandbox)
        quick = gateway.with_options(timeout=5, max_retries=0)
        assert isinstance(quick, Gateway)
        assert quick.config.timeout == httpx.Timeout(5.0)
        assert quick.config.max_retries == 0
        assert quick.config.retry_policy.max_retries == 0
        assert gateway.config.timeout == httpx.Timeout(30.0)  # the original keeps its settings
        assert gateway.config.max_retries == 2
        original_http, quick_http = gateway.raw.get_httpx_client(), quick.raw.get_httpx_client()
        assert quick_http is not original_http
        assert quick_http._transport is original_http._transport  # one connection pool
        assert quick_http.timeout == httpx.Timeout(5.0)
        assert original_http.timeout == httpx.Timeout(30.0)

        payment = quick.purchase(
            merchant_transaction_id="with-options-1", amount="3.00", currency="EUR", card=CARD, customer=CUSTOMER
        )
        assert payment.outcome is Outcome.APPROVED
        assert quick.invoices.next_order_id()
        assert _token_requests(sandbox) - before == 1  # the invoice service's token only: payments reused it
        quick.close()  # leaves the shared pool open
        assert gateway.inquire(str(payment.payment_id)).outcome is Outcome.APPROVED


def test_async_with_options_shares_pool(sandbox: Sandbox) -> None:
    async def scenario() -> None:
        async with AsyncGateway(base_url=sandbox.url, credentials=credentials()) as gateway:
            quick = gateway.with_options(timeout=httpx.Timeout(4.0))
            assert isinstance(quick, AsyncGateway)
            assert quick.raw.get_async_httpx_client()._transport is gateway.raw.get_async_httpx_client()._transport
            assert quick.config.timeout == httpx.Timeout(4.0)
            assert quick.config.max_retries == gateway.config.max_retries
            payment = await quick.purchase(
                merchant_transaction_id="with-options-async-1",
                amount="3.00",
                currency="EUR",
                card=CARD,
                customer=CUSTOMER,
            )
            assert payment.outcome is Outcome.APPROVED
            await quick.close()
            assert (await gateway.inquire(str(payment.payment_id))).outcome is Outcome.APPROVED

    asyncio.run(scenario())


@pytest.mark.parametrize("bad", [{"timeout": -1}, {"max_retries": -1}])
def test_with_options_validates(sandbox: Sandbox, bad: dict[str, Any]) -> None:
    with (
        Gateway(base_url=sandbox.url, credentials=credentials()) as gateway,
        pytest.raises(transaction_services.ValidationError),
    ):
        gateway.with_options(**bad)
