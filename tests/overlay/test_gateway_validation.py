"""Invalid input raises ValidationError naming the field, before any I/O, for both clients.

The gateways point at an unroutable address, network access is blocked for every host, and the
httpx client's transport fails the test if it is ever asked to send anything.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal
from typing import Any

import httpx
import pytest

from transaction_services import (
    AsyncGateway,
    BankAccount,
    Card,
    Customer,
    Gateway,
    Invoice,
    ValidationError,
)
from transaction_services_sandbox import testdata

from .gateway_support import KINDS, NO_HOST, Kind, Subject, credentials, open_subject

pytestmark = pytest.mark.block_network(allowed_hosts=[NO_HOST])

UNROUTABLE = "http://127.0.0.1:9"
CUSTOMER = Customer(given_name="John", surname="Doe", email="john@example.com")
CARD = Card(testdata.CARD_VISA, testdata.TEST_EXPIRY_MONTH, testdata.TEST_EXPIRY_YEAR, cvv="123")
SENT: list[httpx.Request] = []


def _refuse(request: httpx.Request) -> httpx.Response:
    SENT.append(request)
    raise AssertionError(f"no request may be sent, got {request.method} {request.url.path}")


@pytest.fixture(params=KINDS)
def offline(request: pytest.FixtureRequest) -> Iterator[Subject]:
    kind: Kind = request.param
    http: httpx.Client | httpx.AsyncClient = (
        httpx.Client(transport=httpx.MockTransport(_refuse))
        if kind == "sync"
        else httpx.AsyncClient(transport=httpx.MockTransport(_refuse))
    )
    SENT.clear()
    with open_subject(kind, UNROUTABLE, credentials(), http_client=http) as subject:
        yield subject
    assert SENT == []


def purchase(**changes: Any) -> Callable[[Gateway], object]:
    arguments: dict[str, Any] = {
        "merchant_transaction_id": "validation-1",
        "amount": "10.00",
        "currency": "EUR",
        "card": CARD,
        "customer": CUSTOMER,
    }
    arguments.update(changes)
    return lambda gateway: gateway.purchase(**arguments)


CASES: list[tuple[str, Callable[[Gateway], object], str]] = [
    ("float amount", purchase(amount=10.5), "amount"),
    ("negative amount", purchase(amount="-1.00"), "amount"),
    ("three decimals", purchase(amount=Decimal("1.005")), "amount"),
    ("zero amount", purchase(amount="0.00"), "amount"),
    ("two-letter currency", purchase(currency="EU"), "currency"),
    ("numeric currency", purchase(currency="978"), "currency"),
    ("four-letter currency", purchase(currency="EURO"), "currency"),
    ("javascript redirect", purchase(merchant_redirect_url="javascript:alert(1)"), "merchant_redirect_url"),
    ("relative notification url", purchase(notification_url="/notify"), "notification_url"),
    ("url with spaces", purchase(merchant_redirect_url="https://shop.example/a b"), "merchant_redirect_url"),
    ("no customer names for a card", purchase(customer=Customer(email="a@example.com")), "customer"),
    ("empty merchant transaction id", purchase(merchant_transaction_id=""), "merchant_transaction_id"),
    ("capture amount", lambda gateway: gateway.capture("100001", "1.234"), "amount"),
    ("capture payment id", lambda gateway: gateway.capture("abc", "1.00"), "payment_id"),
    ("refund negative", lambda gateway: gateway.refund("100001", "-5.00"), "amount"),
    ("inquire with both ids", lambda gateway: gateway.inquire("1", merchant_transaction_id="x"), "payment_id"),
    (
        "payout without target",
        lambda gateway: gateway.payout(merchant_transaction_id="p", amount="1.00"),
        "payment_id",
    ),
    (
        "bank payout without transfer type",
        lambda gateway: gateway.payout(
            merchant_transaction_id="p", amount="1.00", bank_account=BankAccount(iban=testdata.TEST_IBAN)
        ),
        "bank_account.transfer_type",
    ),
    (
        "invoice without email",
        lambda gateway: gateway.invoices.generate(
            merchant_invoice_id="i",
            amount="1.00",
            currency="EUR",
            customer=Customer(given_name="A", surname="B"),
            merchant_redirect_url="https://shop.example/r",
        ),
        "customer.email",
    ),
    (
        "invoice inquiry of an invoice without its merchant id",
        lambda gateway: gateway.invoices.inquire(Invoice(invoice_id="5001")),
        "merchant_invoice_id",
    ),
    (
        "invoice inquiry with a bad invoice id",
        lambda gateway: gateway.invoices.inquire("Invoice01", invoice_id="12a"),
        "invoice_id",
    ),
    ("invoice inquiry with a blank reference", lambda gateway: gateway.invoices.inquire(" x"), "merchant_invoice_id"),
    ("invoice reference over 35", lambda gateway: gateway.invoices.inquire("i" * 36), "merchant_invoice_id"),
    (
        "invoice id over 10 digits",
        lambda gateway: gateway.invoices.inquire("Invoice01", invoice_id="12345678901"),
        "invoice_id",
    ),
]


@pytest.mark.parametrize(("call", "field"), [(c, f) for _, c, f in CASES], ids=[name for name, _, _ in CASES])
def test_invalid_call_raises_before_io(offline: Subject, call: Callable[[Gateway], object], field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        call(offline.gateway)
    assert caught.value.field == field
    assert field in str(caught.value)


def test_transactions_validate_before_the_first_page(offline: Subject) -> None:
    with pytest.raises(ValidationError) as caught:
        list(offline.gateway.transactions(date(2024, 2, 1), date(2024, 1, 1)))
    assert caught.value.field == "to_date"
    with pytest.raises(ValidationError) as caught:
        list(offline.gateway.transactions(date(2024, 1, 1), date(2024, 2, 1), page_size=0))
    assert caught.value.field == "page_size"


@pytest.mark.parametrize(
    ("number", "month", "year", "cvv", "field"),
    [
        ("4111111111111112", "12", "2035", "123", "card.number"),  # fails Luhn
        ("4111-1111-1111-111x", "12", "2035", "123", "card.number"),
        ("41111111", "12", "2035", "123", "card.number"),
        (testdata.CARD_VISA, "01", "2020", "123", "card.expiry_year"),
        (testdata.CARD_VISA, "13", "2035", "123", "card.expiry_month"),
        (testdata.CARD_VISA, "12", "2035", "12a", "card.cvv"),
    ],
    ids=["luhn", "letters", "too-short", "expired", "bad-month", "bad-cvv"],
)
def test_bad_cards_are_refused_on_construction(number: str, month: str, year: str, cvv: str, field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        Card(number, month, year, cvv=cvv)
    assert caught.value.field.startswith(field.split("_")[0])
    assert number not in str(caught.value)  # the message names the rule, never the value


@pytest.mark.parametrize("cls", [Gateway, AsyncGateway])
@pytest.mark.parametrize(
    ("options", "field"),
    [
        ({"base_url": "ftp://gateway.example"}, "base_url"),
        ({"base_url": "gateway.example"}, "base_url"),
        ({"timeout": 0}, "timeout"),
        ({"timeout": None}, "timeout"),
        ({"max_retries": -1}, "max_retries"),
        ({"gateway_timezone": "Mars/Olympus"}, "gateway_timezone"),
    ],
)
def test_bad_configuration_is_refused(
    cls: type[Gateway] | type[AsyncGateway], options: dict[str, Any], field: str
) -> None:
    arguments: dict[str, Any] = {"base_url": UNROUTABLE, "credentials": credentials(), **options}
    with pytest.raises(ValidationError) as caught:
        cls(**arguments)
    assert caught.value.field == field
