"""Retry policy: which failures are retried, how long to wait, and when to settle instead.

**Retries never double-charge.** A money-moving call (sale, authorization, capture, refund, reversal,
recurring, token payment, payout) is re-sent only when the request provably never left this process:
the connection could not be opened, or no pooled connection became free. Once the request may have
reached the gateway (a timeout while waiting for the answer, a dropped connection, a 5xx or 429 from a
proxy, an answer that cannot be parsed), the decision is :class:`Inquire`: the outcome is settled by
inquiry (by merchant transaction id for a new payment, by payment id for a follow-up) within the
settle window, and the request is never sent again. A "not found" proves nothing: the gateway may
still be processing the first request, and with ``isUniqueOrderIdRequired=N`` it would accept a second.

Read-only calls (inquiries, lists) and the token call are idempotent: they are retried on transport
errors, 5xx and 429 with exponential backoff and full jitter. 4xx answers are never retried. Exceptions
that do not map to a known failure propagate: they are bugs, not transient faults.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Literal

import attrs
import httpx

from ._constants import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_SETTLE_WINDOW_SECONDS,
    INITIAL_RETRY_DELAY_SECONDS,
    INITIAL_SETTLE_DELAY_SECONDS,
    MAX_RETRY_DELAY_SECONDS,
)

__all__ = [
    "DEFAULT_RETRY_POLICY",
    "CallKind",
    "Decision",
    "Failure",
    "Inquire",
    "Raise",
    "Retry",
    "RetryPolicy",
    "classify_http_status",
    "classify_httpx_error",
    "decide",
    "is_not_sent",
    "is_transient",
]

CallKind = Literal["read", "money"]
Failure = Literal[
    "connect",
    "timeout_before_send",
    "timeout_after_send",
    "dropped",
    "http_5xx",
    "http_429",
    "http_4xx",
]

# The request provably never reached the gateway: safe to re-send any call.
_NOT_SENT: frozenset[Failure] = frozenset({"connect", "timeout_before_send"})
# Transient for an idempotent call.
_TRANSIENT: frozenset[Failure] = _NOT_SENT | {"timeout_after_send", "dropped", "http_5xx", "http_429"}
# 2**_MAX_EXPONENT * initial delay exceeds any sensible cap; avoids float overflow for huge attempts.
_MAX_EXPONENT = 32


@attrs.frozen
class Retry:
    """Send the same request again after ``delay`` seconds."""

    delay: float


@attrs.frozen
class Inquire:
    """The outcome of a money-moving call is unknown: inquire before anything is sent again."""


@attrs.frozen
class Raise:
    """Give up and raise the error."""


Decision = Retry | Inquire | Raise


@attrs.frozen
class RetryPolicy:
    """Retry budget, backoff and settling: pass it as ``retry_policy=`` to ``Gateway``/``AsyncGateway``.

    ``max_retries`` retries with delays from ``initial_delay`` to ``max_delay`` seconds (full jitter).
    ``settle_window`` seconds of each money-moving call's deadline are kept for settling an unknown
    outcome by inquiry (at most half the deadline); the inquiries start ``settle_delay`` seconds apart
    and back off to ``max_delay``.
    """

    max_retries: int = attrs.field(default=DEFAULT_MAX_RETRIES, validator=attrs.validators.ge(0))
    initial_delay: float = attrs.field(default=INITIAL_RETRY_DELAY_SECONDS, validator=attrs.validators.ge(0))
    max_delay: float = attrs.field(default=MAX_RETRY_DELAY_SECONDS, validator=attrs.validators.ge(0))
    settle_window: float = attrs.field(default=DEFAULT_SETTLE_WINDOW_SECONDS, validator=attrs.validators.ge(0))
    settle_delay: float = attrs.field(default=INITIAL_SETTLE_DELAY_SECONDS, validator=attrs.validators.ge(0))

    def backoff_delay(self, attempt: int, rng: Callable[[], float] = random.random) -> float:
        """Delay after failed attempt ``attempt`` (0-based): full jitter up to ``initial * 2**attempt``."""
        ceiling = min(self.max_delay, self.initial_delay * 2 ** min(max(attempt, 0), _MAX_EXPONENT))
        return float(rng() * ceiling)

    def decide(
        self, kind: CallKind, attempt: int, failure: Failure, rng: Callable[[], float] = random.random
    ) -> Decision:
        """Decide what follows ``failure`` of attempt ``attempt`` (0 = the first try) of a ``kind`` call."""
        can_retry = attempt < self.max_retries
        if kind == "money":
            if failure in _NOT_SENT:
                return Retry(self.backoff_delay(attempt, rng)) if can_retry else Raise()
            if failure == "http_4xx":
                return Raise()
            return Inquire()
        if failure in _TRANSIENT and can_retry:
            return Retry(self.backoff_delay(attempt, rng))
        return Raise()


DEFAULT_RETRY_POLICY = RetryPolicy()


def is_not_sent(failure: Failure | None) -> bool:
    """Whether the failure proves the request never reached the wire."""
    return failure in _NOT_SENT


def is_transient(failure: Failure | None) -> bool:
    """Whether an idempotent call may be retried after this failure."""
    return failure in _TRANSIENT


def decide(
    kind: CallKind,
    attempt: int,
    failure: Failure,
    max_retries: int,
    *,
    rng: Callable[[], float] = random.random,
) -> Decision:
    """Decide with the default backoff and ``max_retries`` retries; see :meth:`RetryPolicy.decide`."""
    return RetryPolicy(max_retries=max_retries).decide(kind, attempt, failure, rng)


def classify_httpx_error(exc: BaseException) -> Failure | None:
    """Map an httpx exception to a :data:`Failure`; ``None`` for anything that is not a transport fault.

    Only failures before a byte was written count as "not sent": a connect error or timeout, or no
    pooled connection. A write timeout or error may have sent part or all of the request.
    """
    if isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout):
        return "connect"
    if isinstance(exc, httpx.PoolTimeout):
        return "timeout_before_send"
    if isinstance(exc, httpx.ReadTimeout | httpx.WriteTimeout):
        return "timeout_after_send"
    if isinstance(exc, httpx.ReadError | httpx.WriteError | httpx.RemoteProtocolError | httpx.CloseError):
        return "dropped"
    if isinstance(exc, httpx.TimeoutException):
        return "timeout_after_send"
    if isinstance(exc, httpx.NetworkError):
        return "dropped"
    return None


def classify_http_status(status_code: int) -> Failure | None:
    """Map an HTTP status to ``http_429``, ``http_5xx`` or ``http_4xx``; ``None`` for anything else."""
    if status_code == 429:
        return "http_429"
    if 500 <= status_code <= 599:
        return "http_5xx"
    if 400 <= status_code <= 499:
        return "http_4xx"
    return None
