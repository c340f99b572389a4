"""Token endpoints and the token check on guarded operations (other half: handlers/tokens.py, tokens.py)."""

from __future__ import annotations

import base64
import json
from typing import Any

import jwt
import pytest

from transaction_services_sandbox import Sandbox, checksums

from .gateway import INV, KEY, MEMBER, PARTNER, TX, GatewayClient


def claims(token: str) -> dict[str, Any]:
    payload = token.split(".")[1]
    decoded: dict[str, Any] = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    return decoded


def list_fields() -> dict[str, str]:
    return {"authentication.memberId": MEMBER, "authentication.checksum": checksums.c_list(MEMBER, KEY)}


def test_merchant_token_shape(client: GatewayClient) -> None:
    body = client.post(
        f"{TX}/authToken",
        {"authentication.partnerId": PARTNER, "merchant.username": "testdoc", "authentication.sKey": KEY},
        token=None,
    )
    assert set(body) == {"partnerId", "memberId", "result", "timestamp", "LoginName", "AuthToken"}
    assert body["result"] == {"code": "200", "description": "Token generated successfully"}
    assert (body["partnerId"], body["memberId"], body["LoginName"]) == (PARTNER, MEMBER, "testdoc")
    header = json.loads(base64.urlsafe_b64decode(body["AuthToken"].split(".")[0] + "=="))
    assert header == {"alg": "HS256", "typ": "JWT"}
    token_claims = claims(body["AuthToken"])
    assert token_claims["sub"] == "testdoc"
    assert token_claims["role"] == "merchant"
    assert token_claims["iss"] == "PZ"
    assert token_claims["exp"] - client.sandbox.clock.epoch() == pytest.approx(3600, abs=5)


def test_newer_build_token_by_member_id(client: GatewayClient) -> None:
    body = client.post(
        f"{TX}/authToken",
        {"authentication.partnerId": PARTNER, "authentication.memberId": MEMBER, "authentication.sKey": KEY},
        token=None,
    )
    assert body["result"]["code"] == "200"


@pytest.mark.parametrize(
    "fields",
    [
        {"authentication.partnerId": PARTNER, "merchant.username": "testdoc", "authentication.sKey": "wrong"},
        {"authentication.partnerId": "999", "merchant.username": "testdoc", "authentication.sKey": KEY},
        {"authentication.partnerId": PARTNER, "merchant.username": "someone", "authentication.sKey": KEY},
    ],
    ids=["wrong-key", "wrong-partner", "wrong-login"],
)
def test_token_generation_forbidden(client: GatewayClient, fields: dict[str, str]) -> None:
    body = client.post(f"{TX}/authToken", fields, token=None)
    assert body == {"paymentId": "-", "result": {"code": "403", "description": "Token generation forbidden"}}


def test_token_request_missing_partner_is_a_validation_error(client: GatewayClient) -> None:
    body = client.post(f"{TX}/authToken", {"merchant.username": "testdoc", "authentication.sKey": KEY}, token=None)
    assert body["paymentId"] == "-"
    assert body["result"]["code"] == "30004"
    assert "authentication.partnerId" in body["result"]["description"]


def test_partner_token_and_role(client: GatewayClient) -> None:
    token = client.partner_token()
    assert claims(token)["role"] == "partner"
    body = client.post(
        f"{TX}/getCardsAndAccounts",
        {"authentication.partnerId": PARTNER, "authentication.checksum": checksums.c_list(PARTNER, "partnerKey")},
        token=token,
    )
    assert body["result"]["code"] == "0008"
    assert body["partnerId"] == PARTNER
    forbidden = client.post(
        f"{TX}/partnerAuthToken",
        {"authentication.partnerId": PARTNER, "partner.userName": "testpartner", "authentication.sKey": KEY},
        token=None,
    )
    assert forbidden["result"]["code"] == "403"


def test_regenerate_token(client: GatewayClient) -> None:
    old = client.token
    for service in (TX, INV):
        body = client.post(
            f"{service}/regenerateToken", {"authentication.partnerId": PARTNER, "authToken": old}, token=None
        )
        assert body["result"]["code"] == "200"
        assert claims(body["AuthToken"])["sub"] == "testdoc"
    bad = client.post(f"{TX}/regenerateToken", {"authentication.partnerId": PARTNER, "authToken": "x.y.z"}, token=None)
    assert bad["result"]["code"] == "403"
    empty = client.post(f"{TX}/regenerateToken", {"authentication.partnerId": PARTNER, "authToken": ""}, token=None)
    assert empty["result"]["code"] == "10182"
    foreign = client.post(f"{TX}/regenerateToken", {"authentication.partnerId": "1", "authToken": old}, token=None)
    assert foreign["result"]["code"] == "30098"


def assert_token_failure(body: dict[str, Any]) -> None:
    assert set(body) == {"result", "timestamp"}
    assert body["result"] == {"code": "401", "description": "Authorization failed"}


@pytest.mark.parametrize(
    "token", [None, "", "not-a-jwt", "eyJhbGciOiJIUzI1NiJ9.e30.x"], ids=["missing", "empty", "garbage", "bad-signature"]
)
def test_guarded_operation_refuses_bad_tokens(client: GatewayClient, token: str | None) -> None:
    assert_token_failure(client.post(f"{TX}/getTransactionList", list_fields(), token=token))


def test_token_of_another_secret_or_user_is_refused(client: GatewayClient) -> None:
    forged = jwt.encode(
        {"sub": "testdoc", "role": "merchant", "iss": "PZ", "exp": 2**40},
        "another-secret-of-at-least-32-bytes!",
        algorithm="HS256",
    )
    assert_token_failure(client.post(f"{TX}/getTransactionList", list_fields(), token=forged))


def test_partner_token_on_merchant_operation(client: GatewayClient) -> None:
    assert_token_failure(client.post(f"{TX}/getTransactionList", list_fields(), token=client.partner_token()))


def test_merchant_token_signing_as_partner(client: GatewayClient) -> None:
    fields = {"authentication.partnerId": PARTNER, "authentication.checksum": checksums.c_list(PARTNER, "partnerKey")}
    assert_token_failure(client.post(f"{TX}/getCardsAndAccounts", fields))


def test_token_fallback_in_body(client: GatewayClient) -> None:
    body = client.post(f"{TX}/getTransactionList", {**list_fields(), "AuthToken": client.token}, token=None)
    assert body["result"]["code"] in ("00029", "10026")


def test_invoice_service_accepts_transaction_service_tokens(client: GatewayClient) -> None:
    body = client.post(f"{INV}/getInvoiceConfig", list_fields(), token=client.new_token(TX))
    assert body["statusInvoiceResult"]["code"] == "00008"
    body = client.post(f"{TX}/getTransactionList", list_fields(), token=client.new_token(INV))
    assert "401" not in body["result"]["code"]


def test_token_expires_after_one_hour_of_sandbox_time(fresh_client: GatewayClient) -> None:
    token = fresh_client.new_token()
    assert fresh_client.post(f"{TX}/getTransactionList", list_fields(), token=token)["result"]["code"] == "10026"
    # exp is a whole second (JWT): the token lives 3599-3600 s, less the real time these requests take.
    fresh_client.advance(3598)
    assert fresh_client.post(f"{TX}/getTransactionList", list_fields(), token=token)["result"]["code"] == "10026"
    fresh_client.advance(3)
    assert_token_failure(fresh_client.post(f"{TX}/getTransactionList", list_fields(), token=token))
    # An expired token can still be exchanged for a fresh one.
    body = fresh_client.post(
        f"{TX}/regenerateToken", {"authentication.partnerId": PARTNER, "authToken": token}, token=None
    )
    assert (
        fresh_client.post(f"{TX}/getTransactionList", list_fields(), token=body["AuthToken"])["result"]["code"]
        == "10026"
    )


def test_token_requests_are_counted(fresh: Sandbox, fresh_client: GatewayClient) -> None:
    for _ in range(3):
        fresh_client.new_token()
    fresh_client.partner_token()
    stats = fresh_client.http.get("/_sandbox/stats").json()
    assert stats["token_requests"] == 4
    assert stats["tokens_issued"] == 4
    assert stats["requests"]["authToken"] == 3
