"""Token endpoints: `/authToken`, `/partnerAuthToken`, `/regenerateToken` (reference §2.4, §4.2-4.4)."""

from __future__ import annotations

import hmac
from typing import Any

from starlette.responses import Response

from .. import codes
from ..config import MerchantConfig
from ..errors import TokenForbidden
from ..responses import gateway_json
from ..tokens import ROLE_MERCHANT, ROLE_PARTNER
from .context import Call, operation

__all__ = ["auth_token", "invoice_auth_token", "invoice_regenerate_token", "partner_auth_token", "regenerate_token"]


def _same(received: str, expected: str) -> bool:
    return hmac.compare_digest(received.encode("utf-8"), expected.encode("utf-8"))


def _token_response(call: Call, operation_name: str, role: str, merchant: MerchantConfig | None = None) -> Response:
    state, config = call.state, call.state.config
    subject = merchant.username if merchant is not None else config.partner_username
    now = state.clock.epoch()
    token, claims = state.tokens.issue(subject, role, now)
    state.ledger.record_token(operation_name, subject, role, now, claims.exp)
    body: dict[str, Any] = {"partnerId": config.partner_id}
    if merchant is not None:
        body["memberId"] = merchant.member_id
    body["result"] = {"code": codes.TOKEN_OK.code, "description": codes.TOKEN_OK.description}
    body["timestamp"] = state.clock.timestamp()
    body["LoginName"] = subject
    body["AuthToken"] = token
    return gateway_json(body)


async def _merchant_token(call: Call, operation_name: str) -> Response:
    config = call.state.config
    call.validate(["authentication.partnerId", "authentication.sKey"])
    username = call.get("merchant.username")
    member_id = call.get("authentication.memberId")
    if not username and not member_id:
        call.validate(["merchant.username"])
    if call.get("authentication.partnerId") != config.partner_id:
        raise TokenForbidden("wrong partner")
    merchant = config.merchant_by_username(username) if username else config.merchant_by_id(member_id)
    if merchant is None:
        raise TokenForbidden("wrong login" if username else "wrong member")
    if member_id and member_id != merchant.member_id:
        raise TokenForbidden("wrong member")
    if not _same(call.get("authentication.sKey"), merchant.secure_key):
        raise TokenForbidden("wrong key")
    return _token_response(call, operation_name, ROLE_MERCHANT, merchant)


async def _regenerate(call: Call, operation_name: str) -> Response:
    config = call.state.config
    call.validate(["authentication.partnerId"])
    old = call.get("authToken") or call.get("AuthToken")
    if not old.strip():
        raise call.refuse(codes.Code("10182", "Invalid authToken, authToken cannot be empty"))
    claims = call.state.tokens.decode_for_regeneration(old.strip())
    merchant = config.merchant_by_username(claims.sub) if claims.role == ROLE_MERCHANT else None
    if merchant is None and not (claims.role == ROLE_PARTNER and claims.sub == config.partner_username):
        raise TokenForbidden("token of an unknown user")
    if call.get("authentication.partnerId") != config.partner_id:
        raise call.refuse(codes.PARTNER_MISMATCH)
    return _token_response(call, operation_name, claims.role, merchant)


@operation("authToken", token=False)
async def auth_token(call: Call) -> Response:
    """Merchant token: partner id, login and secure key."""
    return await _merchant_token(call, "authToken")


@operation("partnerAuthToken", token=False)
async def partner_auth_token(call: Call) -> Response:
    """Partner token: partner id, partner login and partner key."""
    config = call.state.config
    call.validate(["authentication.partnerId", "partner.userName", "authentication.sKey"])
    if call.get("authentication.partnerId") != config.partner_id:
        raise TokenForbidden("wrong partner")
    if call.get("partner.userName") != config.partner_username:
        raise TokenForbidden("wrong login")
    if not _same(call.get("authentication.sKey"), config.partner_key):
        raise TokenForbidden("wrong key")
    return _token_response(call, "partnerAuthToken", ROLE_PARTNER)


@operation("regenerateToken", token=False)
async def regenerate_token(call: Call) -> Response:
    """A fresh one-hour token from a previous one (expired or not) signed by this sandbox."""
    return await _regenerate(call, "regenerateToken")


@operation("invoice.authToken", token=False, invoice=False)
async def invoice_auth_token(call: Call) -> Response:
    """Merchant token of the invoice service (same shape as the transaction service's)."""
    return await _merchant_token(call, "invoice.authToken")


@operation("invoice.regenerateToken", token=False)
async def invoice_regenerate_token(call: Call) -> Response:
    """Fresh token on the invoice service."""
    return await _regenerate(call, "invoice.regenerateToken")
