"""Tests for transaction_services/errors.py."""

from __future__ import annotations

import pickle

import httpx
import pytest

import transaction_services
from transaction_services import (
    AuthenticationError,
    GatewayError,
    OutcomeUnknownError,
    SignatureError,
    TransactionServicesError,
    TransportError,
    UnexpectedResponseError,
    ValidationError,
    error_for_result,
)

ALL_ERRORS = [
    TransactionServicesError,
    ValidationError,
    GatewayError,
    AuthenticationError,
    TransportError,
    OutcomeUnknownError,
    UnexpectedResponseError,
    SignatureError,
]


@pytest.mark.parametrize("cls", ALL_ERRORS, ids=lambda c: c.__name__)
def test_tree_and_public_module(cls: type[Exception]) -> None:
    assert issubclass(cls, TransactionServicesError)
    assert cls.__module__ == "transaction_services"
    assert getattr(transaction_services, cls.__name__) is cls
    assert cls.__name__.endswith("Error")


def test_authentication_error_is_a_gateway_error() -> None:
    assert issubclass(AuthenticationError, GatewayError)


def test_root_str_and_repr() -> None:
    error = TransactionServicesError("boom", result_code="10001", payment_id="54279", operation="capture")
    assert str(error) == "boom (operation=capture, result_code=10001, payment_id=54279)"
    assert repr(error) == (
        "TransactionServicesError('boom', operation='capture', result_code='10001', payment_id='54279')"
    )
    assert str(TransactionServicesError("plain")) == "plain"
    assert repr(TransactionServicesError("plain")) == "TransactionServicesError('plain')"


def test_validation_error_names_field() -> None:
    error = ValidationError("card.number", "fails the Luhn check digit test", operation="purchase")
    assert error.field == "card.number"
    assert str(error) == "card.number: fails the Luhn check digit test (operation=purchase)"
    assert error.result_code is None
    assert error.payment_id is None


class TestGatewayError:
    def test_attributes(self) -> None:
        error = GatewayError("Invalid checksum", result_code="30001", payment_id="54279", operation="refund")
        assert error.description == "Invalid checksum"
        assert error.result_code == "30001"
        assert str(error) == "Invalid checksum (operation=refund, result_code=30001, payment_id=54279)"

    def test_description_is_masked(self) -> None:
        error = GatewayError("Invalid card number 4111111111111111 for terminal")
        assert "4111111111111111" not in str(error)
        assert "4111111111111111" not in repr(error)
        assert error.description == "Invalid card number 411111******1111 for terminal"

    def test_without_description(self) -> None:
        assert GatewayError(None).message == "the gateway refused the request"


@pytest.mark.parametrize(
    ("code", "cls"),
    [
        ("401", AuthenticationError),
        (" 403 ", AuthenticationError),
        ("10001", GatewayError),
        ("30088", GatewayError),
        (None, GatewayError),
    ],
)
def test_error_for_result(code: str | None, cls: type[GatewayError]) -> None:
    error = error_for_result(code, "text", operation="purchase", payment_id="-")
    assert type(error) is cls
    assert error.operation == "purchase"
    assert error.payment_id is None, "the gateway's '-' placeholder means no payment"
    assert error.result_code == (code.strip() if code else None)


def test_error_for_result_returns_not_raises() -> None:
    assert isinstance(error_for_result("401", "x", operation=None, payment_id="1"), AuthenticationError)


def _connect(cause: httpx.HTTPError) -> None:
    try:
        raise cause
    except httpx.HTTPError as exc:
        raise TransportError("could not connect", operation="purchase") from exc


def test_transport_error_wraps_httpx() -> None:
    cause = httpx.ConnectError("connection refused")
    with pytest.raises(TransportError) as info:
        _connect(cause)
    assert info.value.__cause__ is cause


def test_outcome_unknown_error() -> None:
    cause = httpx.ReadTimeout("timed out")
    error = OutcomeUnknownError(
        "the payment may or may not exist",
        merchant_transaction_id="Order 1",
        payment_id=None,
        operation="purchase",
        cause=cause,
    )
    assert error.cause is cause
    assert error.merchant_transaction_id == "Order 1"
    assert str(error) == (
        "the payment may or may not exist (operation=purchase, merchant_transaction_id=Order 1, cause=ReadTimeout)"
    )


class TestUnexpectedResponseError:
    def test_excerpt_is_short_and_masked(self) -> None:
        body = '<html>{"card.number":"4111111111111111","card.cvv":"123","sKey":"topsecret"}' + "x" * 500
        error = UnexpectedResponseError("not JSON", http_status=500, body=body, operation="purchase")
        assert error.http_status == 500
        assert error.excerpt is not None
        assert len(error.excerpt) <= 200
        for text in (str(error), repr(error), error.excerpt):
            assert "4111111111111111" not in text
            assert "topsecret" not in text
            assert '"123"' not in text
        assert not hasattr(error, "body")

    def test_no_body(self) -> None:
        error = UnexpectedResponseError("empty", http_status=502)
        assert error.excerpt is None
        assert str(error) == "empty (http_status=502)"


def test_signature_error_message() -> None:
    error = SignatureError("the notification checksum does not match", payment_id="54289")
    assert str(error) == "the notification checksum does not match (payment_id=54289)"


@pytest.mark.parametrize(
    "error",
    [
        TransactionServicesError("x", result_code="1", payment_id="2", operation="op"),
        ValidationError("amount", "must be positive"),
        GatewayError("declined", result_code="10001"),
        AuthenticationError("token failed", result_code="401"),
        OutcomeUnknownError("unknown", merchant_transaction_id="m", cause=None),
        UnexpectedResponseError("bad", http_status=500, body="oops"),
        SignatureError("bad checksum"),
    ],
    ids=lambda e: type(e).__name__,
)
def test_pickle_round_trip(error: TransactionServicesError) -> None:
    restored = pickle.loads(pickle.dumps(error))  # noqa: S301 - our own bytes
    assert type(restored) is type(error)
    assert str(restored) == str(error)
    assert restored.__dict__ == error.__dict__
