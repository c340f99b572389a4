"""The AuthToken lifecycle, with the I/O injected.

Policy (reference §2, design.md "AuthToken lifecycle"):

- the token is fetched on first use and cached;
- it is refreshed ``TOKEN_REFRESH_MARGIN_SECONDS`` before it expires. The expiry is the JWT's ``exp``
  claim when it can be decoded (no signature check: the token is opaque to us) and plausible against
  our clock, else one hour after it was obtained;
- one fetch at a time (single flight), however many threads or tasks ask at once;
- when the gateway rejects a token (HTTP 401, or HTTP 200 with result code ``401``), the caller calls
  ``invalidate(stale_token)`` and retries once; only the first of many concurrent invalidations of the
  same token clears the cache, so fifty failing calls cause one refresh.

The token never appears in a ``repr``.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import json
import threading
import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

import attrs

from ._constants import TOKEN_LIFETIME_SECONDS, TOKEN_REFRESH_MARGIN_SECONDS
from .errors import AuthenticationError

if TYPE_CHECKING:
    import asyncio

__all__ = ["AsyncTokenProvider", "SyncTokenProvider", "TokenState", "is_token_failure", "jwt_expiry"]


def jwt_expiry(token: str) -> float | None:
    """Return a JWT's ``exp`` claim in epoch seconds (signature not checked); ``None`` if unreadable."""
    parts = token.split(".")
    if len(parts) != 3:
        return None
    payload = parts[1] + "=" * (-len(parts[1]) % 4)
    try:
        claims = json.loads(base64.urlsafe_b64decode(payload.encode("ascii")))
    except (ValueError, binascii.Error, UnicodeError):
        return None
    exp = claims.get("exp") if isinstance(claims, dict) else None
    if isinstance(exp, bool) or not isinstance(exp, int | float):
        return None
    return float(exp)


@attrs.frozen(repr=False)
class TokenState:
    """A cached AuthToken with the time it was obtained and the time it expires (epoch seconds)."""

    token: str
    obtained_at: float
    expires_at: float

    @classmethod
    def from_token(cls, token: str, obtained_at: float) -> TokenState:
        """Compute the expiry from the JWT ``exp`` claim, falling back to ``obtained_at`` + one hour.

        The claim is trusted only when it lies between ``obtained_at + margin`` and ``obtained_at + one
        hour``: beyond that range the two clocks disagree, and trusting the claim would either refresh on
        every call or use the token after the gateway has expired it.
        """
        fallback = obtained_at + TOKEN_LIFETIME_SECONDS
        exp = jwt_expiry(token)
        if exp is None or exp <= obtained_at + TOKEN_REFRESH_MARGIN_SECONDS:
            return cls(token, obtained_at, fallback)
        return cls(token, obtained_at, min(exp, fallback))

    def needs_refresh(self, now: float) -> bool:
        """Whether the token is within ``TOKEN_REFRESH_MARGIN_SECONDS`` of its expiry (or past it)."""
        return now >= self.expires_at - TOKEN_REFRESH_MARGIN_SECONDS

    def __repr__(self) -> str:
        times = f"obtained_at={self.obtained_at!r}, expires_at={self.expires_at!r}"
        return f"TokenState(token='<redacted>', {times})"


def is_token_failure(http_status: int, result_code: str | None) -> bool:
    """Whether a response says the AuthToken was rejected: HTTP 401, or result code ``401`` in the body."""
    return http_status == 401 or (result_code is not None and result_code.strip() == "401")


def _checked(token: object) -> str:
    if not isinstance(token, str) or not token.strip():
        raise AuthenticationError("the token endpoint returned no AuthToken", operation="authToken")
    return token


def _same_token(a: str, b: str) -> bool:
    return hmac.compare_digest(a.encode("utf-8"), b.encode("utf-8"))


class _TokenCache:
    """The cached state both providers share; only their lock and their ``await`` differ."""

    def __init__(self, clock: Callable[[], float]) -> None:
        self._clock = clock
        self._state: TokenState | None = None

    def __repr__(self) -> str:
        return f"{type(self).__name__}(state={self._state!r})"

    @property
    def state(self) -> TokenState | None:
        """The cached token state, if any."""
        return self._state

    def _fresh(self) -> str | None:
        state = self._state
        if state is not None and not state.needs_refresh(self._clock()):
            return state.token
        return None

    def _store(self, token: object) -> str:
        checked = _checked(token)
        self._state = TokenState.from_token(checked, self._clock())
        return checked

    def _drop(self, stale_token: str) -> None:
        if self._state is not None and _same_token(self._state.token, stale_token):
            self._state = None


class SyncTokenProvider(_TokenCache):
    """Thread-safe AuthToken cache with single-flight refresh (see the module docstring for the policy).

    ``fetch`` obtains a new token (it performs the ``/authToken`` call); ``clock`` returns epoch seconds.
    """

    def __init__(self, fetch: Callable[..., str], clock: Callable[[], float] = time.time) -> None:
        super().__init__(clock)
        self._fetch = fetch
        self._lock = threading.Lock()

    def get(self, *fetch_args: Any) -> str:
        """Return a valid token, fetching one (once, under the lock) when none is cached or it is expiring.

        ``fetch_args`` go to ``fetch`` when this caller is the one that fetches (its budget and deadline).
        """
        token = self._fresh()
        if token is not None:
            return token
        with self._lock:
            # Double-checked: another thread may have refreshed while this one waited for the lock.
            return self._fresh() or self._store(self._fetch(*fetch_args))

    def invalidate(self, stale_token: str) -> None:
        """Drop the cached token if it is still ``stale_token`` (the one the gateway just rejected)."""
        with self._lock:
            self._drop(stale_token)

    def clear(self) -> None:
        """Drop the cached token unconditionally."""
        with self._lock:
            self._state = None


class AsyncTokenProvider(_TokenCache):
    """Asyncio AuthToken cache with single-flight refresh (see the module docstring for the policy).

    The lock is created lazily inside the running loop and re-created when the provider is used from
    another loop, so the provider may be built outside any loop. It is not thread-safe: use it from one
    event loop at a time.
    """

    def __init__(self, fetch: Callable[..., Awaitable[str]], clock: Callable[[], float] = time.time) -> None:
        super().__init__(clock)
        self._fetch = fetch
        self._lock: asyncio.Lock | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

    def _get_lock(self) -> asyncio.Lock:
        import asyncio  # here, not at the top: a synchronous program never loads asyncio

        loop = asyncio.get_running_loop()
        if self._lock is None or self._loop is not loop:
            self._lock = asyncio.Lock()
            self._loop = loop
        return self._lock

    async def get(self, *fetch_args: Any) -> str:
        """Return a valid token, fetching one (once, under the lock) when none is cached or it is expiring."""
        token = self._fresh()
        if token is not None:
            return token
        async with self._get_lock():
            return self._fresh() or self._store(await self._fetch(*fetch_args))

    async def invalidate(self, stale_token: str) -> None:
        """Drop the cached token if it is still ``stale_token`` (the one the gateway just rejected)."""
        async with self._get_lock():
            self._drop(stale_token)

    async def clear(self) -> None:
        """Drop the cached token unconditionally."""
        async with self._get_lock():
            self._state = None
