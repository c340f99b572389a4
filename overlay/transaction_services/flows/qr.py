"""QR checkout (crypto or e-wallet QR codes) and its status inquiry."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from .. import signing
from .._validation import (
    check_currency,
    check_email,
    check_merchant_transaction_id,
    check_payment_id,
    check_text,
    check_url,
    format_amount,
)
from ..models import Payment
from ._call import Call, Context, form, form_at, opt
from ._fields import optional_url
from .payments import interpret_payment

if TYPE_CHECKING:
    from transaction_services_api.models import GatewayResponse, QrCheckoutRequest, QrInquiryRequest

__all__ = ["build_qr_checkout", "build_qr_status"]


def build_qr_checkout(
    ctx: Context,
    *,
    merchant_transaction_id: str,
    amount: Decimal | str,
    currency: str,
    notification_url: str,
    display_amount: Decimal | str | None = None,
    display_currency: str | None = None,
    order_descriptor: str | None = None,
    customer_email: str | None = None,
    customer_id: str | None = None,
    merchant_redirect_url: str | None = None,
) -> Call[QrCheckoutRequest, GatewayResponse, Payment]:
    """A QR payment (``paymentMode=EW``, ``paymentBrand=QR``), signed with C-SALE; ``currency`` may be crypto."""
    from transaction_services_api.api.qr import create_qr_checkout
    from transaction_services_api.models import QrCheckoutRequest

    reference = check_merchant_transaction_id(merchant_transaction_id)
    wire_amount = format_amount(amount)
    wire_currency = check_currency(currency, allow_crypto=True)
    url = check_url(notification_url, "notification_url")
    credentials = ctx.credentials
    body = QrCheckoutRequest(
        authentication_member_id=credentials.member_id,
        authentication_checksum=signing.sale_checksum(
            credentials.member_id, credentials.secure_key, reference, wire_amount
        ),
        authentication_terminal_id=opt(credentials.terminal_id),
        merchant_transaction_id=reference,
        amount=wire_amount,
        currency=wire_currency,
        payment_mode="EW",
        payment_brand="QR",
        notification_url=url,
        merchant_redirect_url=opt(optional_url(merchant_redirect_url, "merchant_redirect_url")),
        order_descriptor=opt(check_text(order_descriptor, "order_descriptor", 255) if order_descriptor else None),
        tmpl_amount=opt(format_amount(display_amount, "display_amount") if display_amount is not None else None),
        tmpl_currency=opt(check_currency(display_currency, "display_currency") if display_currency else None),
        customer_email=opt(check_email(customer_email, "customer_email") if customer_email else None),
        customer_customer_id=opt(check_text(customer_id, "customer_id") if customer_id else None),
    )
    return Call(
        operation="qr_checkout",
        body=body,
        request=form(create_qr_checkout._get_kwargs),
        response=create_qr_checkout._build_response,
        interpret=interpret_payment(
            ctx, "qr_checkout", amount=wire_amount, currency=wire_currency, reference=reference
        ),
        money=True,
        reference=reference,
    )


def build_qr_status(ctx: Context, *, payment_id: str) -> Call[QrInquiryRequest, GatewayResponse, Payment]:
    """The status of a QR payment (``inquiryStatus/{id}``, signed with C-RV-IN)."""
    from transaction_services_api.api.qr import inquire_qr_status
    from transaction_services_api.models import QrInquiryRequest

    pid = check_payment_id(payment_id)
    credentials = ctx.credentials
    body = QrInquiryRequest(
        authentication_member_id=credentials.member_id,
        authentication_checksum=signing.reversal_inquiry_checksum(credentials.member_id, credentials.secure_key, pid),
        payment_type="IN",
    )
    return Call(
        operation="qr_status",
        body=body,
        request=form_at(inquire_qr_status._get_kwargs, pid),
        response=inquire_qr_status._build_response,
        interpret=interpret_payment(ctx, "qr_status", payment_id=pid),
    )
