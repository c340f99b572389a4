"""Container behaviour, encodings and headers (other half: app.py, bodies.py, responses.py)."""

from __future__ import annotations

import logging
import socket
import time

import httpx
import pytest

from transaction_services_sandbox import Sandbox, checksums
from transaction_services_sandbox.bodies import flatten_json

from .gateway import KEY, MEMBER, TX, GatewayClient, unique


def test_unknown_path_is_a_container_404(client: GatewayClient) -> None:
    response = client.http.post(f"{TX}/nothingHere", data={"a": "b"})
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("text/html")
    assert "<html>" in response.text


@pytest.mark.parametrize("path", [f"{TX}/payments", f"{TX}/authToken", "/invoiceServices/REST/v1/generate"])
def test_get_is_a_container_405(client: GatewayClient, path: str) -> None:
    response = client.http.get(path)
    assert response.status_code == 405
    assert response.headers["content-type"].startswith("text/html")


@pytest.mark.parametrize("content_type", ["text/plain", "application/xml", "multipart/form-data; boundary=x"])
def test_other_media_types_are_a_container_415(client: GatewayClient, content_type: str) -> None:
    response = client.http.post(
        f"{TX}/payments", content=b"a=b", headers={"content-type": content_type, "AuthToken": client.token}
    )
    assert response.status_code == 415
    assert "Unsupported Media Type" in response.text


def test_inquiry_is_form_only(client: GatewayClient) -> None:
    response = client.http.post(f"{TX}/inquiry", json={"paymentType": "IN"}, headers={"AuthToken": client.token})
    assert response.status_code == 415


@pytest.mark.parametrize("path", [f"{TX}/payments", f"{TX}/authToken", "/invoiceServices/REST/v1/generate"])
def test_query_string_is_refused(client: GatewayClient, path: str) -> None:
    response = client.http.post(path + "?amount=1.00", data={"a": "b"}, headers={"AuthToken": client.token})
    assert response.status_code == 200
    assert response.json() == {
        "result": {"description": "Query String request is not supported ,Kindly pass the request in the body"}
    }


def test_gateway_headers(client: GatewayClient) -> None:
    response = client.http.post(f"{TX}/authToken", data={"authentication.partnerId": "195"})
    for name, value in {
        "access-control-allow-origin": "*",
        "x-frame-options": "SAMEORIGIN",
        "cache-control": "no-cache",
        "pragma": "no-cache",
        "expires": "0",
    }.items():
        assert response.headers[name] == value


def test_malformed_json_is_a_container_400(client: GatewayClient) -> None:
    response = client.http.post(f"{TX}/authToken", content=b"{nope", headers={"content-type": "application/json"})
    assert response.status_code == 400


def test_json_body_nested_like_the_form(client: GatewayClient) -> None:
    merchant_id = unique("Json")
    document = {
        "authentication": {
            "memberId": 11344,
            "checksum": checksums.c_sale(MEMBER, KEY, merchant_id, "5.00"),
            "terminalId": "1106",
        },
        "merchantTransactionId": merchant_id,
        "amount": "5.00",
        "currency": "EUR",
        "paymentType": "DB",
        "paymentMode": "CC",
        "paymentBrand": "VISA",
        "card": {"number": " 4000000000000051", "expiryMonth": "07", "expiryYear": "2035", "cvv": "123"},
        "customer": {"givenName": "John", "surname": "Doe"},
        "billingAddress": {"country": "DE"},
    }
    response = client.http.post(f"{TX}/payments", json=document, headers={"AuthToken": client.token})
    body = response.json()
    assert body["transactionStatus"] == "Y", body
    assert body["card"]["last4Digits"] == "0051"


def test_flatten_json() -> None:
    flat = flatten_json(
        {
            "billingAddress": {"city": "X"},
            "partner.userName": "p",
            "n": 1,
            "b": True,
            "productList": [{"productAmount": "1.00"}],
        }
    )
    assert flat["billing.city"] == "X"
    assert flat["partner.userName"] == "p"
    assert (flat["n"], flat["b"]) == ("1", "true")
    assert flat["product.productAmount"] == "1.00"


def test_restful_alias(client: GatewayClient) -> None:
    response = httpx.post(
        client.sandbox.url + "/transactionServices/RESTful/v1/authToken",
        data={"authentication.partnerId": "195", "merchant.username": "testdoc", "authentication.sKey": KEY},
    )
    assert response.json()["result"]["code"] == "200"


def test_no_input_gets_a_500(fresh: Sandbox, fresh_client: GatewayClient) -> None:
    """Absolute-form targets are served; deep JSON, ids too large for SQLite and a CR/LF get refusals."""
    token = fresh_client.token
    big = "9550663755304152507"
    inquiry = {
        "authentication.memberId": MEMBER,
        "authentication.checksum": checksums.c_rv_in(MEMBER, KEY, big),
        "paymentType": "IN",
    }
    assert fresh_client.post(f"{TX}/payments/{big}", inquiry)["result"]["code"] == "10026"
    deep = b'{"a":' * 5000 + b"1" + b"}" * 5000
    response = fresh_client.http.post(
        f"{TX}/payments", content=deep, headers={"AuthToken": token, "content-type": "application/json"}
    )
    assert (response.status_code, response.json()["result"]["code"]) == (200, "30099")
    crlf = fresh_client.pay("1.00", **{"customer.givenName": "John\r\nX-Injected: yes"})
    assert (crlf["paymentId"], crlf["result"]["code"]) == ("-", "30028")
    with socket.create_connection(("127.0.0.1", fresh.port)) as sock:
        body = "authentication.partnerId=195&merchant.username=testdoc&authentication.sKey=secureKey"
        sock.sendall(
            (
                f"POST {fresh.url}{TX}/authToken HTTP/1.1\r\nHost: 127.0.0.1:{fresh.port}\r\n"
                f"Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {len(body)}\r\n"
                f"Connection: close\r\n\r\n{body}"
            ).encode()
        )
        answer = b""
        while chunk := sock.recv(65536):
            answer += chunk
    assert answer.startswith(b"HTTP/1.1 200 ")
    assert b'"AuthToken"' in answer


def test_a_client_disconnect_is_one_log_line(
    fresh: Sandbox, fresh_client: GatewayClient, caplog: pytest.LogCaptureFixture
) -> None:
    token = fresh_client.token
    response = fresh_client.http.post(
        "/_sandbox/faults", json={"kind": "delay", "match": "/payments", "delay_seconds": 0.5}
    )
    assert response.status_code == 201
    caplog.set_level(logging.INFO, logger="transaction_services_sandbox")
    # Headers and a partial body, then gone: the handler finds the client disconnected.
    with socket.create_connection(("127.0.0.1", fresh.port)) as sock:
        sock.sendall(
            (
                f"POST {TX}/payments HTTP/1.1\r\nHost: x\r\nAuthToken: {token}\r\n"
                "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 100\r\n\r\namount=1"
            ).encode()
        )
    deadline = time.monotonic() + 5
    while not any("disconnected" in r.getMessage() for r in caplog.records) and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.2)
    records = [r for r in caplog.records if r.name == "transaction_services_sandbox"]
    assert [r.getMessage() for r in records] == [f"client disconnected before {TX}/payments was read"]
    assert records[0].exc_info is None
    assert fresh.ledger.count_payments() == 0
