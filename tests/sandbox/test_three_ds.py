"""3-D Secure and asynchronous payments: redirect, approval page, browser return, notification
(other half: pages.py, callbacks.py, notifier.py)."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlsplit

import pytest

from transaction_services_sandbox import checksums, testdata
from transaction_services_sandbox.receiver import Receiver

from .gateway import KEY, TX, GatewayClient, parse_form, redirect_parameter


def start_3ds(client: GatewayClient, receiver: Receiver, **extra: str) -> dict[str, object]:
    body = client.pay(
        "1.00",
        testdata.CARD_3DS,
        merchantRedirectUrl=receiver.url + "/return",
        notificationUrl=receiver.url + "/notify",
        **extra,
    )
    assert body["transactionStatus"] == "3D", body
    assert body["result"] == {"code": "90026", "description": "ThreeD Authentication Pending"}
    return body


def test_3ds_step1_redirect(client: GatewayClient, notification_receiver: Receiver) -> None:
    body = start_3ds(client, notification_receiver)
    redirect = body["redirect"]
    assert isinstance(redirect, dict)
    assert redirect["url"] == client.sandbox.url + "/transaction/Authenticate"
    assert redirect["method"] == "POST"
    assert {p["name"] for p in redirect["parameters"]} == {"PaReq", "TermUrl", "MD"}
    assert client.inquire(str(body["paymentId"]))["status"] == "authstarted_3D"
    page = client.http.post(redirect["url"], data={p["name"]: p["value"] for p in redirect["parameters"]})
    assert page.status_code == 200
    assert "Approve" in page.text
    assert "Decline" in page.text
    form = parse_form(page.text)
    assert form.action == "/transaction/Authenticate"
    assert form.fields["MD"] == redirect_parameter(body, "MD")


@pytest.mark.parametrize(
    ("decision", "short", "long"), [("approve", "Y", "capturesuccess"), ("decline", "N", "authfailed")]
)
def test_3ds_completion_post_return_and_notification(
    client: GatewayClient, notification_receiver: Receiver, decision: str, short: str, long: str
) -> None:
    body = start_3ds(client, notification_receiver)
    payment_id = str(body["paymentId"])
    response = client.http.post(
        "/transaction/Authenticate", data={"MD": redirect_parameter(body, "MD"), "decision": decision}
    )
    assert response.status_code == 200
    form = parse_form(response.text)
    assert form.action == notification_receiver.url + "/return"
    assert form.method == "POST"
    fields = form.fields
    assert (fields["paymentId"], fields["trackingid"], fields["status"]) == (payment_id, payment_id, short)
    assert fields["checksum"] == checksums.c_redirect(payment_id, fields["merchantTransactionId"], "1.00", short, KEY)
    assert fields["cardBin"] == "400000"
    assert fields["cardLast4Digits"] == "0002"

    notification = notification_receiver.wait_for(1)[0]
    assert notification.path == "/notify"
    assert notification.headers["Content-Type"].startswith("application/json")
    sent = notification.json()
    assert (sent["paymentId"], sent["status"], sent["transactionStatus"]) == (payment_id, long, short)
    assert sent["checksum"] == checksums.c_notify(payment_id, sent["merchantTransactionId"], sent["amount"], short, KEY)
    assert sent["card"]["last4Digits"] == "0002"
    assert all(isinstance(v, str) for v in sent.values() if not isinstance(v, dict))

    inquiry = client.inquire(payment_id)
    assert inquiry["status"] == long
    # Completing again shows the same return and sends nothing more.
    again = client.http.get(
        "/transaction/Authenticate", params={"MD": redirect_parameter(body, "MD"), "decision": "approve"}
    )
    assert parse_form(again.text).fields["status"] == short
    assert client.inquire(payment_id)["status"] == long
    assert len(client.notifications(payment_id)) == 1


def test_3ds_return_by_get(client: GatewayClient, notification_receiver: Receiver) -> None:
    body = start_3ds(client, notification_receiver, redirectMethod="GET", paymentType="PA")
    response = client.http.get(
        "/transaction/Authenticate", params={"MD": redirect_parameter(body, "MD"), "decision": "approve"}
    )
    assert response.status_code == 303
    location = urlsplit(response.headers["location"])
    assert f"{location.scheme}://{location.netloc}{location.path}" == notification_receiver.url + "/return"
    fields = dict(parse_qsl(location.query))
    payment_id = str(body["paymentId"])
    assert fields["status"] == "Y"
    assert fields["checksum"] == checksums.c_redirect(payment_id, fields["merchantTransactionId"], "1.00", "Y", KEY)
    # The browser follows it to the merchant.
    client.http.get(response.headers["location"])
    returns = [r for r in notification_receiver.wait_for(2) if r.path.startswith("/return")]
    assert returns
    assert returns[0].query()["paymentId"] == payment_id
    assert client.inquire(payment_id)["status"] == "authsuccessful"


@pytest.mark.parametrize("trigger", ["amount", "attempt"])
def test_3ds_triggers(client: GatewayClient, trigger: str) -> None:
    extra = {"merchantRedirectUrl": "https://merchant.example/return"}
    if trigger == "amount":
        body = client.pay(testdata.AMOUNT_3DS, testdata.CARD_VISA, **extra)
    else:
        body = client.pay("1.00", testdata.CARD_VISA, attemptThreeD="Only3D", **extra)
    assert body["transactionStatus"] == "3D"


def test_async_method_pending_then_approved(client: GatewayClient, notification_receiver: Receiver) -> None:
    fields = client.sale_fields(
        "50.00",
        paymentMode="NB",
        paymentBrand="SOFORT",
        paymentType="PA",
        merchantRedirectUrl=notification_receiver.url + "/return",
        notificationUrl=notification_receiver.url + "/notify",
    )
    for name in ("card.number", "card.expiryMonth", "card.expiryYear", "card.cvv"):
        del fields[name]
    body = client.post(f"{TX}/payments", fields)
    assert (body["transactionStatus"], body["result"]["code"]) == ("P", "10004")
    assert set(body["redirect"]) == {"url"}
    payment_id = body["paymentId"]
    assert client.inquire(payment_id)["status"] == "authstarted"
    page = client.http.get(body["redirect"]["url"])
    assert "Approve" in page.text
    done = client.http.get(body["redirect"]["url"] + "&decision=approve")
    form = parse_form(done.text)
    assert form.fields["status"] == "Y"
    assert form.fields["paymentMode"] == "NB"
    sent = notification_receiver.wait_for(1)[0].json()
    assert (sent["status"], sent["transactionStatus"]) == ("authsuccessful", "Y")
    assert client.inquire(payment_id)["status"] == "authsuccessful"


def test_pending_card_trigger(client: GatewayClient) -> None:
    body = client.pay("3.00", testdata.CARD_PENDING, merchantRedirectUrl="www.merchantRedirectUrl.com")
    assert (body["transactionStatus"], body["result"]["code"]) == ("P", "10004")
    done = client.http.get(body["redirect"]["url"] + "&decision=decline")
    form = parse_form(done.text)
    assert form.action == "http://www.merchantRedirectUrl.com"
    assert form.fields["status"] == "N"


def test_unknown_approval_token(client: GatewayClient) -> None:
    assert client.http.get("/transaction/Authenticate", params={"MD": "nope"}).status_code == 404


def test_notifications_are_listed_and_resent(client: GatewayClient, notification_receiver: Receiver) -> None:
    body = start_3ds(client, notification_receiver)
    client.http.get("/transaction/Authenticate", params={"MD": redirect_parameter(body, "MD"), "decision": "approve"})
    first = notification_receiver.wait_for(1)[0].json()
    listed = client.notifications(str(body["paymentId"]))
    assert len(listed) == 1
    assert listed[0]["delivered"] is True
    assert listed[0]["last_status"] == 200
    resent = client.http.post(f"/_sandbox/notifications/{listed[0]['notification_id']}/resend").json()
    assert resent["attempts"] == 2
    second = notification_receiver.wait_for(2)[1].json()
    assert second == first
    assert client.http.post("/_sandbox/notifications/999999/resend").status_code == 404


def test_failed_delivery_is_recorded(client: GatewayClient) -> None:
    body = client.pay(
        "1.00",
        testdata.CARD_3DS,
        merchantRedirectUrl="https://m.example/r",
        notificationUrl="http://127.0.0.1:9/closed",
    )
    client.http.get("/transaction/Authenticate", params={"MD": redirect_parameter(body, "MD"), "decision": "approve"})
    record = client.notifications(str(body["paymentId"]))[0]
    assert record["delivered"] is False
    assert record["last_error"]
