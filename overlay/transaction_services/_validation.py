"""Pure validators for request values, raising :class:`ValidationError` before any I/O.

Each validator returns the normalized string to put on the wire. Error messages name the field (in
the SDK's parameter naming, e.g. ``amount``, ``card.number``) and the rule that failed; they never
contain the rejected value, so a mistyped card number or CVV cannot leak into logs.

Normalization decisions:

- amounts: ``Decimal`` or ``str`` only, rendered with exactly two decimals; never rounded;
- currency and country codes: uppercased (neither is part of any checksum, so this is safe);
- card numbers and IBANs: spaces (and dashes, for card numbers) removed;
- BICs: uppercased (hashed in C-REG for SEPA; the checksum is computed from the normalized value);
- everything else: returned unchanged, never trimmed (values go into checksums as sent).
"""

from __future__ import annotations

import ipaddress
import re
import unicodedata
from datetime import date
from decimal import Decimal, InvalidOperation
from urllib.parse import urlsplit

from ._constants import (
    MAX_AMOUNT_INTEGER_DIGITS,
    MAX_CARD_NUMBER_DIGITS,
    MAX_CITY_LENGTH,
    MAX_EMAIL_LENGTH,
    MAX_EXPIRY_YEAR,
    MAX_MERCHANT_TRANSACTION_ID_LENGTH,
    MAX_NAME_LENGTH,
    MAX_PAYMENT_ID_LENGTH,
    MAX_PHONE_LENGTH,
    MAX_REGISTRATION_ID_LENGTH,
    MAX_STREET_LENGTH,
    MAX_TEXT_LENGTH,
    MAX_URL_LENGTH,
    MIN_CARD_NUMBER_DIGITS,
    MIN_EXPIRY_YEAR,
)
from ._currencies import CRYPTO_CODES, ISO_4217_CODES
from .errors import ValidationError

__all__ = [
    "check_bic",
    "check_birth_date",
    "check_card_number",
    "check_city",
    "check_country",
    "check_currency",
    "check_cvv",
    "check_date_ddmmyyyy",
    "check_email",
    "check_expiry",
    "check_iban",
    "check_ip",
    "check_merchant_transaction_id",
    "check_name",
    "check_pattern",
    "check_payment_id",
    "check_phone",
    "check_postcode",
    "check_registration_id",
    "check_street",
    "check_text",
    "check_url",
    "format_amount",
    "luhn_valid",
]

_CENT = Decimal("0.01")
_AMOUNT_TEXT = re.compile(r"[0-9]+(?:\.[0-9]+)?")
_CURRENCY = re.compile(r"[A-Z]{3}")
_DESCRIPTION = re.compile(r"\S[.A-Za-z0-9 \-_]{0,1024}")
_EMAIL = re.compile(r"[A-Za-z0-9._%'-]+@[A-Za-z0-9.-]+\.[a-zA-Z]{2,8}")
# The gateway's Phone rule, ^[+]?([0-9]*[\.\s\-\(\)]|[0-9]+){1,24}$, backtracks exponentially on long
# failing input; for values of at most 24 characters this flat form accepts the same strings.
_PHONE = re.compile(r"\+?[0-9.\s\-()]*[0-9][0-9.\s\-()]*")
_COUNTRY = re.compile(r"[0-9]{2,3}|[A-Z]{2,3}")
_MONTH = re.compile(r"0?[1-9]|1[0-2]")
_YEAR = re.compile(r"[0-9]{4}")
_CVV = re.compile(r"[0-9]{3,4}")
_DIGITS = re.compile(r"[0-9]+")
_REGISTRATION_ID = re.compile(r"[A-Za-z0-9]+")
_IBAN = re.compile(r"[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}")
_BIC = re.compile(r"[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}(?:[A-Z0-9]{3})?")
_POSTCODE = re.compile(r"[a-zA-Z0-9\-\s]{4,9}")


def _require_str(value: object, field: str) -> str:
    if not isinstance(value, str):
        raise ValidationError(field, f"must be a string, not {type(value).__name__}")
    return value


def _has_control_characters(value: str) -> bool:
    return any(unicodedata.category(ch) == "Cc" for ch in value)


def format_amount(value: Decimal | str, field: str = "amount", *, allow_zero: bool = False) -> str:
    """Render an amount for the wire with exactly two decimals (``"10"`` -> ``"10.00"``).

    Accepts ``Decimal`` or a plain decimal string; rejects float/int/bool (floats lose cents, ints hide
    whether a unit or a cent was meant), negative, non-finite and (unless ``allow_zero``) zero amounts,
    amounts whose value needs more than two decimals (never rounded) and more than ten integer digits.
    """
    if isinstance(value, bool) or not isinstance(value, (Decimal, str)):
        raise ValidationError(field, f"must be a Decimal or a decimal string, not {type(value).__name__}")
    if isinstance(value, str):
        if value.strip().startswith("-") and _AMOUNT_TEXT.fullmatch(value.strip()[1:]):
            raise ValidationError(field, "must be positive (it is negative)")
        if not value:
            raise ValidationError(field, "is empty: give an amount such as '10.50'")
        if not _AMOUNT_TEXT.fullmatch(value):
            raise ValidationError(field, "must be a plain decimal number such as '10.50'")
        try:
            number = Decimal(value)
        except InvalidOperation:  # pragma: no cover - the pattern admits only valid decimals
            raise ValidationError(field, "must be a plain decimal number such as '10.50'") from None
    else:
        number = value
    if not number.is_finite():
        raise ValidationError(field, "must be a finite number")
    if number.is_signed() and not number.is_zero():
        raise ValidationError(field, "must be positive (it is negative)")
    if number.is_zero() and not allow_zero:
        raise ValidationError(field, "must be greater than zero")
    # adjusted() is the exponent of the leading digit: checked first, so quantize never overflows.
    if not number.is_zero() and number.adjusted() + 1 > MAX_AMOUNT_INTEGER_DIGITS:
        raise ValidationError(field, f"must have at most {MAX_AMOUNT_INTEGER_DIGITS} integer digits")
    quantized = abs(number).quantize(_CENT)
    if quantized != number:
        raise ValidationError(field, "must have at most two decimal places (amounts are never rounded)")
    return f"{quantized:f}"


def check_pattern(value: str, field: str, pattern: str | re.Pattern[str], max_length: int | None = None) -> str:
    """Require ``value`` to match ``pattern`` in full (and be at most ``max_length`` long); return it."""
    _require_str(value, field)
    if max_length is not None and len(value) > max_length:
        raise ValidationError(field, f"must be at most {max_length} characters long")
    compiled = re.compile(pattern) if isinstance(pattern, str) else pattern
    if not compiled.fullmatch(value):
        raise ValidationError(field, "has an invalid format")
    return value


def check_text(value: str, field: str, max_length: int = MAX_TEXT_LENGTH) -> str:
    """Free text: starts with a non-space character, has no control characters, at most ``max_length``."""
    _require_str(value, field)
    if not value or value[0].isspace():
        raise ValidationError(field, "must start with a non-space character")
    if len(value) > max_length:
        raise ValidationError(field, f"must be at most {max_length} characters long")
    if _has_control_characters(value):
        raise ValidationError(field, "must not contain control characters")
    return value


def check_currency(value: str, field: str = "currency", *, allow_crypto: bool = False) -> str:
    """An ISO 4217 currency code (or, with ``allow_crypto``, a crypto code such as BTC); returned uppercased."""
    _require_str(value, field)
    upper = value.upper()
    if not value.isascii() or not _CURRENCY.fullmatch(upper):
        raise ValidationError(field, "must be a three-letter ISO 4217 currency code such as 'EUR'")
    if upper in ISO_4217_CODES or (allow_crypto and upper in CRYPTO_CODES):
        return upper
    if allow_crypto:
        raise ValidationError(field, "must be an ISO 4217 currency code such as 'EUR' or a crypto code such as 'BTC'")
    raise ValidationError(field, "must be an ISO 4217 currency code such as 'EUR' (not a known currency)")


def luhn_valid(digits: str) -> bool:
    """Return whether a string of digits passes the Luhn (mod 10) check."""
    if not digits.isascii() or not digits.isdigit():
        return False
    total = 0
    for index, char in enumerate(reversed(digits)):
        digit = int(char)
        if index % 2 == 1:
            digit *= 2
            if digit > 9:
                digit -= 9
        total += digit
    return total % 10 == 0


def check_card_number(value: str, field: str = "card.number") -> str:
    """Card number: spaces and dashes removed, 12-19 digits, Luhn-valid; returns the digits."""
    _require_str(value, field)
    digits = value.replace(" ", "").replace("-", "")
    if not digits:
        raise ValidationError(field, "is empty: give the card number")
    if not _DIGITS.fullmatch(digits):
        raise ValidationError(field, "must contain digits only")
    if not MIN_CARD_NUMBER_DIGITS <= len(digits) <= MAX_CARD_NUMBER_DIGITS:
        raise ValidationError(field, f"must have {MIN_CARD_NUMBER_DIGITS} to {MAX_CARD_NUMBER_DIGITS} digits")
    if not luhn_valid(digits):
        raise ValidationError(field, "fails the Luhn check digit test")
    return digits


def _int_text(value: str | int, field: str) -> str:
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise ValidationError(field, f"must be a string or an integer, not {type(value).__name__}")
    return str(value) if isinstance(value, int) else value


def check_expiry(
    month: str | int,
    year: str | int,
    now: date,
    *,
    month_field: str = "card.expiry_month",
    year_field: str = "card.expiry_year",
) -> tuple[str, str]:
    """Expiry month 1-12 and year 2000-2039, not before ``now``'s month; returns e.g. ``("07", "2030")``."""
    month_text = _int_text(month, month_field)
    year_text = _int_text(year, year_field)
    if not _MONTH.fullmatch(month_text):
        raise ValidationError(month_field, "must be a month from 1 to 12")
    if not _YEAR.fullmatch(year_text) or not MIN_EXPIRY_YEAR <= int(year_text) <= MAX_EXPIRY_YEAR:
        raise ValidationError(year_field, f"must be a four-digit year from {MIN_EXPIRY_YEAR} to {MAX_EXPIRY_YEAR}")
    month_number, year_number = int(month_text), int(year_text)
    if year_number < now.year:
        raise ValidationError(year_field, "is in the past: the card has expired")
    if year_number == now.year and month_number < now.month:
        raise ValidationError(month_field, "is in the past: the card has expired")
    return f"{month_number:02d}", year_text


def check_cvv(value: str, field: str = "card.cvv") -> str:
    """Card verification value: three or four digits."""
    _require_str(value, field)
    if not _CVV.fullmatch(value):
        raise ValidationError(field, "must be three or four digits")
    return value


def check_merchant_transaction_id(value: str, field: str = "merchant_transaction_id") -> str:
    """Description rule: non-space first character, then letters, digits, space, ``.-_``; at most 100."""
    _require_str(value, field)
    if len(value) > MAX_MERCHANT_TRANSACTION_ID_LENGTH:
        raise ValidationError(field, f"must be at most {MAX_MERCHANT_TRANSACTION_ID_LENGTH} characters long")
    if not value.isascii() or not _DESCRIPTION.fullmatch(value):
        raise ValidationError(
            field,
            "must start with a non-space character followed by letters, digits, spaces, '.', '-' or '_'",
        )
    return value


def check_url(value: str, field: str = "url", max_length: int = MAX_URL_LENGTH) -> str:
    """Absolute ``http``/``https`` URL with a host, no whitespace, at most ``max_length`` characters."""
    _require_str(value, field)
    if len(value) > max_length:
        raise ValidationError(field, f"must be at most {max_length} characters long")
    if any(ch.isspace() for ch in value) or _has_control_characters(value):
        raise ValidationError(field, "must not contain whitespace")
    try:
        parts = urlsplit(value)
    except ValueError:
        raise ValidationError(field, "must be an absolute http or https URL") from None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise ValidationError(field, "must be an absolute http or https URL")
    return value


def check_email(value: str, field: str = "customer.email") -> str:
    """E-mail address per the gateway's Email rule, at most 100 characters."""
    return check_pattern(value, field, _EMAIL, MAX_EMAIL_LENGTH)


def check_ip(value: str, field: str = "customer.ip") -> str:
    """IPv4 or IPv6 address; returned unchanged."""
    _require_str(value, field)
    try:
        ipaddress.ip_address(value)
    except ValueError:
        raise ValidationError(field, "must be an IPv4 or IPv6 address") from None
    return value


def check_name(value: str, field: str = "customer.given_name") -> str:
    """A person's name (SafeString): non-space first character, no control characters, at most 50."""
    return check_text(value, field, MAX_NAME_LENGTH)


def check_city(value: str, field: str = "customer.city") -> str:
    """City: non-space first character, no control characters, at most 50."""
    return check_text(value, field, MAX_CITY_LENGTH)


def check_street(value: str, field: str = "customer.street") -> str:
    """Street address: non-space first character, no control characters, at most 150."""
    return check_text(value, field, MAX_STREET_LENGTH)


def check_postcode(value: str, field: str = "customer.postcode") -> str:
    """Postcode per the Zip rule: 4-9 letters, digits, dashes or spaces."""
    return check_pattern(value, field, _POSTCODE)


def check_phone(value: str, field: str = "customer.phone", max_length: int = MAX_PHONE_LENGTH) -> str:
    """Phone rule: optional ``+``, digits, spaces and ``. - ( )``; at most ``max_length`` characters."""
    return check_pattern(value, field, _PHONE, max_length)


def check_country(value: str, field: str = "customer.country") -> str:
    """Country per the CountryCode rule (2-3 letters or 2-3 digits); returned uppercased."""
    _require_str(value, field)
    upper = value.upper()
    if not value.isascii() or not _COUNTRY.fullmatch(upper):
        raise ValidationError(field, "must be a two- or three-letter country code such as 'GB'")
    return upper


def check_payment_id(value: str, field: str = "payment_id") -> str:
    """Gateway payment id: digits only, at most 20."""
    return check_pattern(value, field, _DIGITS, MAX_PAYMENT_ID_LENGTH)


def check_registration_id(value: str, field: str = "registration_id") -> str:
    """Registration (token) id: ASCII letters and digits, at most 32."""
    return check_pattern(value, field, _REGISTRATION_ID, MAX_REGISTRATION_ID_LENGTH)


def check_iban(value: str, field: str = "bank_account.iban") -> str:
    """IBAN with valid mod-97 check digits; returned without spaces, uppercased."""
    _require_str(value, field)
    compact = value.replace(" ", "").upper()
    if not compact.isascii() or not _IBAN.fullmatch(compact):
        raise ValidationError(field, "must be an IBAN: country code, two check digits and 11-30 letters or digits")
    rearranged = compact[4:] + compact[:4]
    numeric = "".join(str(int(ch, 36)) for ch in rearranged)
    if int(numeric) % 97 != 1:
        raise ValidationError(field, "fails the IBAN mod-97 check")
    return compact


def check_bic(value: str, field: str = "bank_account.bic") -> str:
    """BIC (SWIFT code) of 8 or 11 characters; returned uppercased."""
    _require_str(value, field)
    upper = value.upper()
    if not upper.isascii() or not _BIC.fullmatch(upper):
        raise ValidationError(field, "must be a BIC of 8 or 11 letters and digits")
    return upper


def _require_date(value: object, field: str) -> date:
    if not isinstance(value, date):
        raise ValidationError(field, f"must be a datetime.date, not {type(value).__name__}")
    return value


def check_date_ddmmyyyy(value: date, field: str = "from_date") -> str:
    """Render a date as ``dd/MM/yyyy`` (the transaction list's pagination dates)."""
    day = _require_date(value, field)
    return f"{day.day:02d}/{day.month:02d}/{day.year:04d}"


def check_birth_date(value: date, today: date, field: str = "customer.birth_date") -> str:
    """Render a birth date as ``yyyyMMdd``; it must not be in the future."""
    day = _require_date(value, field)
    if day > today:
        raise ValidationError(field, "must not be in the future")
    return f"{day.year:04d}{day.month:02d}{day.day:02d}"
