"""invoiceServices and the invoice pay link (other half: handlers/invoices.py, pages.py)."""

from __future__ import annotations

from typing import Any

import pytest

from transaction_services_sandbox import checksums
from transaction_services_sandbox.receiver import Receiver

from .gateway import INV, KEY, MEMBER, GatewayClient, parse_form, unique

REDIRECT = "www.merchantRedirectUrl.com"


def generate(client: GatewayClient, amount: str = "50.00", **extra: str) -> dict[str, Any]:
    invoice_id = extra.pop("merchantInvoiceId", unique("Invoice").replace(" ", ""))
    redirect = extra.pop("merchantRedirectUrl", REDIRECT)
    fields = {
        "authentication.memberId": MEMBER,
        "authentication.checksum": checksums.c_inv_gen(MEMBER, KEY, invoice_id, amount, redirect),
        "customer.email": "john.doe@abc.com",
        "customer.givenName": "John",
        "telnocc": "91",
        "customer.mobile": "532-2878",
        "amount": amount,
        "merchantInvoiceId": invoice_id,
        "merchantRedirectUrl": redirect,
        "currency": "USD",
        "product.productDescription": "shirt",
        "product.productAmount": "50.00",
        "product.quantity": "5",
        "product.productTotal": "250.00",
        "invoiceExpirationPeriod": "10",
        "merchantOrderDescription": "Invoice for Goods and Services",
        **extra,
    }
    return client.post(f"{INV}/generate", fields, token=client.new_token(INV))


def act(client: GatewayClient, operation: str, invoice_id: str, **extra: str) -> dict[str, Any]:
    fields = {
        "invoiceId": invoice_id,
        "authentication.memberId": MEMBER,
        "authentication.checksum": checksums.c_inv_act(invoice_id, MEMBER, KEY, REDIRECT),
        "merchantRedirectUrl": REDIRECT,
        **extra,
    }
    return client.post(f"{INV}/{operation}", fields)


def status(client: GatewayClient, invoice_id: str, operation: str = "inquiry") -> dict[str, Any]:
    stored = client.sandbox.ledger.get_invoice(invoice_id)
    assert stored is not None
    reference = stored.merchant_invoice_id
    fields = {
        "invoiceId": invoice_id,
        "merchantInvoiceId": reference,
        "authentication.memberId": MEMBER,
        "authentication.checksum": checksums.c_inv_status(MEMBER, KEY, reference),
    }
    return client.post(f"{INV}/{operation}", fields)


def list_fields(**extra: str) -> dict[str, str]:
    return {"authentication.memberId": MEMBER, "authentication.checksum": checksums.c_list(MEMBER, KEY), **extra}


def test_generate_and_inquire(client: GatewayClient) -> None:
    body = generate(client)
    assert body["memberId"] == MEMBER
    assert body["statusInvoiceResult"] == {"code": "00010", "description": "Invoice generated successfully"}
    details = body["invoiceDetails"]
    assert (details["amount"], details["currency"], details["expirationPeriod"]) == ("50.00", "USD", "10")
    assert details["createdTime"].startswith(" ")
    assert details["createdTime"].endswith(".")
    assert details["transactionUrl"].startswith(client.sandbox.url + "/transaction/PayInvoice?inv=")
    invoice_id = details["systemInvoiceId"]
    found = status(client, invoice_id)
    assert found["statusInvoiceResult"] == {"code": "00014", "description": "Invoice found successfully"}
    assert found["invoiceDetails"]["invoiceStatus"] == "generated"
    # merchantInvoiceId alone is enough (invoiceId is optional in the platform's code).
    by_reference = client.post(
        f"{INV}/inquiry",
        {
            "merchantInvoiceId": details["merchantInvoiceId"],
            "authentication.memberId": MEMBER,
            "authentication.checksum": checksums.c_inv_status(MEMBER, KEY, details["merchantInvoiceId"]),
        },
    )
    assert by_reference["invoiceDetails"]["systemInvoiceId"] == invoice_id


@pytest.mark.parametrize("operation", ["inquiry", "invoiceTransInquiry"])
def test_invoice_inquiries_take_only_the_platforms_formula(client: GatewayClient, operation: str) -> None:
    details = generate(client)["invoiceDetails"]
    invoice_id, reference = details["systemInvoiceId"], details["merchantInvoiceId"]
    base = {"invoiceId": invoice_id, "merchantInvoiceId": reference, "authentication.memberId": MEMBER}
    wrong = {
        "docs sample invoiceId|memberId|secureKey": checksums.md5_join(invoice_id, MEMBER, KEY),
        "memberId|secureKey|invoiceId": checksums.md5_join(MEMBER, KEY, invoice_id),
        "C-LIST": checksums.c_list(MEMBER, KEY),
    }
    for name, checksum in wrong.items():
        body = client.post(f"{INV}/{operation}", {**base, "authentication.checksum": checksum})
        assert body["statusInvoiceResult"]["code"] == "30095", name
    right = checksums.c_inv_status(MEMBER, KEY, reference)
    assert (
        client.post(f"{INV}/{operation}", {**base, "authentication.checksum": right})["statusInvoiceResult"]["code"]
        == "00014"
    )
    # Without merchantInvoiceId the request is incomplete (it is mandatory in the platform's code).
    missing = client.post(f"{INV}/{operation}", {"invoiceId": invoice_id, "authentication.memberId": MEMBER})
    assert "merchantInvoiceId" in missing["statusInvoiceResult"]["description"]
    # A right checksum for another reference with this invoice id finds nothing.
    other = {**base, "merchantInvoiceId": "someone else", "authentication.checksum": c_other()}
    assert client.post(f"{INV}/{operation}", other)["statusInvoiceResult"]["code"] == "10026"


def c_other() -> str:
    return checksums.c_inv_status(MEMBER, KEY, "someone else")


def test_update_invoice_config_takes_only_the_url_formula(fresh_client: GatewayClient) -> None:
    url = "https://www.merchantRedirectUrl.com"
    base = {"authentication.memberId": MEMBER, "actionType": "SET", "merchantRedirectUrl": url, "gst": "10"}
    for checksum in (checksums.c_list(MEMBER, KEY), checksums.md5_join(MEMBER, KEY, "null")):
        body = fresh_client.post(f"{INV}/updateInvoiceConfig", {**base, "authentication.checksum": checksum})
        assert body["statusInvoiceResult"]["code"] == "30095"
    ok = {**base, "authentication.checksum": checksums.c_inv_config(MEMBER, KEY, url)}
    assert fresh_client.post(f"{INV}/updateInvoiceConfig", ok)["statusInvoiceResult"]["code"] == "00020"
    # Without the URL the platform hashes Java's null as the text "null".
    no_url = {"authentication.memberId": MEMBER, "actionType": "SET", "gst": "12"}
    signed = {**no_url, "authentication.checksum": checksums.c_inv_config(MEMBER, KEY, "null")}
    assert fresh_client.post(f"{INV}/updateInvoiceConfig", signed)["statusInvoiceResult"]["code"] == "00020"
    plain = {**no_url, "authentication.checksum": checksums.c_list(MEMBER, KEY)}
    assert fresh_client.post(f"{INV}/updateInvoiceConfig", plain)["statusInvoiceResult"]["code"] == "30095"


def test_pay_link_moves_the_invoice_to_processed(client: GatewayClient, notification_receiver: Receiver) -> None:
    body = generate(
        client,
        "25.00",
        notificationUrl=notification_receiver.url + "/n",
        merchantRedirectUrl=notification_receiver.url + "/return",
    )
    url = body["invoiceDetails"]["transactionUrl"]
    page = client.http.get(url)
    assert page.status_code == 200
    assert "Pay" in page.text
    paid = client.http.post(
        url,
        data={
            "card.number": "4111111111111111",
            "card.expiryMonth": "12",
            "card.expiryYear": "2035",
            "card.cvv": "123",
        },
    )
    form = parse_form(paid.text)
    assert form.action == notification_receiver.url + "/return"
    assert form.fields["status"] == "Y"
    invoice_id = body["invoiceDetails"]["systemInvoiceId"]
    trans = status(client, invoice_id, "invoiceTransInquiry")
    assert trans["invoiceDetails"]["invoiceStatus"] == "processed"
    assert trans["invoiceDetails"]["paymentId"] == form.fields["paymentId"]
    assert trans["transactionDetails"] == {
        "amount": "25.00",
        "currency": "USD",
        "descriptor": "TransactionServicesSandbox",
        "transactionStatus": "capturesuccess",
    }
    sent = notification_receiver.wait_for(1)[0].json()
    assert sent["paymentId"] == form.fields["paymentId"]
    assert client.http.get(url).status_code == 409
    assert act(client, "cancel", invoice_id)["statusInvoiceResult"]["code"] == "10012"


def test_pay_link_shortcut_and_declines(client: GatewayClient) -> None:
    body = generate(client, "5.00")
    url = body["invoiceDetails"]["transactionUrl"]
    declined = client.http.get(url + "&decision=decline")
    assert parse_form(declined.text).fields["status"] == "N"
    assert status(client, body["invoiceDetails"]["systemInvoiceId"])["invoiceDetails"]["invoiceStatus"] == "generated"
    approved = client.http.get(url + "&decision=approve")
    assert parse_form(approved.text).fields["status"] == "Y"
    assert client.http.get(url.replace("ct=", "ct=x")).status_code == 404


def test_remind_regenerate_cancel(client: GatewayClient) -> None:
    invoice_id = generate(client)["invoiceDetails"]["systemInvoiceId"]
    reminded = act(client, "remind", invoice_id)
    assert reminded == {
        "memberId": MEMBER,
        "statusInvoiceResult": {"code": "00012", "description": "Invoice reminder sent successfully"},
    }
    assert status(client, invoice_id)["invoiceDetails"]["invoiceStatus"] == "mailsent"
    regenerated = act(client, "regenerate", invoice_id, invoiceExpirationPeriod="3", merchantInvoiceId="Invoice01")
    assert regenerated["statusInvoiceResult"]["code"] == "00013"
    assert regenerated["invoiceDetails"]["invoiceExpirationPeriod"] == "3"
    cancelled = act(client, "cancel", invoice_id, cancelReason="Cancelling invoice")
    assert cancelled["statusInvoiceResult"] == {"code": "00011", "description": "Invoice cancelled successfully"}
    assert cancelled["invoiceDetails"]["invoiceId"] == invoice_id
    assert status(client, invoice_id)["invoiceDetails"]["invoiceStatus"] == "cancelled"
    assert act(client, "cancel", invoice_id)["statusInvoiceResult"]["code"] == "10012"
    assert act(client, "remind", invoice_id)["statusInvoiceResult"]["code"] == "10013"
    assert act(client, "regenerate", invoice_id)["statusInvoiceResult"]["code"] == "10014"


def test_expiry(fresh_client: GatewayClient) -> None:
    invoice_id = generate(fresh_client, invoiceExpirationPeriod="1")["invoiceDetails"]["systemInvoiceId"]
    fresh_client.advance(86401)
    assert status(fresh_client, invoice_id)["invoiceDetails"]["invoiceStatus"] == "expired"
    assert act(fresh_client, "remind", invoice_id)["statusInvoiceResult"]["code"] == "10013"
    assert act(fresh_client, "regenerate", invoice_id)["statusInvoiceResult"]["code"] == "00013"
    assert status(fresh_client, invoice_id)["invoiceDetails"]["invoiceStatus"] == "generated"


@pytest.mark.parametrize(
    ("operation", "fields"),
    [
        (
            "generate",
            {
                "merchantInvoiceId": "Invoice01",
                "amount": "50.00",
                "currency": "USD",
                "merchantRedirectUrl": REDIRECT,
                "authentication.checksum": checksums.c_inv_gen(MEMBER, KEY, "Invoice01", "250.00", REDIRECT),
            },
        ),
        (
            "cancel",
            {
                "invoiceId": "1746",
                "merchantRedirectUrl": REDIRECT,
                "authentication.checksum": checksums.c_inv_act("1760", MEMBER, KEY, REDIRECT),
            },
        ),
        (
            "regenerate",
            {"invoiceId": "1746", "authentication.checksum": checksums.c_inv_act("1746", MEMBER, KEY, "other")},
        ),
        ("remind", {"invoiceId": "1746", "authentication.checksum": checksums.c_inv_gen(MEMBER, KEY, "a", "b", "c")}),
        (
            "inquiry",
            {"merchantInvoiceId": "Invoice01", "authentication.checksum": checksums.c_inv_status(MEMBER, KEY, "x")},
        ),
        (
            "invoiceTransInquiry",
            {"merchantInvoiceId": "Invoice01", "authentication.checksum": checksums.c_list(MEMBER, KEY)},
        ),
        ("getInvoice", {"authentication.checksum": checksums.c_inv_status(MEMBER, KEY, "1")}),
        ("getInvoiceDetails", {"authentication.checksum": checksums.c_list(MEMBER, "x")}),
        ("updateInvoiceConfig", {"authentication.checksum": checksums.c_list("1", KEY), "actionType": "SET"}),
        ("getInvoiceConfig", {"authentication.checksum": checksums.c_list(MEMBER, KEY).upper()}),
    ],
)
def test_wrong_invoice_checksums(client: GatewayClient, operation: str, fields: dict[str, str]) -> None:
    body = client.post(f"{INV}/{operation}", {"authentication.memberId": MEMBER, **fields})
    assert body["statusInvoiceResult"] == {"code": "30095", "description": "Invalid checksum"}


def test_validation_error_uses_the_invoice_shape(client: GatewayClient) -> None:
    body = client.post(f"{INV}/generate", {"authentication.memberId": MEMBER})
    assert body["statusInvoiceResult"]["code"] == "30002"
    assert "authentication.checksum" in body["statusInvoiceResult"]["description"]


def test_list_details_config_and_order_id(fresh_client: GatewayClient) -> None:
    client = fresh_client
    assert client.post(f"{INV}/getInvoice", list_fields())["statusInvoiceResult"]["code"] == "10026"
    ids = [generate(client)["invoiceDetails"]["systemInvoiceId"] for _ in range(3)]
    act(client, "cancel", ids[0])
    page = client.post(f"{INV}/getInvoice", list_fields(**{"pagination.pageno": "1", "pagination.records": "2"}))
    assert page["statusInvoiceResult"]["code"] == "00014"
    assert [item["systemInvoiceId"] for item in page["invoiceList"]] == [ids[2], ids[1]]
    item = page["invoiceList"][0]
    assert item["invoiceStatus"] == "generated"
    assert item["customerDetails"]["customeremail"] == "john.doe@abc.com"
    second = client.post(f"{INV}/getInvoice", list_fields(**{"pagination.pageno": "2", "pagination.records": "2"}))
    assert [(i["systemInvoiceId"], i["invoiceStatus"]) for i in second["invoiceList"]] == [(ids[0], "cancelled")]
    counts = client.post(f"{INV}/getInvoiceDetails", list_fields())["invoiceDetails"]
    assert (counts["generated"], counts["cancelled"], counts["total"]) == ("2", "1", "3")

    updated = client.post(
        f"{INV}/updateInvoiceConfig",
        list_fields(
            **{"authentication.checksum": checksums.c_inv_config(MEMBER, KEY, "https://www.merchantRedirectUrl.com")},
            currency="USD",
            initial="ORD",
            merchantRedirectUrl="https://www.merchantRedirectUrl.com",
            invoiceExpirationPeriod="3",
            gst="10",
            actionType="SET",
        ),
    )
    assert updated["statusInvoiceResult"] == {
        "code": "00020",
        "description": "Invoice configuration updated successfully",
    }
    config = client.post(f"{INV}/getInvoiceConfig", list_fields())
    assert config["invoiceConfig"] == {
        "currency": "USD",
        "initial": "ORD",
        "merchantRedirectUrl": "https://www.merchantRedirectUrl.com",
        "invoiceExpirationPeriod": "3",
        "gst": "10",
    }
    first = client.post(f"{INV}/getOrderID", {"authentication.memberId": MEMBER})
    assert first["statusInvoiceResult"] == {"code": "00019", "description": "Order ID get successfully for invoice"}
    assert first["invoiceDetails"]["merchantOrderDescription"] == "ORD_1046910001"
    assert (
        client.post(f"{INV}/getOrderID", {"authentication.memberId": MEMBER})["invoiceDetails"][
            "merchantOrderDescription"
        ]
        == "ORD_1046910002"
    )
