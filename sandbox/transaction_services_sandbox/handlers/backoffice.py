"""`/getTransactionList`: transactions by date range, status and customer, paged (reference §4.10)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from starlette.responses import Response

from .. import checksums, codes
from ..clock import format_list_timestamp
from ..models import Payment
from ..responses import gateway_json
from ..rules import parse_list_date
from .context import Call, operation

__all__ = ["DEFAULT_RECORDS_PER_PAGE", "transaction_list"]

# Page size when `pagination.records` is absent or zero.
DEFAULT_RECORDS_PER_PAGE = 30


def _local_date(call: Call, epoch: float) -> date:
    return call.state.clock.local(datetime.fromtimestamp(epoch, UTC)).date()


def _matches(call: Call, payment: Payment, start: date | None, end: date | None) -> bool:
    created = _local_date(call, payment.created_at)
    if (start and created < start) or (end and created > end):
        return False
    filters = {
        "status": payment.status,
        "customer.email": payment.customer.get("email", ""),
        "customer.givenName": payment.customer.get("givenName", ""),
        "customer.surname": payment.customer.get("surname", ""),
        "card.firstsix": payment.card_bin,
        "card.lastfour": payment.card_last4,
        "paymentId": str(payment.payment_id),
        "currency": payment.currency,
    }
    return all(not call.get(name).strip() or call.get(name) == value for name, value in filters.items())


def _item(call: Call, payment: Payment) -> dict[str, Any]:
    local = call.state.clock.local
    item: dict[str, Any] = {
        "amount": payment.amount,
        "currency": payment.currency,
        "descriptor": payment.descriptor,
        "systemPaymentId": str(payment.payment_id),
        "merchantTransactionId": payment.merchant_transaction_id,
        "transactionStatus": payment.status,
        "captureamount": payment.captured_amount,
        "refundamount": payment.refunded_amount,
        "chargebackamount": "0.00",
        "payoutamount": payment.amount if payment.kind == "payout" else payment.payout_amount,
        "date": format_list_timestamp(local(datetime.fromtimestamp(payment.updated_at, UTC))),
        "transactionDate": format_list_timestamp(local(datetime.fromtimestamp(payment.created_at, UTC))),
        "remark": payment.remark,
    }
    customer = {
        key: payment.customer[key]
        for key in ("givenName", "surname", "phone", "email", "telnocc", "country", "city", "street")
        if payment.customer.get(key)
    }
    if customer:
        item["customer"] = customer
    if payment.card_bin:
        item["card"] = {"bin": payment.card_bin, "lastFourDigits": payment.card_last4}
    item["transactionReceiptImg"] = ""
    item["bankReferenceId"] = f"SBX-{payment.payment_id}"
    item["terminalid"] = payment.terminal_id
    item["paymentBrand"] = payment.payment_brand
    item["paymentMode"] = payment.payment_mode
    return item


@operation("getTransactionList")
async def transaction_list(call: Call) -> Response:
    """Transactions newest first, filtered and paged; code 00029, or 10026 when the page is empty."""
    identity = call.identity()
    call.check_checksum(checksums.c_list(identity.owner_id, identity.key))
    call.validate()
    start = parse_list_date(call.get("pagination.fromdate")) if call.get("pagination.fromdate").strip() else None
    end = parse_list_date(call.get("pagination.todate")) if call.get("pagination.todate").strip() else None
    if start and end and start > end:
        raise call.refuse(codes.Code("30088", "Invalid From date, pagination.fromdate is after pagination.todate"))
    page = max(int(call.get("pagination.pageno") or "1"), 1)
    records = int(call.get("pagination.records") or "0") or DEFAULT_RECORDS_PER_PAGE
    matching = [payment for payment in call.state.ledger.payments() if _matches(call, payment, start, end)]
    selected = matching[(page - 1) * records : page * records]
    if not selected:
        return gateway_json({"result": {"code": codes.NOT_FOUND.code, "description": codes.NOT_FOUND.description}})
    return gateway_json(
        {
            "result": {"code": codes.TRANSACTION_LIST_OK.code, "description": codes.TRANSACTION_LIST_OK.description},
            "transaction": [_item(call, payment) for payment in selected],
        }
    )
