"""Test cards, accounts and trigger amounts that select the sandbox's outcomes.

Import these in tests instead of repeating the numbers. Every card number is Luhn-valid and the
IBANs pass the mod-97 check. Any other well-formed card approves.

Outcome rules, checked in this order for a card payment (`paymentMode` CC or DC):

1. expiry month/year in the past (sandbox time): declined, code 11033;
2. a card of `DECLINE_CARDS` or the amount `AMOUNT_DECLINE`: declined, code 10001;
3. a card of `PENDING_CARDS` or the amount `AMOUNT_PENDING`: pending, code 10004, with a redirect;
4. a card of `THREE_DS_CARDS`, the amount `AMOUNT_3DS`, or `attemptThreeD` `3D`/`Only3D`:
   3-D Secure, code 90026, with a redirect (card rules are skipped for payments with a stored
   token or a repeated recurring payment: the customer is not present);
5. otherwise approved, code 00001.

SEPA (`paymentMode` SEPA): `TEST_IBAN` approves, `DECLINE_IBAN` declines; the decline and pending
amounts apply. Any other payment mode (NB, EW, PV, MMA, ...) is asynchronous: pending with a
redirect to the approval page, where the customer approves or declines; `AMOUNT_DECLINE`
declines at once. Bank payouts complete as `payoutsuccessful`, or `payoutfailed` with
`AMOUNT_DECLINE`.
"""

from __future__ import annotations

__all__ = [
    "AMOUNT_3DS",
    "AMOUNT_DECLINE",
    "AMOUNT_PENDING",
    "APPROVE_CARDS",
    "CARD_3DS",
    "CARD_3DS_MASTERCARD",
    "CARD_AMEX",
    "CARD_AMEX_2",
    "CARD_APPROVE",
    "CARD_DECLINE",
    "CARD_DECLINE_MASTERCARD",
    "CARD_MASTERCARD",
    "CARD_MASTERCARD_2",
    "CARD_PENDING",
    "CARD_VISA",
    "CARD_VISA_2",
    "DECLINE_CARDS",
    "DECLINE_IBAN",
    "PENDING_CARDS",
    "TEST_BIC",
    "TEST_CVV",
    "TEST_EXPIRY_MONTH",
    "TEST_EXPIRY_YEAR",
    "TEST_IBAN",
    "THREE_DS_CARDS",
    "luhn_valid",
]

# Approved cards: the docs' sample card and the test cards of reference §10.
CARD_APPROVE = "4000000000000051"
CARD_VISA = "4111111111111111"
CARD_VISA_2 = "4176661000001056"
CARD_MASTERCARD = "5549110920049586"
CARD_MASTERCARD_2 = "5423110020223322"
CARD_AMEX = "370000000000002"
CARD_AMEX_2 = "376000000000006"
APPROVE_CARDS = frozenset(
    {CARD_APPROVE, CARD_VISA, CARD_VISA_2, CARD_MASTERCARD, CARD_MASTERCARD_2, CARD_AMEX, CARD_AMEX_2}
)

# Declined by the issuer (code 10001).
CARD_DECLINE = "4000000000000069"
CARD_DECLINE_MASTERCARD = "5200000000000114"
DECLINE_CARDS = frozenset({CARD_DECLINE, CARD_DECLINE_MASTERCARD})

# Enrolled in 3-D Secure: the docs' 3-D Secure sample card, and a Mastercard.
CARD_3DS = "4000000000000002"
CARD_3DS_MASTERCARD = "5200000000000007"
THREE_DS_CARDS = frozenset({CARD_3DS, CARD_3DS_MASTERCARD})

# Answered pending (10004) with a redirect to the approval page.
CARD_PENDING = "4000000000000036"
PENDING_CARDS = frozenset({CARD_PENDING})

# Trigger amounts: they override the card's outcome (two decimals, as the gateway requires).
AMOUNT_DECLINE = "999.01"
AMOUNT_3DS = "999.02"
AMOUNT_PENDING = "999.03"

# SEPA test account of reference §10 (approves) and a second valid IBAN that declines.
TEST_IBAN = "DE23100000001234567890"
TEST_BIC = "MARKDEF1100"
DECLINE_IBAN = "DE89370400440532013000"

# A card expiry within the gateway's Years rule (2000-2039) and in the future.
TEST_EXPIRY_MONTH = "12"
TEST_EXPIRY_YEAR = "2035"
TEST_CVV = "123"


def luhn_valid(number: str) -> bool:
    """Return True when the digit string passes the Luhn check."""
    if not number.isdigit():
        return False
    total = 0
    for index, char in enumerate(reversed(number)):
        digit = int(char)
        if index % 2 == 1:
            digit *= 2
            if digit > 9:
                digit -= 9
        total += digit
    return total % 10 == 0
