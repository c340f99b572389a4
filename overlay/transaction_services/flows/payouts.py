"""Payouts: to the card of an earlier payment (immediate) or to a bank account or wallet (pending)."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import TYPE_CHECKING

from .. import signing
from .._validation import check_currency, check_email, check_merchant_transaction_id, check_payment_id, format_amount
from ..errors import ValidationError
from ..models import BankAccount, Customer, Payout
from ._call import Call, Context, form, opt, raise_for_refusal
from ._fields import PayoutBankArgs, optional_url, payout_bank_fields

if TYPE_CHECKING:
    from transaction_services_api.models import GatewayResponse, PayoutRequest

__all__ = ["build_payout", "interpret_payout"]


def interpret_payout(
    ctx: Context, *, amount: str | None = None, reference: str | None = None
) -> Callable[[GatewayResponse], Payout]:
    """The interpreter of a payout answer (or of a payout inquiry)."""

    sent_amount = Decimal(amount) if amount else None

    def interpret(model: GatewayResponse) -> Payout:
        raise_for_refusal(model, "payout")
        return Payout.from_model(model, tz=ctx.tz, merchant_transaction_id=reference, amount=sent_amount)

    return interpret


def build_payout(
    ctx: Context,
    *,
    merchant_transaction_id: str,
    amount: Decimal | str,
    payment_id: str | None = None,
    bank_account: BankAccount | None = None,
    currency: str | None = None,
    customer: Customer | None = None,
    notification_url: str | None = None,
    merchant_email: str | None = None,
) -> Call[PayoutRequest, GatewayResponse, Payout]:
    """A payout to the card of ``payment_id``, or to ``bank_account`` (its ``transfer_type`` set); C-PAYOUT."""
    from transaction_services_api.api.payouts import create_payout
    from transaction_services_api.models import PayoutRequest

    if (payment_id is None) == (bank_account is None):
        raise ValidationError("payment_id", "pass payment_id (card payout) or bank_account (bank payout), not both")
    if bank_account is not None and not bank_account.transfer_type:
        raise ValidationError("bank_account.transfer_type", "a bank or wallet payout needs bank_account.transfer_type")
    reference = check_merchant_transaction_id(merchant_transaction_id)
    wire_amount = format_amount(amount)
    credentials = ctx.credentials
    body = PayoutRequest(
        authentication_member_id=credentials.member_id,
        authentication_checksum=signing.payout_checksum(
            credentials.member_id, reference, wire_amount, credentials.secure_key
        ),
        authentication_terminal_id=opt(credentials.terminal_id),
        merchant_transaction_id=reference,
        amount=wire_amount,
        payment_id=opt(check_payment_id(payment_id) if payment_id else None),
        currency=opt(check_currency(currency) if currency else None),
        notification_url=opt(optional_url(notification_url, "notification_url")),
        merchant_email=opt(check_email(merchant_email, "merchant_email") if merchant_email else None),
        customer_email=opt(customer.email if customer else None),
        customer_phone=opt(customer.phone if customer else None),
        customer_telnocc=opt(customer.telnocc if customer else None),
        customer_country=opt(customer.country if customer else None),
        **(payout_bank_fields(bank_account) if bank_account else PayoutBankArgs()),
    )
    return Call(
        operation="payout",
        body=body,
        request=form(create_payout._get_kwargs),
        response=create_payout._build_response,
        interpret=interpret_payout(ctx, amount=wire_amount, reference=reference),
        money=True,
        reference=reference,
    )
