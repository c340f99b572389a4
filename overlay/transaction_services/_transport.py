"""The httpx seam: AuthToken injection with one refresh on a token failure, and metadata-only logging."""

from __future__ import annotations

import json
import logging
import time
from collections.abc import AsyncGenerator, Callable, Generator

import httpx

from ._constants import INVOICE_SERVICES_PREFIX, LOGGER_NAME
from .auth import AsyncTokenProvider, SyncTokenProvider, is_token_failure

__all__ = ["TOKEN_PATH_SUFFIXES", "AuthTokenAuth", "log_request", "log_response"]

logger = logging.getLogger(LOGGER_NAME)

# The token endpoints authenticate with the key itself and never carry the AuthToken header.
TOKEN_PATH_SUFFIXES = ("/authToken", "/partnerAuthToken", "/regenerateToken")
HEADER = "AuthToken"


def _needs_token(request: httpx.Request) -> bool:
    return not request.url.path.endswith(TOKEN_PATH_SUFFIXES)


def _is_invoice(request: httpx.Request) -> bool:
    return request.url.path.startswith(INVOICE_SERVICES_PREFIX)


def _result_code(response: httpx.Response) -> str | None:
    """The body's ``result.code`` when it may be a token failure (``"401"``), else None.

    The substring test spares decoding every answer twice: only token failures are looked at.
    """
    if b'"401"' not in response.content:
        return None
    try:
        body = json.loads(response.content)
    except ValueError:
        return None
    result = body.get("result") if isinstance(body, dict) else None
    code = result.get("code") if isinstance(result, dict) else None
    return code if isinstance(code, str) else None


class AuthTokenAuth(httpx.Auth):
    """Adds the service's AuthToken to every guarded request; on a token failure refreshes once and resends.

    Tokens come from one provider per service (transactionServices, invoiceServices), each fetching at
    most once at a time however many threads or tasks ask (single flight).
    """

    def __init__(
        self,
        *,
        sync_providers: Callable[[bool], SyncTokenProvider] | None = None,
        async_providers: Callable[[bool], AsyncTokenProvider] | None = None,
    ) -> None:
        self._sync_providers = sync_providers
        self._async_providers = async_providers

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Send ``request`` with the token; refresh it once if the gateway rejects it."""
        if not _needs_token(request) or self._sync_providers is None:
            yield request
            return
        provider = self._sync_providers(_is_invoice(request))
        token = provider.get()
        request.headers[HEADER] = token
        response = yield request
        response.read()
        if is_token_failure(response.status_code, _result_code(response)):
            logger.info("token rejected; fetching a new one and retrying once", extra={"path": request.url.path})
            provider.invalidate(token)
            request.headers[HEADER] = provider.get()
            yield request

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Async twin of :meth:`sync_auth_flow`."""
        if not _needs_token(request) or self._async_providers is None:
            yield request
            return
        provider = self._async_providers(_is_invoice(request))
        token = await provider.get()
        request.headers[HEADER] = token
        response = yield request
        await response.aread()
        if is_token_failure(response.status_code, _result_code(response)):
            logger.info("token rejected; fetching a new one and retrying once", extra={"path": request.url.path})
            await provider.invalidate(token)
            request.headers[HEADER] = await provider.get()
            yield request


def log_request(request: httpx.Request) -> None:
    """Event hook: note the start time; log method and path only (never headers or bodies)."""
    request.extensions["ts_started"] = time.perf_counter()
    logger.debug("request %s %s", request.method, request.url.path)


def log_response(response: httpx.Response) -> None:
    """Event hook: log status and duration only."""
    started = response.request.extensions.get("ts_started")
    elapsed_ms = (time.perf_counter() - started) * 1000 if isinstance(started, float) else -1.0
    logger.debug(
        "response %s %s -> %s in %.1f ms",
        response.request.method,
        response.request.url.path,
        response.status_code,
        elapsed_ms,
    )


async def alog_request(request: httpx.Request) -> None:
    """Async event hook twin of :func:`log_request`."""
    log_request(request)


async def alog_response(response: httpx.Response) -> None:
    """Async event hook twin of :func:`log_response`."""
    log_response(response)
