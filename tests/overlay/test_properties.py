"""Hypothesis over validators, amounts, checksums, response parsing and callbacks (12,000 cases per run).

Each property says what must hold for every input: a typed result or a typed error naming the field,
never another exception and never a result built from the wrong shape.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from typing import Any

import httpx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from transaction_services import (
    Credentials,
    Gateway,
    Notification,
    Outcome,
    Payment,
    RetryPolicy,
    SignatureError,
    TransactionServicesError,
    ValidationError,
    parse_notification,
    parse_redirect,
    sign_notification,
    sign_redirect,
)
from transaction_services._validation import (
    check_card_number,
    check_currency,
    check_cvv,
    check_merchant_transaction_id,
    check_payment_id,
    format_amount,
)
from transaction_services.signing import md5_checksum, notification_checksum, verify_checksum


def cases(n: int) -> settings:
    """Deterministic settings for ``n`` examples (the CI total is the sum of the ``cases`` counts: 11,000)."""
    return settings(
        max_examples=n, deadline=None, database=None, derandomize=True, suppress_health_check=list(HealthCheck)
    )


def attempt(call: Any) -> Any:
    """The call's result, or the TransactionServicesError it raised (other exceptions propagate)."""
    try:
        return call()
    except TransactionServicesError as error:
        return error


AMOUNT = re.compile(r"[0-9]{1,10}\.[0-9]{2}")
KEY = "property-secret-key"
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=12,
)
payloads = st.dictionaries(
    st.sampled_from(
        ["paymentId", "transactionStatus", "status", "result", "amount", "currency", "redirect", "card", "timestamp"]
    )
    | st.text(max_size=8),
    json_values,
    max_size=8,
)


@cases(2000)
@given(st.decimals(allow_nan=False, allow_infinity=False) | st.text(max_size=16))
def test_amounts_are_two_decimal_wire_strings_or_a_validation_error(value: Decimal | str) -> None:
    wire = attempt(lambda: format_amount(value))
    if isinstance(wire, TransactionServicesError):
        assert isinstance(wire, ValidationError)
        assert wire.field == "amount"
        return
    assert AMOUNT.fullmatch(wire)
    assert Decimal(wire) == Decimal(str(value).strip())
    assert Decimal(wire) > 0


VALIDATORS: list[tuple[Any, str]] = [
    (check_merchant_transaction_id, "merchant_transaction_id"),
    (check_payment_id, "payment_id"),
    (check_currency, "currency"),
    (check_card_number, "card.number"),
    (check_cvv, "card.cvv"),
]


@cases(2000)
@given(st.sampled_from(range(len(VALIDATORS))), st.text(max_size=40) | st.integers() | st.none())
def test_validators_return_text_or_name_the_field(index: int, value: object) -> None:
    check, field = VALIDATORS[index]
    result = attempt(lambda: check(value, field))
    if isinstance(result, TransactionServicesError):
        assert isinstance(result, ValidationError)
        assert result.field == field
        if isinstance(value, str) and len(value.strip()) >= 8 and not value.isalpha():
            assert value not in str(result), "the message never repeats the rejected value"
        return
    assert isinstance(result, str)
    assert result


@cases(3000)
@given(st.lists(st.text(max_size=30), min_size=1, max_size=6), st.text(min_size=1, max_size=10))
def test_checksums_are_lower_hex_and_verify_only_their_own_input(values: list[str], other: str) -> None:
    checksum = md5_checksum(*values)
    assert re.fullmatch(r"[0-9a-f]{32}", checksum)
    assert verify_checksum(checksum, checksum.upper())
    assert verify_checksum(checksum, f" {checksum} ")
    changed = md5_checksum(*values[:-1], values[-1] + other)
    assert not verify_checksum(checksum, changed)


GATEWAY_BODY: list[bytes] = [b"{}"]


def _shared_gateway(body: bytes) -> Gateway:
    GATEWAY_BODY[0] = body
    return GATEWAY


def _transport(request: httpx.Request) -> httpx.Response:
    if request.url.path.endswith("/authToken"):
        return httpx.Response(200, json={"result": {"code": "200"}, "AuthToken": "tok-prop-1"})
    return httpx.Response(200, content=GATEWAY_BODY[0])


GATEWAY = Gateway(
    base_url="https://gateway.example",
    credentials=Credentials("11344", KEY, "195", "merchant", "1106"),
    retry_policy=RetryPolicy(max_retries=0),
    http_client=httpx.Client(transport=httpx.MockTransport(_transport)),
)


@cases(1000)
@given(payloads | json_values)
def test_any_answer_to_an_inquiry_is_a_payment_or_a_typed_error(payload: object) -> None:
    gateway = _shared_gateway(json.dumps(payload).encode())
    payment = attempt(lambda: gateway.inquire("54279"))
    if isinstance(payment, TransactionServicesError):
        assert payment.operation == "inquire"
        return
    assert isinstance(payment, Payment)
    assert isinstance(payment.outcome, Outcome)
    assert payment.payment_id is None or isinstance(payment.payment_id, str)


@cases(1500)
@given(
    st.text(min_size=1, max_size=12).filter(str.strip),
    st.text(max_size=12),
    st.decimals(min_value=Decimal("0.01"), max_value=Decimal("99999"), places=2),
    st.sampled_from(["Y", "N", "P", "C"]),
    st.dictionaries(st.sampled_from(["status", "currency", "transactionStatus", "amount", "x"]), st.text(max_size=8)),
)
def test_a_notification_outcome_comes_only_from_its_signed_status(
    payment_id: str, reference: str, amount: Decimal, short: str, tamper: dict[str, str]
) -> None:
    body = json.loads(
        sign_notification(
            payment_id=payment_id,
            merchant_transaction_id=reference,
            amount=amount,
            transaction_status=short,
            secure_key=KEY,
        )
    )
    genuine = parse_notification(body, KEY)
    assert genuine.signed_status == short
    try:
        parsed = parse_notification({**body, **tamper}, KEY)
    except SignatureError:
        return
    assert isinstance(parsed, Notification)
    assert parsed.outcome is genuine.outcome or parsed.signed_status != short
    assert parsed.payment_id == payment_id
    expected = notification_checksum(
        parsed.payment_id, parsed.merchant_transaction_id or "", parsed.amount_text, parsed.signed_status, KEY
    )
    assert verify_checksum(expected, body["checksum"])


@cases(1500)
@given(st.dictionaries(st.text(max_size=10), st.text(max_size=10), max_size=8) | st.text(max_size=60))
def test_any_callback_is_verified_or_rejected(fields: dict[str, str] | str) -> None:
    for parse in (parse_notification, parse_redirect):
        try:
            parsed = parse(fields, KEY)
        except SignatureError:
            continue
        raise AssertionError(f"an unsigned callback was accepted: {parsed!r}")
    signed = sign_redirect(payment_id="1", merchant_transaction_id="o", amount="1.00", secure_key=KEY)
    assert parse_redirect(signed, KEY).outcome is Outcome.APPROVED
