"""The httpx seam: the verified TLS client with a per-call deadline, AuthToken injection for ``raw`` use,
and metadata-only logging."""

from __future__ import annotations

import contextvars
import ipaddress
import json
import logging
import ssl
import time
from collections.abc import AsyncGenerator, Awaitable, Callable, Generator
from typing import Any

import httpx

from ._constants import INVOICE_SERVICES_PREFIX, LOGGER_NAME
from .auth import is_token_failure

__all__ = [
    "TOKEN_PATH_SUFFIXES",
    "AsyncAuthTokenAuth",
    "AuthTokenAuth",
    "bounded",
    "call_deadline",
    "check_http_client",
    "install_deadline",
    "is_loopback",
    "log_request",
    "log_response",
    "secure_ssl_context",
    "token_result_code",
]

logger = logging.getLogger(LOGGER_NAME)

# The token endpoints authenticate with the key itself and never carry the AuthToken header.
TOKEN_PATH_SUFFIXES = ("/authToken", "/partnerAuthToken", "/regenerateToken")
HEADER = "AuthToken"


# When the current call must be over (time.monotonic()); read by every socket operation of our pools.
_DEADLINE: contextvars.ContextVar[float | None] = contextvars.ContextVar("transaction_services_deadline", default=None)


class call_deadline:
    """Within the block, no socket read, write or connect of a pool with the deadline installed outlives it.

    A class rather than a ``contextlib`` generator: it runs around every request.
    """

    __slots__ = ("_seconds", "_token")

    def __init__(self, seconds: float) -> None:
        self._seconds = seconds

    def __enter__(self) -> None:
        self._token = _DEADLINE.set(time.monotonic() + self._seconds)

    def __exit__(self, *exc_info: object) -> None:
        _DEADLINE.reset(self._token)


def bounded(timeout: float | None, exc: type[Exception]) -> float | None:
    """``timeout`` cut to what is left of the call's deadline; ``exc`` when nothing is left."""
    deadline = _DEADLINE.get()
    if deadline is None:
        return timeout
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise exc("the call's deadline has passed")
    return remaining if timeout is None else min(timeout, remaining)


def _pool_of(http: httpx.Client | httpx.AsyncClient) -> Any:
    return getattr(getattr(http, "_transport", None), "_pool", None)


def install_deadline(http: httpx.Client) -> bool:
    """Make the client's default transport honour :func:`call_deadline`; False if it is not httpx's own."""
    from ._deadline_backend import DeadlineBackend  # httpcore loads with the first pool, not with the package

    pool = _pool_of(http)
    return DeadlineBackend.install(pool)


def secure_ssl_context() -> ssl.SSLContext:
    """httpx's verifying context (certifi roots, hostname check) with TLS 1.2 as the minimum."""
    context = httpx.create_ssl_context()
    if context.minimum_version < ssl.TLSVersion.TLSv1_2:
        context.minimum_version = ssl.TLSVersion.TLSv1_2
    return context


def check_http_client(http: httpx.Client | httpx.AsyncClient) -> None:
    """Refuse a caller's client whose TLS does not verify certificates and hostnames, or allows < TLS 1.2."""
    from .errors import ValidationError

    context = getattr(_pool_of(http), "_ssl_context", None)
    if not isinstance(context, ssl.SSLContext):
        return  # a custom transport: its TLS is the caller's own design
    if context.verify_mode != ssl.CERT_REQUIRED or not context.check_hostname:
        raise ValidationError(
            "http_client", "the http_client does not verify the gateway's certificate; build it with verification on"
        )
    if context.minimum_version < ssl.TLSVersion.TLSv1_2:  # MINIMUM_SUPPORTED (-2) is below it too
        raise ValidationError("http_client", "the http_client allows TLS older than 1.2")


def is_loopback(host: str) -> bool:
    """Whether ``host`` names this machine (``localhost``, 127.0.0.0/8, ``::1``)."""
    name = host.strip("[]").lower()
    if name == "localhost" or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def _needs_token(request: httpx.Request) -> bool:
    return not request.url.path.endswith(TOKEN_PATH_SUFFIXES)


def _is_invoice(request: httpx.Request) -> bool:
    return request.url.path.startswith(INVOICE_SERVICES_PREFIX)


def token_result_code(response: httpx.Response) -> str | None:
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


class _RawAuth(httpx.Auth):
    """Which service's AuthToken a request needs: ``None`` for the gateway's own calls, which carry it
    already (the driver's token step), and for the token endpoints, which authenticate with the key."""

    @staticmethod
    def _service(request: httpx.Request) -> bool | None:
        if HEADER in request.headers or not _needs_token(request):
            return None
        return _is_invoice(request)


class AuthTokenAuth(_RawAuth):
    """Puts the service's AuthToken on a request sent through ``raw``; on a token failure drops it and resends once.

    The hook never fetches: ``token(invoice_service)`` is the shell's token step (a driver flow that
    returns the cached token or fetches one under the call's budget) and ``invalidate`` drops a refused
    token from the cache.
    """

    def __init__(self, token: Callable[[bool], str], invalidate: Callable[[bool, str], None]) -> None:
        self._token = token
        self._invalidate = invalidate

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Send ``request`` with the token; once more with a fresh one if the gateway rejects it."""
        service = self._service(request)
        if service is None:
            yield request
            return
        token = self._token(service)
        request.headers[HEADER] = token
        response = yield request
        response.read()
        if is_token_failure(response.status_code, token_result_code(response)):
            logger.info("token rejected; fetching a new one and retrying once", extra={"path": request.url.path})
            self._invalidate(service, token)
            request.headers[HEADER] = self._token(service)
            yield request

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Refused: this hook belongs to an ``httpx.Client`` (``AsyncGateway`` uses :class:`AsyncAuthTokenAuth`)."""
        raise RuntimeError("AuthTokenAuth is the hook of a synchronous client")
        yield request  # pragma: no cover - makes this an async generator, as httpx expects


class AsyncAuthTokenAuth(_RawAuth):
    """:class:`AuthTokenAuth` for ``httpx.AsyncClient``: the same steps, awaited."""

    def __init__(
        self, token: Callable[[bool], Awaitable[str]], invalidate: Callable[[bool, str], Awaitable[None]]
    ) -> None:
        self._token = token
        self._invalidate = invalidate

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Refused: this hook belongs to an ``httpx.AsyncClient`` (``Gateway`` uses :class:`AuthTokenAuth`)."""
        raise RuntimeError("AsyncAuthTokenAuth is the hook of an asynchronous client")
        yield request  # pragma: no cover - makes this a generator, as httpx expects

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Send ``request`` with the token; once more with a fresh one if the gateway rejects it."""
        service = self._service(request)
        if service is None:
            yield request
            return
        token = await self._token(service)
        request.headers[HEADER] = token
        response = yield request
        await response.aread()
        if is_token_failure(response.status_code, token_result_code(response)):
            logger.info("token rejected; fetching a new one and retrying once", extra={"path": request.url.path})
            await self._invalidate(service, token)
            request.headers[HEADER] = await self._token(service)
            yield request


def log_request(request: httpx.Request) -> None:
    """Event hook: note the start time; log method and path only (never headers or bodies)."""
    if not logger.isEnabledFor(logging.DEBUG):  # the common case: spare every request the bookkeeping
        return
    request.extensions["ts_started"] = time.perf_counter()
    logger.debug("request %s %s", request.method, request.url.path)


def log_response(response: httpx.Response) -> None:
    """Event hook: log status and duration only."""
    if not logger.isEnabledFor(logging.DEBUG):
        return
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
