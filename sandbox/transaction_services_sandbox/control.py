"""The `/_sandbox/` control API (never part of the contract): faults, clock, ledger, statistics,
notifications, reset. JSON in, JSON out."""

from __future__ import annotations

import json
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from .faults import FAULT_KINDS
from .state import SandboxState

__all__ = ["TOKEN_OPERATIONS", "control_routes"]

TOKEN_OPERATIONS = frozenset(
    {"authToken", "partnerAuthToken", "regenerateToken", "invoice.authToken", "invoice.regenerateToken"}
)


def _state(request: Request) -> SandboxState:
    state: SandboxState = request.app.state.sandbox
    return state


async def _json(request: Request) -> dict[str, Any]:
    raw = await request.body()
    if not raw.strip():
        return {}
    document = json.loads(raw)
    if not isinstance(document, dict):
        raise ValueError("the body must be a JSON object")
    return document


def _bad_request(message: str) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=400)


async def get_config(request: Request) -> Response:
    """The sandbox's credentials and settings (the keys included: they are test credentials)."""
    config = _state(request).config
    base = str(request.base_url).rstrip("/")
    return JSONResponse(
        {
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
            count=int(spec.get("count", 1)),
            delay_seconds=float(spec.get("delay_seconds", 0.0)),
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
        seconds = float((await _json(request)).get("seconds", 0))
    except (ValueError, TypeError) as exc:
        return _bad_request(str(exc))
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
        Route("/config", get_config, methods=["GET"]),
        Route("/faults", add_fault, methods=["POST"]),
        Route("/faults", list_faults, methods=["GET"]),
        Route("/faults", clear_faults, methods=["DELETE"]),
        Route("/clock", get_clock, methods=["GET"]),
        Route("/clock/advance", advance_clock, methods=["POST"]),
        Route("/ledger", get_ledger, methods=["GET"]),
        Route("/ledger/payments/{payment_id}", get_payment, methods=["GET"]),
        Route("/stats", get_stats, methods=["GET"]),
        Route("/notifications", list_notifications, methods=["GET"]),
        Route("/notifications/{notification_id}/resend", resend_notification, methods=["POST"]),
        Route("/reset", reset, methods=["POST"]),
    ]
