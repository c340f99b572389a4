"""Payment processing shared by the payment, token, QR and invoice endpoints and the hosted pages."""

from __future__ import annotations

import asyncio
import base64
import dataclasses
import secrets
import string
from dataclasses import dataclass, field
from typing import Any

from . import codes
from .callbacks import NotificationPath
from .errors import GatewayRefusal
from .faults import FaultRule
from .models import Payment, Registration, mask_iban
from .outcomes import CARD_MODES, Outcome, async_outcome, bank_outcome, card_outcome, is_async_mode
from .state import SandboxState
from .statemachine import (
    AUTHFAILED,
    AUTHSTARTED,
    AUTHSTARTED_3D,
    AUTHSUCCESSFUL,
    CAPTURESUCCESS,
    PAYOUTSUCCESSFUL,
    REVERSED,
    short_status,
)

__all__ = [
    "APPROVAL_PATH",
    "DESCRIPTOR",
    "NewPayment",
    "begin_payment",
    "complete_approval",
    "create_payment",
    "customer_fields",
    "decide",
    "finish_payment",
    "freeing_statuses",
    "inquiry_body",
    "new_registration_id",
    "payment_body",
    "process_payment",
    "record_payment",
    "redirect_object",
]

# The billing descriptor the sandbox's acquirer prints.
DESCRIPTOR = "TransactionServicesSandbox"
# The sandbox's hosted 3-D Secure / approval page (outside the REST services, like the gateway's).
APPROVAL_PATH = "/transaction/Authenticate"

_CUSTOMER_KEYS = (
    "givenName",
    "surname",
    "email",
    "phone",
    "telnocc",
    "country",
    "city",
    "street",
    "postcode",
    "customerId",
    "ip",
)


def customer_fields(fields: dict[str, str]) -> dict[str, str]:
    """The `customer.*` values of a request (names from `shipping.*`/`billing.*` when missing)."""
    customer = {key: fields[f"customer.{key}"] for key in _CUSTOMER_KEYS if fields.get(f"customer.{key}")}
    for group in ("billing", "shipping"):
        for key in ("givenName", "surname"):
            if key not in customer and fields.get(f"{group}.{key}"):
                customer[key] = fields[f"{group}.{key}"]
    return customer


def new_registration_id() -> str:
    """A 32-character alphanumeric registration id, like the gateway's."""
    alphabet = string.ascii_letters + string.digits
    return "".join(secrets.choice(alphabet) for _ in range(32))


@dataclass
class NewPayment:
    """What a new payment needs, whichever endpoint or page starts it."""

    payment_type: str
    amount: str
    currency: str
    merchant_transaction_id: str
    payment_mode: str
    payment_brand: str
    card_number: str = ""
    card_bin: str = ""
    card_last4: str = ""
    card_expiry_month: str = ""
    card_expiry_year: str = ""
    card_holder: str = ""
    iban: str = ""
    iban_masked: str = ""
    bank_country: str = ""
    bic: str = ""
    account_number: str = ""
    customer: dict[str, str] = field(default_factory=dict)
    merchant_redirect_url: str = ""
    redirect_method: str = "POST"
    notification_url: str = ""
    create_registration: bool = False
    recurring_type: str = ""
    original_payment_id: str = ""
    registration_id: str = ""
    customer_present: bool = True
    attempt_three_d: str = ""
    tmpl_amount: str = ""
    tmpl_currency: str = ""
    order_description: str = ""
    terminal_id: str = ""
    invoice_id: str = ""
    kind: str = "payment"
    member_id: str = ""
    unique_order_id: bool = False
    """Refuse the payment when the member's merchantTransactionId is taken (sales, authorizations, token payments)."""


def freeing_statuses(unique_order_id_required: bool) -> tuple[str, ...]:
    """Statuses whose payments free their merchantTransactionId (TransactionHelper.checkOrderUniquenessStatus)."""
    return ("failed",) if unique_order_id_required else ("begun", "failed", "authfailed")


def decide(spec: NewPayment, state: SandboxState) -> Outcome:
    """The outcome a new payment will get (see `testdata`)."""
    today = state.clock.local().date()
    mode = spec.payment_mode.upper()
    if spec.kind == "qr":
        return async_outcome(spec.amount)
    if mode in CARD_MODES:
        return card_outcome(
            spec.card_number,
            spec.card_expiry_month,
            spec.card_expiry_year,
            spec.amount,
            spec.attempt_three_d,
            today,
            customer_present=spec.customer_present,
        )
    if is_async_mode(mode):
        return async_outcome(spec.amount)
    return bank_outcome(spec.iban, spec.amount)


def _approve(payment: Payment) -> None:
    payment.status = CAPTURESUCCESS if payment.payment_type == "DB" else AUTHSUCCESSFUL
    payment.captured_amount = payment.amount if payment.payment_type == "DB" else "0.00"
    payment.result_code, payment.result_description = codes.SUCCEEDED
    payment.remark = "Approved"


def _decline(payment: Payment, code: codes.Code, remark: str) -> None:
    payment.status = AUTHFAILED
    payment.result_code, payment.result_description = code
    payment.remark = remark


def _new_record(state: SandboxState, spec: NewPayment) -> Payment:
    now = state.clock.epoch()
    payment = Payment(
        payment_id=state.ledger.next_payment_id(),
        kind=spec.kind,
        payment_type=spec.payment_type,
        status="begun",
        amount=spec.amount,
        currency=spec.currency,
        merchant_transaction_id=spec.merchant_transaction_id,
        member_id=spec.member_id or state.config.member_id,
        created_at=now,
        updated_at=now,
        payment_mode=spec.payment_mode,
        payment_brand=spec.payment_brand,
        customer=dict(spec.customer),
        merchant_redirect_url=spec.merchant_redirect_url,
        redirect_method=spec.redirect_method or "POST",
        notification_url=spec.notification_url,
        recurring_type=spec.recurring_type.upper(),
        original_payment_id=spec.original_payment_id,
        registration_id=spec.registration_id,
        terminal_id=spec.terminal_id or state.config.terminal_id,
        tmpl_amount=spec.tmpl_amount or spec.amount,
        tmpl_currency=spec.tmpl_currency or spec.currency,
        descriptor=DESCRIPTOR,
        order_description=spec.order_description,
        invoice_id=spec.invoice_id,
    )
    if spec.card_number:
        payment.card_bin, payment.card_last4 = spec.card_number[:6], spec.card_number[-4:]
    elif spec.card_bin:
        payment.card_bin, payment.card_last4 = spec.card_bin, spec.card_last4
    payment.card_expiry_month, payment.card_expiry_year = spec.card_expiry_month, spec.card_expiry_year
    if payment.card_bin:
        names = " ".join(filter(None, (spec.customer.get("givenName"), spec.customer.get("surname"))))
        payment.card_holder = spec.card_holder or names
    if spec.iban:
        payment.iban_masked, payment.bic = mask_iban(spec.iban), spec.bic
        payment.bank_country = spec.iban[:2]
    elif spec.iban_masked:
        payment.iban_masked, payment.bic, payment.bank_country = spec.iban_masked, spec.bic, spec.bank_country

    return payment


def begin_payment(state: SandboxState, spec: NewPayment, *, visible: bool = True) -> Payment:
    """Record a new payment as `begun`, as the platform does before processing it; return it.

    The order-id check comes first (a taken id is refused with SYS_UNIQUEORDER and no payment).
    With `visible` False nothing is written yet: the platform's window before its row exists.
    """
    payment = _new_record(state, spec)
    _insert_begun(state, payment, visible=visible, unique_order_id=spec.unique_order_id)
    return payment


def _insert_begun(state: SandboxState, begun: Payment, *, visible: bool, unique_order_id: bool) -> None:
    freeing = freeing_statuses(state.config.unique_order_id_required)
    if unique_order_id and not visible:
        taken = state.ledger.order_id_taken(begun.member_id, begun.merchant_transaction_id, freeing)
    elif unique_order_id:
        taken = not state.ledger.insert_payment_unique(begun, freeing)
    else:
        if visible:
            state.ledger.insert_payment(begun)
        taken = False
    if taken:
        raise GatewayRefusal(codes.duplicate_order(begun.merchant_transaction_id))


def create_payment(state: SandboxState, spec: NewPayment) -> Payment:
    """Record, decide and (for synchronous outcomes) settle a new payment; return it."""
    return finish_payment(state, spec, begin_payment(state, spec))


async def process_payment(state: SandboxState, spec: NewPayment, fault: FaultRule | None = None) -> Payment:
    """`create_payment`, stretched by a `slow_commit` or `slow_processing` fault (see `faults`)."""
    if fault is None:
        return create_payment(state, spec)
    visible = fault.kind != "slow_commit"
    payment = begin_payment(state, spec, visible=visible)
    await asyncio.sleep(fault.delay_seconds)
    return finish_payment(state, spec, payment, inserted=visible)


async def record_payment(
    state: SandboxState, final: Payment, fault: FaultRule | None = None, *, unique_order_id: bool = True
) -> Payment:
    """Store a payment decided up front (payouts): `begun` first, `final` at the commit; return `final`."""
    begun = dataclasses.replace(final, status="begun", result_code="", result_description="", remark="", due_at=None)
    visible = fault is None or fault.kind != "slow_commit"
    _insert_begun(state, begun, visible=visible, unique_order_id=unique_order_id)
    if fault is not None:
        await asyncio.sleep(fault.delay_seconds)
    if visible:
        state.ledger.save_payment(final)
    else:
        state.ledger.insert_payment(final)
    return final


def finish_payment(state: SandboxState, spec: NewPayment, payment: Payment, *, inserted: bool = True) -> Payment:
    """Decide a begun payment's outcome and store it (insert it when `inserted` is False)."""
    now = state.clock.epoch()
    payment.updated_at = now
    outcome = decide(spec, state)
    if outcome is Outcome.APPROVE:
        _approve(payment)
    elif outcome is Outcome.DECLINE:
        _decline(payment, codes.DECLINED, "Declined")
    elif outcome is Outcome.EXPIRED:
        _decline(payment, codes.CARD_EXPIRED, "Card expired")
    else:
        three_d = outcome is Outcome.THREE_DS
        payment.status = AUTHSTARTED_3D if three_d else AUTHSTARTED
        payment.result_code, payment.result_description = codes.THREE_D_PENDING if three_d else codes.PENDING
        payment.remark = "3-D Secure authentication required" if three_d else "Waiting for the customer"
        payment.approval_kind = "3D" if three_d else "async"
        payment.approval_token = secrets.token_urlsafe(18)

    if spec.create_registration and outcome is not Outcome.DECLINE and outcome is not Outcome.EXPIRED:
        payment.registration_id = _register_from_payment(state, spec, payment, now)

    if inserted:
        state.ledger.save_payment(payment)
    else:
        state.ledger.insert_payment(payment)
    state.ledger.add_operation(
        payment.payment_id, payment.payment_type, payment.amount, payment.result_code, payment.status, now
    )
    if state.config.notify_sync_payments and not payment.approval_kind:
        state.notifier.notify(payment, NotificationPath.TRANSACTION, payment.result_code, payment.result_description)
    return payment


def _register_from_payment(state: SandboxState, spec: NewPayment, payment: Payment, now: float) -> str:
    card = bool(spec.card_number)
    registration = Registration(
        registration_id=new_registration_id(),
        kind="card" if card else ("sepa" if spec.iban else "ach"),
        member_id=payment.member_id,
        # Active once the payment succeeds; a payment still waiting for the customer keeps it pending.
        status="P" if payment.approval_kind else "Y",
        created_at=now,
        customer_id=spec.customer.get("customerId", ""),
        payment_brand=spec.payment_brand,
        payment_mode=spec.payment_mode,
        card_number=spec.card_number,
        card_bin=payment.card_bin,
        card_last4=payment.card_last4,
        card_expiry_month=spec.card_expiry_month,
        card_expiry_year=spec.card_expiry_year,
        card_holder=payment.card_holder,
        iban=spec.iban,
        bic=spec.bic,
        account_number=spec.account_number,
        holder=" ".join(filter(None, (spec.customer.get("givenName"), spec.customer.get("surname")))),
        payment_id=str(payment.payment_id),
    )
    state.ledger.save_registration(registration)
    return registration.registration_id


def complete_approval(state: SandboxState, payment: Payment, approve: bool) -> Payment:
    """Finish a payment waiting for the customer (3-D Secure or asynchronous); idempotent.

    Notifies `notificationUrl` through the transaction-module path and, for an invoice payment,
    marks the invoice processed.
    """
    if not payment.approval_kind:
        return payment
    now = state.clock.epoch()
    three_d = payment.approval_kind == "3D"
    if approve:
        _approve(payment)
        payment.remark = "Approved" if not three_d else "3-D Secure authenticated, approved"
        if three_d:
            payment.eci = "05"
    else:
        remark = "3-D Secure authentication failed" if three_d else "Declined by the customer"
        _decline(payment, codes.DECLINED, remark)
    payment.approval_kind = ""
    payment.updated_at = now
    state.ledger.save_payment(payment)
    state.ledger.add_operation(
        payment.payment_id, "3D" if three_d else "APPROVAL", payment.amount, payment.result_code, payment.status, now
    )
    if payment.registration_id:
        registration = state.ledger.get_registration(payment.registration_id)
        if registration is not None and registration.status == "P":
            registration.status = "Y" if approve else "N"
            state.ledger.save_registration(registration)
    if payment.invoice_id and approve:
        invoice = state.ledger.get_invoice(payment.invoice_id)
        if invoice is not None:
            invoice.status, invoice.payment_id = "processed", str(payment.payment_id)
            state.ledger.save_invoice(invoice)
    state.notifier.notify(payment, NotificationPath.TRANSACTION, payment.result_code, payment.result_description)
    return payment


def _card(payment: Payment) -> dict[str, str]:
    card = {"bin": payment.card_bin, "last4Digits": payment.card_last4}
    if payment.card_holder:
        card["holder"] = payment.card_holder
    if payment.card_expiry_month:
        card["expiryMonth"] = payment.card_expiry_month
    if payment.card_expiry_year:
        card["expiryYear"] = payment.card_expiry_year
    return card


def redirect_object(payment: Payment, base_url: str) -> dict[str, Any]:
    """The `redirect` of a payment waiting for the customer (§6.3)."""
    url = base_url + APPROVAL_PATH
    if payment.approval_kind == "3D":
        pareq = base64.b64encode(f"PaReq-{payment.payment_id}".encode()).decode()
        return {
            "url": url,
            "method": "POST",
            "target": "blank",
            "parameters": [
                {"name": "PaReq", "value": pareq},
                {"name": "TermUrl", "value": url},
                {"name": "MD", "value": payment.approval_token},
            ],
        }
    return {"url": f"{url}?MD={payment.approval_token}"}


def payment_body(state: SandboxState, payment: Payment, base_url: str) -> dict[str, Any]:
    """The answer to a new payment (sync, 3-D Secure, pending, declined) as in the docs samples (§6.7)."""
    body: dict[str, Any] = {"paymentId": str(payment.payment_id)}
    if payment.registration_id:
        body["registrationId"] = payment.registration_id
    body.update(
        {
            "paymentType": payment.payment_type,
            "paymentBrand": payment.payment_brand,
            "paymentMode": payment.payment_mode,
            "amount": payment.amount,
            "currency": payment.currency,
            "descriptor": payment.descriptor,
            "result": {"code": payment.result_code, "description": payment.result_description},
        }
    )
    if payment.card_bin:
        body["card"] = _card(payment)
    if payment.iban_masked:
        holder = " ".join(filter(None, (payment.customer.get("givenName"), payment.customer.get("surname"))))
        body["bankAccount"] = {"holder": holder, "iban": payment.iban_masked, "bic": payment.bic}
        if payment.bank_country:
            body["bankAccount"]["country"] = payment.bank_country
    body["timestamp"] = state.clock.timestamp()
    body["transactionStatus"] = "3D" if payment.approval_kind == "3D" else short_status(payment.status)
    body["merchantTransactionId"] = payment.merchant_transaction_id
    body["remark"] = payment.remark
    body["tmpl_currency"] = payment.tmpl_currency
    body["tmpl_amount"] = payment.tmpl_amount
    if payment.approval_kind:
        body["redirect"] = redirect_object(payment, base_url)
    return body


def inquiry_body(state: SandboxState, payment: Payment, result: codes.Code = codes.INQUIRY_FOUND) -> dict[str, Any]:
    """The answer to a status inquiry: long `status` and short `transactionStatus` (§6.7 `IN`)."""
    body: dict[str, Any] = {
        "paymentId": str(payment.payment_id),
        "status": payment.status,
        "paymentBrand": payment.payment_brand,
        "paymentMode": payment.payment_mode,
        "paymentType": payment.payment_type,
        "amount": payment.amount,
        "result": {"code": result.code, "description": result.description},
    }
    if payment.card_bin:
        body["card"] = _card(payment)
    if payment.customer.get("email"):
        body["customer"] = {"email": payment.customer["email"]}
    body["timestamp"] = state.clock.timestamp()
    body["remark"] = payment.remark
    body["transactionStatus"] = short_status(payment.status)
    if payment.eci:
        body["eci"] = payment.eci
    body["descriptor"] = payment.descriptor
    if payment.customer.get("givenName"):
        body["firstName"] = payment.customer["givenName"]
    if payment.customer.get("surname"):
        body["lastName"] = payment.customer["surname"]
    body["merchantTransactionId"] = payment.merchant_transaction_id
    body["currency"] = payment.currency
    body["tmpl_amount"] = payment.tmpl_amount
    body["tmpl_currency"] = payment.tmpl_currency
    if payment.order_description:
        body["orderDescription"] = payment.order_description
    # WriteDirectTransactionResponse (inquiry): refundAmount only for a `reversed` payment, payoutAmount
    # only for a `payoutsuccessful` one.
    if payment.status == REVERSED:
        body["refundAmount"] = payment.refunded_amount
    if payment.status == PAYOUTSUCCESSFUL:
        body["payoutAmount"] = payment.amount
    if payment.registration_id:
        body["registrationId"] = payment.registration_id
    return body
