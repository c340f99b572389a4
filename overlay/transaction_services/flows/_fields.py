"""Input models (Card, Customer, BankAccount) to the gateway's dotted form fields."""

from __future__ import annotations

import re

from .._validation import check_url
from ..errors import ValidationError
from ..models import BankAccount, Card, Customer

__all__ = ["bank_account_fields", "card_brand", "card_fields", "customer_fields", "optional_url", "payout_bank_fields"]

_BRANDS = (
    (re.compile(r"4"), "VISA"),
    (re.compile(r"5[1-5]|2[2-7]"), "MC"),
    (re.compile(r"3[47]"), "AMEX"),
    (re.compile(r"3(?:0[0-5]|[68])"), "DINER"),
    (re.compile(r"6(?:011|5)"), "DISC"),
    (re.compile(r"35"), "JCB"),
)


def card_brand(card: Card) -> str:
    """The gateway's brand code for a card number (VISA, MC, AMEX, ...); ValidationError when unknown."""
    for prefix, brand in _BRANDS:
        if prefix.match(card.number):
            return brand
    raise ValidationError("payment_brand", "payment_brand is required: the card's brand is not recognised")


def card_fields(card: Card) -> dict[str, str | None]:
    """The ``card.*`` fields of a card."""
    return {
        "card.number": card.number,
        "card.expiryMonth": card.expiry_month,
        "card.expiryYear": card.expiry_year,
        "card.cvv": card.cvv,
    }


def customer_fields(customer: Customer | None) -> dict[str, str | None]:
    """The ``customer.*`` fields of a customer (unset attributes are left out later)."""
    if customer is None:
        return {}
    return {
        "customer.givenName": customer.given_name,
        "customer.surname": customer.surname,
        "customer.email": customer.email,
        "customer.ip": customer.ip,
        "customer.phone": customer.phone,
        "customer.telnocc": customer.telnocc,
        "customer.birthDate": customer.birth_date.strftime("%Y%m%d") if customer.birth_date else None,
        "customer.customerId": customer.customer_id,
        "customer.country": customer.country,
        "customer.city": customer.city,
        "customer.postcode": customer.postcode,
        "customer.street": customer.street,
    }


def bank_account_fields(account: BankAccount) -> dict[str, str | None]:
    """The ``bankAccount.*`` fields of a SEPA or ACH account."""
    return {
        "bankAccount.iban": account.iban,
        "bankAccount.bic": account.bic,
        "bankAccount.mandateId": account.mandate_id,
        "bankAccount.country": account.country,
        "bankAccount.accountNumber": account.account_number,
        "bankAccount.routingNumber": account.routing_number,
        "bankAccount.accountType": account.account_type,
        "bankAccount.checkNumber": account.check_number,
    }


def payout_bank_fields(account: BankAccount) -> dict[str, str | None]:
    """The ``bankAccount.*`` fields of a bank or wallet payout."""
    return {
        "bankAccount.transferType": account.transfer_type,
        "bankAccount.bankAccountName": account.bank_account_name or account.holder,
        "bankAccount.bankAccountNumber": account.bank_account_number,
        "bankAccount.bankIfsc": account.bank_ifsc,
        "bankAccount.bankName": account.bank_name,
        "bankAccount.branchName": account.branch_name,
        "bankAccount.bankCode": account.bank_code,
        "bankAccount.branchCode": account.branch_code,
        "bankAccount.accountType": account.account_type,
        "bankAccount.accountNumber": account.account_number,
        "bankAccount.iban": account.iban,
        "bankAccount.bic": account.bic,
    }


def optional_url(value: str | None, field: str) -> str | None:
    """A checked URL, or None."""
    return None if value is None else check_url(value, field)
