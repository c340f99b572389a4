"""Payouts and QR checkout (other half: handlers/payouts.py, handlers/qr.py)."""

from __future__ import annotations

from typing import Any

from transaction_services_sandbox import checksums, testdata
from transaction_services_sandbox.receiver import Receiver

from .gateway import KEY, MEMBER, PARTNER, TERMINAL, TX, GatewayClient, unique


def payout(client: GatewayClient, amount: str, **extra: str) -> dict[str, Any]:
    merchant_id = extra.pop("merchantTransactionId", unique("Payout"))
    fields = {
        "authentication.memberId": MEMBER,
        "authentication.checksum": checksums.c_payout(MEMBER, merchant_id, amount, KEY),
        "authentication.terminalId": TERMINAL,
        "merchantTransactionId": merchant_id,
        "amount": amount,
        "merchant.email": "john.doe@abc.com",
        **extra,
    }
    return client.post(f"{TX}/payout", fields)


def test_card_payout_is_immediate(client: GatewayClient) -> None:
    original = client.pay("10.00", currency="USD")["paymentId"]
    body = payout(client, "1.00", paymentId=original, paymentType="PO")
    assert (body["status"], body["transactionStatus"]) == ("Y", "Y")
    assert body["result"] == {"code": "00001", "description": "Transaction succeeded"}
    assert (body["paymentBrand"], body["paymentMode"], body["currency"]) == ("VISA", "CC", "USD")
    inquiry = client.inquire(body["paymentId"])
    assert (inquiry["status"], inquiry["payoutAmount"]) == ("payoutsuccessful", "1.00")


def test_card_payout_needs_a_successful_payment(client: GatewayClient) -> None:
    declined = client.pay("10.00", testdata.CARD_DECLINE)["paymentId"]
    assert payout(client, "1.00", paymentId=declined)["result"]["code"] == "90033"
    assert payout(client, "1.00", paymentId="999999999")["result"]["code"] == "10026"


def test_payout_checksum_is_key_last(client: GatewayClient) -> None:
    merchant_id = unique("Payout")
    wrong = checksums.c_sale(MEMBER, KEY, merchant_id, "1.00")
    body = payout(
        client,
        "1.00",
        merchantTransactionId=merchant_id,
        **{"authentication.checksum": wrong, "bankAccount.transferType": "BT"},
    )
    assert body["result"]["code"] == "30095"
    assert payout(client, "1.00")["result"]["code"] == "30064"  # no paymentId and no transferType


def test_bank_payout_pending_then_completed_with_notification(
    fresh_client: GatewayClient, notification_receiver: Receiver
) -> None:
    client = fresh_client
    body = payout(
        client,
        "100000.65",
        currency="VND",
        notificationUrl=notification_receiver.url + "/notify",
        **{
            "bankAccount.transferType": "BT",
            "bankAccount.bankAccountNumber": "9874563210",
            "bankAccount.bankAccountName": "AccountName from user",
            "bankAccount.bankIfsc": " ",
        },
    )
    assert (body["status"], body["transactionStatus"], body["result"]["code"]) == ("P", "P", "10004")
    assert (body["paymentBrand"], body["paymentMode"], body["remark"]) == (
        "Bank Transfer",
        "NB",
        "Successful create request",
    )
    assert body["customer"] == {"email": "john.doe@abc.com"}
    payout_id = body["paymentId"]
    pending = client.inquire(payout_id)
    assert pending["status"] == "payoutstarted"
    assert "payoutAmount" not in pending
    client.advance(30)
    assert client.inquire(payout_id)["status"] == "payoutstarted"
    assert client.advance(31)["completed"] == 1
    assert client.inquire(payout_id)["status"] == "payoutsuccessful"
    sent = notification_receiver.wait_for(1)[0].json()
    assert (sent["paymentId"], sent["status"], sent["transactionStatus"]) == (payout_id, "payoutsuccessful", "Y")
    assert sent["checksum"] == checksums.c_notify(payout_id, sent["merchantTransactionId"], "100000.65", "Y", KEY)


def test_bank_payout_can_fail(fresh_client: GatewayClient) -> None:
    body = payout(fresh_client, testdata.AMOUNT_DECLINE, **{"bankAccount.transferType": "IMPS"})
    fresh_client.advance(120)
    assert fresh_client.inquire(body["paymentId"])["status"] == "payoutfailed"


def qr_checkout(client: GatewayClient, receiver_url: str) -> dict[str, Any]:
    return client.post(
        f"{TX}/QRCheckout",
        {
            "authentication.memberId": MEMBER,
            "paymentMode": "EW",
            "paymentBrand": "QR",
            "merchantTransactionId": unique("test"),
            "orderDescriptor": "Buying Cell Phone ",
            "customer.email": "john.d@xyz.com",
            "customer.customerId": "c1",
            "notificationUrl": receiver_url,
            "amount": "1.00",
            "currency": "ETH",
            "tmpl_amount": "1.00",
            "tmpl_currency": "USD",
        },
    )


def test_qr_checkout_and_inquiry(client: GatewayClient, notification_receiver: Receiver) -> None:
    body = qr_checkout(client, notification_receiver.url + "/notify")
    assert body["result"] == {"code": "00008", "description": "Your request processed successfully"}
    assert (body["paymentBrand"], body["paymentMode"], body["currency"], body["status"]) == ("QR", "EW", "ETH", "P")
    assert body["orderDescription"] == "Buying Cell Phone "
    payment_id = body["paymentId"]
    partner = client.partner_token()
    inquiry = client.post(
        f"{TX}/inquiryStatus/{payment_id}", {"authentication.partnerId": PARTNER, "paymentType": "IN"}, token=partner
    )
    assert (inquiry["result"]["code"], inquiry["status"]) == ("00026", "authstarted")
    client.http.get(body["redirect"]["url"] + "&decision=approve")
    notification_receiver.wait_for(1)
    merchant = client.post(
        f"{TX}/inquiryStatus/{payment_id}",
        {
            "authentication.memberId": MEMBER,
            "authentication.checksum": checksums.c_rv_in(MEMBER, KEY, payment_id),
            "paymentType": "IN",
        },
    )
    assert (merchant["status"], merchant["transactionStatus"]) == ("capturesuccess", "Y")
    wrong = client.post(
        f"{TX}/inquiryStatus/{payment_id}",
        {
            "authentication.memberId": MEMBER,
            "authentication.checksum": checksums.c_rv_in(MEMBER, KEY, "1"),
            "paymentType": "IN",
        },
    )
    assert wrong["result"]["code"] == "30095"


def test_qr_checkout_requires_notification_url(client: GatewayClient) -> None:
    body = client.post(
        f"{TX}/QRCheckout",
        {
            "authentication.memberId": MEMBER,
            "paymentMode": "EW",
            "paymentBrand": "QR",
            "merchantTransactionId": "q",
            "amount": "1.00",
            "currency": "BTC",
        },
    )
    assert body["result"]["code"] == "30014"
