"""The `/_sandbox/` control API (never part of the contract): faults, clock, ledger, statistics,
notifications, reset. JSON in, JSON out.

Open on a loopback bind. Bound to any other address, every route requires the control token the
sandbox prints at start, in the `X-Sandbox-Control-Token` header (so the secure and partner keys
are never served without it). Inputs are validated: finite, bounded clock steps and delays, and no
clock move backwards past the ledger's newest record.
"""

from __future__ import annotations

import functools
import hmac
import json
import math
from collections.abc import Awaitable, Callable
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from .faults import FAULT_KINDS
from .state import SandboxState

__all__ = [
    "CONTROL_TOKEN_HEADER",
    "MAX_CLOCK_STEP_SECONDS",
    "MAX_FAULT_COUNT",
    "MAX_FAULT_DELAY_SECONDS",
    "TOKEN_OPERATIONS",
    "control_routes",
]

CONTROL_TOKEN_HEADER = "X-Sandbox-Control-Token"  # noqa: S105 - a header name, not a secret
# Bounds of control inputs: ten years of clock per step, ten minutes of injected delay.
MAX_CLOCK_STEP_SECONDS = 10 * 366 * 24 * 3600
MAX_FAULT_DELAY_SECONDS = 600.0
MAX_FAULT_COUNT = 100_000

TOKEN_OPERATIONS = frozenset(
    {"authToken", "partnerAuthToken", "regenerateToken", "invoice.authToken", "invoice.regenerateToken"}
)


def _state(request: Request) -> SandboxState:
    state: SandboxState = request.app.state.sandbox
    return state


def _refuse_constant(name: str) -> float:
    raise ValueError(f"{name} is not a number")


async def _json(request: Request) -> dict[str, Any]:
    raw = await request.body()
    if not raw.strip():
        return {}
    try:
        document = json.loads(raw, parse_constant=_refuse_constant)
    except RecursionError as exc:
        raise ValueError("the body is nested too deeply") from exc
    if not isinstance(document, dict):
        raise ValueError("the body must be a JSON object")
    return document


def _number(spec: dict[str, Any], name: str, default: float, low: float, high: float) -> float:
    value = spec.get(name, default)
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise ValueError(f"{name} must be a number")
    number = float(value)
    if not math.isfinite(number) or not low <= number <= high:
        raise ValueError(f"{name} must be a finite number from {low:g} to {high:g}")
    return number


def _guarded(
    handler: Callable[[Request], Awaitable[Response]],
) -> Callable[[Request], Awaitable[Response]]:
    """Require the control token when the sandbox has one (any bind but loopback)."""

    @functools.wraps(handler)
    async def guarded(request: Request) -> Response:
        expected = _state(request).control_token
        if expected is not None:
            received = request.headers.get(CONTROL_TOKEN_HEADER, "")
            if not hmac.compare_digest(received.encode(), expected.encode()):
                return JSONResponse({"error": f"the control API needs the {CONTROL_TOKEN_HEADER} header"}, 401)
        return await handler(request)

    return guarded


def _bad_request(message: str) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=400)


async def get_config(request: Request) -> Response:
    """The sandbox's credentials and settings (the keys included: they are test credentials)."""
    config = _state(request).config
    base = str(request.base_url).rstrip("/")
    merchants = [
        {
            "member_id": m.member_id,
            "secure_key": m.secure_key,
            "username": m.username,
            "terminal_ids": [t.terminal_id for t in m.terminals],
        }
        for m in config.merchants()
    ]
    return JSONResponse(
        {
            "merchants": merchants,
            "member_id": config.member_id,
            "secure_key": config.secure_key,
            "partner_id": config.partner_id,
            "username": config.username,
            "terminal_id": config.terminal_id,
            "partner_username": config.partner_username,
            "partner_key": config.partner_key,
            "timezone": config.timezone,
            "db_path": config.db_path,
            "transaction_services_url": f"{base}/transactionServices/REST/v1",
            "invoice_services_url": f"{base}/invoiceServices/REST/v1",
        }
    )


async def add_fault(request: Request) -> Response:
    """Inject a fault: `{"kind": ..., "match": "payments", "count": 1, "delay_seconds": 0}`."""
    try:
        spec = await _json(request)
        rule = _state(request).faults.add(
            kind=str(spec.get("kind", "")),
            match=str(spec.get("match", "")),
            count=int(_number(spec, "count", 1, 1, MAX_FAULT_COUNT)),
            delay_seconds=_number(spec, "delay_seconds", 0.0, 0.0, MAX_FAULT_DELAY_SECONDS),
        )
    except (ValueError, TypeError) as exc:
        return _bad_request(f"{exc} (kinds: {', '.join(FAULT_KINDS)})")
    return JSONResponse(rule.to_public(), status_code=201)


async def list_faults(request: Request) -> Response:
    """Active fault rules."""
    return JSONResponse({"faults": [rule.to_public() for rule in _state(request).faults.rules()]})


async def clear_faults(request: Request) -> Response:
    """Remove every fault rule."""
    _state(request).faults.clear()
    return JSONResponse({"faults": []})


def _clock_body(state: SandboxState) -> dict[str, Any]:
    return {
        "now": state.clock.now().isoformat(),
        "timestamp": state.clock.timestamp(),
        "offset_seconds": state.clock.offset_seconds,
    }


async def get_clock(request: Request) -> Response:
    """Sandbox time and its offset from real time."""
    return JSONResponse(_clock_body(_state(request)))


async def advance_clock(request: Request) -> Response:
    """Advance the clock by `{"seconds": n}`, then complete what became due (refunds, payouts)."""
    state = _state(request)
    try:
        seconds = _number(await _json(request), "seconds", 0, -MAX_CLOCK_STEP_SECONDS, MAX_CLOCK_STEP_SECONDS)
    except (ValueError, TypeError) as exc:
        return _bad_request(str(exc))
    newest = state.ledger.newest_record_time()
    if seconds < 0 and newest is not None and state.clock.epoch() + seconds < newest:
        return _bad_request("the clock cannot move back past the ledger's newest record")
    state.clock.advance(seconds)
    completed = state.sweep()
    return JSONResponse({**_clock_body(state), "completed": completed})


async def get_ledger(request: Request) -> Response:
    """The whole ledger (card numbers left out)."""
    state = _state(request)
    state.sweep()
    return JSONResponse(state.ledger.snapshot())


async def get_payment(request: Request) -> Response:
    """One payment with its operations."""
    state = _state(request)
    state.sweep()
    payment = state.ledger.get_payment(request.path_params["payment_id"])
    if payment is None:
        return JSONResponse({"error": "no such payment"}, status_code=404)
    return JSONResponse({**payment.to_dict(), "operations": state.ledger.operations(payment.payment_id)})


async def get_stats(request: Request) -> Response:
    """Request counts; `token_requests` counts calls to the token endpoints."""
    state = _state(request)
    counts = state.request_counts()
    return JSONResponse(
        {
            "token_requests": sum(n for name, n in counts.items() if name in TOKEN_OPERATIONS),
            "tokens_issued": len(state.ledger.tokens_issued()),
            "requests": counts,
            "payments": state.ledger.count_payments(),
            "notifications": len(state.ledger.notifications()),
        }
    )


async def list_notifications(request: Request) -> Response:
    """Recorded notifications with their delivery state (`?payment_id=` filters)."""
    state = _state(request)
    await state.notifier.wait_idle()
    payment_id = request.query_params.get("payment_id")
    return JSONResponse({"notifications": [n.to_public() for n in state.ledger.notifications(payment_id)]})


async def resend_notification(request: Request) -> Response:
    """POST a recorded notification again, now; answers the updated record."""
    state = _state(request)
    try:
        notification_id = int(request.path_params["notification_id"])
    except ValueError:
        return JSONResponse({"error": "no such notification"}, status_code=404)
    if not 0 < notification_id < 2**63:
        return JSONResponse({"error": "no such notification"}, status_code=404)
    record = await state.notifier.deliver(notification_id)
    if record is None:
        return JSONResponse({"error": "no such notification"}, status_code=404)
    return JSONResponse(record.to_public())


async def reset(request: Request) -> Response:
    """Empty the ledger, reset the clock, faults and statistics (credentials stay)."""
    state = _state(request)
    await state.notifier.wait_idle()
    state.ledger.reset()
    state.clock.reset()
    state.faults.clear()
    state.reset_stats()
    return JSONResponse({"reset": True})


def control_routes() -> list[Route]:
    """Routes mounted under `/_sandbox`."""
    return [
        Route("/config", _guarded(get_config), methods=["GET"]),
        Route("/faults", _guarded(add_fault), methods=["POST"]),
        Route("/faults", _guarded(list_faults), methods=["GET"]),
        Route("/faults", _guarded(clear_faults), methods=["DELETE"]),
        Route("/clock", _guarded(get_clock), methods=["GET"]),
        Route("/clock/advance", _guarded(advance_clock), methods=["POST"]),
        Route("/ledger", _guarded(get_ledger), methods=["GET"]),
        Route("/ledger/payments/{payment_id}", _guarded(get_payment), methods=["GET"]),
        Route("/stats", _guarded(get_stats), methods=["GET"]),
        Route("/notifications", _guarded(list_notifications), methods=["GET"]),
        Route("/notifications/{notification_id}/resend", _guarded(resend_notification), methods=["POST"]),
        Route("/reset", _guarded(reset), methods=["POST"]),
    ]
