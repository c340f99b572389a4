"""Tests for transaction_services/auth.py."""

from __future__ import annotations

import asyncio
import base64
import json
import threading

import pytest

from transaction_services import AuthenticationError
from transaction_services._constants import TOKEN_LIFETIME_SECONDS, TOKEN_REFRESH_MARGIN_SECONDS
from transaction_services.auth import (
    AsyncTokenProvider,
    SyncTokenProvider,
    TokenState,
    is_token_failure,
    jwt_expiry,
)

# Docs samples (reference §6.4)
MERCHANT_TOKEN = (
    "eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJjb25tZXJjaGFudDEiLCJyb2xlIjoibWVyY2hhbnQiLCJpc3MiOiJQWiIsImV4cCI6"
    "MTUwMTE0NjY0MX0.TFmGGKDUgkktmZQvrUTeox1buH1J6lgBVE3Mcy8OVjA"
)
PARTNER_TOKEN = (
    "eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJQTE1QIiwicm9sZSI6InBhcnRuZXIiLCJpc3MiOiJQWiIsImV4cCI6MTU1ODAxMzAwNn0"
    ".eMe3bRjI2bTRoAa9aGLlE-mENoy3O0wLXos9DULYFqM"
)

T0 = 1_700_000_000.0


def make_jwt(claims: object) -> str:
    def segment(value: object) -> str:
        return base64.urlsafe_b64encode(json.dumps(value).encode()).rstrip(b"=").decode()

    return f"{segment({'typ': 'JWT', 'alg': 'HS256'})}.{segment(claims)}.c2lnbmF0dXJl"


class FakeClock:
    def __init__(self, now: float = T0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


@pytest.mark.parametrize(
    ("token", "expected"),
    [
        (MERCHANT_TOKEN, 1501146641.0),
        (PARTNER_TOKEN, 1558013006.0),
        (make_jwt({"exp": 1234.5}), 1234.5),
        (make_jwt({"sub": "x"}), None),
        (make_jwt({"exp": "soon"}), None),
        (make_jwt({"exp": True}), None),
        (make_jwt([1, 2]), None),
        ("opaque-token", None),
        ("a.!!!.c", None),
        ("a.bm90IGpzb24.c", None),
        ("a.b.c.d", None),
        ("", None),
    ],
)
def test_jwt_expiry(token: str, expected: float | None) -> None:
    assert jwt_expiry(token) == expected


class TestTokenState:
    def test_uses_exp_claim(self) -> None:
        state = TokenState.from_token(make_jwt({"exp": T0 + 3000}), T0)
        assert state.expires_at == T0 + 3000

    def test_caps_at_lifetime(self) -> None:
        # our clock behind the gateway's: the claim looks two hours away, the gateway expires it in one
        state = TokenState.from_token(make_jwt({"exp": T0 + 7200}), T0)
        assert state.expires_at == T0 + TOKEN_LIFETIME_SECONDS

    @pytest.mark.parametrize(
        "token",
        [MERCHANT_TOKEN, make_jwt({"exp": T0 + TOKEN_REFRESH_MARGIN_SECONDS}), "opaque"],
        ids=["expired-by-our-clock", "within-margin", "opaque"],
    )
    def test_falls_back_to_lifetime(self, token: str) -> None:
        assert TokenState.from_token(token, T0).expires_at == T0 + TOKEN_LIFETIME_SECONDS

    def test_needs_refresh(self) -> None:
        state = TokenState("t", T0, T0 + 3600)
        assert not state.needs_refresh(T0)
        assert not state.needs_refresh(T0 + 3600 - TOKEN_REFRESH_MARGIN_SECONDS - 0.001)
        assert state.needs_refresh(T0 + 3600 - TOKEN_REFRESH_MARGIN_SECONDS)
        assert state.needs_refresh(T0 + 4000)

    def test_repr_masks_token(self) -> None:
        state = TokenState.from_token(MERCHANT_TOKEN, T0)
        assert MERCHANT_TOKEN[:20] not in repr(state)
        assert "TFmGGKDU" not in repr(state)
        assert "<redacted>" in repr(state)


@pytest.mark.parametrize(
    ("http_status", "code", "expected"),
    [
        (401, None, True),
        (200, "401", True),
        (200, " 401 ", True),
        (200, "403", False),
        (200, "00001", False),
        (200, None, False),
        (500, None, False),
    ],
)
def test_is_token_failure(http_status: int, code: str | None, expected: bool) -> None:
    assert is_token_failure(http_status, code) is expected


class CountingFetch:
    def __init__(self, release: threading.Event | None = None) -> None:
        self.calls = 0
        self.release = release
        self._lock = threading.Lock()

    def __call__(self) -> str:
        with self._lock:
            self.calls += 1
            number = self.calls
        if self.release is not None:
            assert self.release.wait(timeout=5)
        return make_jwt({"exp": T0 + 3600, "n": number})


class ObservedLock:
    """A lock that counts how many threads have tried to enter it."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._condition = threading.Condition()
        self.entries = 0

    def __enter__(self) -> ObservedLock:
        with self._condition:
            self.entries += 1
            self._condition.notify_all()
        self._lock.acquire()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._lock.release()

    def wait_for_entries(self, count: int, timeout: float) -> bool:
        with self._condition:
            return self._condition.wait_for(lambda: self.entries >= count, timeout)


class TestSyncTokenProvider:
    def test_single_flight_on_cold_cache(self) -> None:
        release = threading.Event()
        fetch = CountingFetch(release)
        provider = SyncTokenProvider(fetch, clock=FakeClock())
        lock = ObservedLock()
        provider._lock = lock  # type: ignore[assignment]
        results: list[str] = []

        threads = [threading.Thread(target=lambda: results.append(provider.get())) for _ in range(200)]
        for thread in threads:
            thread.start()
        # Hold the first fetch until every thread has found the cache cold and queued on the lock.
        assert lock.wait_for_entries(200, timeout=5)
        release.set()
        for thread in threads:
            thread.join(timeout=5)
            assert not thread.is_alive()
        assert fetch.calls == 1
        assert len(results) == 200
        assert len(set(results)) == 1

    def test_cached_until_refresh_margin(self) -> None:
        fetch = CountingFetch()
        clock = FakeClock()
        provider = SyncTokenProvider(fetch, clock=clock)
        first = provider.get()
        clock.now = T0 + 3600 - TOKEN_REFRESH_MARGIN_SECONDS - 1
        assert provider.get() == first
        assert fetch.calls == 1
        clock.now = T0 + 3600 - TOKEN_REFRESH_MARGIN_SECONDS
        second = provider.get()
        assert second != first
        assert fetch.calls == 2
        assert provider.state is not None
        assert provider.state.obtained_at == clock.now

    def test_invalidate_only_the_stale_token(self) -> None:
        fetch = CountingFetch()
        provider = SyncTokenProvider(fetch, clock=FakeClock())
        stale = provider.get()
        provider.invalidate("some-other-token")
        assert provider.get() == stale
        provider.invalidate(stale)
        fresh = provider.get()
        assert fresh != stale
        provider.invalidate(stale)  # a late invalidation of the old token is a no-op
        assert provider.get() == fresh
        assert fetch.calls == 2

    def test_fifty_threads_seeing_401_cause_one_refresh(self) -> None:
        fetch = CountingFetch()
        provider = SyncTokenProvider(fetch, clock=FakeClock())
        stale = provider.get()
        barrier = threading.Barrier(50)
        tokens: list[str] = []

        def worker() -> None:
            barrier.wait(timeout=5)
            provider.invalidate(stale)
            tokens.append(provider.get())

        threads = [threading.Thread(target=worker) for _ in range(50)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=5)
            assert not thread.is_alive()
        # However the threads interleave, an invalidation after the refresh sees a newer token: a no-op.
        assert fetch.calls == 2
        assert set(tokens) == {tokens[0]}
        assert tokens[0] != stale

    def test_clear(self) -> None:
        fetch = CountingFetch()
        provider = SyncTokenProvider(fetch, clock=FakeClock())
        provider.get()
        provider.clear()
        assert provider.state is None
        provider.get()
        assert fetch.calls == 2

    @pytest.mark.parametrize("token", ["", "   ", None])
    def test_empty_token_is_an_authentication_error(self, token: str | None) -> None:
        provider = SyncTokenProvider(lambda: token, clock=FakeClock())  # type: ignore[arg-type, return-value]
        with pytest.raises(AuthenticationError):
            provider.get()
        assert provider.state is None

    def test_fetch_error_propagates_and_nothing_is_cached(self) -> None:
        def failing() -> str:
            raise AuthenticationError("Token generation forbidden", result_code="403")

        provider = SyncTokenProvider(failing, clock=FakeClock())
        with pytest.raises(AuthenticationError):
            provider.get()
        assert provider.state is None

    def test_repr_masks_token(self) -> None:
        provider = SyncTokenProvider(lambda: MERCHANT_TOKEN, clock=FakeClock())
        provider.get()
        assert "eyJ" not in repr(provider)


class AsyncCountingFetch:
    def __init__(self) -> None:
        self.calls = 0

    async def __call__(self) -> str:
        self.calls += 1
        number = self.calls
        await asyncio.sleep(0)
        await asyncio.sleep(0.01)
        return make_jwt({"exp": T0 + 3600, "n": number})


class TestAsyncTokenProvider:
    def test_single_flight_500_tasks(self) -> None:
        fetch = AsyncCountingFetch()
        provider = AsyncTokenProvider(fetch, clock=FakeClock())

        async def main() -> list[str]:
            return await asyncio.gather(*(provider.get() for _ in range(500)))

        tokens = asyncio.run(main())
        assert fetch.calls == 1
        assert len(set(tokens)) == 1

    def test_refresh_and_invalidate(self) -> None:
        fetch = AsyncCountingFetch()
        clock = FakeClock()
        provider = AsyncTokenProvider(fetch, clock=clock)

        async def main() -> None:
            first = await provider.get()
            assert await provider.get() == first
            clock.now = T0 + 3600 - TOKEN_REFRESH_MARGIN_SECONDS
            second = await provider.get()
            assert second != first
            await provider.invalidate(first)
            assert await provider.get() == second
            await provider.invalidate(second)
            results = await asyncio.gather(*(provider.get() for _ in range(50)))
            assert len(set(results)) == 1
            assert results[0] != second
            await provider.clear()
            assert provider.state is None

        asyncio.run(main())
        assert fetch.calls == 3

    def test_usable_across_event_loops(self) -> None:
        # The lock is bound to the loop that first used it; a second asyncio.run must still work.
        fetch = AsyncCountingFetch()
        provider = AsyncTokenProvider(fetch, clock=FakeClock())
        first = asyncio.run(provider.get())
        asyncio.run(provider.invalidate(first))

        async def contended() -> list[str]:
            return await asyncio.gather(*(provider.get() for _ in range(20)))

        assert len(set(asyncio.run(contended()))) == 1
        assert fetch.calls == 2

    def test_empty_token(self) -> None:
        async def empty() -> str:
            return ""

        provider = AsyncTokenProvider(empty, clock=FakeClock())
        with pytest.raises(AuthenticationError):
            asyncio.run(provider.get())
