"""`/QRCheckout` and `/inquiryStatus/{id}` (reference §4.13, §4.14)."""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from .. import checksums, codes
from ..processing import NewPayment, create_payment, customer_fields, inquiry_body, redirect_object
from ..responses import gateway_json
from ..statemachine import short_status
from ..tokens import ROLE_MERCHANT, ROLE_PARTNER
from .context import Call, operation
from .payments import require_positive_amount

__all__ = ["qr_checkout", "qr_inquiry"]

_REQUIRED = (
    "authentication.memberId",
    "merchantTransactionId",
    "amount",
    "currency",
    "paymentMode",
    "paymentBrand",
    "notificationUrl",
)


@operation("QRCheckout")
async def qr_checkout(call: Call) -> Response:
    """A QR payment, pending until the customer pays it on the sandbox's approval page."""
    identity = call.identity()
    call.validate(_REQUIRED)
    require_positive_amount(call)
    # No checksum in the docs sample; when one is sent it must be C-SALE.
    call.check_optional_checksum(
        checksums.c_sale(identity.owner_id, identity.key, call.get("merchantTransactionId"), call.get("amount"))
    )
    call.check_currency(identity, call.get("currency"))
    spec = NewPayment(
        payment_type="DB",
        amount=call.get("amount"),
        currency=call.get("currency"),
        merchant_transaction_id=call.get("merchantTransactionId"),
        payment_mode=call.get("paymentMode"),
        payment_brand=call.get("paymentBrand"),
        customer=customer_fields(call.fields),
        merchant_redirect_url=call.get("merchantRedirectUrl"),
        notification_url=call.get("notificationUrl"),
        tmpl_amount=call.get("tmpl_amount"),
        tmpl_currency=call.get("tmpl_currency"),
        order_description=call.get("orderDescriptor"),
        terminal_id=call.get("authentication.terminalId"),
        kind="qr",
        member_id=identity.owner_id,
    )
    payment = create_payment(call.state, spec)
    result = codes.QR_OK if payment.approval_kind else codes.Code(payment.result_code, payment.result_description)
    body: dict[str, Any] = {
        "result": {"code": result.code, "description": result.description},
        "paymentId": str(payment.payment_id),
        "status": short_status(payment.status),
        "paymentBrand": payment.payment_brand,
        "paymentMode": payment.payment_mode,
        "amount": payment.amount,
        "currency": payment.currency,
        "timestamp": call.state.clock.timestamp(),
        "merchantTransactionId": payment.merchant_transaction_id,
        "tmpl_amount": payment.tmpl_amount,
        "tmpl_currency": payment.tmpl_currency,
    }
    if payment.order_description:
        body["orderDescription"] = payment.order_description
    if payment.approval_kind:
        body["redirect"] = redirect_object(payment, call.base_url)
    return gateway_json(body)


@operation("inquiryStatus/{id}", roles=(ROLE_MERCHANT, ROLE_PARTNER))
async def qr_inquiry(call: Call) -> Response:
    """Status of a QR (or any) payment; merchant or partner; checksum verified when sent (C-RV-IN shape)."""
    payment_id = call.path_params["id"]
    identity = call.identity(allow_partner=True)
    call.check_optional_checksum(checksums.c_rv_in(identity.owner_id, identity.key, payment_id))
    call.validate()
    payment = call.state.ledger.get_payment(payment_id, identity.member_scope) if payment_id.isdigit() else None
    if payment is None:
        raise call.refuse(codes.NOT_FOUND)
    return gateway_json(inquiry_body(call.state, payment))
