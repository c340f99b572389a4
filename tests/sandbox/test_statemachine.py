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


def test_one_capture_only_from_authsuccessful() -> None:
    partial = sm.capture(state(), Decimal("4.00"))
    assert (partial.status, partial.captured_amount) == (sm.CAPTURESUCCESS, "4.00")
    # The partial capture ended the authorization: no second capture of the remaining 6.00.
    with pytest.raises(sm.TransitionRefused) as refused:
        sm.capture(state(status=partial.status, captured=partial.captured_amount), Decimal("6.00"))
    assert refused.value.code.code == "10005"


def test_capture_above_the_authorized_amount_needs_the_excess_flag() -> None:
    with pytest.raises(sm.TransitionRefused) as refused:
        sm.capture(state(), Decimal("10.01"))
    assert refused.value.code.code == "10005"
    excess = sm.capture(state(), Decimal("10.01"), sm.MerchantFlags(excess_capture=True))
    assert excess.captured_amount == "10.01"


@pytest.mark.parametrize(
    ("payment_type", "status", "mode"),
    [
        ("DB", sm.CAPTURESUCCESS, "CC"),
        ("PA", sm.CAPTURESUCCESS, "CC"),
        ("PA", sm.CANCELLED, "CC"),
        ("PA", sm.AUTHFAILED, "CC"),
        ("PA", sm.AUTHSTARTED_3D, "CC"),
        ("PA", sm.REVERSED, "CC"),
        ("PA", sm.AUTHSUCCESSFUL, "SEPA"),
    ],
)
def test_capture_refused(payment_type: str, status: str, mode: str) -> None:
    with pytest.raises(sm.TransitionRefused) as refused:
        sm.capture(state(payment_type, status, mode=mode), Decimal("1.00"))
    assert refused.value.code.code == "10005"


def test_refund_sets_reversed_at_once_and_stops_at_the_captured_amount() -> None:
    first = sm.refund(state("DB", sm.CAPTURESUCCESS, captured="10.00"), Decimal("3.00"))
    assert (first.status, first.refunded_amount) == (sm.REVERSED, "3.00")
    second = sm.refund(state("DB", sm.REVERSED, captured="10.00", refunded="3.00"), Decimal("7.00"))
    assert (second.status, second.refunded_amount) == (sm.REVERSED, "10.00")
    assert sm.refund(state("DB", "settled", captured="10.00"), Decimal("1.00")).status == sm.REVERSED
    for refused_state, amount in [
        (state("DB", sm.REVERSED, captured="10.00", refunded="10.00"), "0.01"),
        (state("DB", sm.REVERSED, captured="10.00", refunded="3.00"), "7.01"),
        (state("DB", sm.MARKEDFORREVERSAL, captured="10.00", refunded="3.00"), "1.00"),
    ]:
        with pytest.raises(sm.TransitionRefused) as refused:
            sm.refund(refused_state, Decimal(amount))
        assert refused.value.code.code == "10006"


def test_refund_flags() -> None:
    captured = state("DB", sm.CAPTURESUCCESS, captured="10.00")
    no_partial = sm.MerchantFlags(partial_refund=False)
    with pytest.raises(sm.TransitionRefused) as refused:
        sm.refund(captured, Decimal("3.00"), no_partial)
    assert "Partial Refund is not allowed" in refused.value.description
    assert sm.refund(captured, Decimal("10.00"), no_partial).refunded_amount == "10.00"
    no_multiple = sm.MerchantFlags(multiple_refund=False)
    first = sm.refund(captured, Decimal("3.00"), no_multiple)
    with pytest.raises(sm.TransitionRefused) as refused:
        sm.refund(
            state("DB", first.status, captured="10.00", refunded=first.refunded_amount), Decimal("1.00"), no_multiple
        )
    assert "Multiple Refund is not allowed" in refused.value.description


@pytest.mark.parametrize("status", [sm.AUTHSUCCESSFUL, sm.CANCELLED, sm.AUTHFAILED, sm.AUTHSTARTED_3D])
def test_refund_refused_before_capture(status: str) -> None:
    with pytest.raises(sm.TransitionRefused) as refused:
        sm.refund(state("PA", status), Decimal("1.00"))
    assert refused.value.code.code == "10006"


def test_sepa_refund_is_full_only() -> None:
    with pytest.raises(sm.TransitionRefused):
        sm.refund(state("DB", sm.CAPTURESUCCESS, captured="10.00", mode="SEPA"), Decimal("5.00"))
    assert sm.refund(state("DB", sm.CAPTURESUCCESS, captured="10.00", mode="SEPA"), Decimal("10.00"))


def test_cancel_only_from_authsuccessful() -> None:
    assert sm.reverse(state()).status == sm.CANCELLED
    for refused_state in [
        state("DB", sm.CAPTURESUCCESS, captured="10.00"),
        state("PA", sm.CAPTURESUCCESS, captured="4.00"),
        state("DB", sm.REVERSED, captured="10.00", refunded="1.00"),
        state("PA", sm.CANCELLED),
        state("PA", sm.AUTHFAILED),
    ]:
        with pytest.raises(sm.TransitionRefused) as refused:
            sm.reverse(refused_state)
        assert refused.value.code.code == "10007"


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
