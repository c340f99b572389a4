"""Every flow of Gateway and AsyncGateway, replayed from cassettes recorded against the sandbox.

Each scenario is written once and runs for both clients (``subject`` is parametrized sync/async);
each run has its own cassette under tests/cassettes/test_gateway_flows/. Replay can reach no host at
all (``block_network`` with a host pattern that matches nothing).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import httpx
import pytest

from transaction_services import (
    BankAccount,
    Card,
    Customer,
    GatewayError,
    Invoice,
    Outcome,
    Redirect,
    Registration,
    signing,
)
from transaction_services_api.api.registrations import list_cards_and_accounts
from transaction_services_api.models import CardsAndAccountsRequest, GatewayResponse
from transaction_services_sandbox import testdata

from .gateway_support import NO_HOST, Subject, credentials

pytestmark = [pytest.mark.vcr, pytest.mark.block_network(allowed_hosts=[NO_HOST])]

RETURN_URL = "https://merchant.example/return"
CUSTOMER = Customer(given_name="John", surname="Doe", email="john@example.com", customer_id="cust-flows")
CARD = Card(testdata.CARD_VISA, testdata.TEST_EXPIRY_MONTH, testdata.TEST_EXPIRY_YEAR, cvv=testdata.TEST_CVV)
DECLINE_CARD = Card(testdata.CARD_DECLINE, testdata.TEST_EXPIRY_MONTH, testdata.TEST_EXPIRY_YEAR, cvv="123")
THREE_DS_CARD = Card(testdata.CARD_3DS, testdata.TEST_EXPIRY_MONTH, testdata.TEST_EXPIRY_YEAR, cvv="123")
SEPA_ACCOUNT = BankAccount(iban=testdata.TEST_IBAN, bic=testdata.TEST_BIC)
FROM, TO = date(2020, 1, 1), date(2039, 12, 31)


def approve(redirect: Redirect) -> httpx.Response:
    """What the customer's browser does on the approval page, with the sandbox's shortcut field."""
    fields = dict(redirect.parameters)
    fields["decision"] = "approve"
    return httpx.post(redirect.url, data=fields, timeout=10)


# --- payments -------------------------------------------------------------------------------------


def test_purchase_approved(subject: Subject) -> None:
    payment = subject.gateway.purchase(
        merchant_transaction_id=subject.mtid("purchase"), amount="10.00", currency="EUR", card=CARD, customer=CUSTOMER
    )
    assert payment.outcome is Outcome.APPROVED
    assert payment.is_final
    assert payment.approved
    assert payment.payment_id
    assert payment.merchant_transaction_id == subject.mtid("purchase")
    assert payment.amount == Decimal("10.00")
    assert payment.currency == "EUR"
    assert payment.result_code == "00001"
    assert payment.card is not None
    assert (payment.card.bin, payment.card.last4) == ("411111", "1111")
    assert payment.timestamp is not None
    assert payment.timestamp.tzinfo is not None
    assert isinstance(payment.raw, GatewayResponse), "the raw parsed model of the generated client"
    assert payment.raw.payment_id == payment.payment_id


def test_purchase_declined_is_a_result(subject: Subject) -> None:
    payment = subject.gateway.purchase(
        merchant_transaction_id=subject.mtid("decline"),
        amount="10.00",
        currency="EUR",
        card=DECLINE_CARD,
        customer=CUSTOMER,
    )
    assert payment.outcome is Outcome.DECLINED
    assert payment.is_final
    assert not payment.approved
    assert payment.result_code == "10001"
    assert payment.result_description
    assert payment.payment_id


def test_authorize_capture_refund(subject: Subject) -> None:
    gateway = subject.gateway
    auth = gateway.authorize(
        merchant_transaction_id=subject.mtid("auth"), amount="20.00", currency="EUR", card=CARD, customer=CUSTOMER
    )
    assert auth.outcome is Outcome.APPROVED
    assert auth.payment_id is not None
    captured = gateway.capture(auth.payment_id, "15.00")
    assert captured.outcome is Outcome.APPROVED
    assert captured.payment_id == auth.payment_id
    assert captured.amount == Decimal("15.00")
    assert captured.result_code == "00004"
    refunded = gateway.refund(auth.payment_id, "5.00")
    assert refunded.outcome is Outcome.REFUNDED
    assert refunded.payment_id == auth.payment_id
    assert refunded.amount == Decimal("5.00")


def test_authorize_cancel(subject: Subject) -> None:
    gateway = subject.gateway
    auth = gateway.authorize(
        merchant_transaction_id=subject.mtid("cancel"), amount="20.00", currency="EUR", card=CARD, customer=CUSTOMER
    )
    assert auth.payment_id is not None
    cancelled = gateway.cancel(auth.payment_id, reason="customer changed mind")
    assert cancelled.outcome is Outcome.CANCELLED
    assert cancelled.payment_id == auth.payment_id
    assert gateway.inquire(auth.payment_id).outcome is Outcome.CANCELLED


def test_inquire_by_payment_id_and_by_merchant_transaction_id(subject: Subject) -> None:
    gateway = subject.gateway
    mtid = subject.mtid("inquire")
    sale = gateway.purchase(merchant_transaction_id=mtid, amount="7.50", currency="EUR", card=CARD, customer=CUSTOMER)
    assert sale.payment_id is not None
    by_id = gateway.inquire(sale.payment_id)
    by_reference = gateway.inquire(merchant_transaction_id=mtid)
    for found in (by_id, by_reference):
        assert found.payment_id == sale.payment_id
        assert found.merchant_transaction_id == mtid
        assert found.status == "capturesuccess"
        assert found.outcome is Outcome.APPROVED
        assert found.amount == Decimal("7.50")


def test_three_d_secure_redirect_then_wait_for_final(subject: Subject) -> None:
    gateway = subject.gateway
    pending = gateway.purchase(
        merchant_transaction_id=subject.mtid("3ds"),
        amount="12.00",
        currency="EUR",
        card=THREE_DS_CARD,
        customer=CUSTOMER,
        merchant_redirect_url=RETURN_URL,
    )
    assert pending.outcome is Outcome.REDIRECT
    assert not pending.is_final
    assert pending.payment_id is not None
    redirect = pending.redirect
    assert isinstance(redirect, Redirect)
    assert redirect.url.startswith(("http://", "https://"))
    assert {"MD"} <= {name for name, _ in redirect.parameters}
    assert "<form" in redirect.to_html_form()

    page = approve(redirect)
    assert page.status_code == 200
    assert RETURN_URL in page.text  # the auto-submitting browser return to the merchant

    final = gateway.wait_for_final(pending.payment_id, timeout=5, poll_interval=0.01)
    assert final.is_final
    assert final.outcome is Outcome.APPROVED
    assert final.payment_id == pending.payment_id


def test_async_payment_method_is_pending_with_redirect(subject: Subject) -> None:
    payment = subject.gateway.purchase(
        merchant_transaction_id=subject.mtid("sofort"),
        amount="30.00",
        currency="EUR",
        payment_mode="NB",
        payment_brand="SOFORT",
        customer=CUSTOMER,
        merchant_redirect_url=RETURN_URL,
    )
    assert payment.outcome is Outcome.REDIRECT
    assert not payment.is_final
    assert payment.redirect is not None
    assert payment.payment_id


def test_sepa_purchase(subject: Subject) -> None:
    payment = subject.gateway.purchase(
        merchant_transaction_id=subject.mtid("sepa"),
        amount="25.00",
        currency="EUR",
        bank_account=SEPA_ACCOUNT,
        customer=CUSTOMER,
    )
    assert payment.outcome is Outcome.APPROVED
    assert payment.payment_id
    assert payment.amount == Decimal("25.00")


def test_refusal_raises_gateway_error(subject: Subject) -> None:
    with pytest.raises(GatewayError) as caught:
        subject.gateway.capture("99999999", "1.00")
    error = caught.value
    assert error.result_code
    assert error.operation == "capture"
    assert not error.result_code.startswith("000")


def test_recurring_initial_then_repeat(subject: Subject) -> None:
    gateway = subject.gateway
    initial = gateway.purchase(
        merchant_transaction_id=subject.mtid("recurring"),
        amount="9.99",
        currency="EUR",
        card=CARD,
        customer=CUSTOMER,
        recurring="initial",
        merchant_redirect_url=RETURN_URL,
    )
    assert initial.outcome is Outcome.APPROVED
    assert initial.payment_id is not None
    repeated = gateway.repeat(
        initial.payment_id,
        "4.00",
        merchant_transaction_id=subject.mtid("repeat"),
        merchant_redirect_url=RETURN_URL,
    )
    assert repeated.outcome is Outcome.APPROVED
    assert repeated.payment_id
    assert repeated.payment_id != initial.payment_id
    assert repeated.merchant_transaction_id == subject.mtid("repeat")
    assert repeated.amount == Decimal("4.00")


# --- tokens ---------------------------------------------------------------------------------------


def test_register_card_pay_with_token_installments_delete(subject: Subject) -> None:
    gateway = subject.gateway
    customer = Customer(given_name="Jane", surname="Roe", customer_id=subject.mtid("cust"))
    registration = gateway.register_card(CARD, customer=customer, currency="EUR")
    assert isinstance(registration, Registration)
    token = registration.registration_id
    assert token

    listed = gateway.registrations(subject.mtid("cust"))
    assert [item.registration_id for item in listed] == [token]
    assert listed[0].card is not None
    assert listed[0].card.last4 == "1111"

    payment = gateway.pay_with_token(
        token,
        "3.00",
        merchant_transaction_id=subject.mtid("token-pay"),
        merchant_redirect_url=RETURN_URL,
        currency="EUR",
    )
    assert payment.outcome is Outcome.APPROVED
    assert payment.registration_id == token
    assert payment.amount == Decimal("3.00")

    assert gateway.installments(token) == [3, 4]

    confirmation = gateway.delete_registration(token)
    assert "deleted" in confirmation.lower()
    assert gateway.registrations(subject.mtid("cust")) == []


def test_register_account(subject: Subject) -> None:
    registration = subject.gateway.register_account(SEPA_ACCOUNT, customer=CUSTOMER)
    assert registration.registration_id
    assert registration.result_code is not None
    assert registration.result_code.startswith("000")
    assert registration.kind != "card"


# --- payouts and back office ------------------------------------------------------------------------


def test_payout_to_card(subject: Subject) -> None:
    gateway = subject.gateway
    sale = gateway.purchase(
        merchant_transaction_id=subject.mtid("payout-sale"),
        amount="10.00",
        currency="EUR",
        card=CARD,
        customer=CUSTOMER,
    )
    assert sale.payment_id is not None
    payout = gateway.payout(
        merchant_transaction_id=subject.mtid("payout-card"), amount="1.00", payment_id=sale.payment_id
    )
    assert payout.outcome is Outcome.APPROVED
    assert payout.merchant_transaction_id == subject.mtid("payout-card")
    assert payout.amount == Decimal("1.00")


def test_payout_to_bank_account_is_pending(subject: Subject) -> None:
    account = BankAccount(
        iban=testdata.TEST_IBAN,
        bic=testdata.TEST_BIC,
        transfer_type="BT",
        bank_account_name="John Doe",
        bank_account_number="1234567890",
    )
    payout = subject.gateway.payout(
        merchant_transaction_id=subject.mtid("payout-bank"), amount="2.00", bank_account=account, currency="EUR"
    )
    assert payout.outcome is Outcome.PENDING
    assert payout.result_code == "10004"
    assert payout.payment_id


def test_transactions_pages_by_itself(subject: Subject, vcr: object) -> None:
    gateway = subject.gateway
    made = set()
    for index in range(3):
        payment = gateway.purchase(
            merchant_transaction_id=subject.mtid(f"list-{index}"),
            amount=f"{index + 1}.00",
            currency="EUR",
            card=CARD,
            customer=CUSTOMER,
        )
        made.add(payment.payment_id)
    listed = list(gateway.transactions(FROM, TO, page_size=2))
    assert made <= {item.payment_id for item in listed}
    assert len(listed) >= 3
    pages = [request for request in vcr.requests if request.path.endswith("/getTransactionList")]  # type: ignore[attr-defined]
    assert len(pages) >= 2


def test_partner_token(subject: Subject) -> None:
    token = subject.gateway.partner_token()
    # Recorded live it is a JWT; the cassette keeps it as REDACTED.
    assert token == "REDACTED" or token.count(".") == 2


def test_raw_generated_client_has_the_token(subject: Subject) -> None:
    creds = credentials()
    body = CardsAndAccountsRequest.from_dict(
        {
            "authentication.memberId": creds.member_id,
            "authentication.checksum": signing.list_checksum(creds.member_id, creds.secure_key),
        }
    )
    raw = subject.target.raw
    if subject.is_async:
        response = subject.run(list_cards_and_accounts.asyncio_detailed(client=raw, body=body))
    else:
        response = list_cards_and_accounts.sync_detailed(client=raw, body=body)
    assert response.status_code == 200
    parsed = response.parsed
    assert parsed is not None
    assert hasattr(parsed, "to_dict")
    code = str(parsed.to_dict().get("result", {}).get("code", ""))
    # Without the AuthToken the gateway answers 401; with it, success (or "no record" when the list is empty).
    assert code.startswith("000") or code == "10026", code


# --- invoices -------------------------------------------------------------------------------------


def test_invoice_lifecycle(subject: Subject) -> None:
    invoices = subject.gateway.invoices
    invoice = invoices.generate(
        merchant_invoice_id=subject.mtid("invoice"),
        amount="50.00",
        currency="EUR",
        customer=CUSTOMER,
        merchant_redirect_url=RETURN_URL,
        description="Two books",
        expiration_days=5,
    )
    assert isinstance(invoice, Invoice)
    assert invoice.invoice_id
    assert invoice.pay_url
    assert "PayInvoice" in invoice.pay_url
    assert invoice.amount == Decimal("50.00")

    found = invoices.inquire(invoice)
    assert found.invoice_id == invoice.invoice_id
    assert found.status == "generated"
    assert invoices.inquire(invoice, with_transaction=True).invoice_id == invoice.invoice_id
    assert invoice.merchant_invoice_id is not None
    assert invoices.inquire(invoice.merchant_invoice_id).invoice_id == invoice.invoice_id

    reminded = invoices.remind(invoice.invoice_id, merchant_redirect_url=RETURN_URL)
    assert reminded.result_code == "00012"
    regenerated = invoices.regenerate(invoice.invoice_id, merchant_redirect_url=RETURN_URL, expiration_days=10)
    assert regenerated.invoice_id
    assert regenerated.result_code is not None
    assert regenerated.result_code.startswith("000")

    listed = invoices.list(page=1, page_size=10)
    assert invoice.invoice_id in {item.invoice_id for item in listed}

    cancelled = invoices.cancel(invoice.invoice_id, merchant_redirect_url=RETURN_URL, reason="ordered twice")
    assert cancelled.result_code == "00011"
    assert invoices.inquire(invoice).status == "cancelled"


def test_invoice_config_and_order_id(subject: Subject) -> None:
    invoices = subject.gateway.invoices
    config = invoices.set_config(currency="EUR", order_id_prefix="ORD", expiration_days=9)
    assert config.get("currency") == "EUR"
    assert config.get("initial") == "ORD"
    assert invoices.get_config() == config
    order_id = invoices.next_order_id()
    assert order_id.startswith("ORD")
