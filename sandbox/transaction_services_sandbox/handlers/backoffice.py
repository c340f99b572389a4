"""`/getTransactionList`: transactions by date range, status and customer, paged (reference §4.10)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from starlette.responses import Response

from .. import checksums, codes
from ..clock import format_list_timestamp
from ..ledger import LIST_FILTERS
from ..models import Payment
from ..responses import gateway_json
from ..rules import parse_list_date
from .context import Call, operation

__all__ = ["DEFAULT_RECORDS_PER_PAGE", "transaction_list"]

# Page size when `pagination.records` is absent or zero.
DEFAULT_RECORDS_PER_PAGE = 30


def _start_of(call: Call, day: date) -> float:
    """Epoch of local midnight starting `day` in the sandbox's timezone."""
    return datetime.combine(day, time(), tzinfo=call.state.clock.zone).timestamp()


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
    # Filtered and paged in SQL: the cost of a page does not grow with the ledger.
    filters = {name: call.get(name) for name in LIST_FILTERS if call.get(name).strip()}
    selected = call.state.ledger.list_payments(
        identity.owner_id,
        created_from=_start_of(call, start) if start else None,
        created_before=_start_of(call, end + timedelta(days=1)) if end else None,
        filters=filters,
        offset=(page - 1) * records,
        limit=records,
    )
    if not selected:
        return gateway_json({"result": {"code": codes.NOT_FOUND.code, "description": codes.NOT_FOUND.description}})
    return gateway_json(
        {
            "result": {"code": codes.TRANSACTION_LIST_OK.code, "description": codes.TRANSACTION_LIST_OK.description},
            "transaction": [_item(call, payment) for payment in selected],
        }
    )
