"""Fault injection: the next N requests whose path matches misbehave in a chosen way.

Kinds:
- `delay`: wait `delay_seconds`, then process normally;
- `drop_before`: close the connection without processing or answering;
- `drop_after`: process (the payment is committed), then close the connection without answering;
- `http_500`, `http_502`, `http_503`: answer that status with an HTML page, without processing;
- `truncate`: process, then send the headers and half of the body, and close the connection;
- `slow_commit`: keep processing for `delay_seconds` even after the client has gone, then commit;
  a new payment stays invisible to inquiries until it commits (the platform's window before its
  row is written);
- `slow_processing`: the same, but a new payment is visible as `begun` from the start and then
  completes.

The two slow kinds read the whole request body first and run the request detached from the
connection, so a client that times out and disconnects does not stop it. On an operation that
makes no new payment they wait `delay_seconds` before processing.

The control API never matches. A rule matches when its `match` string occurs in the request path
(an operation name such as `payments` or `authToken` works, as does a full path).
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import threading
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .responses import container_page

__all__ = [
    "FAULT_KINDS",
    "FAULT_SCOPE_KEY",
    "SLOW_KINDS",
    "ConnectionCloser",
    "FaultInjector",
    "FaultMiddleware",
    "FaultRule",
]

SLOW_KINDS = ("slow_commit", "slow_processing")
FAULT_KINDS = ("delay", "drop_before", "drop_after", "http_500", "http_502", "http_503", "truncate", *SLOW_KINDS)
# Where a slow fault waits for the handler: the request's `scope["state"]` (Starlette's `request.state`).
FAULT_SCOPE_KEY = "sandbox_fault"
_REASONS = {500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Unavailable"}
CONTROL_PREFIX = "/_sandbox"


@dataclass
class FaultRule:
    """One injected fault and how many more requests it applies to."""

    fault_id: int
    kind: str
    match: str
    remaining: int
    delay_seconds: float = 0.0

    def to_public(self) -> dict[str, Any]:
        """JSON-ready view."""
        return asdict(self)


class FaultInjector:
    """The list of active fault rules; thread-safe."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._rules: list[FaultRule] = []
        self._ids = itertools.count(1)

    def add(self, kind: str, match: str = "", count: int = 1, delay_seconds: float = 0.0) -> FaultRule:
        """Add a rule; raise ValueError for an unknown kind or a bad count."""
        if kind not in FAULT_KINDS:
            raise ValueError(f"unknown fault kind {kind!r}; expected one of {', '.join(FAULT_KINDS)}")
        if count < 1:
            raise ValueError("count must be at least 1")
        if delay_seconds < 0:
            raise ValueError("delay_seconds must not be negative")
        with self._lock:
            rule = FaultRule(next(self._ids), kind, match, count, delay_seconds)
            self._rules.append(rule)
            return rule

    def take(self, path: str) -> FaultRule | None:
        """The first rule matching the path, with one use consumed; None when nothing matches."""
        if path.startswith(CONTROL_PREFIX):
            return None
        with self._lock:
            for rule in self._rules:
                if rule.match in path:
                    rule.remaining -= 1
                    if rule.remaining <= 0:
                        self._rules.remove(rule)
                    return FaultRule(rule.fault_id, rule.kind, rule.match, rule.remaining, rule.delay_seconds)
        return None

    def rules(self) -> list[FaultRule]:
        """Active rules."""
        with self._lock:
            return [FaultRule(**asdict(rule)) for rule in self._rules]

    def clear(self) -> None:
        """Remove every rule."""
        with self._lock:
            self._rules.clear()


ConnectionCloser = Callable[[tuple[str, int]], bool]


class FaultMiddleware:
    """ASGI middleware applying the injector's rules to matching requests."""

    def __init__(self, app: ASGIApp, injector: FaultInjector, closer: Callable[[], ConnectionCloser | None]) -> None:
        self.app = app
        self.injector = injector
        self.closer = closer
        # Detached requests of slow faults; kept referenced until they finish.
        self._tasks: set[asyncio.Future[None]] = set()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Run the request, misbehaving when a rule matches."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        rule = self.injector.take(scope["path"])
        if rule is None:
            await self.app(scope, receive, send)
            return
        if rule.kind == "delay":
            await asyncio.sleep(rule.delay_seconds)
            await self.app(scope, receive, send)
        elif rule.kind in SLOW_KINDS:
            await self._detached(rule, scope, receive, send)
        elif rule.kind == "drop_before":
            await self._drop(scope, receive, send)
        elif rule.kind.startswith("http_"):
            status = int(rule.kind.removeprefix("http_"))
            await container_page(status, _REASONS[status], "injected fault")(scope, receive, send)
        else:
            messages: list[Message] = []

            async def capture(message: Message) -> None:
                messages.append(message)

            await self.app(scope, receive, capture)
            if rule.kind == "drop_after":
                await self._drop(scope, receive, send)
            else:
                await self._truncate(scope, receive, send, messages)

    async def _detached(self, rule: FaultRule, scope: Scope, receive: Receive, send: Send) -> None:
        # The body is read now, so the handler never waits on a connection that may be gone.
        messages: list[Message] = []
        while True:
            message = await receive()
            if message["type"] != "http.request":
                return
            messages.append(message)
            if not message.get("more_body", False):
                break
        body = b"".join(m.get("body", b"") for m in messages)
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        async def send_if_connected(message: Message) -> None:
            with contextlib.suppress(OSError):
                await send(message)

        scope.setdefault("state", {})[FAULT_SCOPE_KEY] = rule
        task = asyncio.ensure_future(self.app(scope, replay, send_if_connected))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        await asyncio.shield(task)

    async def _close(self, scope: Scope, receive: Receive) -> bool:
        closer = self.closer()
        client = scope.get("client")
        if closer is None or not client or not closer((str(client[0]), int(client[1]))):
            return False
        # Wait for the server to notice, so it does not answer on our behalf.
        try:
            async with asyncio.timeout(2.0):
                while (await receive())["type"] != "http.disconnect":
                    pass
        except TimeoutError:
            pass
        return True

    async def _drop(self, scope: Scope, receive: Receive, send: Send) -> None:
        if await self._close(scope, receive):
            return
        # Without access to the connection: start a response and never finish it.
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"1")]})

    async def _truncate(self, scope: Scope, receive: Receive, send: Send, messages: list[Message]) -> None:
        start = next((m for m in messages if m["type"] == "http.response.start"), None)
        body = b"".join(m.get("body", b"") for m in messages if m["type"] == "http.response.body")
        if start is None:
            await self._drop(scope, receive, send)
            return
        headers = [(k, v) for k, v in start.get("headers", []) if k.lower() != b"content-length"]
        headers.append((b"content-length", str(len(body)).encode()))
        await send({"type": "http.response.start", "status": start["status"], "headers": headers})
        await send({"type": "http.response.body", "body": body[: len(body) // 2], "more_body": True})
        await self._close(scope, receive)
