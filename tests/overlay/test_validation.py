"""Tests for transaction_services/_validation.py."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal

import pytest

from transaction_services import ValidationError
from transaction_services._validation import (
    check_bic,
    check_birth_date,
    check_card_number,
    check_city,
    check_country,
    check_currency,
    check_cvv,
    check_date_ddmmyyyy,
    check_email,
    check_expiry,
    check_iban,
    check_ip,
    check_merchant_transaction_id,
    check_name,
    check_pattern,
    check_payment_id,
    check_phone,
    check_postcode,
    check_registration_id,
    check_street,
    check_text,
    check_url,
    format_amount,
    luhn_valid,
)

NOW = date(2026, 5, 15)


class TestFormatAmount:
    @pytest.mark.parametrize(
        ("value", "expected"),
        [
            ("10", "10.00"),
            ("10.5", "10.50"),
            ("10.50", "10.50"),
            ("0.01", "0.01"),
            ("1234567890.99", "1234567890.99"),
            (Decimal("10.5"), "10.50"),
            (Decimal("50"), "50.00"),
            (Decimal("1E+2"), "100.00"),
            (Decimal("10.500"), "10.50"),  # same value, no rounding needed
            ("100000.65", "100000.65"),
        ],
    )
    def test_accepts(self, value: Decimal | str, expected: str) -> None:
        assert format_amount(value) == expected

    @pytest.mark.parametrize(
        "value",
        [
            10.5,
            10,
            True,
            None,
            "10.505",
            Decimal("10.505"),
            "-1",
            Decimal("-0.01"),
            "0",
            Decimal("0.00"),
            "NaN",
            Decimal("NaN"),
            Decimal("Infinity"),
            "1e3",
            " 10",
            "10,00",
            "",
            ".5",
            "12345678901",
            Decimal("12345678901.00"),
            Decimal("1E+30"),
            "\u0661\u0660",  # Arabic-Indic digits are not plain ASCII digits
        ],
        ids=repr,
    )
    def test_rejects(self, value: object) -> None:
        with pytest.raises(ValidationError) as info:
            format_amount(value)  # type: ignore[arg-type]
        assert info.value.field == "amount"

    def test_zero_allowed_when_caller_says(self) -> None:
        assert format_amount("0", allow_zero=True) == "0.00"
        assert format_amount(Decimal("-0"), allow_zero=True) == "0.00"

    def test_field_name_is_used(self) -> None:
        with pytest.raises(ValidationError) as info:
            format_amount("x", "tmpl_amount")
        assert info.value.field == "tmpl_amount"
        assert str(info.value).startswith("tmpl_amount: ")

    def test_never_rounds(self) -> None:
        with pytest.raises(ValidationError, match="never rounded"):
            format_amount(Decimal("0.001"))


class TestCurrency:
    @pytest.mark.parametrize(("value", "expected"), [("EUR", "EUR"), ("usd", "USD"), ("Jpy", "JPY"), ("VND", "VND")])
    def test_accepts_and_uppercases(self, value: str, expected: str) -> None:
        assert check_currency(value) == expected

    @pytest.mark.parametrize("value", ["EU", "EURO", "E1R", "", " EUR", "ÉUR"])
    def test_rejects(self, value: str) -> None:
        with pytest.raises(ValidationError) as info:
            check_currency(value)
        assert info.value.field == "currency"

    @pytest.mark.parametrize("value", ["ABC", "EUX", "XXX", "BTC"])
    def test_three_letters_are_not_enough_it_must_be_iso_4217(self, value: str) -> None:
        with pytest.raises(ValidationError, match="ISO 4217"):
            check_currency(value)

    def test_crypto_only_where_allowed(self) -> None:
        assert check_currency("eth", allow_crypto=True) == "ETH"
        with pytest.raises(ValidationError, match="crypto code"):
            check_currency("ABC", allow_crypto=True)


@pytest.mark.parametrize(
    ("digits", "valid"),
    [
        ("4111111111111111", True),
        ("4176661000001056", True),
        ("5549110920049586", True),
        ("5423110020223322", True),
        ("370000000000002", True),
        ("376000000000006", True),
        ("4000000000000051", True),
        ("4000000000000002", True),
        ("40000000000000002", False),
        ("5101082187256500", False),
        ("4111111111111112", False),
        ("", False),
        ("abc", False),
    ],
)
def test_luhn(digits: str, valid: bool) -> None:
    assert luhn_valid(digits) is valid


class TestCardNumber:
    @pytest.mark.parametrize(
        ("value", "expected"),
        [
            ("4111111111111111", "4111111111111111"),
            ("4111 1111 1111 1111", "4111111111111111"),
            (" 4000000000000051", "4000000000000051"),  # docs samples carry a leading space
            ("4111-1111-1111-1111", "4111111111111111"),
            ("370000000000002", "370000000000002"),
        ],
    )
    def test_accepts(self, value: str, expected: str) -> None:
        assert check_card_number(value) == expected

    @pytest.mark.parametrize(
        "value",
        [
            "4111111111111112",
            "40000000000000002",
            "41111111111",
            "4" * 20,
            "4111x11111111111",
            "",
            "\u0664" + "\u0661" * 15,
        ],
        ids=["luhn", "17-digits-luhn", "too-short", "too-long", "letter", "empty", "non-ascii-digits"],
    )
    def test_rejects_without_echoing_the_number(self, value: str) -> None:
        with pytest.raises(ValidationError) as info:
            check_card_number(value)
        assert info.value.field == "card.number"
        digits = value.replace(" ", "")
        if digits:
            assert digits not in str(info.value)
            assert digits not in repr(info.value)
        assert not re.search(r"\d{8,}", str(info.value))

    def test_rejects_non_string(self) -> None:
        with pytest.raises(ValidationError, match="must be a string"):
            check_card_number(4111111111111111)  # type: ignore[arg-type]


class TestExpiry:
    @pytest.mark.parametrize(
        ("month", "year", "expected"),
        [
            ("07", "2030", ("07", "2030")),
            ("7", "2030", ("07", "2030")),
            (7, 2030, ("07", "2030")),
            ("12", "2039", ("12", "2039")),
            ("05", "2026", ("05", "2026")),  # the current month is still valid
            ("1", "2027", ("01", "2027")),
        ],
    )
    def test_accepts(self, month: str | int, year: str | int, expected: tuple[str, str]) -> None:
        assert check_expiry(month, year, NOW) == expected

    @pytest.mark.parametrize(
        ("month", "year", "field"),
        [
            ("0", "2030", "card.expiry_month"),
            ("00", "2030", "card.expiry_month"),
            ("13", "2030", "card.expiry_month"),
            ("007", "2030", "card.expiry_month"),
            ("ab", "2030", "card.expiry_month"),
            ("07", "30", "card.expiry_year"),
            ("07", "2040", "card.expiry_year"),
            ("07", "1999", "card.expiry_year"),
            ("07", "20300", "card.expiry_year"),
            ("04", "2026", "card.expiry_month"),  # last month
            ("12", "2025", "card.expiry_year"),  # last year
            (True, "2030", "card.expiry_month"),
        ],
    )
    def test_rejects(self, month: str, year: str, field: str) -> None:
        with pytest.raises(ValidationError) as info:
            check_expiry(month, year, NOW)
        assert info.value.field == field

    def test_accepts_datetime_as_now(self) -> None:
        assert check_expiry("05", "2026", datetime(2026, 5, 31, 23, 59)) == ("05", "2026")


class TestCvv:
    @pytest.mark.parametrize("value", ["123", "0001", "745", "001"])
    def test_accepts(self, value: str) -> None:
        assert check_cvv(value) == value

    @pytest.mark.parametrize("value", ["12", "12345", "12a", "", " 123", "\u0661\u0662\u0663"])
    def test_rejects_without_echo(self, value: str) -> None:
        with pytest.raises(ValidationError) as info:
            check_cvv(value)
        assert info.value.field == "card.cvv"
        if value.strip():
            assert value.strip() not in str(info.value)


class TestMerchantTransactionId:
    @pytest.mark.parametrize(
        "value",
        [
            "Rest Transaction 01",
            "RestTransaction01",
            "#081756894916609",
            "Order 2024-05_01.A",
            "a",
            "x" * 100,
        ],
    )
    def test_accepts(self, value: str) -> None:
        assert check_merchant_transaction_id(value) == value

    @pytest.mark.parametrize(
        "value",
        [" leading", "", "x" * 101, "order/1", "order#1", "ordér", "order\n", "a\tb"],
        ids=["leading-space", "empty", "too-long", "slash", "hash-inside", "non-ascii", "newline", "tab"],
    )
    def test_rejects(self, value: str) -> None:
        with pytest.raises(ValidationError) as info:
            check_merchant_transaction_id(value)
        assert info.value.field == "merchant_transaction_id"


class TestUrl:
    @pytest.mark.parametrize(
        "value",
        ["https://www.merchantRedirectUrl.com", "http://localhost:8000/return?x=1", "https://a.b/c#d"],
    )
    def test_accepts(self, value: str) -> None:
        assert check_url(value, "merchant_redirect_url") == value

    @pytest.mark.parametrize(
        "value",
        [
            "www.merchantRedirectUrl.com",
            "javascript:alert(1)",
            "ftp://example.com",
            "https://",
            "https://exa mple.com",
            "https://example.com/" + "a" * 1100,
            "",
            "http://[::1",
        ],
        ids=["no-scheme", "javascript", "ftp", "no-host", "space", "too-long", "empty", "broken-ipv6"],
    )
    def test_rejects(self, value: str) -> None:
        with pytest.raises(ValidationError) as info:
            check_url(value, "merchant_redirect_url")
        assert info.value.field == "merchant_redirect_url"


@pytest.mark.parametrize(
    ("check", "good", "bad", "field"),
    [
        (
            check_email,
            ["john.d@xyz.com", "o'neil@example.co.uk"],
            ["john", "a@b", "a@b.c", "x@y.toolongtld", "a b@c.com"],
            "customer.email",
        ),
        (
            check_ip,
            ["192.168.0.1", "::1", "2001:db8::1"],
            ["256.1.1.1", "1.2.3", "localhost", ""],
            "customer.ip",
        ),
        (
            check_name,
            ["John", "Jean-Luc", "Zoë", "x" * 50],
            [" John", "", "x" * 51, "Jo\nhn"],
            "customer.given_name",
        ),
        (
            check_phone,
            ["07730432996", "+44 (0) 7730-432996", "9874563210"],
            ["abc", "+", "1" * 25, "12#3"],
            "customer.phone",
        ),
        (check_country, ["UK", "gb", "IND", "91"], ["U", "UKIN", "U1", "1"], "customer.country"),
        (check_payment_id, ["54279", "1" * 20], ["-", "", "1" * 21, "54 279", "abc"], "payment_id"),
        (
            check_registration_id,
            ["hcZRVi0AGc2jFZ82WNo1Ncs0oOYCdRvQ", "abc"],
            ["", "x" * 33, "abc-def", "abc def"],
            "registration_id",
        ),
        (
            check_bic,
            ["MARKDEF1100", "PBNKDEFFXXX", "DEUTDEFF", "markdef1100"],
            ["MARK", "MARKDE", "1ARKDEF1100", "MARKDEF110"],
            "bank_account.bic",
        ),
        (
            check_postcode,
            ["CH5 3LJ", "10115", "SW1A-1AA"],
            ["123", "1234567890", "12#45"],
            "customer.postcode",
        ),
        (check_city, ["Aston", "x" * 50], [" Aston", "x" * 51], "customer.city"),
        (check_street, ["19 Scrimshire Lane", "x" * 150], ["", "x" * 151], "customer.street"),
    ],
    ids=lambda v: getattr(v, "__name__", "-"),
)
def test_simple_validators(check: Callable[..., str], good: list[str], bad: list[str], field: str) -> None:
    for value in good:
        check(value)
    for value in bad:
        with pytest.raises(ValidationError) as info:
            check(value)
        assert info.value.field == field, value


def test_phone_pattern_is_linear_time_on_hostile_input() -> None:
    # The gateway's own regex backtracks exponentially here; ours answers at once.
    with pytest.raises(ValidationError):
        check_phone("1" * 24 + "x", max_length=30)


def test_telnocc_max_length() -> None:
    assert check_phone("+44", "customer.telnocc", 4) == "+44"
    with pytest.raises(ValidationError, match="at most 4"):
        check_phone("+4412", "customer.telnocc", 4)


class TestIban:
    @pytest.mark.parametrize(
        ("value", "expected"),
        [
            ("DE23100000001234567890", "DE23100000001234567890"),
            ("DE23 1000 0000 1234 5678 90", "DE23100000001234567890"),
            ("gb82west12345698765432", "GB82WEST12345698765432"),
        ],
    )
    def test_accepts(self, value: str, expected: str) -> None:
        assert check_iban(value) == expected

    @pytest.mark.parametrize(
        "value", ["DE24100000001234567890", "DE2310000000", "1234567890123456", "", "DE23100000001234567890!"]
    )
    def test_rejects_without_echo(self, value: str) -> None:
        with pytest.raises(ValidationError) as info:
            check_iban(value)
        assert info.value.field == "bank_account.iban"
        if value:
            assert value not in str(info.value)


class TestDates:
    def test_ddmmyyyy(self) -> None:
        assert check_date_ddmmyyyy(date(2021, 7, 5)) == "05/07/2021"
        assert check_date_ddmmyyyy(datetime(2021, 8, 11, 12, 0), "to_date") == "11/08/2021"

    def test_ddmmyyyy_rejects_strings(self) -> None:
        with pytest.raises(ValidationError) as info:
            check_date_ddmmyyyy("05/07/2021", "from_date")  # type: ignore[arg-type]
        assert info.value.field == "from_date"

    def test_birth_date(self) -> None:
        assert check_birth_date(date(1989, 2, 2), NOW) == "19890202"
        assert check_birth_date(NOW, NOW) == "20260515"
        with pytest.raises(ValidationError, match="future"):
            check_birth_date(date(2026, 5, 16), NOW)


class TestGenericChecks:
    def test_check_pattern_with_string_and_compiled_pattern(self) -> None:
        assert check_pattern("ENG", "billing.language", r"ENG|CHN|RUS") == "ENG"
        assert check_pattern("ENG", "billing.language", re.compile(r"ENG|CHN|RUS"), 3) == "ENG"

    @pytest.mark.parametrize(("value", "max_length"), [("FRA", None), ("ENGL", 3), ("ENG\n", None)])
    def test_check_pattern_rejects(self, value: str, max_length: int | None) -> None:
        with pytest.raises(ValidationError) as info:
            check_pattern(value, "billing.language", r"ENG|CHN|RUS", max_length)
        assert info.value.field == "billing.language"
        assert value not in str(info.value)

    def test_check_text(self) -> None:
        assert check_text("Buying Cell Phone ", "order_description") == "Buying Cell Phone "
        for bad in ["", " x", "a\x00b", "x" * 256]:
            with pytest.raises(ValidationError):
                check_text(bad, "order_description")
