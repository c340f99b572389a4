"""`create_app(config)`: every route in one place, the gateway's error answers, the lifespan."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator
from urllib.parse import unquote, urlsplit

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Mount, Route
from starlette.types import ASGIApp, Receive, Scope, Send

from .bodies import UnreadableBody, UnsupportedMediaType
from .config import SandboxConfig
from .control import control_routes
from .errors import GatewayRefusal, QueryStringRefused, TokenFailure, TokenForbidden
from .faults import FaultMiddleware
from .handlers import backoffice, invoices, payments, payouts, qr, registrations, tokens
from .pages import approval_page, pay_invoice_page
from .processing import APPROVAL_PATH
from .responses import (
    QUERY_STRING_REFUSAL,
    container_page,
    gateway_json,
    invoice_error_body,
    refusal_body,
    token_failure_body,
    token_forbidden_body,
)
from .state import SandboxState

__all__ = ["INVOICE_PREFIXES", "TRANSACTION_PREFIXES", "create_app"]

TRANSACTION_PREFIXES = ("/transactionServices/REST/v1", "/transactionServices/RESTful/v1")
INVOICE_PREFIXES = ("/invoiceServices/REST/v1", "/invoice/REST/v1")

logger = logging.getLogger("transaction_services_sandbox")


def _post(path: str, endpoint: object) -> Route:
    return Route(path, endpoint, methods=["POST"])  # type: ignore[arg-type]


def _transaction_routes() -> list[BaseRoute]:
    return [
        _post("/authToken", tokens.auth_token),
        _post("/partnerAuthToken", tokens.partner_auth_token),
        _post("/regenerateToken", tokens.regenerate_token),
        _post("/payments", payments.new_payment),
        _post("/payments/{id}", payments.follow_up),
        _post("/inquiry", payments.inquiry),
        _post("/paywithtoken/{registrationId}", registrations.pay_with_token),
        _post("/registrations", registrations.register),
        _post("/getCardsAndAccounts", registrations.cards_and_accounts),
        _post("/getInstallmentWithToken/{registrationId}", registrations.installments),
        _post("/getTransactionList", backoffice.transaction_list),
        _post("/payout", payouts.payout),
        _post("/QRCheckout", qr.qr_checkout),
        _post("/inquiryStatus/{id}", qr.qr_inquiry),
    ]


def _invoice_routes() -> list[BaseRoute]:
    return [
        _post("/authToken", tokens.invoice_auth_token),
        _post("/regenerateToken", tokens.invoice_regenerate_token),
        _post("/generate", invoices.generate),
        _post("/cancel", invoices.cancel),
        _post("/regenerate", invoices.regenerate),
        _post("/remind", invoices.remind),
        _post("/inquiry", invoices.inquiry),
        _post("/invoiceTransInquiry", invoices.trans_inquiry),
        _post("/getInvoice", invoices.get_invoice),
        _post("/getInvoiceDetails", invoices.get_invoice_details),
        _post("/updateInvoiceConfig", invoices.update_config),
        _post("/getInvoiceConfig", invoices.get_config),
        _post("/getOrderID", invoices.get_order_id),
    ]


class AbsoluteTargetMiddleware:
    """Serve absolute-form request targets (RFC 9112 §3.2.2), as HTTP clients send them through a proxy."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Rewrite `http://host/path?query` to `/path` and its query before routing."""
        if scope["type"] == "http":
            raw = scope.get("raw_path") or scope["path"].encode()
            text = raw.decode("latin-1")
            if text.lower().startswith(("http://", "https://")):
                parts = urlsplit(text)
                path = parts.path or "/"
                scope = {**scope, "path": unquote(path), "raw_path": path.encode("latin-1")}
                if parts.query and not scope.get("query_string"):
                    scope["query_string"] = parts.query.encode("latin-1")
        await self.app(scope, receive, send)


def _state(request: Request) -> SandboxState:
    state: SandboxState = request.app.state.sandbox
    return state


async def _on_refusal(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, GatewayRefusal)
    if exc.invoice:
        return gateway_json(invoice_error_body("", exc.code, exc.description))
    return gateway_json(refusal_body(exc.code, exc.description))


async def _on_token_failure(request: Request, exc: Exception) -> Response:
    logger.info("token check failed on %s: %s", request.url.path, exc)
    return gateway_json(token_failure_body("Authorization failed", _state(request).clock.timestamp()))


async def _on_token_forbidden(request: Request, exc: Exception) -> Response:
    logger.info("token generation refused on %s: %s", request.url.path, exc)
    return gateway_json(token_forbidden_body())


async def _on_query_string(request: Request, exc: Exception) -> Response:
    return gateway_json(QUERY_STRING_REFUSAL)


async def _on_media_type(request: Request, exc: Exception) -> Response:
    return container_page(
        415,
        "Unsupported Media Type",
        "The server refused this request because the request "
        "entity is in a format not supported by the requested resource for the requested method.",
    )


async def _on_unreadable(request: Request, exc: Exception) -> Response:
    return container_page(400, "Bad Request", str(exc))


async def _on_http(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    reasons = {404: "Not Found", 405: "Method Not Allowed"}
    response = container_page(exc.status_code, reasons.get(exc.status_code, "Error"), exc.detail)
    if exc.headers:
        response.headers.update(exc.headers)
    return response


async def _on_disconnect(request: Request, exc: Exception) -> Response:
    # Nobody reads this answer; one line is all the log needs.
    logger.info("client disconnected before %s was read", request.url.path)
    return Response(status_code=400)


async def _on_error(request: Request, exc: Exception) -> Response:
    logger.exception("unhandled error on %s", request.url.path)
    return container_page(500, "Internal Server Error", "The server encountered an internal error.")


def create_app(config: SandboxConfig | None = None, state: SandboxState | None = None) -> Starlette:
    """Build the sandbox application for `config` (defaults: the docs sample identities)."""
    sandbox = state or SandboxState(config or SandboxConfig())

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        yield
        await sandbox.notifier.aclose()

    routes: list[BaseRoute] = []
    for prefix in TRANSACTION_PREFIXES:
        routes.append(Mount(prefix, routes=_transaction_routes()))
    for prefix in INVOICE_PREFIXES:
        routes.append(Mount(prefix, routes=_invoice_routes()))
    routes += [
        Route(APPROVAL_PATH, approval_page, methods=["GET", "POST"]),
        Route("/transaction/PayInvoice", pay_invoice_page, methods=["GET", "POST"]),
        Mount("/_sandbox", routes=control_routes()),
    ]
    app = Starlette(
        routes=routes,
        middleware=[
            Middleware(AbsoluteTargetMiddleware),
            Middleware(FaultMiddleware, injector=sandbox.faults, closer=lambda: sandbox.connection_closer),
        ],
        exception_handlers={
            GatewayRefusal: _on_refusal,
            TokenFailure: _on_token_failure,
            TokenForbidden: _on_token_forbidden,
            QueryStringRefused: _on_query_string,
            UnsupportedMediaType: _on_media_type,
            UnreadableBody: _on_unreadable,
            HTTPException: _on_http,
            ClientDisconnect: _on_disconnect,
            Exception: _on_error,
        },
        lifespan=lifespan,
    )
    app.state.sandbox = sandbox
    return app
