"""How the shells map what comes off the wire: HTTP 401, HTML pages, odd statuses, token failures."""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import parse_qs

import httpx
import pytest

from transaction_services import (
    AuthenticationError,
    Card,
    Credentials,
    Customer,
    Gateway,
    Outcome,
    OutcomeUnknownError,
    UnexpectedResponseError,
    ValidationError,
)
from transaction_services._retry import RetryPolicy

BASE_URL = "https://gateway.example"
CREDENTIALS = Credentials("11344", "secureKey", "195", "testdoc", "1106")
TOKEN_PATH = "/transactionServices/REST/v1/authToken"
TOKEN_BODY = {"result": {"code": "200", "description": "Token generated successfully"}, "AuthToken": "t.o.k"}
APPROVED = {
    "paymentId": "54279",
    "transactionStatus": "Y",
    "merchantTransactionId": "order-1",
    "amount": "10.00",
    "currency": "EUR",
    "result": {"code": "00001", "description": "Transaction succeeded"},
}
HTML = "<html><body><h1>Service Unavailable</h1></body></html>"


class Recorder:
    """A scripted gateway: answers from a queue per path, records every request."""

    def __init__(self, answers: dict[str, list[httpx.Response]]) -> None:
        self.answers = answers
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if request.url.path == TOKEN_PATH:
            return httpx.Response(200, json=TOKEN_BODY)
        queue = self.answers[request.url.path.rsplit("/REST/v1", 1)[1]]
        return queue.pop(0) if len(queue) > 1 else queue[0]

    def count(self, suffix: str) -> int:
        return sum(request.url.path.endswith(suffix) for request in self.requests)


@pytest.fixture(autouse=True)
def no_backoff(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("transaction_services._client.time.sleep", lambda _seconds: None)


def gateway_for(recorder: Callable[[httpx.Request], httpx.Response]) -> Gateway:
    return Gateway(
        base_url=BASE_URL, credentials=CREDENTIALS, http_client=httpx.Client(transport=httpx.MockTransport(recorder))
    )


def purchase(gateway: Gateway) -> object:
    return gateway.purchase(
        merchant_transaction_id="order-1",
        amount="10.00",
        currency="EUR",
        card=Card("4000000000000051", "12", "2035", cvv="123"),
        customer=Customer(given_name="John", surname="Doe"),
    )


def test_http_401_refreshes_once_then_raises_authentication_error() -> None:
    recorder = Recorder({"/payments/54279": [httpx.Response(401, text="Unauthorized")]})
    with pytest.raises(AuthenticationError) as refused:
        gateway_for(recorder).inquire("54279")
    assert refused.value.operation == "inquire"
    assert recorder.count("/authToken") == 2, "one token, then exactly one refresh"
    assert recorder.count("/payments/54279") == 2


def test_token_failure_in_the_body_refreshes_once_and_succeeds() -> None:
    expired = httpx.Response(200, json={"result": {"code": "401", "description": "Authorization failed"}})
    recorder = Recorder(
        {"/payments/54279": [expired, httpx.Response(200, json={**APPROVED, "status": "capturesuccess"})]}
    )
    payment = gateway_for(recorder).inquire("54279")
    assert payment.status == "capturesuccess"
    assert recorder.count("/authToken") == 2


def test_html_on_a_read_is_an_unexpected_response_without_the_body() -> None:
    recorder = Recorder({"/payments/54279": [httpx.Response(200, text=HTML, headers={"content-type": "text/html"})]})
    with pytest.raises(UnexpectedResponseError) as broken:
        gateway_for(recorder).inquire("54279")
    assert "not JSON" in str(broken.value)
    assert recorder.count("/payments/54279") == 1, "an unparseable read is not retried"


def test_a_5xx_page_on_a_read_is_retried() -> None:
    recorder = Recorder(
        {
            "/payments/54279": [
                httpx.Response(502, text=HTML),
                httpx.Response(200, json={**APPROVED, "status": "settled"}),
            ]
        }
    )
    assert gateway_for(recorder).inquire("54279").status == "settled"
    assert recorder.count("/payments/54279") == 2


def test_a_5xx_page_that_persists_raises_with_the_status_and_a_short_excerpt() -> None:
    recorder = Recorder({"/payments/54279": [httpx.Response(503, text=HTML * 20)]})
    with pytest.raises(UnexpectedResponseError) as broken:
        gateway_for(recorder).inquire("54279")
    assert broken.value.http_status == 503
    assert broken.value.excerpt is not None
    assert len(broken.value.excerpt) <= 200
    assert recorder.count("/payments/54279") == 3, "the first try and max_retries=2 retries"


@pytest.mark.parametrize(
    "broken_answer",
    [
        httpx.Response(200, text=HTML, headers={"content-type": "text/html"}),
        httpx.Response(502, text=HTML),
        httpx.Response(520, text=""),
    ],
    ids=["html-200", "502", "520"],
)
def test_an_unknown_purchase_outcome_is_settled_by_inquiry_not_by_resending(broken_answer: httpx.Response) -> None:
    found = httpx.Response(200, json={**APPROVED, "status": "capturesuccess"})
    recorder = Recorder({"/payments": [broken_answer], "/payments/order-1": [found]})
    payment = purchase(gateway_for(recorder))
    assert getattr(payment, "outcome", None) is Outcome.APPROVED
    assert recorder.count("/payments") == 1, "the purchase was sent once"
    inquiry = next(r for r in recorder.requests if r.url.path.endswith("/payments/order-1"))
    fields = parse_qs(inquiry.content.decode())
    assert fields["idType"] == ["MID"]
    assert fields["paymentType"] == ["IN"]


def test_a_purchase_the_gateway_does_not_find_is_never_sent_again() -> None:
    not_found = httpx.Response(
        200, json={"paymentId": "-", "result": {"code": "10026", "description": "Your record not found."}}
    )
    recorder = Recorder(
        {
            "/payments": [httpx.Response(503, text=HTML), httpx.Response(200, json=APPROVED)],
            "/payments/order-1": [not_found],
        }
    )
    gateway = Gateway(
        base_url=BASE_URL,
        credentials=CREDENTIALS,
        timeout=2.0,
        retry_policy=RetryPolicy(settle_window=0.2, settle_delay=0.05, max_delay=0.05),
        http_client=httpx.Client(transport=httpx.MockTransport(recorder)),
    )
    with pytest.raises(OutcomeUnknownError) as caught:
        purchase(gateway)
    assert recorder.count("/payments") == 1, "a 'not found' is no proof: the purchase is never sent again"
    assert recorder.count("/payments/order-1") >= 1
    assert caught.value.merchant_transaction_id == "order-1"
    assert "inquire(merchant_transaction_id='order-1')" in str(caught.value)
    assert isinstance(caught.value.__cause__, UnexpectedResponseError)


def test_extra_fields_cannot_replace_signed_ones() -> None:
    recorder = Recorder({"/payments": [httpx.Response(200, json=APPROVED)]})
    gateway = gateway_for(recorder)
    with pytest.raises(ValidationError) as refused:
        gateway.purchase(
            merchant_transaction_id="order-1",
            amount="10.00",
            currency="EUR",
            card=Card("4000000000000051", "12", "2035", cvv="123"),
            customer=Customer(given_name="John", surname="Doe"),
            extra={"amount": "1000.00"},
        )
    assert refused.value.field == "extra.amount"
    assert recorder.requests == [], "refused before any I/O"
    payment = gateway.purchase(
        merchant_transaction_id="order-1",
        amount="10.00",
        currency="EUR",
        card=Card("4000000000000051", "12", "2035", cvv="123"),
        customer=Customer(given_name="John", surname="Doe"),
        extra={"tmpl_amount": "9.00", "tmpl_currency": "GBP"},
    )
    assert payment.approved
    sent = parse_qs(recorder.requests[-1].content.decode())
    assert sent["tmpl_amount"] == ["9.00"]
    assert sent["tmpl_currency"] == ["GBP"]
