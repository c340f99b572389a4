"""Input models (Card, Customer, BankAccount) to the keyword blocks of the generated request models.

Each block is a TypedDict named after the generated constructors' parameters, so unpacking one into a
model that lacks a field is a type error (mypy checks ``**`` of a TypedDict against the signature).
"""

from __future__ import annotations

import re
from typing import TypedDict

from transaction_services_api.types import Unset

from .._validation import check_url
from ..errors import ValidationError
from ..models import BankAccount, Card, Customer
from ._call import opt

__all__ = [
    "BankAccountArgs",
    "CardArgs",
    "CustomerArgs",
    "PayoutBankArgs",
    "bank_account_fields",
    "card_brand",
    "card_fields",
    "customer_fields",
    "optional_url",
    "payout_bank_fields",
]

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


class CardArgs(TypedDict, total=False):
    """The card block of a request model's constructor."""

    card_number: str | Unset
    card_expiry_month: str | Unset
    card_expiry_year: str | Unset
    card_cvv: str | Unset


class CustomerArgs(TypedDict, total=False):
    """The customer block of a request model's constructor (only what is set)."""

    customer_given_name: str | Unset
    customer_surname: str | Unset
    customer_email: str | Unset
    customer_ip: str | Unset
    customer_phone: str | Unset
    customer_telnocc: str | Unset
    customer_birth_date: str | Unset
    customer_customer_id: str | Unset
    customer_country: str | Unset
    customer_city: str | Unset
    customer_postcode: str | Unset
    customer_street: str | Unset


class BankAccountArgs(TypedDict, total=False):
    """The SEPA or ACH account block of a request model's constructor."""

    bank_account_iban: str | Unset
    bank_account_bic: str | Unset
    bank_account_mandate_id: str | Unset
    bank_account_country: str | Unset
    bank_account_account_number: str | Unset
    bank_account_routing_number: str | Unset
    bank_account_account_type: str | Unset
    bank_account_check_number: str | Unset


class PayoutBankArgs(TypedDict, total=False):
    """The bank or wallet block of a payout request's constructor."""

    bank_account_transfer_type: str | Unset
    bank_account_bank_account_name: str | Unset
    bank_account_bank_account_number: str | Unset
    bank_account_bank_ifsc: str | Unset
    bank_account_bank_name: str | Unset
    bank_account_branch_name: str | Unset
    bank_account_bank_code: str | Unset
    bank_account_branch_code: str | Unset
    bank_account_account_type: str | Unset
    bank_account_account_number: str | Unset
    bank_account_iban: str | Unset
    bank_account_bic: str | Unset


def card_fields(card: Card) -> CardArgs:
    """The card block of a card."""
    return CardArgs(
        card_number=card.number,
        card_expiry_month=card.expiry_month,
        card_expiry_year=card.expiry_year,
        card_cvv=opt(card.cvv),
    )


def customer_fields(customer: Customer | None) -> CustomerArgs:
    """The customer block of a customer (none without one)."""
    if customer is None:
        return CustomerArgs()
    return CustomerArgs(
        customer_given_name=opt(customer.given_name),
        customer_surname=opt(customer.surname),
        customer_email=opt(customer.email),
        customer_ip=opt(customer.ip),
        customer_phone=opt(customer.phone),
        customer_telnocc=opt(customer.telnocc),
        customer_birth_date=opt(customer.birth_date.strftime("%Y%m%d") if customer.birth_date else None),
        customer_customer_id=opt(customer.customer_id),
        customer_country=opt(customer.country),
        customer_city=opt(customer.city),
        customer_postcode=opt(customer.postcode),
        customer_street=opt(customer.street),
    )


def bank_account_fields(account: BankAccount) -> BankAccountArgs:
    """The account block of a SEPA or ACH account."""
    return BankAccountArgs(
        bank_account_iban=opt(account.iban),
        bank_account_bic=opt(account.bic),
        bank_account_mandate_id=opt(account.mandate_id),
        bank_account_country=opt(account.country),
        bank_account_account_number=opt(account.account_number),
        bank_account_routing_number=opt(account.routing_number),
        bank_account_account_type=opt(account.account_type),
        bank_account_check_number=opt(account.check_number),
    )


def payout_bank_fields(account: BankAccount) -> PayoutBankArgs:
    """The bank block of a bank or wallet payout."""
    return PayoutBankArgs(
        bank_account_transfer_type=opt(account.transfer_type),
        bank_account_bank_account_name=opt(account.bank_account_name or account.holder),
        bank_account_bank_account_number=opt(account.bank_account_number),
        bank_account_bank_ifsc=opt(account.bank_ifsc),
        bank_account_bank_name=opt(account.bank_name),
        bank_account_branch_name=opt(account.branch_name),
        bank_account_bank_code=opt(account.bank_code),
        bank_account_branch_code=opt(account.branch_code),
        bank_account_account_type=opt(account.account_type),
        bank_account_account_number=opt(account.account_number),
        bank_account_iban=opt(account.iban),
        bank_account_bic=opt(account.bic),
    )


def optional_url(value: str | None, field: str) -> str | None:
    """A checked URL, or None."""
    return None if value is None else check_url(value, field)
