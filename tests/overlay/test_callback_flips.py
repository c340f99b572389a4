"""Every field of a signed notification and browser return, flipped one at a time: the flip either breaks
the signature (SignatureError) or leaves the outcome unchanged with the field marked unverified."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from transaction_services import (
    Credentials,
    Gateway,
    Outcome,
    SignatureError,
    parse_notification,
    parse_redirect,
    sign_notification,
    sign_redirect,
)

KEY = "flip-secret-key"
ALTERNATIVES = ["Y", "N", "P", "C", "capturesuccess", "authfailed", "reversed", "cancelled", "EUR", "99.99", "x", ""]


def _notification(short: str) -> dict[str, Any]:
    body: dict[str, Any] = json.loads(
        sign_notification(
            payment_id="501",
            merchant_transaction_id="order-501",
            amount="10.00",
            transaction_status=short,
            secure_key=KEY,
            currency="EUR",
            paymentBrand="VISA",
            timestamp="2026-01-02 10:11:12",
            card={"bin": "411111", "last4Digits": "1111"},
        )
    )
    return body


def _flips(value: object) -> list[object]:
    return [alt for alt in ALTERNATIVES if alt != value] + [{"code": "00001"}]


@pytest.mark.parametrize("short", ["Y", "N", "P", "C"])
def test_every_notification_field_flip_is_rejected_or_unverified(short: str) -> None:
    original = _notification(short)
    baseline = parse_notification(original, KEY)
    assert baseline.signed_status == short
    checked = 0
    for field in original:
        for flipped in _flips(original[field]):
            body = {**original, field: flipped}
            try:
                parsed = parse_notification(body, KEY)
            except SignatureError:
                checked += 1
                continue
            assert parsed.outcome is baseline.outcome, (field, flipped)
            assert field in parsed.unverified_fields, (field, flipped)
            checked += 1
    assert checked >= len(original) * (len(ALTERNATIVES) - 1)


@pytest.mark.parametrize("short", ["Y", "N", "P"])
def test_every_redirect_field_flip_is_rejected_or_unverified(short: str) -> None:
    original = sign_redirect(
        payment_id="601", merchant_transaction_id="order-601", amount="5.00", status=short, secure_key=KEY
    )
    baseline = parse_redirect(original, KEY)
    for field in original:
        for flipped in [alt for alt in ALTERNATIVES if alt != original[field]]:
            fields = {**original, field: flipped}
            try:
                parsed = parse_redirect(fields, KEY)
            except SignatureError:
                continue
            assert parsed.outcome is baseline.outcome, (field, flipped)
            assert field in parsed.unverified_fields, (field, flipped)


def test_a_declined_notification_cannot_be_made_to_read_approved() -> None:
    body = _notification("N")
    body["status"] = "capturesuccess"
    with pytest.raises(SignatureError, match="contradicts"):
        parse_notification(body, KEY)


def test_currency_is_exposed_as_unverified_only() -> None:
    body = _notification("Y")
    body["currency"] = "JPY"
    parsed = parse_notification(body, KEY)
    assert parsed.outcome is Outcome.APPROVED
    assert parsed.unverified_currency == "JPY"
    assert "currency" in parsed.unverified_fields
    assert not hasattr(parsed, "currency")


def test_confirm_is_one_inquiry_and_checks_the_signed_identity() -> None:
    requests: list[httpx.Request] = []
    recorded_amount = ["10.00"]

    def answer(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        if request.url.path.endswith("/authToken"):
            return httpx.Response(200, json={"result": {"code": "200"}, "AuthToken": "tok-123456"})
        return httpx.Response(
            200,
            json={
                "paymentId": "501",
                "merchantTransactionId": "order-501",
                "amount": recorded_amount[0],
                "status": "authfailed",
                "transactionStatus": "N",
                "result": {"code": "10001", "description": "declined"},
            },
        )

    notification = parse_notification(_notification("N"), KEY)
    credentials = Credentials("11344", KEY, "195", "merchant", "1106")
    with Gateway(
        base_url="https://gw.example",
        credentials=credentials,
        http_client=httpx.Client(transport=httpx.MockTransport(answer)),
    ) as gateway:
        payment = gateway.confirm(notification)
        assert payment.outcome is Outcome.DECLINED
        assert sum(r.url.path.endswith("/payments/501") for r in requests) == 1
        recorded_amount[0] = "99.00"  # the gateway's record disagrees with the signed amount
        with pytest.raises(SignatureError, match="does not match"):
            gateway.confirm(notification)
