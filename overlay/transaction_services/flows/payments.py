"""Payments: sale and pre-authorization, follow-ups (capture, refund, reversal, inquiry), recurring."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Literal, NamedTuple, TypedDict

from transaction_services_api.types import UNSET, Unset

from .. import signing
from .._payload import money
from .._validation import (
    check_currency,
    check_cvv,
    check_merchant_transaction_id,
    check_payment_id,
    check_text,
    format_amount,
)
from ..errors import ValidationError
from ..models import BankAccount, Card, Customer, Outcome, Payment
from ._call import Call, Context, form, form_at, opt, raise_for_refusal, with_extra
from ._fields import (
    BankAccountArgs,
    CardArgs,
    bank_account_fields,
    card_brand,
    card_fields,
    customer_fields,
    optional_url,
)

if TYPE_CHECKING:
    from transaction_services_api.models import FollowUpRequest, GatewayResponse, PaymentRequest

__all__ = [
    "NOT_FOUND_CODE",
    "build_follow_up",
    "build_inquiry",
    "build_payment",
    "build_repeat",
    "follow_up_applied",
    "inquiry_key",
    "interpret_payment",
]

NOT_FOUND_CODE = "10026"
# Payment modes that always hand the customer to another page: merchantRedirectUrl is mandatory.
_REDIRECTING_MODES = frozenset({"NB", "EW", "PV", "ECO", "NBI", "EWI", "UPI"})
_CARD_MODES = frozenset({"CC", "DC"})
_SEPA_BRAND = "SEPAEXPRESS"

PaymentType = Literal["DB", "PA"]
_FOLLOW_UP_OUTCOMES = {"CP": Outcome.APPROVED, "RF": Outcome.REFUNDED, "RV": Outcome.CANCELLED}
Recurring = Literal["initial"]


def interpret_payment(
    ctx: Context,
    operation: str,
    *,
    amount: str | None = None,
    currency: str | None = None,
    reference: str | None = None,
    payment_id: str | None = None,
    on_success: Outcome | None = None,
) -> Callable[[GatewayResponse], Payment]:
    """The interpreter of a payment-shaped answer; fills what the gateway leaves out from the request.

    Follow-up answers carry only a result code (``00006`` "Transaction cancelled successfully"), no
    status: ``on_success`` names the outcome such a success means for that operation.
    """

    sent_amount = Decimal(amount) if amount else None

    def interpret(model: GatewayResponse) -> Payment:
        raise_for_refusal(model, operation)
        return Payment.from_model(
            model,
            tz=ctx.tz,
            payment_id=payment_id,
            merchant_transaction_id=reference,
            amount=sent_amount,
            currency=currency,
            on_success=on_success,
        )

    return interpret


# Long statuses a payment can only reach once the follow-up took effect (reference §8.4).
_APPLIED_STATUSES = {
    "CP": frozenset({"capturesuccess", "settled", "setteled", "capturestarted", "reversed", "chargeback"}),
    "RV": frozenset({"cancelled", "authcancelled", "cancelstarted"}),
    "RF": frozenset({"reversed", "markedforreversal", "chargeback"}),
}


def follow_up_applied(payment_type: Literal["CP", "RF", "RV"], amount: str | None) -> Any:
    """Whether an inquiry's payment shows the capture, refund or reversal applied (status and amounts).

    A refund counts as applied when the status says refunded and, where the gateway reports
    ``refundAmount``, at least the requested amount has been refunded.
    """

    def applied(payment: Payment) -> bool:
        status = (payment.status or "").strip().lower()
        if status not in _APPLIED_STATUSES[payment_type]:
            return False
        if payment_type == "RF" and amount is not None:
            raw = payment.raw
            refunded = money(raw.refund_amount, raw.refundamount, raw.refunded_amount) if raw is not None else None
            return refunded is None or refunded >= Decimal(amount)
        return True

    return applied


def _terminal(ctx: Context, terminal_id: str | None) -> str:
    terminal = terminal_id or ctx.credentials.terminal_id
    if terminal is None:
        raise ValidationError("terminal_id", "terminal_id is required (pass it, or set it in Credentials)")
    return terminal


class _Method(NamedTuple):
    """The payment method of a payment request: mode, brand, and the card or the account block."""

    mode: str
    brand: str
    card: CardArgs
    account: BankAccountArgs


def _method_fields(
    card: Card | None, bank_account: BankAccount | None, payment_mode: str | None, payment_brand: str | None
) -> _Method:
    if card is not None and bank_account is not None:
        raise ValidationError("bank_account", "pass a card or a bank_account, not both")
    if card is not None:
        return _Method(payment_mode or "CC", payment_brand or card_brand(card), card_fields(card), BankAccountArgs())
    if bank_account is not None:
        if not (bank_account.iban and bank_account.bic) and not (
            bank_account.account_number and bank_account.routing_number
        ):
            raise ValidationError(
                "bank_account", "a bank account needs iban and bic (SEPA) or account and routing number"
            )
        mode = payment_mode or ("SEPA" if bank_account.iban else "ACH")
        return _Method(mode, payment_brand or _SEPA_BRAND, CardArgs(), bank_account_fields(bank_account))
    if payment_mode is None or payment_brand is None:
        raise ValidationError("payment_mode", "pass a card, a bank_account, or payment_mode and payment_brand")
    if payment_mode.upper() in _CARD_MODES:
        raise ValidationError("card", f"payment_mode {payment_mode} needs a card")
    return _Method(payment_mode, payment_brand, CardArgs(), BankAccountArgs())


def build_payment(
    ctx: Context,
    *,
    operation: str,
    payment_type: PaymentType,
    merchant_transaction_id: str,
    amount: Decimal | str,
    currency: str,
    payment_mode: str | None = None,
    payment_brand: str | None = None,
    card: Card | None = None,
    bank_account: BankAccount | None = None,
    customer: Customer | None = None,
    notification_url: str | None = None,
    merchant_redirect_url: str | None = None,
    redirect_method: Literal["GET", "POST"] | None = None,
    create_registration: bool = False,
    recurring: Recurring | None = None,
    attempt_three_d: Literal["Direct", "3D", "Only3D"] | None = None,
    order_descriptor: str | None = None,
    terminal_id: str | None = None,
    extra: Mapping[str, str] | None = None,
) -> Call[PaymentRequest, GatewayResponse, Payment]:
    """A sale (``DB``) or pre-authorization (``PA``) on ``/payments``, signed with C-SALE."""
    from transaction_services_api.api.payments import create_payment
    from transaction_services_api.models import PaymentRequest

    reference = check_merchant_transaction_id(merchant_transaction_id)
    wire_amount = format_amount(amount)
    wire_currency = check_currency(currency)
    method = _method_fields(card, bank_account, payment_mode, payment_brand)
    redirect_url = optional_url(merchant_redirect_url, "merchant_redirect_url")
    if card is not None and (customer is None or not customer.given_name or not customer.surname):
        raise ValidationError("customer", "card payments need the customer's given_name and surname")
    if (
        bank_account is not None
        and method.mode == "SEPA"
        and (customer is None or not customer.given_name or not customer.surname)
    ):
        raise ValidationError("customer", "SEPA payments need the account holder's given_name and surname")
    needs_redirect = create_registration or recurring is not None or method.mode in _REDIRECTING_MODES
    if needs_redirect and redirect_url is None:
        raise ValidationError(
            "merchant_redirect_url",
            "merchant_redirect_url is required for asynchronous methods, recurring payments and tokenization",
        )
    if recurring not in (None, "initial"):
        raise ValidationError("recurring", "recurring must be 'initial' (use repeat() for the next payments)")
    body = PaymentRequest(
        authentication_member_id=ctx.credentials.member_id,
        authentication_checksum=signing.sale_checksum(
            ctx.credentials.member_id, ctx.credentials.secure_key, reference, wire_amount
        ),
        authentication_terminal_id=_terminal(ctx, terminal_id),
        merchant_transaction_id=reference,
        amount=wire_amount,
        currency=wire_currency,
        payment_type=payment_type,
        payment_mode=method.mode,
        payment_brand=method.brand,
        **method.card,
        **method.account,
        **customer_fields(customer),
        merchant_redirect_url=opt(redirect_url),
        notification_url=opt(optional_url(notification_url, "notification_url")),
        redirect_method=UNSET if redirect_method is None else redirect_method,
        create_registration="true" if create_registration else UNSET,
        recurring_type="INITIAL" if recurring == "initial" else UNSET,
        attempt_three_d=UNSET if attempt_three_d is None else attempt_three_d,
        order_descriptor=opt(check_text(order_descriptor, "order_descriptor") if order_descriptor else None),
    )
    return Call(
        operation=operation,
        body=with_extra(body, extra, lambda value, field: check_text(value, field, 1055)),
        request=form(create_payment._get_kwargs),
        response=create_payment._build_response,
        interpret=interpret_payment(ctx, operation, amount=wire_amount, currency=wire_currency, reference=reference),
        money=True,
        reference=reference,
    )


def build_follow_up(
    ctx: Context,
    *,
    operation: str,
    payment_type: Literal["CP", "RF", "RV"],
    payment_id: str,
    amount: Decimal | str | None = None,
    reason: str | None = None,
) -> Call[FollowUpRequest, GatewayResponse, Payment]:
    """Capture (C-CP-RF), refund (C-CP-RF) or reversal (C-RV-IN) of ``payment_id``."""
    from transaction_services_api.api.payments import follow_up_payment
    from transaction_services_api.models import FollowUpRequest

    pid = check_payment_id(payment_id)
    credentials = ctx.credentials
    if payment_type == "RV":
        wire_amount = None
        checksum = signing.reversal_inquiry_checksum(credentials.member_id, credentials.secure_key, pid)
    else:
        if amount is None:
            raise ValidationError("amount", f"amount is required to {operation}")
        wire_amount = format_amount(amount)
        checksum = signing.capture_refund_checksum(credentials.member_id, credentials.secure_key, pid, wire_amount)
    return Call(
        operation=operation,
        body=FollowUpRequest(
            authentication_member_id=credentials.member_id,
            authentication_checksum=checksum,
            payment_type=payment_type,
            payment_id=pid,
            amount=opt(wire_amount),
            cancel_reason=opt(check_text(reason, "reason") if reason else None),
        ),
        request=form_at(follow_up_payment._get_kwargs, pid),
        response=follow_up_payment._build_response,
        interpret=interpret_payment(
            ctx, operation, amount=wire_amount, payment_id=pid, on_success=_FOLLOW_UP_OUTCOMES[payment_type]
        ),
        money=True,
        payment_id=pid,
        applied=follow_up_applied(payment_type, wire_amount),
    )


class InquiryArgs(TypedDict):
    """The identifying block of an inquiry request model's constructor (``/payments/{id}`` or ``/inquiry``)."""

    authentication_member_id: str
    authentication_checksum: str
    payment_type: Literal["IN"]
    id_type: Literal["PID", "MID"]
    payment_id: str | Unset
    merchant_transaction_id: str | Unset


class InquiryKey(NamedTuple):
    """What identifies the payment of an inquiry: the id, and the signed request fields that name it."""

    id: str
    fields: InquiryArgs


def inquiry_key(ctx: Context, *, payment_id: str | None, merchant_transaction_id: str | None) -> InquiryKey:
    """The payment id (signed C-RV-IN) or the merchant transaction id (C-IN-MID): exactly one of them."""
    credentials = ctx.credentials
    if (payment_id is None) == (merchant_transaction_id is None):
        raise ValidationError("payment_id", "pass exactly one of payment_id and merchant_transaction_id")
    if payment_id is not None:
        pid = check_payment_id(payment_id)
        checksum = signing.reversal_inquiry_checksum(credentials.member_id, credentials.secure_key, pid)
        return InquiryKey(pid, _inquiry_args(credentials.member_id, checksum, "PID", payment_id=pid))
    mtid = check_merchant_transaction_id(str(merchant_transaction_id))
    checksum = signing.inquiry_by_merchant_id_checksum(credentials.member_id, credentials.secure_key, mtid)
    return InquiryKey(mtid, _inquiry_args(credentials.member_id, checksum, "MID", merchant_transaction_id=mtid))


def _inquiry_args(
    member_id: str,
    checksum: str,
    id_type: Literal["PID", "MID"],
    *,
    payment_id: str | Unset = UNSET,
    merchant_transaction_id: str | Unset = UNSET,
) -> InquiryArgs:
    return InquiryArgs(
        authentication_member_id=member_id,
        authentication_checksum=checksum,
        payment_type="IN",
        id_type=id_type,
        payment_id=payment_id,
        merchant_transaction_id=merchant_transaction_id,
    )


def build_inquiry(
    ctx: Context, *, payment_id: str | None = None, merchant_transaction_id: str | None = None
) -> Call[FollowUpRequest, GatewayResponse, Payment]:
    """A status inquiry (``IN``) by payment id (C-RV-IN) or by merchant transaction id (C-IN-MID)."""
    from transaction_services_api.api.payments import follow_up_payment
    from transaction_services_api.models import FollowUpRequest

    key = inquiry_key(ctx, payment_id=payment_id, merchant_transaction_id=merchant_transaction_id)
    return Call(
        operation="inquire",
        body=FollowUpRequest(**key.fields),
        request=form_at(follow_up_payment._get_kwargs, key.id),
        response=follow_up_payment._build_response,
        interpret=interpret_payment(ctx, "inquire", payment_id=payment_id, reference=merchant_transaction_id),
    )


def build_repeat(
    ctx: Context,
    *,
    payment_id: str,
    amount: Decimal | str,
    merchant_transaction_id: str,
    merchant_redirect_url: str,
    payment_type: PaymentType = "DB",
    currency: str | None = None,
    cvv: str | None = None,
    notification_url: str | None = None,
) -> Call[FollowUpRequest, GatewayResponse, Payment]:
    """A repeated recurring payment on the original ``payment_id`` (C-REPEAT-PID)."""
    from transaction_services_api.api.payments import follow_up_payment
    from transaction_services_api.models import FollowUpRequest

    pid = check_payment_id(payment_id)
    reference = check_merchant_transaction_id(merchant_transaction_id)
    wire_amount = format_amount(amount)
    credentials = ctx.credentials
    body = FollowUpRequest(
        authentication_member_id=credentials.member_id,
        authentication_checksum=signing.repeat_checksum(
            credentials.member_id, credentials.secure_key, pid, wire_amount
        ),
        authentication_terminal_id=opt(credentials.terminal_id),
        payment_type=payment_type,
        recurring_type="REPEATED",
        payment_id=pid,
        amount=wire_amount,
        currency=opt(check_currency(currency) if currency else None),
        merchant_transaction_id=reference,
        merchant_redirect_url=opt(optional_url(merchant_redirect_url, "merchant_redirect_url")),
        notification_url=opt(optional_url(notification_url, "notification_url")),
        card_cvv=opt(check_cvv(cvv) if cvv else None),
    )
    return Call(
        operation="repeat",
        body=body,
        request=form_at(follow_up_payment._get_kwargs, pid),
        response=follow_up_payment._build_response,
        interpret=interpret_payment(ctx, "repeat", amount=wire_amount, currency=currency, reference=reference),
        money=True,
        reference=reference,
    )
