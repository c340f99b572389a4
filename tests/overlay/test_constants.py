"""Tests for transaction_services/_constants.py."""

from __future__ import annotations

import inspect
import re

from transaction_services import _constants


def test_documented_values() -> None:
    assert _constants.DEFAULT_TIMEOUT_SECONDS == 60.0
    assert _constants.DEFAULT_MAX_RETRIES == 2
    assert _constants.INITIAL_RETRY_DELAY_SECONDS == 0.5
    assert _constants.MAX_RETRY_DELAY_SECONDS == 8.0
    assert _constants.TOKEN_LIFETIME_SECONDS == 3600
    assert _constants.TOKEN_REFRESH_MARGIN_SECONDS == 300
    assert _constants.LOGGER_NAME == "transaction_services"
    assert _constants.TRANSACTION_SERVICES_PREFIX == "/transactionServices/REST/v1"
    assert _constants.INVOICE_SERVICES_PREFIX == "/invoiceServices/REST/v1"
    assert _constants.DEFAULT_WAIT_POLL_INTERVAL_SECONDS > 0
    assert _constants.TOKEN_REFRESH_MARGIN_SECONDS < _constants.TOKEN_LIFETIME_SECONDS
    assert _constants.INITIAL_RETRY_DELAY_SECONDS <= _constants.MAX_RETRY_DELAY_SECONDS


def test_every_constant_has_a_reason_comment() -> None:
    source = inspect.getsource(_constants).splitlines()
    for index, line in enumerate(source):
        match = re.match(r"^([A-Z][A-Z0-9_]+) = ", line)
        if match:
            assert source[index - 1].startswith("# "), f"{match.group(1)} has no comment saying why"


def test_numbers_carry_their_unit() -> None:
    unitless = {
        "DEFAULT_MAX_RETRIES",
        "MAX_AMOUNT_INTEGER_DIGITS",
        "AMOUNT_DECIMAL_PLACES",
        "MIN_EXPIRY_YEAR",
        "MAX_EXPIRY_YEAR",
        "MIN_CARD_NUMBER_DIGITS",
        "MAX_CARD_NUMBER_DIGITS",
    }
    for name in _constants.__all__:
        value = getattr(_constants, name)
        if isinstance(value, float | int) and name not in unitless:
            assert name.endswith(("_SECONDS", "_LENGTH", "_CHARS", "_RECORDS")), name
