"""`/payout`: to the card of an earlier payment (immediate) or to a bank account or wallet (pending)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from starlette.responses import Response

from .. import checksums, codes, testdata
from ..models import Payment
from ..processing import record_payment
from ..responses import gateway_json
from ..statemachine import (
    AUTHSUCCESSFUL,
    CAPTURESUCCESS,
    MARKEDFORREVERSAL,
    PAYOUTFAILED,
    PAYOUTSTARTED,
    PAYOUTSUCCESSFUL,
    REVERSED,
    short_status,
)
from .context import Call, operation
from .payments import require_positive_amount

__all__ = ["BANK_TRANSFER_TYPES", "DEFAULT_PAYOUT_CURRENCY", "payout"]

BANK_TRANSFER_TYPES = frozenset({"BT", "IMPS", "JPBANK", "NEFT", "SEPA"})
# Currency of a bank payout that names none.
DEFAULT_PAYOUT_CURRENCY = "EUR"


def _body(call: Call, payout: Payment) -> dict[str, Any]:
    short = short_status(payout.status)
    body: dict[str, Any] = {
        "paymentId": str(payout.payment_id),
        "status": short,
        "paymentBrand": payout.payment_brand,
        "paymentMode": payout.payment_mode,
        "amount": payout.amount,
        "currency": payout.currency,
        "result": {"code": payout.result_code, "description": payout.result_description},
    }
    if payout.customer.get("email"):
        body["customer"] = {"email": payout.customer["email"]}
    body["timestamp"] = call.state.clock.timestamp()
    body["merchantTransactionId"] = payout.merchant_transaction_id
    body["remark"] = payout.remark
    body["transactionStatus"] = short
    if payout.kind == "payout" and payout.status == PAYOUTSTARTED:
        body["tmpl_amount"] = payout.tmpl_amount
        body["tmpl_currency"] = payout.tmpl_currency
    return body


@operation("payout", creates_payments=True)
async def payout(call: Call) -> Response:
    """Payout (C-PAYOUT, key last); `paymentType` PO is accepted and ignored."""
    call.ignored.add("paymentType")
    identity = call.identity()
    call.validate(["authentication.checksum", "merchantTransactionId", "amount"])
    require_positive_amount(call)
    merchant_id, amount = call.get("merchantTransactionId"), call.get("amount")
    call.check_checksum(checksums.c_payout(identity.owner_id, merchant_id, amount, identity.key))
    call.check_currency(identity, call.get("currency"))
    state = call.state
    now = state.clock.epoch()
    customer = {key: call.get(f"customer.{key}") for key in ("email", "phone", "telnocc", "country")}
    customer = {key: value for key, value in customer.items() if value}
    if not customer.get("email") and call.get("merchant.email"):
        customer["email"] = call.get("merchant.email")
    declined = amount == testdata.AMOUNT_DECLINE
    if call.get("paymentId").strip():
        original = state.ledger.get_payment(call.get("paymentId"), identity.member_scope)
        if original is None:
            raise call.refuse(codes.NOT_FOUND)
        if original.kind != "payment" or original.status not in (
            AUTHSUCCESSFUL,
            CAPTURESUCCESS,
            MARKEDFORREVERSAL,
            REVERSED,
        ):
            raise call.refuse(codes.PAYOUT_NOT_ALLOWED)
        result = codes.DECLINED if declined else codes.SUCCEEDED
        record = Payment(
            payment_id=state.ledger.next_payment_id(),
            kind="payout",
            payment_type="PO",
            status=PAYOUTFAILED if declined else PAYOUTSUCCESSFUL,
            amount=amount,
            currency=call.get("currency") or original.currency,
            merchant_transaction_id=merchant_id,
            created_at=now,
            updated_at=now,
            payment_mode=original.payment_mode,
            payment_brand=original.payment_brand,
            card_bin=original.card_bin,
            card_last4=original.card_last4,
            card_expiry_month=original.card_expiry_month,
            card_expiry_year=original.card_expiry_year,
            customer=customer or {k: v for k, v in original.customer.items() if k == "email"},
            notification_url=call.get("notificationUrl"),
            original_payment_id=str(original.payment_id),
            terminal_id=original.terminal_id,
            tmpl_amount=amount,
            tmpl_currency=call.get("currency") or original.currency,
            descriptor=original.descriptor,
            remark="Payout declined" if declined else "The operation was successfully processed.",
            result_code=result.code,
            result_description=result.description,
        )
    else:
        call.validate(["bankAccount.transferType"])
        transfer_type = call.get("bankAccount.transferType")
        bank = transfer_type.upper() in BANK_TRANSFER_TYPES
        currency = call.get("currency") or DEFAULT_PAYOUT_CURRENCY
        record = Payment(
            payment_id=state.ledger.next_payment_id(),
            kind="payout",
            payment_type="PO",
            status=PAYOUTSTARTED,
            amount=amount,
            currency=currency,
            merchant_transaction_id=merchant_id,
            created_at=now,
            updated_at=now,
            payment_mode=call.get("paymentMode") or ("NB" if bank else "EW"),
            payment_brand=call.get("paymentBrand") or ("Bank Transfer" if bank else transfer_type),
            customer=customer,
            notification_url=call.get("notificationUrl"),
            terminal_id=call.get("authentication.terminalId") or state.config.terminal_id,
            tmpl_amount="0.00",
            tmpl_currency=currency,
            remark="Successful create request",
            result_code=codes.PENDING.code,
            result_description=codes.PENDING.description,
            due_at=now + state.config.bank_payout_settle_seconds,
            settle_outcome=PAYOUTFAILED if declined else PAYOUTSUCCESSFUL,
            transfer_type=transfer_type,
        )
    record.member_id = identity.owner_id
    await record_payment(state, record, call.take_fault())
    if record.original_payment_id and record.status == PAYOUTSUCCESSFUL:

        def add_payout(current: Payment) -> Payment:
            current.payout_amount = f"{Decimal(current.payout_amount) + Decimal(amount):.2f}"
            return current

        state.ledger.update_payment(int(record.original_payment_id), add_payout)
    state.ledger.add_operation(record.payment_id, "PO", amount, record.result_code, record.status, now)
    return gateway_json(_body(call, record))
