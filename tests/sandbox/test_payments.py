"""Payments and the state machine over HTTP (other half: handlers/payments.py, processing.py)."""

from __future__ import annotations

from typing import Any

import pytest

from transaction_services_sandbox import Sandbox, SandboxConfig, checksums, testdata

from .gateway import KEY, MEMBER, TERMINAL, TX, GatewayClient, unique


def status_of(client: GatewayClient, payment_id: str) -> dict[str, Any]:
    body = client.inquire(payment_id)
    assert body["result"]["code"] == "00026", body
    return body


def test_sync_sale_is_approved(client: GatewayClient) -> None:
    order = unique("Rest Transaction")
    body = client.pay("50.00", merchantTransactionId=order)
    assert body["transactionStatus"] == "Y"
    assert body["result"] == {"code": "00001", "description": "Transaction succeeded"}
    assert body["card"] == {
        "bin": "400000",
        "last4Digits": "0051",
        "holder": "John Doe",
        "expiryMonth": "12",
        "expiryYear": "2035",
    }
    assert body["paymentType"] == "DB"
    assert body["amount"] == "50.00"
    assert body["currency"] == "EUR"
    assert body["merchantTransactionId"] == order
    assert all(isinstance(value, str) for value in body.values() if not isinstance(value, dict))
    inquiry = status_of(client, body["paymentId"])
    assert (inquiry["status"], inquiry["transactionStatus"]) == ("capturesuccess", "Y")


@pytest.mark.parametrize(
    ("card", "amount", "code"),
    [
        (testdata.CARD_DECLINE, "10.00", "10001"),
        (testdata.CARD_DECLINE_MASTERCARD, "10.00", "10001"),
        (testdata.CARD_VISA, testdata.AMOUNT_DECLINE, "10001"),
    ],
)
def test_declines(client: GatewayClient, card: str, amount: str, code: str) -> None:
    body = client.pay(amount, card)
    assert body["transactionStatus"] == "N"
    assert body["result"]["code"] == code
    assert body["paymentId"] != "-"
    assert status_of(client, body["paymentId"])["status"] == "authfailed"


def test_expired_card_is_declined(client: GatewayClient) -> None:
    body = client.pay("10.00", **{"card.expiryYear": "2020", "card.expiryMonth": "01"})
    assert (body["transactionStatus"], body["result"]["code"]) == ("N", "11033")


def test_authorize_then_one_capture(client: GatewayClient) -> None:
    payment_id = client.pay("10.00", paymentType="PA")["paymentId"]
    assert status_of(client, payment_id)["status"] == "authsuccessful"
    captured = client.follow(payment_id, "CP", "4.00")
    assert captured["result"] == {"code": "00004", "description": "Transaction captured successfully"}
    assert (captured["paymentId"], captured["paymentType"], captured["descriptor"]) == (
        payment_id,
        "CP",
        "TransactionServicesSandbox",
    )
    assert status_of(client, payment_id)["status"] == "capturesuccess"
    # One capture only: the partial capture ended the authorization.
    second = client.follow(payment_id, "CP", "6.00")
    assert (second["paymentId"], second["result"]["code"]) == ("-", "10005")
    # A captured authorization cannot be cancelled any more.
    assert client.follow(payment_id, "RV")["result"]["code"] == "10007"


def test_capture_above_authorized_amount_is_refused(client: GatewayClient) -> None:
    payment_id = client.pay("10.00", paymentType="PA")["paymentId"]
    refused = client.follow(payment_id, "CP", "10.01")
    assert refused["result"]["code"] == "10005"
    assert "10.00" in refused["result"]["description"]


def test_reversal_before_capture(client: GatewayClient) -> None:
    payment_id = client.pay("10.00", paymentType="PA")["paymentId"]
    body = client.follow(payment_id, "RV")
    assert body["result"] == {"code": "00006", "description": "Transaction cancelled successfully"}
    inquiry = status_of(client, payment_id)
    assert (inquiry["status"], inquiry["transactionStatus"]) == ("cancelled", "C")
    for payment_type, amount, code in [("CP", "1.00", "10005"), ("RF", "1.00", "10006"), ("RV", None, "10007")]:
        assert client.follow(payment_id, payment_type, amount)["result"]["code"] == code


def test_a_sale_is_refunded_never_voided(client: GatewayClient) -> None:
    payment_id = client.pay("10.00")["paymentId"]
    assert client.follow(payment_id, "RV")["result"]["code"] == "10007"
    assert status_of(client, payment_id)["status"] == "capturesuccess"


def test_capture_of_a_sale_is_refused(client: GatewayClient) -> None:
    payment_id = client.pay("10.00")["paymentId"]
    assert client.follow(payment_id, "CP", "1.00")["result"]["code"] == "10005"


def test_refund_of_an_authorization_is_refused(client: GatewayClient) -> None:
    payment_id = client.pay("10.00", paymentType="PA")["paymentId"]
    assert client.follow(payment_id, "RF", "1.00")["result"]["code"] == "10006"


def test_declined_payment_has_no_follow_ups(client: GatewayClient) -> None:
    payment_id = client.pay("10.00", testdata.CARD_DECLINE, paymentType="PA")["paymentId"]
    assert client.follow(payment_id, "CP", "1.00")["result"]["code"] == "10005"
    assert client.follow(payment_id, "RV")["result"]["code"] == "10007"
    assert client.follow(payment_id, "RF", "1.00")["result"]["code"] == "10006"


def test_refunds_partial_multiple_and_reversed_at_once(client: GatewayClient) -> None:
    payment_id = client.pay("10.00")["paymentId"]
    # WriteDirectTransactionResponse: refundAmount only once the payment is `reversed`.
    assert "refundAmount" not in status_of(client, payment_id)
    body = client.follow(payment_id, "RF", "3.00")
    assert body["result"] == {"code": "00005", "description": "Transaction refunded successfully"}
    assert (body["paymentType"], body["descriptor"]) == ("RF", "TransactionServicesSandbox")
    inquiry = status_of(client, payment_id)
    assert (inquiry["status"], inquiry["transactionStatus"], inquiry["refundAmount"]) == ("reversed", "Y", "3.00")
    assert client.follow(payment_id, "RF", "7.00")["result"]["code"] == "00005"
    assert client.follow(payment_id, "RF", "0.01")["result"]["code"] == "10006"
    assert client.follow(payment_id, "RV")["result"]["code"] == "10007"
    inquiry = status_of(client, payment_id)
    assert (inquiry["status"], inquiry["refundAmount"]) == ("reversed", "10.00")


def test_cancel_answer_carries_payment_type_and_descriptor(client: GatewayClient) -> None:
    payment_id = client.pay("10.00", paymentType="PA")["paymentId"]
    body = client.follow(payment_id, "RV")
    assert (body["paymentType"], body["descriptor"], body["result"]["code"]) == (
        "RV",
        "TransactionServicesSandbox",
        "00006",
    )


def test_merchant_flags_are_configuration() -> None:
    config = SandboxConfig(partial_refund=False, multiple_refund=False, excess_capture=True)
    with Sandbox(config) as sandbox, GatewayClient(sandbox) as client:
        authorized = client.pay("10.00", paymentType="PA")["paymentId"]
        assert client.follow(authorized, "CP", "12.00")["result"]["code"] == "00004"
        sale = client.pay("10.00")["paymentId"]
        partial = client.follow(sale, "RF", "3.00")
        assert (partial["result"]["code"], partial["result"]["description"]) == (
            "10006",
            "Refund transaction failed. Partial Refund is not allowed.",
        )
        assert client.follow(sale, "RF", "10.00")["result"]["code"] == "00005"
        captured_more = client.follow(authorized, "RF", "12.00")
        assert captured_more["result"]["code"] == "00005"
        assert client.follow(authorized, "RF", "1.00")["result"]["code"] == "10006"


def test_refund_above_captured_is_refused(client: GatewayClient) -> None:
    payment_id = client.pay("10.00", paymentType="PA")["paymentId"]
    client.follow(payment_id, "CP", "4.00")
    refused = client.follow(payment_id, "RF", "4.01")
    assert refused["result"]["code"] == "10006"
    assert client.follow(payment_id, "RF", "4.00")["result"]["code"] == "00005"


def test_unknown_payment(client: GatewayClient) -> None:
    body = client.inquire("999999999")
    assert body == {"paymentId": "-", "result": {"code": "10026", "description": "Your record not found."}}


def test_inquiry_by_merchant_transaction_id(client: GatewayClient) -> None:
    merchant_id = unique("Mid")
    payment_id = client.pay("2.00", merchantTransactionId=merchant_id)["paymentId"]
    fields = {
        "authentication.memberId": MEMBER,
        "authentication.checksum": checksums.c_in_mid(MEMBER, KEY, merchant_id),
        "paymentType": "IN",
        "idType": "MID",
        "merchantTransactionId": merchant_id,
    }
    body = client.post(f"{TX}/payments/{merchant_id}", fields)
    assert (body["paymentId"], body["status"], body["merchantTransactionId"]) == (
        payment_id,
        "capturesuccess",
        merchant_id,
    )
    newer = client.post(f"{TX}/inquiry", fields)
    assert newer["paymentId"] == payment_id
    by_pid = client.post(
        f"{TX}/inquiry",
        {
            "authentication.memberId": MEMBER,
            "authentication.checksum": checksums.c_rv_in(MEMBER, KEY, payment_id),
            "paymentType": "IN",
            "idType": "PID",
            "paymentId": payment_id,
        },
    )
    assert by_pid["status"] == "capturesuccess"


def test_sepa_sale(client: GatewayClient) -> None:
    fields = client.sale_fields(
        "1.00",
        paymentMode="SEPA",
        paymentBrand="SEPAEXPRESS",
        **{"bankAccount.iban": testdata.TEST_IBAN, "bankAccount.bic": testdata.TEST_BIC},
    )
    for name in ("card.number", "card.expiryMonth", "card.expiryYear", "card.cvv"):
        del fields[name]
    body = client.post(f"{TX}/payments", fields)
    assert body["transactionStatus"] == "Y"
    assert body["bankAccount"] == {
        "holder": "John Doe",
        "iban": "******************7890",
        "bic": testdata.TEST_BIC,
        "country": "DE",
    }
    assert "card" not in body
    order = unique()
    fields.update(
        {
            "bankAccount.iban": testdata.DECLINE_IBAN,
            "bankAccount.bic": "COBADEFFXXX",
            "merchantTransactionId": order,
            "authentication.checksum": checksums.c_sale(MEMBER, KEY, order, "1.00"),
        }
    )
    assert client.post(f"{TX}/payments", fields)["transactionStatus"] == "N"


# -- checksum formulas on /payments and /payments/{id}: right is accepted above, wrong is refused here --


def _wrong(fields: dict[str, str], checksum: str) -> dict[str, str]:
    return {**fields, "authentication.checksum": checksum}


def test_wrong_sale_checksum(client: GatewayClient) -> None:
    fields = client.sale_fields("5.00")
    wrong = checksums.c_sale(MEMBER, KEY, fields["merchantTransactionId"], "5.0")
    body = client.post(f"{TX}/payments", _wrong(fields, wrong))
    assert body == {"paymentId": "-", "result": {"code": "30095", "description": "Invalid checksum"}}
    upper = client.post(f"{TX}/payments", _wrong(fields, fields["authentication.checksum"].upper()))
    assert upper["result"]["code"] == "30095"
    malformed = client.post(f"{TX}/payments", _wrong(fields, "xyz"))
    assert malformed["result"]["code"] == "30002"


@pytest.mark.parametrize(
    ("payment_type", "amount", "wrong"),
    [
        ("CP", "1.00", lambda pid: checksums.c_cp_rf(MEMBER, KEY, pid, "2.00")),
        ("RF", "1.00", lambda pid: checksums.c_cp_rf(MEMBER, "otherKey", pid, "1.00")),
        ("RV", None, lambda pid: checksums.c_rv_in(MEMBER, KEY, pid + "0")),
        ("IN", None, lambda pid: checksums.c_sale(MEMBER, KEY, pid, "1.00")),
    ],
)
def test_wrong_follow_up_checksum(client: GatewayClient, payment_type: str, amount: str | None, wrong: Any) -> None:
    payment_id = client.pay("10.00", paymentType="PA")["paymentId"]
    body = client.follow(payment_id, payment_type, amount, **{"authentication.checksum": wrong(payment_id)})
    assert body["result"]["code"] == "30095"
    assert status_of(client, payment_id)["status"] == "authsuccessful"


def test_wrong_mid_checksum(client: GatewayClient) -> None:
    body = client.post(
        f"{TX}/payments/X",
        {
            "authentication.memberId": MEMBER,
            "authentication.checksum": checksums.c_in_mid(MEMBER, KEY, "Y"),
            "paymentType": "IN",
            "idType": "MID",
            "merchantTransactionId": "X",
        },
    )
    assert body["result"]["code"] == "30095"


@pytest.mark.parametrize(
    ("change", "code", "field"),
    [
        ({"paymentType": "XX"}, "30009", "Payment Type"),
        ({"paymentType": ""}, "30009", "Payment Type"),
        ({"amount": "50"}, "30007", "amount"),
        ({"amount": "0.00"}, "30007", "amount"),
        ({"currency": ""}, "30008", "currency"),
        ({"merchantTransactionId": "bad#id"}, "30006", "merchantTransactionId"),
        ({"card.number": "4000"}, "30024", "card.number"),
        ({"card.expiryYear": "2041"}, "30026", "card.expiryYear"),
        ({"card.cvv": "12"}, "30027", "card.cvv"),
        ({"customer.email": "x@"}, "30030", "customer.email"),
        ({"customer.ip": "1.2.3"}, "30031", "customer.ip"),
        ({"customer.surname": ""}, "30029", "customer.surname"),
        ({"authentication.terminalId": "9999"}, "30097", "Terminal Id"),
        ({"authentication.memberId": "99999"}, "30096", "memberId"),
        ({"paymentMode": "NB", "paymentBrand": "SOFORT"}, "30013", "merchantRedirectUrl"),
    ],
)
def test_validation_errors_name_the_field(client: GatewayClient, change: dict[str, str], code: str, field: str) -> None:
    fields = client.sale_fields("5.00", **{k: v for k, v in change.items() if k != "amount"})
    if "amount" in change:
        fields["amount"] = change["amount"]
        fields["authentication.checksum"] = checksums.c_sale(
            MEMBER, KEY, fields["merchantTransactionId"], change["amount"]
        )
    if "merchantTransactionId" in change:
        fields["authentication.checksum"] = checksums.c_sale(MEMBER, KEY, change["merchantTransactionId"], "5.00")
    body = client.post(f"{TX}/payments", fields)
    assert body["paymentId"] == "-"
    assert body["result"]["code"] == code, body
    assert field in body["result"]["description"]


def test_follow_up_with_unsupported_payment_type(client: GatewayClient) -> None:
    payment_id = client.pay("1.00")["paymentId"]
    body = client.follow(payment_id, "DB", "1.00")
    assert body["result"]["code"] == "90030"
    assert client.follow(payment_id, "DL")["result"]["code"] == "30009"


def test_terminal_is_optional_on_follow_ups(client: GatewayClient) -> None:
    payment_id = client.pay("1.00", paymentType="PA")["paymentId"]
    assert (
        client.follow(payment_id, "CP", "1.00", **{"authentication.terminalId": TERMINAL})["result"]["code"] == "00004"
    )


@pytest.mark.parametrize("currency", ["XYZ", "SEK"])
def test_a_currency_the_terminal_lacks_is_refused(client: GatewayClient, currency: str) -> None:
    body = client.pay("5.00", currency=currency)
    assert (body["paymentId"], body["result"]["code"]) == ("-", "30097")
    assert "Terminal Id" in body["result"]["description"]


def test_currencies_are_terminal_configuration() -> None:
    with Sandbox(SandboxConfig(currencies=("SEK",))) as sandbox, GatewayClient(sandbox) as client:
        assert client.pay("5.00", currency="SEK")["transactionStatus"] == "Y"
        assert client.pay("5.00", currency="EUR")["result"]["code"] == "30097"
