"""Messages that help: what a newcomer's first mistakes produce (raised before any I/O where possible)."""

from __future__ import annotations

import socket

import httpx
import pytest

from transaction_services import Card, Customer, Gateway, TransportError, ValidationError

from .gateway_support import credentials

CUSTOMER = Customer(given_name="Ada", surname="Lovelace")
CARD = Card("4000000000000051", "12", "2035", cvv="123")


def _no_network(request: httpx.Request) -> httpx.Response:
    raise AssertionError(f"nothing may be sent: {request.url}")


@pytest.fixture
def offline() -> Gateway:
    http = httpx.Client(transport=httpx.MockTransport(_no_network))
    return Gateway(base_url="https://gateway.example", credentials=credentials(), http_client=http)


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_unreachable_host_is_named() -> None:
    port = _closed_port()
    gateway = Gateway(base_url=f"http://127.0.0.1:{port}", credentials=credentials(), max_retries=0)
    with gateway, pytest.raises(TransportError) as info:
        gateway.registrations()
    assert f"127.0.0.1:{port}" in str(info.value)
    assert "could not connect" in str(info.value)


@pytest.mark.parametrize(
    "url",
    [
        "https://secure.example.com/transactionServices/REST/v1",
        "https://secure.example.com/transactionServices/REST/v1/payments",
        "https://secure.example.com/invoiceServices/REST/v1/",
    ],
)
def test_base_url_with_the_service_path_gets_a_hint(url: str) -> None:
    with pytest.raises(ValidationError) as info:
        Gateway(base_url=url, credentials=credentials())
    assert info.value.field == "base_url"
    assert "host only ('https://secure.example.com')" in str(info.value)


@pytest.mark.parametrize("number", ["", "   "])
def test_empty_card_number_says_it_is_empty(number: str) -> None:
    with pytest.raises(ValidationError) as info:
        Card(number, "12", "2035")
    assert info.value.field == "card.number"
    assert "empty" in str(info.value)


@pytest.mark.parametrize("amount", ["-5.00", "-1"])
def test_negative_amount_must_be_positive(offline: Gateway, amount: str) -> None:
    with pytest.raises(ValidationError) as info:
        offline.purchase(merchant_transaction_id="o-1", amount=amount, currency="EUR", card=CARD, customer=CUSTOMER)
    assert info.value.field == "amount"
    assert "must be positive" in str(info.value)


@pytest.mark.parametrize("currency", ["EURO", "ABC", "E1R"])
def test_currency_must_be_iso_4217_before_any_io(offline: Gateway, currency: str) -> None:
    with pytest.raises(ValidationError) as info:
        offline.purchase(merchant_transaction_id="o-1", amount="1.00", currency=currency, card=CARD, customer=CUSTOMER)
    assert info.value.field == "currency"
    assert "ISO 4217" in str(info.value)


def test_printing_a_generated_model_shows_no_unset_objects() -> None:
    from transaction_services_api.models import GatewayResponse, QrCheckoutRequest

    request = QrCheckoutRequest.from_dict(
        {
            "authentication.memberId": "11344",
            "merchantTransactionId": "qr-1",
            "amount": "1.00",
            "currency": "ETH",
            "paymentMode": "EW",
            "paymentBrand": "QR",
            "notificationUrl": "https://shop.example/notify",
        }
    )
    answer = GatewayResponse.from_dict({"paymentId": "12345", "result": {"code": "00008"}, "tmpl_amount": "1.00"})
    for model in (request, answer):
        text = repr(model)
        assert "Unset" not in text
        assert "UNSET" not in text
    assert repr(answer) == "GatewayResponse(payment_id='12345', result=Result(code='00008'), tmpl_amount='1.00')"
    extra = GatewayResponse.from_dict({"paymentId": "1", "newField": "x"})
    assert repr(extra) == "GatewayResponse(payment_id='1', additional_properties={'newField': 'x'})"
