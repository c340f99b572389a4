"""Helpers of the gateway tests (tests/overlay/test_gateway_*.py): both clients behind one face, the
cassette scrubbers, and the scanner that proves no secret reached a cassette.

Cassettes are recorded against the sandbox on a fixed port (``SANDBOX_PORT``) so that the replayed
host and port match, or against the gateway named by the environment:

    TRANSACTION_SERVICES_BASE_URL      e.g. https://test.paymentz.com (default http://127.0.0.1:18765)
    TRANSACTION_SERVICES_MEMBER_ID     with _SECURE_KEY, _PARTNER_ID, _USERNAME, _TERMINAL_ID
    TRANSACTION_SERVICES_PARTNER_USERNAME, TRANSACTION_SERVICES_PARTNER_KEY   (partner_token only)

Replay reads the same variable, so cassettes recorded against another host replay when it is set the
same way. Without the variables everything runs against the sandbox's default credentials.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import json
import os
import re
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, TypeVar, cast
from urllib.parse import parse_qsl, unquote_plus, urlencode

import yaml

from transaction_services import AsyncGateway, Credentials, Gateway
from transaction_services._redaction import REDACTED, redact_form
from transaction_services_sandbox.config import (
    DEFAULT_MEMBER_ID,
    DEFAULT_MERCHANT_USERNAME,
    DEFAULT_PARTNER_ID,
    DEFAULT_PARTNER_KEY,
    DEFAULT_PARTNER_USERNAME,
    DEFAULT_SECURE_KEY,
    DEFAULT_TERMINAL_ID,
)

T = TypeVar("T")
Kind = Literal["sync", "async"]
KINDS: tuple[Kind, Kind] = ("sync", "async")

SANDBOX_HOST = "127.0.0.1"
SANDBOX_PORT = 18765
ENV_PREFIX = "TRANSACTION_SERVICES_"
BASE_URL_ENV = ENV_PREFIX + "BASE_URL"
CASSETTE_ROOT = Path(__file__).resolve().parents[1] / "cassettes"
# A regex that matches no host: the mark's allowed_hosts takes priority over --allowed-hosts, so a replay
# can never reach a live server, not even one on loopback.
NO_HOST = "(?!)"
# Headers whose values change on every run or carry nothing worth keeping.
VOLATILE_RESPONSE_HEADERS = frozenset({"date", "server", "content-length"})


def remote_gateway() -> bool:
    """Whether the environment names a gateway other than the local sandbox."""
    return bool(os.environ.get(BASE_URL_ENV))


def base_url() -> str:
    """The base URL cassettes are recorded against and replayed from."""
    return os.environ.get(BASE_URL_ENV) or f"http://{SANDBOX_HOST}:{SANDBOX_PORT}"


def _env(name: str, default: str) -> str:
    return os.environ.get(ENV_PREFIX + name) or default


def credentials() -> Credentials:
    """The environment's credentials, or the sandbox defaults."""
    return Credentials(
        _env("MEMBER_ID", DEFAULT_MEMBER_ID),
        _env("SECURE_KEY", DEFAULT_SECURE_KEY),
        _env("PARTNER_ID", DEFAULT_PARTNER_ID),
        _env("USERNAME", DEFAULT_MERCHANT_USERNAME),
        _env("TERMINAL_ID", DEFAULT_TERMINAL_ID),
        partner_username=_env("PARTNER_USERNAME", DEFAULT_PARTNER_USERNAME),
        partner_key=_env("PARTNER_KEY", DEFAULT_PARTNER_KEY),
    )


# --- one face for both clients --------------------------------------------------------------------


def _iterate(agen: AsyncIterator[Any], loop: asyncio.AbstractEventLoop) -> Iterator[Any]:
    while True:
        try:
            yield loop.run_until_complete(agen.__anext__())
        except StopAsyncIteration:
            return


class _AsyncView:
    """An async object seen as a sync one: coroutine methods run to completion on ``loop``."""

    def __init__(self, target: object, loop: asyncio.AbstractEventLoop) -> None:
        self._target = target
        self._loop = loop

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._target, name)
        if name == "invoices":
            return _AsyncView(value, self._loop)
        if inspect.isasyncgenfunction(value):
            return lambda *args, **kwargs: _iterate(value(*args, **kwargs), self._loop)
        if inspect.iscoroutinefunction(value):
            return lambda *args, **kwargs: self._loop.run_until_complete(value(*args, **kwargs))
        return value

    def __repr__(self) -> str:
        return repr(self._target)


@dataclass
class Subject:
    """The client under test: ``gateway`` has the sync surface whichever client is behind it.

    ``target`` is the real ``Gateway`` or ``AsyncGateway``; ``run`` runs a coroutine on the async
    client's loop (for ``gateway.raw`` calls through the generated ``asyncio_detailed`` functions).
    """

    kind: Kind
    gateway: Gateway
    target: Gateway | AsyncGateway
    loop: asyncio.AbstractEventLoop | None

    @property
    def is_async(self) -> bool:
        """Whether the AsyncGateway is behind ``gateway``."""
        return self.loop is not None

    def run(self, awaitable: Awaitable[T]) -> T:
        """Run ``awaitable`` on the async client's loop."""
        if self.loop is None:
            raise RuntimeError("the sync client has no event loop")
        return self.loop.run_until_complete(awaitable)

    def mtid(self, name: str) -> str:
        """A fixed merchant transaction id, distinct per client kind."""
        return f"{name}-{self.kind}"


@contextlib.contextmanager
def open_subject(kind: Kind, url: str, creds: Credentials, **options: Any) -> Iterator[Subject]:
    """A ``Gateway`` (``kind="sync"``) or an ``AsyncGateway`` on a loop of its own, closed afterwards."""
    if kind == "sync":
        with Gateway(base_url=url, credentials=creds, **options) as gateway:
            yield Subject(kind, gateway, gateway, None)
        return
    loop = asyncio.new_event_loop()
    try:
        async_gateway = AsyncGateway(base_url=url, credentials=creds, **options)
        try:
            yield Subject(kind, cast(Gateway, _AsyncView(async_gateway, loop)), async_gateway, loop)
        finally:
            loop.run_until_complete(async_gateway.close())
            loop.run_until_complete(loop.shutdown_asyncgens())
    finally:
        loop.close()


# --- scrubbing at record time -----------------------------------------------------------------------

_JWT = re.compile(r"eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*")
_TOKEN_KEYS = frozenset({"authtoken"})


def _text(body: str | bytes) -> str:
    return body.decode("utf-8", errors="replace") if isinstance(body, bytes) else body


def _same_type(original: str | bytes, text: str) -> str | bytes:
    return text.encode("utf-8") if isinstance(original, bytes) else text


def scrub_form(text: str) -> str:
    """A form body with sKey, authToken, card number, CVV and partner key hidden.

    The checksum stays: replay then proves the SDK still signs exactly as when the cassette was recorded
    (the sandbox verified it), and an MD5 over a random secure key reveals nothing usable.
    """
    pairs = parse_qsl(text, keep_blank_values=True)
    redacted = redact_form(dict(pairs), keep_checksum=True)
    # vcrpy scrubs recorded requests again when it loads a cassette: keep masked values as they are
    # (mask_pan("411111******1111") would give "****" and the replayed request would no longer match).
    return urlencode([(name, value if _masked(value) else str(redacted[name])) for name, value in pairs])


def _masked(value: str) -> bool:
    return value == REDACTED or "*" in value


def scrub_request(request: Any) -> Any:
    """vcrpy ``before_record_request``: applied to recorded requests and, before matching, to live ones."""
    body = request.body
    if not body:
        return request
    text = _text(body)
    content_type = str(request.headers.get("Content-Type", "")).lower()
    if text.lstrip().startswith("{"):
        try:
            document = json.loads(text)
        except ValueError:
            document = None
        if isinstance(document, dict):
            text = json.dumps(redact_form(document, keep_checksum=True), separators=(",", ":"))
    elif "x-www-form-urlencoded" in content_type or "=" in text:
        text = scrub_form(text)
    request.body = _same_type(body, _JWT.sub(REDACTED, text))
    return request


def _redact_tokens(value: Any) -> Any:
    if isinstance(value, dict):
        return {
            key: (REDACTED if str(key).lower() in _TOKEN_KEYS and value[key] else _redact_tokens(value[key]))
            for key in value
        }
    if isinstance(value, list):
        return [_redact_tokens(item) for item in value]
    return value


def scrub_response(response: dict[str, Any]) -> dict[str, Any]:
    """vcrpy ``before_record_response``: AuthToken values in JSON bodies and volatile headers removed."""
    headers = response.get("headers") or {}
    response["headers"] = {
        name: value for name, value in headers.items() if name.lower() not in VOLATILE_RESPONSE_HEADERS
    }
    body = response.get("body", {}).get("string")
    if body:
        text = _text(body)
        try:
            document = json.loads(text)
        except ValueError:
            document = None
        if isinstance(document, dict | list):
            scrubbed = _redact_tokens(document)
            if scrubbed != document:
                text = json.dumps(scrubbed, separators=(",", ":"))
        response["body"]["string"] = _same_type(body, _JWT.sub(REDACTED, text))
    return response


AUTH_TOKEN_HEADER = "AuthToken"
AUTH_TOKEN_PLACEHOLDER = "REDACTED-AUTHTOKEN"
AUTH_TOKEN_MATCHER = "auth_token_header"


def auth_token_header_matches(live: Any, recorded: Any) -> None:
    """vcrpy matcher: a request carries the AuthToken header exactly when its recording did.

    The value itself is scrubbed to a placeholder at record time (and, before matching, in the live
    request), so replay proves the header is sent, never what it held.
    """
    sent = live.headers.get(AUTH_TOKEN_HEADER)
    expected = recorded.headers.get(AUTH_TOKEN_HEADER)
    if sent != expected:
        raise AssertionError(f"{AUTH_TOKEN_HEADER} header {sent!r} != recorded {expected!r}")


def vcr_settings() -> dict[str, Any]:
    """The ``vcr_config`` of the cassette tests."""
    return {
        "match_on": ["method", "scheme", "host", "port", "path", "query", "body", AUTH_TOKEN_MATCHER],
        # the AuthToken's value is replaced, not dropped: its presence is part of what replay checks
        "filter_headers": [(AUTH_TOKEN_HEADER, AUTH_TOKEN_PLACEHOLDER), "Authorization", "Cookie"],
        "before_record_request": scrub_request,
        "before_record_response": scrub_response,
        "decode_compressed_response": True,
    }


# --- the scanner ----------------------------------------------------------------------------------

_DIGIT_RUN = re.compile(r"(?<![0-9A-Za-z])[0-9]{13,19}(?![0-9A-Za-z])")  # not inside a hex checksum
_SKEY_VALUE = re.compile(r"""(?i)skey["']?\s*[:=]\s*["']?([^&"'\s,}]+)""")
_CVV_DIGITS = re.compile(r"""(?i)cvv["']?\s*[:=]\s*["']?[0-9]""")


def luhn_valid(digits: str) -> bool:
    """Whether a digit string passes the Luhn check."""
    total = 0
    for index, char in enumerate(reversed(digits)):
        digit = int(char)
        if index % 2 == 1:
            digit = digit * 2 - 9 if digit > 4 else digit * 2
        total += digit
    return total % 10 == 0


def secrets_in_text(text: str, secure_keys: Callable[[], list[str]] | None = None) -> list[str]:
    """The kinds of secret found in ``text``: ``sKey``, ``secure key``, ``PAN``, ``CVV``, ``JWT``."""
    found: list[str] = []
    if any(match.group(1) != REDACTED for match in _SKEY_VALUE.finditer(text)):
        found.append("sKey")
    keys = secure_keys() if secure_keys else [DEFAULT_SECURE_KEY, credentials().secure_key]
    if any(key and key in text for key in keys):
        found.append("secure key")
    if any(luhn_valid(match.group(0)) for match in _DIGIT_RUN.finditer(text)):
        found.append("PAN")
    if _CVV_DIGITS.search(text):
        found.append("CVV")
    if _JWT.search(text):
        found.append("JWT")
    return found


def _strings(node: Any) -> Iterator[str]:
    if isinstance(node, str):
        yield node
        yield unquote_plus(node)
    elif isinstance(node, bytes):
        yield from _strings(node.decode("utf-8", errors="replace"))
    elif isinstance(node, dict):
        for key, value in node.items():
            yield from _strings(key)
            yield from _strings(value)
    elif isinstance(node, list):
        for item in node:
            yield from _strings(item)


def scan_cassette(path: Path) -> list[str]:
    """Secrets found in one cassette file: its raw text and every string of its YAML, URL-decoded too."""
    raw = path.read_text(encoding="utf-8")
    texts = [raw, *_strings(yaml.safe_load(raw))]
    found: list[str] = []
    for text in texts:
        found.extend(kind for kind in secrets_in_text(text) if kind not in found)
    return found


def cassette_files(root: Path = CASSETTE_ROOT) -> list[Path]:
    """Every cassette under ``root``."""
    return sorted(root.rglob("*.yaml"))
