"""A small plain-httpx client for driving the sandbox in tests (no overlay involved)."""

from __future__ import annotations

import itertools
import re
from html.parser import HTMLParser
from types import TracebackType
from typing import Any

import httpx

from transaction_services_sandbox import Sandbox, checksums, testdata

TX = "/transactionServices/REST/v1"
INV = "/invoiceServices/REST/v1"
MEMBER = "11344"
KEY = "secureKey"
PARTNER = "195"
PARTNER_KEY = "partnerKey"
TERMINAL = "1106"

_ids = itertools.count(1)
_NO_TOKEN = object()


def unique(prefix: str = "Order") -> str:
    """A merchantTransactionId unique within the test session."""
    return f"{prefix} {next(_ids):05d}"


class FormParser(HTMLParser):
    """Collects the action, method and hidden inputs of the first form of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.action = ""
        self.method = ""
        self.fields: dict[str, str] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        if tag == "form" and not self.action:
            self.action, self.method = values.get("action", ""), values.get("method", "")
        if tag == "input" and values.get("type") == "hidden":
            self.fields[values["name"]] = values.get("value", "")


def parse_form(page: str) -> FormParser:
    """The first form of an HTML page."""
    parser = FormParser()
    parser.feed(page)
    return parser


class GatewayClient:
    """Signs and sends gateway requests over real HTTP."""

    def __init__(self, sandbox: Sandbox) -> None:
        self.sandbox = sandbox
        self.http = httpx.Client(base_url=sandbox.url, timeout=10.0)
        self._token: str | None = None

    def __enter__(self) -> GatewayClient:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.http.close()

    # -- tokens ------------------------------------------------------------------------------

    def new_token(self, service: str = TX) -> str:
        response = self.http.post(
            f"{service}/authToken",
            data={"authentication.partnerId": PARTNER, "merchant.username": "testdoc", "authentication.sKey": KEY},
        )
        body = response.json()
        assert body["result"]["code"] == "200", body
        return str(body["AuthToken"])

    def partner_token(self) -> str:
        response = self.http.post(
            f"{TX}/partnerAuthToken",
            data={
                "authentication.partnerId": PARTNER,
                "partner.userName": "testpartner",
                "authentication.sKey": PARTNER_KEY,
            },
        )
        return str(response.json()["AuthToken"])

    @property
    def token(self) -> str:
        if self._token is None:
            self._token = self.new_token()
        return self._token

    def post(self, path: str, data: dict[str, str] | None = None, *, token: Any = _NO_TOKEN) -> dict[str, Any]:
        headers = {"AuthToken": self.token if token is _NO_TOKEN else token} if token is not None else {}
        response = self.http.post(path, data=data or {}, headers=headers)
        assert response.status_code == 200, response.text
        assert response.headers["content-type"].startswith("application/json")
        body: dict[str, Any] = response.json()
        return body

    # -- requests ----------------------------------------------------------------------------

    def sale_fields(self, amount: str = "50.00", card: str = testdata.CARD_APPROVE, **extra: str) -> dict[str, str]:
        merchant_id = extra.pop("merchantTransactionId", unique())
        fields = {
            "authentication.memberId": MEMBER,
            "authentication.checksum": checksums.c_sale(MEMBER, KEY, merchant_id, amount),
            "authentication.terminalId": TERMINAL,
            "merchantTransactionId": merchant_id,
            "amount": amount,
            "currency": "EUR",
            "paymentType": "DB",
            "paymentMode": "CC",
            "paymentBrand": "VISA",
            "card.number": card,
            "card.expiryMonth": testdata.TEST_EXPIRY_MONTH,
            "card.expiryYear": testdata.TEST_EXPIRY_YEAR,
            "card.cvv": testdata.TEST_CVV,
            "customer.givenName": "John",
            "customer.surname": "Doe",
            "customer.email": "john.d@xyz.com",
            "customer.ip": "192.168.0.1",
        }
        fields.update(extra)
        return fields

    def pay(self, amount: str = "50.00", card: str = testdata.CARD_APPROVE, **extra: str) -> dict[str, Any]:
        return self.post(f"{TX}/payments", self.sale_fields(amount, card, **extra))

    def follow(self, payment_id: str, payment_type: str, amount: str | None = None, **extra: str) -> dict[str, Any]:
        if payment_type in ("CP", "RF"):
            assert amount is not None
            checksum = checksums.c_cp_rf(MEMBER, KEY, payment_id, amount)
        else:
            checksum = checksums.c_rv_in(MEMBER, KEY, payment_id)
        fields = {
            "authentication.memberId": MEMBER,
            "authentication.checksum": checksum,
            "paymentType": payment_type,
            "paymentId": payment_id,
        }
        if amount is not None:
            fields["amount"] = amount
        fields.update(extra)
        return self.post(f"{TX}/payments/{payment_id}", fields)

    def inquire(self, payment_id: str) -> dict[str, Any]:
        return self.follow(payment_id, "IN", idType="PID")

    def advance(self, seconds: float) -> dict[str, Any]:
        response = self.http.post("/_sandbox/clock/advance", json={"seconds": seconds})
        assert response.status_code == 200
        self._token = None
        body: dict[str, Any] = response.json()
        return body

    def notifications(self, payment_id: str | None = None) -> list[dict[str, Any]]:
        params = {"payment_id": payment_id} if payment_id else {}
        body = self.http.get("/_sandbox/notifications", params=params).json()
        return list(body["notifications"])


def redirect_parameter(body: dict[str, Any], name: str) -> str:
    """A named parameter of a response's redirect."""
    for parameter in body["redirect"].get("parameters", []):
        if parameter["name"] == name:
            return str(parameter["value"])
    match = re.search(rf"[?&]{name}=([^&]+)", body["redirect"]["url"])
    assert match, body["redirect"]
    return match.group(1)
