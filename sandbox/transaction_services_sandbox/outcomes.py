"""Which outcome a payment gets, from the test data of `testdata.py`; pure functions."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from . import testdata

__all__ = [
    "BANK_MODES",
    "CARD_MODES",
    "Outcome",
    "async_outcome",
    "bank_outcome",
    "card_brand",
    "card_expired",
    "card_outcome",
    "is_async_mode",
]

CARD_MODES = frozenset({"CC", "DC"})
BANK_MODES = frozenset({"SEPA", "ACH", "ECHECK"})


class Outcome(StrEnum):
    """The sandbox's decision for a new payment."""

    APPROVE = "approve"
    DECLINE = "decline"
    EXPIRED = "expired"
    THREE_DS = "3ds"
    PENDING = "pending"


def is_async_mode(payment_mode: str) -> bool:
    """True for payment modes that redirect the customer (net banking, wallets, vouchers ...)."""
    return payment_mode.upper() not in CARD_MODES | BANK_MODES


def card_expired(month: str, year: str, today: date) -> bool:
    """True when the card's expiry month lies before `today`'s month."""
    try:
        return (int(year), int(month)) < (today.year, today.month)
    except ValueError:
        return False


def card_outcome(
    number: str,
    expiry_month: str,
    expiry_year: str,
    amount: str,
    attempt_three_d: str,
    today: date,
    *,
    customer_present: bool = True,
) -> Outcome:
    """Outcome of a card payment (rules in `testdata`'s docstring)."""
    if expiry_month and expiry_year and card_expired(expiry_month, expiry_year, today):
        return Outcome.EXPIRED
    if number in testdata.DECLINE_CARDS or amount == testdata.AMOUNT_DECLINE:
        return Outcome.DECLINE
    if amount == testdata.AMOUNT_PENDING or (customer_present and number in testdata.PENDING_CARDS):
        return Outcome.PENDING
    if amount == testdata.AMOUNT_3DS:
        return Outcome.THREE_DS
    if customer_present and (number in testdata.THREE_DS_CARDS or attempt_three_d in ("3D", "Only3D")):
        return Outcome.THREE_DS
    return Outcome.APPROVE


def bank_outcome(iban: str, amount: str) -> Outcome:
    """Outcome of a SEPA or ACH debit."""
    if iban == testdata.DECLINE_IBAN or amount == testdata.AMOUNT_DECLINE:
        return Outcome.DECLINE
    if amount == testdata.AMOUNT_PENDING:
        return Outcome.PENDING
    return Outcome.APPROVE


def async_outcome(amount: str) -> Outcome:
    """Outcome of an asynchronous method: pending unless the decline amount is used."""
    return Outcome.DECLINE if amount == testdata.AMOUNT_DECLINE else Outcome.PENDING


def card_brand(number: str) -> str:
    """The brand of a card number by prefix (VISA, MC, AMEX, DINER, JCB, DISC), or VISA."""
    if number.startswith("4"):
        return "VISA"
    if number[:2] in ("34", "37"):
        return "AMEX"
    if number[:2] in {"51", "52", "53", "54", "55"} or "2221" <= number[:4] <= "2720":
        return "MC"
    if number[:2] in ("36", "38") or number[:3] in {"300", "301", "302", "303", "304", "305"}:
        return "DINER"
    if number[:4] == "3528" or "3528" <= number[:4] <= "3589":
        return "JCB"
    if number[:4] == "6011" or number[:2] == "65":
        return "DISC"
    return "VISA"
