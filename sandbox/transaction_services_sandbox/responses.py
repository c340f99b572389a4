"""Response builders: the gateway's JSON answers and the web container's HTML pages."""

from __future__ import annotations

import html
import json
from typing import Any

from starlette.background import BackgroundTask
from starlette.responses import HTMLResponse, Response

__all__ = [
    "GATEWAY_HEADERS",
    "QUERY_STRING_REFUSAL",
    "container_page",
    "gateway_json",
    "invoice_error_body",
    "refusal_body",
    "token_failure_body",
    "token_forbidden_body",
]

# Headers every service answer carries (reference §1.6).
GATEWAY_HEADERS = {
    "Access-Control-Allow-Origin": "*",
    "X-Frame-Options": "SAMEORIGIN",
    "Cache-Control": "no-cache",
    "Pragma": "no-cache",
    "Expires": "0",
}

QUERY_STRING_REFUSAL = {
    "result": {"description": "Query String request is not supported ,Kindly pass the request in the body"}
}


def gateway_json(body: dict[str, Any], background: BackgroundTask | None = None) -> Response:
    """HTTP 200 with a compact JSON body and the gateway's headers."""
    content = json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    return Response(
        content, status_code=200, media_type="application/json", headers=GATEWAY_HEADERS, background=background
    )


def refusal_body(code: str, description: str) -> dict[str, Any]:
    """The error shape of reference §6.5."""
    return {"paymentId": "-", "result": {"code": code, "description": description}}


def invoice_error_body(member_id: str, code: str, description: str) -> dict[str, Any]:
    """The invoice service's refusal: `statusInvoiceResult` instead of `result` (reference §6.6)."""
    body: dict[str, Any] = {}
    if member_id:
        body["memberId"] = member_id
    body["statusInvoiceResult"] = {"code": code, "description": description}
    return body


def token_failure_body(description: str, timestamp: str) -> dict[str, Any]:
    """The token check failure of reference §2.6 (code 401)."""
    return {"result": {"code": "401", "description": description}, "timestamp": timestamp}


def token_forbidden_body() -> dict[str, Any]:
    """The token generation failure of reference §2.6 (code 403)."""
    return {"paymentId": "-", "result": {"code": "403", "description": "Token generation forbidden"}}


def container_page(status_code: int, reason: str, detail: str = "") -> HTMLResponse:
    """An HTML error page as a servlet container (or a proxy) serves it."""
    title = f"HTTP Status {status_code} - {html.escape(reason)}"
    page = (
        "<!DOCTYPE html><html><head><title>"
        + title
        + "</title></head><body><h1>"
        + title
        + "</h1><hr/><p>"
        + html.escape(detail or reason)
        + "</p><hr/><h3>Apache Tomcat</h3></body></html>"
    )
    return HTMLResponse(page, status_code=status_code)
