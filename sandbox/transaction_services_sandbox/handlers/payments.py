"""`/payments`, `/payments/{id}` and `/inquiry`: new payments, follow-ups and status (§4.5, §4.6, §4.12)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from starlette.responses import Response

from .. import checksums, codes
from ..models import Payment
from ..outcomes import CARD_MODES, Outcome, is_async_mode
from ..processing import NewPayment, customer_fields, decide, inquiry_body, payment_body, process_payment
from ..responses import gateway_json
from ..rules import PAYMENT_TYPE_DESCRIPTION
from ..statemachine import (
    AUTHSUCCESSFUL,
    CAPTURESUCCESS,
    MARKEDFORREVERSAL,
    REVERSED,
    PaymentState,
    Transition,
    TransitionRefused,
    capture,
    refund,
    reverse,
)
from .context import Call, Identity, operation

__all__ = ["follow_up", "inquiry", "new_payment", "require_positive_amount"]

_SALE_REQUIRED = (
    "authentication.memberId",
    "authentication.checksum",
    "authentication.terminalId",
    "merchantTransactionId",
    "amount",
    "currency",
    "paymentType",
    "paymentMode",
    "paymentBrand",
)
_CARD_REQUIRED = ("card.number", "card.expiryMonth", "card.expiryYear", "customer.givenName", "customer.surname")
_SUCCESSFUL = (AUTHSUCCESSFUL, CAPTURESUCCESS, MARKEDFORREVERSAL, REVERSED)


def require_positive_amount(call: Call, name: str = "amount") -> None:
    """Refuse an amount of 0.00 (the pattern itself allows it)."""
    if Decimal(call.get(name)) <= 0:
        raise call.refuse(codes.Code("30007", f"Invalid {name}, amount must be greater than 0.00"))


def _payment_type(call: Call, allowed: tuple[str, ...]) -> str:
    # The gateway checks paymentType before anything else (§4.5).
    call.validate(["paymentType"])
    payment_type = call.get("paymentType")
    if payment_type not in allowed:
        raise call.refuse(codes.Code("30009", PAYMENT_TYPE_DESCRIPTION))
    return payment_type


def _bank_required(mode: str, fields: dict[str, str]) -> tuple[str, ...]:
    if mode == "SEPA" or fields.get("bankAccount.iban"):
        return ("bankAccount.iban", "bankAccount.bic", "customer.givenName", "customer.surname")
    return ("bankAccount.accountNumber", "bankAccount.routingNumber")


def _spec_from_request(call: Call, payment_type: str) -> NewPayment:
    mode = call.get("paymentMode").upper()
    return NewPayment(
        payment_type=payment_type,
        amount=call.get("amount"),
        currency=call.get("currency"),
        merchant_transaction_id=call.get("merchantTransactionId"),
        payment_mode=call.get("paymentMode"),
        payment_brand=call.get("paymentBrand"),
        card_number=call.get("card.number") if mode in CARD_MODES else "",
        card_expiry_month=call.get("card.expiryMonth") if mode in CARD_MODES else "",
        card_expiry_year=call.get("card.expiryYear") if mode in CARD_MODES else "",
        card_holder=call.get("card.cardholder") or call.get("card.holder"),
        iban=call.get("bankAccount.iban"),
        bic=call.get("bankAccount.bic"),
        account_number=call.get("bankAccount.accountNumber"),
        customer=customer_fields(call.fields),
        merchant_redirect_url=call.get("merchantRedirectUrl"),
        redirect_method=call.get("redirectMethod") or "POST",
        notification_url=call.get("notificationUrl"),
        create_registration=call.get("createRegistration").lower() == "true",
        recurring_type=call.get("recurringType").upper(),
        attempt_three_d=call.get("attemptThreeD"),
        tmpl_amount=call.get("tmpl_amount"),
        tmpl_currency=call.get("tmpl_currency"),
        order_description=call.get("orderDescriptor"),
        terminal_id=call.get("authentication.terminalId"),
    )


@operation("payments", creates_payments=True)
async def new_payment(call: Call) -> Response:
    """`POST /payments`: sale (DB) or pre-authorization (PA); INITIAL or REPEATED recurring."""
    payment_type = _payment_type(call, ("PA", "DB"))
    identity = call.identity()
    if call.get("recurringType").upper() == "REPEATED":
        call.validate(["paymentId", "amount"])
        return await _repeat(call, identity, call.get("paymentId"), payment_type)
    call.validate(_SALE_REQUIRED)
    require_positive_amount(call)
    call.check_checksum(
        checksums.c_sale(identity.owner_id, identity.key, call.get("merchantTransactionId"), call.get("amount"))
    )
    mode = call.get("paymentMode").upper()
    if mode in CARD_MODES:
        call.validate(_CARD_REQUIRED)
    elif not is_async_mode(mode):
        call.validate(_bank_required(mode, call.fields))
    call.check_currency(identity, call.get("currency"))
    spec = _spec_from_request(call, payment_type)
    needs_redirect = (
        is_async_mode(mode)
        or spec.create_registration
        or spec.recurring_type == "INITIAL"
        or decide(spec, call.state) in (Outcome.THREE_DS, Outcome.PENDING)
    )
    if needs_redirect:
        call.validate(["merchantRedirectUrl"])
    spec.member_id, spec.unique_order_id = identity.owner_id, True
    payment = await process_payment(call.state, spec, call.take_fault())
    return gateway_json(payment_body(call.state, payment, call.base_url))


def _find(call: Call, identity: Identity, payment_id: str) -> Payment:
    # Another member's payment is as unknown as a missing one.
    payment = call.state.ledger.get_payment(payment_id, identity.member_scope) if payment_id.isdigit() else None
    if payment is None:
        raise call.refuse(codes.NOT_FOUND)
    return payment


async def _repeat(call: Call, identity: Identity, original_id: str, payment_type: str) -> Response:
    call.validate(["authentication.checksum", "amount", "merchantRedirectUrl"])
    require_positive_amount(call)
    call.check_checksum(checksums.c_repeat_pid(identity.owner_id, identity.key, original_id, call.get("amount")))
    original = _find(call, identity, original_id)
    if original.kind != "payment" or original.recurring_type != "INITIAL" or original.status not in _SUCCESSFUL:
        raise call.refuse(codes.RECURRING_NOT_ALLOWED)
    spec = NewPayment(
        payment_type=payment_type,
        amount=call.get("amount"),
        currency=call.get("currency") or original.currency,
        merchant_transaction_id=call.get("merchantTransactionId") or original.merchant_transaction_id,
        payment_mode=original.payment_mode,
        payment_brand=original.payment_brand,
        card_bin=original.card_bin,
        card_last4=original.card_last4,
        card_expiry_month=original.card_expiry_month,
        card_expiry_year=original.card_expiry_year,
        card_holder=original.card_holder,
        iban_masked=original.iban_masked,
        bic=original.bic,
        bank_country=original.bank_country,
        customer=original.customer,
        merchant_redirect_url=call.get("merchantRedirectUrl"),
        redirect_method=call.get("redirectMethod") or "POST",
        notification_url=call.get("notificationUrl") or original.notification_url,
        recurring_type="REPEATED",
        original_payment_id=str(original.payment_id),
        customer_present=False,
        terminal_id=original.terminal_id,
        member_id=identity.owner_id,
    )
    payment = await process_payment(call.state, spec, call.take_fault())
    return gateway_json(payment_body(call.state, payment, call.base_url))


def _state(payment: Payment) -> PaymentState:
    return PaymentState(
        payment_type=payment.payment_type,
        status=payment.status,
        payment_mode=payment.payment_mode.upper(),
        amount=Decimal(payment.amount),
        captured=Decimal(payment.captured_amount),
        refunded=Decimal(payment.refunded_amount),
    )


def _apply(
    call: Call, identity: Identity, payment: Payment, operation_name: str, amount: str, result: codes.Code
) -> dict[str, Any]:
    state = call.state
    now = state.clock.epoch()
    flags = identity.flags

    def change(current: Payment) -> Payment:
        snapshot = _state(current)
        transition: Transition
        if operation_name == "CP":
            transition = capture(snapshot, Decimal(amount), flags)
        elif operation_name == "RF":
            transition = refund(snapshot, Decimal(amount), flags)
        else:
            transition = reverse(snapshot)
        current.status = transition.status
        current.captured_amount = transition.captured_amount
        current.refunded_amount = transition.refunded_amount
        current.updated_at = now
        return current

    try:
        updated = state.ledger.update_payment(payment.payment_id, change, identity.member_scope)
    except TransitionRefused as refused:
        state.ledger.add_operation(payment.payment_id, operation_name, amount, refused.code.code, payment.status, now)
        raise call.refuse(refused.code, refused.description) from refused
    assert updated is not None
    state.ledger.add_operation(payment.payment_id, operation_name, amount, result.code, updated.status, now)
    # WriteDirectTransactionResponse.setSuccessRest{Capture,Refund,Cancel}Response: paymentType echoes the
    # operation, descriptor is the billing descriptor.
    return {
        "paymentId": str(payment.payment_id),
        "paymentType": operation_name,
        "descriptor": updated.descriptor,
        "result": {"code": result.code, "description": result.description},
        "timestamp": state.clock.timestamp(),
    }


def _inquire(call: Call, identity: Identity, path_id: str) -> Response:
    call.validate(["idType"] if call.get("idType") else [])
    if call.get("idType") == "MID":
        call.validate(["merchantTransactionId"])
        merchant_id = call.get("merchantTransactionId")
        call.check_checksum(checksums.c_in_mid(identity.owner_id, identity.key, merchant_id))
        payment = call.state.ledger.find_payment_by_merchant_id(identity.owner_id, merchant_id)
        if payment is None:
            raise call.refuse(codes.NOT_FOUND)
    else:
        call.check_checksum(checksums.c_rv_in(identity.owner_id, identity.key, path_id))
        payment = _find(call, identity, path_id)
    return gateway_json(inquiry_body(call.state, payment))


@operation("payments/{id}")
async def follow_up(call: Call) -> Response:
    """`POST /payments/{id}`: capture, refund, reversal, inquiry, or repeated recurring."""
    payment_id = call.path_params["id"]
    payment_type = _payment_type(call, ("CP", "RF", "RV", "IN", "PA", "DB"))
    identity = call.identity()
    call.validate(["authentication.checksum"])
    if payment_type == "IN":
        return _inquire(call, identity, payment_id)
    if payment_type in ("PA", "DB"):
        if call.get("recurringType").upper() != "REPEATED":
            raise call.refuse(
                codes.OPERATION_NOT_SUPPORTED,
                "Operation not supported on this endpoint: PA/DB needs recurringType=REPEATED",
            )
        call.validate(["amount"])
        return await _repeat(call, identity, payment_id, payment_type)
    if payment_type == "RV":
        call.check_checksum(checksums.c_rv_in(identity.owner_id, identity.key, payment_id))
        payment = _find(call, identity, payment_id)
        return gateway_json(_apply(call, identity, payment, "RV", "", codes.PAYMENT_CANCELLED))
    call.validate(["amount"])
    require_positive_amount(call)
    amount = call.get("amount")
    call.check_checksum(checksums.c_cp_rf(identity.owner_id, identity.key, payment_id, amount))
    payment = _find(call, identity, payment_id)
    result = codes.PAYMENT_CAPTURED if payment_type == "CP" else codes.PAYMENT_REFUNDED
    return gateway_json(_apply(call, identity, payment, payment_type, amount, result))


@operation("inquiry", allow_json=False)
async def inquiry(call: Call) -> Response:
    """`POST /inquiry` (newer builds; form only): status by payment id or merchant transaction id."""
    _payment_type(call, ("IN",))
    identity = call.identity()
    call.validate(["authentication.checksum", "idType"])
    if call.get("idType") == "PID":
        call.validate(["paymentId"])
    return _inquire(call, identity, call.get("paymentId"))
