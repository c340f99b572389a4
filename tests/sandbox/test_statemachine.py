"""Transition rules and status mappings (other half: statemachine.py)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from transaction_services_sandbox import statemachine as sm


def state(
    payment_type: str = "PA",
    status: str = sm.AUTHSUCCESSFUL,
    amount: str = "10.00",
    captured: str = "0.00",
    refunded: str = "0.00",
    mode: str = "CC",
) -> sm.PaymentState:
    return sm.PaymentState(payment_type, status, mode, Decimal(amount), Decimal(captured), Decimal(refunded))


def test_partial_and_multiple_capture_up_to_the_authorized_amount() -> None:
    first = sm.capture(state(), Decimal("4.00"))
    assert (first.status, first.captured_amount) == (sm.CAPTURESUCCESS, "4.00")
    second = sm.capture(state(status=first.status, captured=first.captured_amount), Decimal("6.00"))
    assert second.captured_amount == "10.00"
    with pytest.raises(sm.TransitionRefused) as refused:
        sm.capture(state(status=second.status, captured="10.00"), Decimal("0.01"))
    assert refused.value.code.code == "10005"


@pytest.mark.parametrize(
    ("payment_type", "status", "mode"),
    [
        ("DB", sm.CAPTURESUCCESS, "CC"),
        ("PA", sm.CANCELLED, "CC"),
        ("PA", sm.AUTHFAILED, "CC"),
        ("PA", sm.MARKEDFORREVERSAL, "CC"),
        ("PA", sm.AUTHSUCCESSFUL, "SEPA"),
    ],
)
def test_capture_refused(payment_type: str, status: str, mode: str) -> None:
    with pytest.raises(sm.TransitionRefused) as refused:
        sm.capture(state(payment_type, status, mode=mode), Decimal("1.00"))
    assert refused.value.code.code == "10005"


def test_refund_partial_multiple_and_limit() -> None:
    base = state("DB", sm.CAPTURESUCCESS, captured="10.00")
    first = sm.refund(base, Decimal("3.00"))
    assert (first.status, first.refunded_amount) == (sm.MARKEDFORREVERSAL, "3.00")
    second = sm.refund(state("DB", sm.REVERSED, captured="10.00", refunded="3.00"), Decimal("7.00"))
    assert second.refunded_amount == "10.00"
    with pytest.raises(sm.TransitionRefused) as refused:
        sm.refund(state("DB", sm.REVERSED, captured="10.00", refunded="10.00"), Decimal("0.01"))
    assert refused.value.code.code == "10006"


@pytest.mark.parametrize("status", [sm.AUTHSUCCESSFUL, sm.CANCELLED, sm.AUTHFAILED, sm.AUTHSTARTED_3D])
def test_refund_refused_before_capture(status: str) -> None:
    with pytest.raises(sm.TransitionRefused) as refused:
        sm.refund(state("PA", status), Decimal("1.00"))
    assert refused.value.code.code == "10006"


def test_sepa_refund_is_full_only() -> None:
    with pytest.raises(sm.TransitionRefused):
        sm.refund(state("DB", sm.CAPTURESUCCESS, captured="10.00", mode="SEPA"), Decimal("5.00"))
    assert sm.refund(state("DB", sm.CAPTURESUCCESS, captured="10.00", mode="SEPA"), Decimal("10.00"))


def test_reversal_rules() -> None:
    assert sm.reverse(state(), same_day=False).status == sm.CANCELLED
    assert sm.reverse(state("DB", sm.CAPTURESUCCESS, captured="10.00"), same_day=True).status == sm.CANCELLED
    for refused_state, same_day in [
        (state("DB", sm.CAPTURESUCCESS, captured="10.00"), False),
        (state("PA", sm.CAPTURESUCCESS, captured="4.00"), True),
        (state("DB", sm.MARKEDFORREVERSAL, captured="10.00", refunded="1.00"), True),
        (state("PA", sm.CANCELLED), True),
    ]:
        with pytest.raises(sm.TransitionRefused) as refused:
            sm.reverse(refused_state, same_day=same_day)
        assert refused.value.code.code == "10007"


def test_refund_settles_to_reversed() -> None:
    assert sm.settle_refund(sm.MARKEDFORREVERSAL) == sm.REVERSED
    assert sm.settle_refund(sm.CAPTURESUCCESS) == sm.CAPTURESUCCESS


@pytest.mark.parametrize(
    ("long", "short", "transaction", "shared", "redirect"),
    [
        (sm.CAPTURESUCCESS, "Y", "Y", "Y", "Y"),
        (sm.AUTHSUCCESSFUL, "Y", "Y", "Y", "Y"),
        (sm.AUTHFAILED, "N", "N", "N", "N"),
        (sm.CANCELLED, "C", "C", "N", "N"),
        (sm.AUTHSTARTED_3D, "P", "P", "N", "P"),
        (sm.MARKEDFORREVERSAL, "Y", "N", "Y", "Y"),
        (sm.REVERSED, "Y", "N", "Y", "Y"),
        (sm.PAYOUTSTARTED, "P", "P", "P", "P"),
        (sm.PAYOUTSUCCESSFUL, "Y", "Y", "Y", "Y"),
        ("somethingnew", "P", "N", "N", "P"),
    ],
)
def test_status_mappings(long: str, short: str, transaction: str, shared: str, redirect: str) -> None:
    assert sm.short_status(long) == short
    assert sm.notification_status_transaction(long) == transaction
    assert sm.notification_status_shared(long) == shared
    assert sm.redirect_status(long) == redirect
