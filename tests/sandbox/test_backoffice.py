"""Transaction list: date range, status filter, paging (other half: handlers/backoffice.py)."""

from __future__ import annotations

from typing import Any

from transaction_services_sandbox import checksums, testdata

from .gateway import KEY, MEMBER, TX, GatewayClient


def transactions(client: GatewayClient, **extra: str) -> dict[str, Any]:
    fields = {"authentication.memberId": MEMBER, "authentication.checksum": checksums.c_list(MEMBER, KEY), **extra}
    return client.post(f"{TX}/getTransactionList", fields)


def today(client: GatewayClient) -> str:
    return client.sandbox.clock.local().strftime("%d/%m/%Y")


def test_empty_list(fresh_client: GatewayClient) -> None:
    assert transactions(fresh_client) == {"result": {"code": "10026", "description": "Your record not found."}}


def test_paging_filters_and_dates(fresh_client: GatewayClient) -> None:
    client = fresh_client
    ids = [client.pay(f"{n}.00", **{"customer.email": "list@example.com"})["paymentId"] for n in range(1, 6)]
    declined = client.pay("7.00", testdata.CARD_DECLINE)["paymentId"]
    day = today(client)
    page1 = transactions(
        client,
        **{"pagination.fromdate": day, "pagination.todate": day, "pagination.pageno": "1", "pagination.records": "2"},
    )
    assert page1["result"] == {"code": "00029", "description": "Transaction details retrived successfully."}
    assert [t["systemPaymentId"] for t in page1["transaction"]] == [declined, ids[4]]
    page3 = transactions(client, **{"pagination.pageno": "3", "pagination.records": "2"})
    assert [t["systemPaymentId"] for t in page3["transaction"]] == [ids[1], ids[0]]
    assert transactions(client, **{"pagination.pageno": "4", "pagination.records": "2"})["result"]["code"] == "10026"

    item = page3["transaction"][1]
    assert item["transactionStatus"] == "capturesuccess"
    assert item["date"].endswith(".0")
    assert item["transactionDate"].endswith(".0")
    assert (item["amount"], item["captureamount"], item["refundamount"]) == ("1.00", "1.00", "0.00")
    assert item["card"] == {"bin": "400000", "lastFourDigits": "0051"}
    assert item["customer"]["email"] == "list@example.com"

    failed = transactions(client, status="authfailed")
    assert [t["systemPaymentId"] for t in failed["transaction"]] == [declined]
    by_email = transactions(client, **{"customer.email": "list@example.com"})
    assert len(by_email["transaction"]) == 5
    by_card = transactions(client, **{"card.firstsix": "400000", "card.lastfour": "0069"})
    assert [t["systemPaymentId"] for t in by_card["transaction"]] == [declined]

    client.advance(2 * 86400)
    assert (
        transactions(client, **{"pagination.fromdate": today(client), "pagination.todate": today(client)})["result"][
            "code"
        ]
        == "10026"
    )
    later = client.pay("9.00")["paymentId"]
    recent = transactions(client, **{"pagination.fromdate": today(client), "pagination.todate": today(client)})
    assert [t["systemPaymentId"] for t in recent["transaction"]] == [later]
    assert (
        len(
            transactions(client, **{"pagination.fromdate": "01/01/2000", "pagination.todate": today(client)})[
                "transaction"
            ]
        )
        == 7
    )


def test_date_validation(client: GatewayClient) -> None:
    bad_from = transactions(client, **{"pagination.fromdate": "2021-07-05", "pagination.todate": "11/08/2021"})
    assert bad_from["paymentId"] == "-"
    assert bad_from["result"]["code"] == "30088"
    bad_to = transactions(client, **{"pagination.fromdate": "05/07/2021", "pagination.todate": "31/02/2021"})
    assert bad_to["result"]["code"] == "30089"
    reversed_range = transactions(client, **{"pagination.fromdate": "11/08/2021", "pagination.todate": "05/07/2021"})
    assert reversed_range["result"]["code"] == "30088"
    assert transactions(client, **{"pagination.pageno": "x"})["result"]["code"] == "30086"


def test_wrong_list_checksum(client: GatewayClient) -> None:
    body = transactions(client, **{"authentication.checksum": checksums.c_list(MEMBER, "partnerKey")})
    assert body["result"]["code"] == "30095"
