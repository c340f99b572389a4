"""Tokens (registrations): store a card or account, list, delete, pay with a token, installments."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import TYPE_CHECKING, Literal

from transaction_services_api.types import UNSET

from .. import signing
from .._payload import result_description, text
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
from ._call import Call, Context, form, form_at, opt, raise_for_refusal
from ._fields import bank_account_fields, card_brand, card_fields, customer_fields, optional_url
from .payments import interpret_payment

if TYPE_CHECKING:
    from transaction_services_api.models import (
        CardsAndAccountsRequest,
        GatewayResponse,
        InstallmentRequest,
        RegistrationRequest,
        TokenPaymentRequest,
    )

__all__ = [
    "build_delete_registration",
    "build_installments",
    "build_list_registrations",
    "build_pay_with_token",
    "build_register_account",
    "build_register_card",
]


def _interpret_registration(ctx: Context, operation: str) -> Callable[[GatewayResponse], Registration]:
    def interpret(model: GatewayResponse) -> Registration:
        raise_for_refusal(model, operation)
        return Registration.from_model(model, tz=ctx.tz)

    return interpret


def build_register_card(
    ctx: Context, *, card: Card, customer: Customer, currency: str | None = None
) -> Call[RegistrationRequest, GatewayResponse, Registration]:
    """Store a card stand-alone (C-REG over the card number); needs the holder's names."""
    from transaction_services_api.api.registrations import create_registration
    from transaction_services_api.models import RegistrationRequest

    if not customer.given_name or not customer.surname:
        raise ValidationError("customer", "a card registration needs the customer's given_name and surname")
    credentials = ctx.credentials
    body = RegistrationRequest(
        authentication_member_id=credentials.member_id,
        authentication_checksum=signing.registration_checksum(
            credentials.member_id, credentials.secure_key, card.number
        ),
        authentication_terminal_id=opt(credentials.terminal_id),
        payment_mode="CC",
        payment_brand=card_brand(card),
        currency=opt(check_currency(currency) if currency else None),
        **card_fields(card),
        **customer_fields(customer),
    )
    return Call(
        operation="register_card",
        body=body,
        request=form(create_registration._get_kwargs),
        response=create_registration._build_response,
        interpret=_interpret_registration(ctx, "register_card"),
    )


def build_register_account(
    ctx: Context, *, bank_account: BankAccount, customer: Customer
) -> Call[RegistrationRequest, GatewayResponse, Registration]:
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
    body = RegistrationRequest(
        authentication_member_id=credentials.member_id,
        authentication_checksum=signing.registration_checksum(credentials.member_id, credentials.secure_key, third),
        payment_mode=mode,
        payment_brand=brand,
        **bank_account_fields(bank_account),
        **customer_fields(customer),
    )
    return Call(
        operation="register_account",
        body=body,
        request=form(create_registration._get_kwargs),
        response=create_registration._build_response,
        interpret=_interpret_registration(ctx, "register_account"),
    )


def build_list_registrations(
    ctx: Context, *, customer_id: str | None = None
) -> Call[CardsAndAccountsRequest, GatewayResponse, list[Registration]]:
    """The stored cards and accounts, of one customer or all (C-LIST)."""
    from transaction_services_api.api.registrations import list_cards_and_accounts
    from transaction_services_api.models import CardsAndAccountsRequest

    credentials = ctx.credentials

    def interpret(model: GatewayResponse) -> list[Registration]:
        raise_for_refusal(model, "registrations")
        return Registration.list_from_model(model)

    body = CardsAndAccountsRequest(
        authentication_member_id=credentials.member_id,
        authentication_checksum=signing.list_checksum(credentials.member_id, credentials.secure_key),
        customer_customer_id=opt(check_text(customer_id, "customer_id") if customer_id else None),
    )
    return Call(
        operation="registrations",
        body=body,
        request=form(list_cards_and_accounts._get_kwargs),
        response=list_cards_and_accounts._build_response,
        interpret=interpret,
    )


def build_delete_registration(ctx: Context, *, registration_id: str) -> Call[TokenPaymentRequest, GatewayResponse, str]:
    """Delete a token (``paymentType=DL``, C-DEL-REG); returns the result description."""
    from transaction_services_api.api.registrations import pay_with_token
    from transaction_services_api.models import TokenPaymentRequest

    token = check_registration_id(registration_id)
    credentials = ctx.credentials

    def interpret(model: GatewayResponse) -> str:
        raise_for_refusal(model, "delete_registration")
        return result_description(model) or "Registration successfully deleted"

    body = TokenPaymentRequest(
        authentication_member_id=credentials.member_id,
        authentication_checksum=signing.delete_registration_checksum(
            credentials.member_id, credentials.secure_key, token
        ),
        payment_type="DL",
    )
    return Call(
        operation="delete_registration",
        body=body,
        request=form_at(pay_with_token._get_kwargs, token),
        response=pay_with_token._build_response,
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
) -> Call[TokenPaymentRequest, GatewayResponse, Payment]:
    """A sale or pre-authorization with a stored token (C-TOKEN)."""
    from transaction_services_api.api.registrations import pay_with_token
    from transaction_services_api.models import TokenPaymentRequest
    from transaction_services_api.models.recurring_type import check_recurring_type

    token = check_registration_id(registration_id)
    reference = check_merchant_transaction_id(merchant_transaction_id)
    wire_amount = format_amount(amount)
    wire_currency = check_currency(currency) if currency else None
    credentials = ctx.credentials
    body = TokenPaymentRequest(
        authentication_member_id=credentials.member_id,
        authentication_checksum=signing.token_payment_checksum(
            credentials.member_id, credentials.secure_key, token, wire_amount
        ),
        authentication_terminal_id=opt(credentials.terminal_id),
        payment_type=payment_type,
        amount=wire_amount,
        currency=opt(wire_currency),
        merchant_transaction_id=reference,
        merchant_redirect_url=opt(optional_url(merchant_redirect_url, "merchant_redirect_url")),
        notification_url=opt(optional_url(notification_url, "notification_url")),
        card_cvv=opt(check_cvv(cvv) if cvv else None),
        recurring_type=check_recurring_type(recurring.upper()) if recurring else UNSET,
        **customer_fields(customer),
    )
    return Call(
        operation="pay_with_token",
        body=body,
        request=form_at(pay_with_token._get_kwargs, token),
        response=pay_with_token._build_response,
        interpret=interpret_payment(
            ctx, "pay_with_token", amount=wire_amount, currency=wire_currency, reference=reference
        ),
        money=True,
        reference=reference,
    )


def build_installments(ctx: Context, *, registration_id: str) -> Call[InstallmentRequest, GatewayResponse, list[int]]:
    """The installment counts offered for a stored card (checksum as C-DEL-REG; the docs do not say)."""
    from transaction_services_api.api.registrations import get_installments_with_token
    from transaction_services_api.models import InstallmentRequest

    token = check_registration_id(registration_id)
    credentials = ctx.credentials

    def interpret(model: GatewayResponse) -> list[int]:
        options = text(model.installment)
        if options is None:
            raise_for_refusal(model, "installments")
            return []
        return [int(part) for part in options.split(",") if part.strip().isdigit()]

    body = InstallmentRequest(
        authentication_member_id=credentials.member_id,
        authentication_checksum=signing.delete_registration_checksum(
            credentials.member_id, credentials.secure_key, token
        ),
    )
    return Call(
        operation="installments",
        body=body,
        request=form_at(get_installments_with_token._get_kwargs, token),
        response=get_installments_with_token._build_response,
        interpret=interpret,
    )
