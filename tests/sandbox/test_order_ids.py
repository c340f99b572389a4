"""Order-id uniqueness and payments that exist from the moment they arrive
(other half: processing.py `begin_payment`, faults.py slow kinds, ledger.py `order_id_taken`)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from transaction_services_sandbox import Sandbox, SandboxConfig, checksums, testdata

from .gateway import KEY, MEMBER, TX, GatewayClient, unique

DUPLICATE = "20003"


def by_order(client: GatewayClient, order: str) -> dict[str, Any]:
    """An inquiry by merchant transaction id (C-IN-MID)."""
    return client.post(
        f"{TX}/payments/{order}",
        {
            "authentication.memberId": MEMBER,
            "authentication.checksum": checksums.c_in_mid(MEMBER, KEY, order),
            "paymentType": "IN",
            "idType": "MID",
            "merchantTransactionId": order,
        },
    )


def payments_of(sandbox: Sandbox, order: str) -> list[str]:
    return [p.status for p in sandbox.ledger.payments() if p.merchant_transaction_id == order]


@pytest.fixture
def strict() -> Iterator[Sandbox]:
    """A sandbox whose merchant has `isUniqueOrderIdRequired=Y`."""
    with Sandbox(SandboxConfig(unique_order_id_required=True)) as running:
        yield running


@pytest.fixture
def strict_client(strict: Sandbox) -> Iterator[GatewayClient]:
    with GatewayClient(strict) as gateway:
        yield gateway


@pytest.mark.parametrize("card", [testdata.CARD_APPROVE, testdata.CARD_3DS])
def test_approved_or_pending_sale_blocks_its_order_id(fresh: Sandbox, fresh_client: GatewayClient, card: str) -> None:
    order = unique()
    extra = {"merchantRedirectUrl": "https://shop.example/back"}
    first = fresh_client.pay("5.00", card, merchantTransactionId=order, **extra)
    assert first["transactionStatus"] in ("Y", "3D")
    again = fresh_client.pay("5.00", card, merchantTransactionId=order, **extra)
    assert again["paymentId"] == "-"
    assert again["result"]["code"] == DUPLICATE
    assert again["result"]["description"].startswith(f"{order}-Duplicate Order Id OR Your Transaction")
    assert len(payments_of(fresh, order)) == 1
    # An authorization with the same id is refused too; another id goes through.
    assert fresh_client.pay("5.00", merchantTransactionId=order, paymentType="PA")["result"]["code"] == DUPLICATE
    assert fresh_client.pay("5.00")["transactionStatus"] == "Y"


def test_with_the_flag_n_a_declined_payment_frees_its_order_id(fresh: Sandbox, fresh_client: GatewayClient) -> None:
    order = unique()
    assert fresh_client.pay("5.00", testdata.CARD_DECLINE, merchantTransactionId=order)["transactionStatus"] == "N"
    assert fresh_client.pay("5.00", merchantTransactionId=order)["transactionStatus"] == "Y"
    assert payments_of(fresh, order) == ["capturesuccess", "authfailed"]


def test_with_the_flag_y_only_failed_frees_an_order_id(strict: Sandbox, strict_client: GatewayClient) -> None:
    order = unique()
    assert strict_client.pay("5.00", testdata.CARD_DECLINE, merchantTransactionId=order)["transactionStatus"] == "N"
    assert strict_client.pay("5.00", merchantTransactionId=order)["result"]["code"] == DUPLICATE
    assert payments_of(strict, order) == ["authfailed"]


def test_token_payments_and_payouts_check_the_order_id(fresh_client: GatewayClient) -> None:
    order = unique()
    sale = fresh_client.pay(
        "5.00", merchantTransactionId=order, createRegistration="true", merchantRedirectUrl="https://shop.example/b"
    )
    registration = sale["registrationId"]
    token_fields = {
        "authentication.memberId": MEMBER,
        "authentication.checksum": checksums.c_token(MEMBER, KEY, registration, "2.00"),
        "paymentType": "DB",
        "amount": "2.00",
        "merchantRedirectUrl": "https://shop.example/b",
        "merchantTransactionId": order,
    }
    assert fresh_client.post(f"{TX}/paywithtoken/{registration}", token_fields)["result"]["code"] == DUPLICATE
    token_fields["merchantTransactionId"] = unique()
    assert fresh_client.post(f"{TX}/paywithtoken/{registration}", token_fields)["result"]["code"] == "00001"

    payout = {
        "authentication.memberId": MEMBER,
        "authentication.checksum": checksums.c_payout(MEMBER, order, "1.00", KEY),
        "merchantTransactionId": order,
        "amount": "1.00",
        "paymentId": sale["paymentId"],
    }
    assert fresh_client.post(f"{TX}/payout", payout)["result"]["code"] == DUPLICATE
    fresh_order = unique("Payout")
    payout["merchantTransactionId"] = fresh_order
    payout["authentication.checksum"] = checksums.c_payout(MEMBER, fresh_order, "1.00", KEY)
    assert fresh_client.post(f"{TX}/payout", payout)["result"]["code"] == "00001"
    assert fresh_client.post(f"{TX}/payout", payout)["result"]["code"] == DUPLICATE


def _inject(client: GatewayClient, kind: str, seconds: float) -> None:
    response = client.http.post("/_sandbox/faults", json={"kind": kind, "match": "/payments", "delay_seconds": seconds})
    assert response.status_code == 201, response.text


def _timed_out_sale(client: GatewayClient, fields: dict[str, str]) -> None:
    with pytest.raises(httpx.ReadTimeout):
        client.http.post(f"{TX}/payments", data=fields, headers={"AuthToken": client.token}, timeout=0.3)


def _wait_for(predicate: Any, seconds: float = 10.0) -> None:
    deadline = time.monotonic() + seconds
    while not predicate():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def test_slow_processing_is_visible_as_begun_then_completes(fresh: Sandbox, fresh_client: GatewayClient) -> None:
    fields = fresh_client.sale_fields("3.00")
    order = fields["merchantTransactionId"]
    fresh_client.token  # noqa: B018 - fetch the token before the fault is armed
    _inject(fresh_client, "slow_processing", 1.5)
    _timed_out_sale(fresh_client, fields)
    during = by_order(fresh_client, order)
    assert (during["status"], during["transactionStatus"]) == ("begun", "P")
    assert payments_of(fresh, order) == ["begun"]
    _wait_for(lambda: payments_of(fresh, order) == ["capturesuccess"])
    assert by_order(fresh_client, order)["status"] == "capturesuccess"
    assert len(fresh.ledger.payments()) == 1


def test_slow_commit_is_invisible_until_it_commits(fresh: Sandbox, fresh_client: GatewayClient) -> None:
    fields = fresh_client.sale_fields("3.00")
    order = fields["merchantTransactionId"]
    fresh_client.token  # noqa: B018 - fetch the token before the fault is armed
    _inject(fresh_client, "slow_commit", 1.5)
    _timed_out_sale(fresh_client, fields)
    assert by_order(fresh_client, order)["result"]["code"] == "10026"  # "not found" proves nothing
    _wait_for(lambda: payments_of(fresh, order) == ["capturesuccess"])
    assert by_order(fresh_client, order)["status"] == "capturesuccess"


def test_a_begun_payment_blocks_a_second_request_when_the_flag_is_y(
    strict: Sandbox, strict_client: GatewayClient
) -> None:
    fields = strict_client.sale_fields("3.00")
    order = fields["merchantTransactionId"]
    strict_client.token  # noqa: B018 - fetch the token before the fault is armed
    _inject(strict_client, "slow_processing", 1.5)
    _timed_out_sale(strict_client, fields)
    assert strict_client.post(f"{TX}/payments", fields)["result"]["code"] == DUPLICATE
    _wait_for(lambda: payments_of(strict, order) == ["capturesuccess"])
