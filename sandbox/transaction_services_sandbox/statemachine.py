"""The payment state machine and status mappings; pure functions, no storage.

Transitions follow the platform's code (reference §9.5; Transaction.java, RestDirectTransactionManager):
one capture, only from `authsuccessful`, at most the authorized amount unless the merchant allows
excess capture; cancel (`RV`) only from `authsuccessful`; refund from `capturesuccess`, `settled`, or
`reversed` while captured > refunded, never above what is left, which sets `reversed` at once, under
the merchant's `partialRefund` and `multipleRefund` flags. A refused transition raises
`TransitionRefused` with code 10005 (capture), 10006 (refund) or 10007 (cancel).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from .codes import CANCEL_FAILED, CAPTURE_FAILED, REFUND_FAILED, Code

__all__ = [
    "AUTHFAILED",
    "AUTHSTARTED",
    "AUTHSTARTED_3D",
    "AUTHSUCCESSFUL",
    "CANCELLED",
    "CAPTURESUCCESS",
    "FINAL_STATUSES",
    "MARKEDFORREVERSAL",
    "PAYOUTFAILED",
    "PAYOUTSTARTED",
    "PAYOUTSUCCESSFUL",
    "REVERSED",
    "MerchantFlags",
    "PaymentState",
    "Transition",
    "TransitionRefused",
    "capture",
    "money",
    "notification_status_shared",
    "notification_status_transaction",
    "redirect_status",
    "refund",
    "reverse",
    "short_status",
]

AUTHSTARTED = "authstarted"
AUTHSTARTED_3D = "authstarted_3D"
AUTHSUCCESSFUL = "authsuccessful"
AUTHFAILED = "authfailed"
CAPTURESUCCESS = "capturesuccess"
CANCELLED = "cancelled"
MARKEDFORREVERSAL = "markedforreversal"
REVERSED = "reversed"
PAYOUTSTARTED = "payoutstarted"
PAYOUTSUCCESSFUL = "payoutsuccessful"
PAYOUTFAILED = "payoutfailed"

FINAL_STATUSES = frozenset({AUTHFAILED, CANCELLED, REVERSED, PAYOUTSUCCESSFUL, PAYOUTFAILED, "failed"})

# PZShortResponseStatus (reference §8.4): long status -> short status of payment and inquiry answers.
_SHORT = {
    "begun": "P",
    AUTHSTARTED: "P",
    AUTHSTARTED_3D: "P",
    AUTHSUCCESSFUL: "Y",
    AUTHFAILED: "N",
    "authcancelled": "P",
    "cancelstarted": "P",
    CANCELLED: "C",
    "capturestarted": "P",
    CAPTURESUCCESS: "Y",
    "capturefailed": "N",
    "settled": "Y",
    MARKEDFORREVERSAL: "Y",
    REVERSED: "Y",
    "chargeback": "Y",
    "failed": "N",
    PAYOUTSTARTED: "P",
    PAYOUTSUCCESSFUL: "Y",
    PAYOUTFAILED: "N",
}

_SHARED_Y = {"SUCCESS", AUTHSUCCESSFUL, CAPTURESUCCESS, "settled", MARKEDFORREVERSAL, REVERSED, "chargeback"}
_SHARED_Y.add(PAYOUTSUCCESSFUL)
_SHARED_P = {"begun", "PARTIAL_SUCCESS", AUTHSTARTED, "authcancelled", "capturestarted", PAYOUTSTARTED}


def short_status(long_status: str) -> str:
    """Short status (Y, N, P, C) of a long status, per the gateway's enum; unknown ones read P."""
    return _SHORT.get(long_status, "P")


def notification_status_transaction(long_status: str) -> str:
    """Short status of a notification sent after 3-D Secure or asynchronous completion (§7.1)."""
    if any(word in long_status for word in ("success", AUTHSUCCESSFUL, CAPTURESUCCESS, PAYOUTSUCCESSFUL)):
        return "Y"
    if any(word in long_status for word in ("pending", AUTHSTARTED, "begun", PAYOUTSTARTED)):
        return "P"
    if "cancel" in long_status.lower():
        return "C"
    return "N"


def notification_status_shared(long_status: str) -> str:
    """Short status of a notification sent after a back-office or scheduled change (§7.1)."""
    if long_status in _SHARED_Y:
        return "Y"
    if long_status in _SHARED_P:
        return "P"
    return "N"


def redirect_status(long_status: str) -> str:
    """Short status on the browser-return form: Y, P or N (§7.2)."""
    short = short_status(long_status)
    return short if short in ("Y", "P") else "N"


def money(value: str) -> Decimal:
    """Parse a two-decimal amount string."""
    return Decimal(value)


def _fmt(value: Decimal) -> str:
    return f"{value:.2f}"


@dataclass(frozen=True)
class Transition:
    """The state after an accepted operation."""

    status: str
    captured_amount: str
    refunded_amount: str


class TransitionRefused(Exception):
    """An operation the payment's state does not allow."""

    def __init__(self, code: Code, reason: str) -> None:
        self.code = code
        self.reason = reason
        super().__init__(f"{code.description} {reason}")

    @property
    def description(self) -> str:
        """Gateway description: the code's text and the reason."""
        return f"{self.code.description} {self.reason}"


@dataclass(frozen=True)
class PaymentState:
    """What the transition rules look at."""

    payment_type: str
    status: str
    payment_mode: str
    amount: Decimal
    captured: Decimal
    refunded: Decimal


@dataclass(frozen=True)
class MerchantFlags:
    """The merchant settings the transitions read (defaults: the platform's usual Y, Y, N)."""

    partial_refund: bool = True
    multiple_refund: bool = True
    excess_capture: bool = False


def capture(state: PaymentState, amount: Decimal, flags: MerchantFlags = MerchantFlags()) -> Transition:
    """Capture `amount` of an authorization, once: the capture ends the authorization."""
    if state.status != AUTHSUCCESSFUL:
        raise TransitionRefused(CAPTURE_FAILED, f"The transaction is {state.status}.")
    if state.payment_mode == "SEPA":
        raise TransitionRefused(CAPTURE_FAILED, "SEPA authorizations cannot be captured.")
    if amount <= 0:
        raise TransitionRefused(CAPTURE_FAILED, "The amount must be greater than 0.00.")
    if amount > state.amount and not flags.excess_capture:
        raise TransitionRefused(CAPTURE_FAILED, f"The amount exceeds the authorized amount ({_fmt(state.amount)}).")
    return Transition(CAPTURESUCCESS, _fmt(amount), _fmt(state.refunded))


def refund(state: PaymentState, amount: Decimal, flags: MerchantFlags = MerchantFlags()) -> Transition:
    """Refund `amount` of what was captured; the payment is `reversed` at once."""
    refundable = state.status in (CAPTURESUCCESS, "settled") or (
        state.status == REVERSED and state.captured > state.refunded
    )
    if not refundable:
        raise TransitionRefused(REFUND_FAILED, f"The transaction is {state.status}.")
    if amount <= 0:
        raise TransitionRefused(REFUND_FAILED, "The amount must be greater than 0.00.")
    remaining = state.captured - state.refunded
    if amount > remaining:
        raise TransitionRefused(
            REFUND_FAILED, f"The amount exceeds the captured amount not yet refunded ({_fmt(remaining)})."
        )
    # RestDirectTransactionManager: partialRefund=N refuses any amount but the captured one;
    # multipleRefund=N refuses a refund of a payment already `reversed`.
    if not flags.partial_refund and amount != state.captured:
        raise TransitionRefused(REFUND_FAILED, "Partial Refund is not allowed.")
    if not flags.multiple_refund and state.status == REVERSED:
        raise TransitionRefused(REFUND_FAILED, "Multiple Refund is not allowed.")
    if state.payment_mode == "SEPA" and amount != remaining:
        raise TransitionRefused(REFUND_FAILED, f"SEPA payments are refunded in full only ({_fmt(remaining)}).")
    return Transition(REVERSED, _fmt(state.captured), _fmt(state.refunded + amount))


def reverse(state: PaymentState) -> Transition:
    """Cancel an authorization that is not captured (`authsuccessful` only; a sale is refunded instead)."""
    if state.status == AUTHSUCCESSFUL:
        return Transition(CANCELLED, _fmt(state.captured), _fmt(state.refunded))
    raise TransitionRefused(CANCEL_FAILED, f"The transaction is {state.status}.")
