"""Field rules of reference §4.1 (other half: rules.py)."""

from __future__ import annotations

import time
from datetime import date

import pytest

from transaction_services_sandbox import testdata
from transaction_services_sandbox.errors import GatewayRefusal
from transaction_services_sandbox.rules import FIELD_RULES, iban_valid, parse_list_date, validate


@pytest.mark.parametrize(
    ("name", "good", "bad"),
    [
        ("amount", "50.00", "50"),
        ("amount", "1234567890.99", "12345678901.00"),
        ("merchantTransactionId", "Order 2024-05_01.A", "Order#1"),
        ("merchantTransactionId", "#081756894916609", " leading"),
        ("card.expiryYear", "2039", "2040"),
        ("card.expiryMonth", "07", "13"),
        ("card.cvv", "1234", "12a"),
        ("customer.email", "john.d@xyz.com", "john@"),
        ("customer.ip", "192.168.0.1", "256.1.1.1"),
        ("customer.ip", "2001:db8::1", "localhost"),
        ("paymentType", "DB", "XX"),
        ("currency", "EUR", "EURO"),
        ("paymentBrand", "Airtel Uganda", "V1SA"),
        ("customer.postcode", "CH5 3LJ", "1"),
        ("pagination.fromdate", "05/07/2021", "2021-07-05"),
        ("pagination.todate", "31/12/21", "31/02/2021"),
        ("customer.givenName", "Zoë-Anne O'Brien", "John\r\nX-Injected: 1"),
        ("customer.surname", "Doe", "Doe\n"),
        ("billing.givenName", "Ann", " Ann"),
        ("merchantInvoiceId", "I" * 35, "I" * 36),
        ("invoiceId", "1234567890", "12345678901"),
    ],
)
def test_rule(name: str, good: str, bad: str) -> None:
    rule = FIELD_RULES[name]
    assert rule.accepts_value(good)
    assert not rule.accepts_value(bad)


def test_phone_rule_does_not_backtrack() -> None:
    started = time.perf_counter()
    assert not FIELD_RULES["customer.phone"].accepts_value("1" * 23 + "x")
    assert time.perf_counter() - started < 0.1
    assert FIELD_RULES["customer.phone"].accepts_value("+44 (0)7730-432.996")


def test_missing_mandatory_field_is_named() -> None:
    with pytest.raises(GatewayRefusal) as refusal:
        validate({"amount": "1.00"}, ["merchantTransactionId"])
    assert refusal.value.code == "30006"
    assert "merchantTransactionId" in refusal.value.description


def test_payment_type_description_is_the_gateways() -> None:
    with pytest.raises(GatewayRefusal) as refusal:
        validate({}, ["paymentType"])
    assert refusal.value.description == "Invalid Payment Type,Accept only [0-9] with Max Length 2"


def test_optional_fields_are_checked_and_blank_ones_ignored() -> None:
    validate({"bankAccount.bankIfsc": " "})
    with pytest.raises(GatewayRefusal) as refusal:
        validate({"customer.email": "nope"})
    assert refusal.value.code == "30030"


def test_ibans() -> None:
    assert iban_valid(testdata.TEST_IBAN)
    assert iban_valid(testdata.DECLINE_IBAN)
    assert not iban_valid("DE23100000001234567891")


def test_list_dates() -> None:
    assert parse_list_date("05/07/2021") == date(2021, 7, 5)
    assert parse_list_date("05/07/21") == date(2021, 7, 5)
    assert parse_list_date("32/01/2021") is None


def test_test_cards_are_luhn_valid() -> None:
    cards = testdata.APPROVE_CARDS | testdata.DECLINE_CARDS | testdata.THREE_DS_CARDS | testdata.PENDING_CARDS
    assert all(testdata.luhn_valid(card) for card in cards)
    assert not testdata.luhn_valid("5101082187256500")
