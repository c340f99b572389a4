"""Typed helpers for the operations that needed ``gateway.raw`` before: QR checkout and status, the
``/inquiry`` endpoint, token renewal, invoice counts and transaction inquiry, partner-level tokens,
and ``invoices.list`` paging (sync and async), live against the sandbox."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from transaction_services import (
    AsyncGateway,
    Card,
    Credentials,
    Customer,
    Gateway,
    InvoiceTransaction,
    Outcome,
    ValidationError,
)
from transaction_services.auth import jwt_expiry
from transaction_services_sandbox import Sandbox, testdata

CUSTOMER = Customer(given_name="Ada", surname="Lovelace", email="ada@example.com")
CARD = Card(testdata.CARD_VISA, testdata.TEST_EXPIRY_MONTH, testdata.TEST_EXPIRY_YEAR, cvv="123")
RETURN_URL = "https://shop.example/return"


@pytest.fixture(scope="module")
def live() -> Iterator[Sandbox]:
    with Sandbox() as sandbox:
        yield sandbox


def partner_credentials(sandbox: Sandbox) -> Credentials:
    c = sandbox.config
    return Credentials(
        c.member_id,
        c.secure_key,
        c.partner_id,
        c.username,
        c.terminal_id,
        partner_username=c.partner_username,
        partner_key=c.partner_key,
    )


@pytest.fixture
def gateway(live: Sandbox) -> Iterator[Gateway]:
    with Gateway(base_url=live.url, credentials=partner_credentials(live)) as client:
        yield client


def control(sandbox: Sandbox, path: str) -> Any:
    return httpx.get(f"{sandbox.url}/_sandbox/{path}", timeout=10).json()


def test_qr_checkout_then_status(gateway: Gateway, live: Sandbox) -> None:
    created = gateway.qr_checkout(
        merchant_transaction_id="qr-order-1",
        amount="0.05",
        currency="eth",
        notification_url="https://shop.example/notify",
        display_amount="120.00",
        display_currency="USD",
        order_descriptor="Two phones",
    )
    assert created.outcome is Outcome.REDIRECT
    assert created.currency == "ETH"
    assert created.payment_brand == "QR"
    assert created.payment_id
    status = gateway.qr_status(created.payment_id)
    assert status.payment_id == created.payment_id
    assert status.outcome is Outcome.PENDING
    assert status.merchant_transaction_id == "qr-order-1"
    [payment] = [p for p in control(live, "ledger")["payments"] if str(p["payment_id"]) == created.payment_id]
    assert payment["tmpl_amount"] == "120.00"


def test_qr_checkout_validates_before_sending(gateway: Gateway) -> None:
    with pytest.raises(ValidationError) as info:
        gateway.qr_checkout(
            merchant_transaction_id="qr-2", amount="1.00", currency="ABC", notification_url="https://shop.example/n"
        )
    assert info.value.field == "currency"
    with pytest.raises(ValidationError) as info:
        gateway.qr_checkout(merchant_transaction_id="qr-2", amount="1.00", currency="BTC", notification_url="nope")
    assert info.value.field == "notification_url"


def test_status_inquiry_by_payment_id_and_by_merchant_id(gateway: Gateway) -> None:
    sale = gateway.purchase(
        merchant_transaction_id="inquiry-endpoint-1", amount="7.00", currency="EUR", card=CARD, customer=CUSTOMER
    )
    by_id = gateway.status_inquiry(str(sale.payment_id))
    by_reference = gateway.status_inquiry(merchant_transaction_id="inquiry-endpoint-1")
    assert by_id.payment_id == by_reference.payment_id == sale.payment_id
    assert by_id.outcome is by_reference.outcome is Outcome.APPROVED
    assert by_id.status == "capturesuccess"
    with pytest.raises(ValidationError):
        gateway.status_inquiry()


@pytest.mark.parametrize("invoice_service", [False, True])
def test_regenerate_token_gives_a_fresh_token(gateway: Gateway, invoice_service: bool) -> None:
    if invoice_service:  # the first call of a service fetches its token
        gateway.invoices.next_order_id()
    else:
        gateway.registrations()
    current = gateway._tokens[invoice_service].get()
    fresh = gateway.regenerate_token(invoice_service=invoice_service)
    assert fresh.count(".") == 2
    assert (jwt_expiry(fresh) or 0) >= (jwt_expiry(current) or 0)


def test_invoice_counts_transaction_and_paging(gateway: Gateway) -> None:
    invoices = gateway.invoices
    created = [
        invoices.generate(
            merchant_invoice_id=f"paging-{index}",
            amount="11.00",
            currency="EUR",
            customer=CUSTOMER,
            merchant_redirect_url=RETURN_URL,
        )
        for index in range(5)
    ]
    counts = invoices.counts()
    assert counts["generated"] >= 5
    assert all(isinstance(value, int) for value in counts.values())

    paid = created[0]
    unpaid = invoices.transaction(paid)
    assert isinstance(unpaid, InvoiceTransaction)
    assert unpaid.payment_id is None
    assert unpaid.outcome is None
    httpx.post(str(paid.pay_url), data={"decision": "approve"}, timeout=10)
    settled = invoices.transaction(paid)
    assert settled.invoice.status == "processed"
    assert settled.payment_id
    assert settled.status == "capturesuccess"
    assert settled.outcome is Outcome.APPROVED
    assert gateway.inquire(settled.payment_id).amount == paid.amount

    listed = [invoice.invoice_id for invoice in invoices.list(page_size=2)]  # several pages, then the end
    assert {invoice.invoice_id for invoice in created} <= set(listed)
    assert len(listed) == len(set(listed))
    assert invoices.counts()["processed"] >= 1


def test_partner_tokens_store_list_delete_with_a_partner_token(gateway: Gateway, live: Sandbox) -> None:
    customer = Customer(given_name="Grace", surname="Hopper", customer_id="partner-cust-1")
    registration = gateway.partner.register_card(CARD, customer=customer)
    assert registration.registration_id
    listed = gateway.partner.registrations()
    assert registration.registration_id in {r.registration_id for r in listed}
    assert gateway.partner.delete_registration(registration.registration_id)
    assert registration.registration_id not in {r.registration_id for r in gateway.partner.registrations()}
    assert gateway.partner is gateway.partner  # one partner client, one partner token
    # the sandbox refuses a merchant token for partner-signed calls: these went with a partner token
    assert control(live, "stats")["requests"].get("partnerAuthToken", 0) >= 1


def test_partner_calls_need_the_partner_login(live: Sandbox) -> None:
    c = live.config
    merchant_only = Credentials(c.member_id, c.secure_key, c.partner_id, c.username, c.terminal_id)
    with Gateway(base_url=live.url, credentials=merchant_only) as gateway:
        with pytest.raises(ValidationError) as info:
            gateway.partner.registrations()
        assert info.value.field == "credentials.partner_key"


def test_async_helpers(live: Sandbox) -> None:
    async def scenario() -> None:
        async with AsyncGateway(base_url=live.url, credentials=partner_credentials(live)) as gateway:
            created = await gateway.qr_checkout(
                merchant_transaction_id="qr-async-1",
                amount="0.01",
                currency="BTC",
                notification_url="https://shop.example/notify",
            )
            assert (await gateway.qr_status(str(created.payment_id))).payment_id == created.payment_id
            inquired = await gateway.status_inquiry(merchant_transaction_id="qr-async-1")
            assert inquired.payment_id == created.payment_id
            assert (await gateway.regenerate_token()).count(".") == 2
            for index in range(3):
                await gateway.invoices.generate(
                    merchant_invoice_id=f"async-paging-{index}",
                    amount="3.00",
                    currency="EUR",
                    customer=CUSTOMER,
                    merchant_redirect_url=RETURN_URL,
                )
            invoices = [invoice async for invoice in gateway.invoices.list(page_size=2)]
            listed = [invoice.invoice_id for invoice in invoices]
            assert len(listed) >= 3
            assert len(listed) == len(set(listed))
            assert (await gateway.invoices.counts())["generated"] >= 3
            transaction = await gateway.invoices.transaction(invoices[0])
            assert transaction.invoice.invoice_id == listed[0]
            registration = await gateway.partner.register_card(CARD, customer=CUSTOMER)
            assert registration.registration_id in {r.registration_id for r in await gateway.partner.registrations()}
            assert await gateway.partner.delete_registration(registration.registration_id)

    asyncio.run(scenario())
