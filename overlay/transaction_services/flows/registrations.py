"""Tokens (registrations): store a card or account, list, delete, pay with a token, installments."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Literal

from .. import signing
from .._payload import get_str
from .._validation import (
    check_currency,
    check_cvv,
    check_merchant_transaction_id,
    check_registration_id,
    check_text,
    format_amount,
)
from ..errors import ValidationError
from ..models import BankAccount, Card, Customer, Payment, Registration
from ._call import Call, Context, clean, raise_for_refusal
from ._fields import bank_account_fields, card_brand, card_fields, customer_fields, optional_url
from .payments import interpret_payment

__all__ = [
    "build_delete_registration",
    "build_installments",
    "build_list_registrations",
    "build_pay_with_token",
    "build_register_account",
    "build_register_card",
]


def _interpret_registration(ctx: Context, operation: str) -> Any:
    def interpret(payload: Mapping[str, Any]) -> Registration:
        raise_for_refusal(payload, operation)
        return Registration.from_payload(payload, tz=ctx.tz)

    return interpret


def build_register_card(
    ctx: Context, *, card: Card, customer: Customer, currency: str | None = None
) -> Call[Registration]:
    """Store a card stand-alone (C-REG over the card number); needs the holder's names."""
    from transaction_services_api.api.registrations import create_registration
    from transaction_services_api.models import RegistrationRequest

    if not customer.given_name or not customer.surname:
        raise ValidationError("customer", "a card registration needs the customer's given_name and surname")
    credentials = ctx.credentials
    fields = clean(
        {
            "authentication.memberId": credentials.member_id,
            "authentication.checksum": signing.registration_checksum(
                credentials.member_id, credentials.secure_key, card.number
            ),
            "authentication.terminalId": credentials.terminal_id,
            "paymentMode": "CC",
            "paymentBrand": card_brand(card),
            "currency": check_currency(currency) if currency else None,
            **card_fields(card),
            **customer_fields(customer),
        }
    )
    return Call(
        operation="register_card",
        endpoint=create_registration,
        path=(),
        body=RegistrationRequest.from_dict(fields),
        interpret=_interpret_registration(ctx, "register_card"),
    )


def build_register_account(ctx: Context, *, bank_account: BankAccount, customer: Customer) -> Call[Registration]:
    """Store a SEPA (C-REG over the BIC) or ACH (C-REG over the account number) account."""
    from transaction_services_api.api.registrations import create_registration
    from transaction_services_api.models import RegistrationRequest

    if bank_account.bic and bank_account.iban:
        third, mode, brand = bank_account.bic, "SEPA", "DIRECTDEBIT"
    elif bank_account.account_number and bank_account.routing_number:
        third, mode, brand = bank_account.account_number, "ACH", "ECHECK"
    else:
        raise ValidationError("bank_account", "a bank account needs iban and bic (SEPA) or account and routing number")
    if not customer.given_name or not customer.surname:
        raise ValidationError("customer", "an account registration needs the holder's given_name and surname")
    credentials = ctx.credentials
    fields = clean(
        {
            "authentication.memberId": credentials.member_id,
            "authentication.checksum": signing.registration_checksum(
                credentials.member_id, credentials.secure_key, third
            ),
            "paymentMode": mode,
            "paymentBrand": brand,
            **bank_account_fields(bank_account),
            **customer_fields(customer),
        }
    )
    return Call(
        operation="register_account",
        endpoint=create_registration,
        path=(),
        body=RegistrationRequest.from_dict(fields),
        interpret=_interpret_registration(ctx, "register_account"),
    )


def build_list_registrations(ctx: Context, *, customer_id: str | None = None) -> Call[list[Registration]]:
    """The stored cards and accounts, of one customer or all (C-LIST)."""
    from transaction_services_api.api.registrations import list_cards_and_accounts
    from transaction_services_api.models import CardsAndAccountsRequest

    credentials = ctx.credentials

    def interpret(payload: Mapping[str, Any]) -> list[Registration]:
        raise_for_refusal(payload, "registrations")
        return Registration.list_from_payload(payload)

    fields = clean(
        {
            "authentication.memberId": credentials.member_id,
            "authentication.checksum": signing.list_checksum(credentials.member_id, credentials.secure_key),
            "customer.customerId": check_text(customer_id, "customer_id") if customer_id else None,
        }
    )
    return Call(
        operation="registrations",
        endpoint=list_cards_and_accounts,
        path=(),
        body=CardsAndAccountsRequest.from_dict(fields),
        interpret=interpret,
    )


def build_delete_registration(ctx: Context, *, registration_id: str) -> Call[str]:
    """Delete a token (``paymentType=DL``, C-DEL-REG); returns the result description."""
    from transaction_services_api.api.registrations import pay_with_token
    from transaction_services_api.models import TokenPaymentRequest

    token = check_registration_id(registration_id)
    credentials = ctx.credentials

    def interpret(payload: Mapping[str, Any]) -> str:
        raise_for_refusal(payload, "delete_registration")
        return get_str(payload.get("result") or {}, "description") or "Registration successfully deleted"

    fields = {
        "authentication.memberId": credentials.member_id,
        "authentication.checksum": signing.delete_registration_checksum(
            credentials.member_id, credentials.secure_key, token
        ),
        "paymentType": "DL",
    }
    return Call(
        operation="delete_registration",
        endpoint=pay_with_token,
        path=(token,),
        body=TokenPaymentRequest.from_dict(fields),
        interpret=interpret,
    )


def build_pay_with_token(
    ctx: Context,
    *,
    registration_id: str,
    amount: Decimal | str,
    merchant_transaction_id: str,
    merchant_redirect_url: str,
    currency: str | None = None,
    payment_type: Literal["DB", "PA"] = "DB",
    cvv: str | None = None,
    recurring: Literal["initial", "repeated"] | None = None,
    notification_url: str | None = None,
    customer: Customer | None = None,
) -> Call[Payment]:
    """A sale or pre-authorization with a stored token (C-TOKEN)."""
    from transaction_services_api.api.registrations import pay_with_token
    from transaction_services_api.models import TokenPaymentRequest

    token = check_registration_id(registration_id)
    reference = check_merchant_transaction_id(merchant_transaction_id)
    wire_amount = format_amount(amount)
    wire_currency = check_currency(currency) if currency else None
    credentials = ctx.credentials
    fields = clean(
        {
            "authentication.memberId": credentials.member_id,
            "authentication.checksum": signing.token_payment_checksum(
                credentials.member_id, credentials.secure_key, token, wire_amount
            ),
            "authentication.terminalId": credentials.terminal_id,
            "paymentType": payment_type,
            "amount": wire_amount,
            "currency": wire_currency,
            "merchantTransactionId": reference,
            "merchantRedirectUrl": optional_url(merchant_redirect_url, "merchant_redirect_url"),
            "notificationUrl": optional_url(notification_url, "notification_url"),
            "card.cvv": check_cvv(cvv) if cvv else None,
            "recurringType": recurring.upper() if recurring else None,
            **customer_fields(customer),
        }
    )
    return Call(
        operation="pay_with_token",
        endpoint=pay_with_token,
        path=(token,),
        body=TokenPaymentRequest.from_dict(fields),
        interpret=interpret_payment(
            ctx, "pay_with_token", amount=wire_amount, currency=wire_currency, reference=reference
        ),
        money=True,
        reference=reference,
    )


def build_installments(ctx: Context, *, registration_id: str) -> Call[list[int]]:
    """The installment counts offered for a stored card (checksum as C-DEL-REG; the docs do not say)."""
    from transaction_services_api.api.registrations import get_installments_with_token
    from transaction_services_api.models import InstallmentRequest

    token = check_registration_id(registration_id)
    credentials = ctx.credentials

    def interpret(payload: Mapping[str, Any]) -> list[int]:
        options = get_str(payload, "installment")
        if options is None:
            raise_for_refusal(payload, "installments")
            return []
        return [int(part) for part in options.split(",") if part.strip().isdigit()]

    fields = {
        "authentication.memberId": credentials.member_id,
        "authentication.checksum": signing.delete_registration_checksum(
            credentials.member_id, credentials.secure_key, token
        ),
    }
    return Call(
        operation="installments",
        endpoint=get_installments_with_token,
        path=(token,),
        body=InstallmentRequest.from_dict(fields),
        interpret=interpret,
    )
