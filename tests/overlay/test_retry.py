"""Tests for transaction_services/_retry.py."""

from __future__ import annotations

import httpx
import pytest

from transaction_services._constants import (
    DEFAULT_MAX_RETRIES,
    INITIAL_RETRY_DELAY_SECONDS,
    MAX_RETRY_DELAY_SECONDS,
)
from transaction_services._retry import (
    DEFAULT_RETRY_POLICY,
    CallKind,
    Decision,
    Failure,
    Inquire,
    Raise,
    Retry,
    RetryPolicy,
    classify_http_status,
    classify_httpx_error,
    decide,
)


def always(value: float) -> float:
    return value


def test_default_policy_uses_constants() -> None:
    assert (
        RetryPolicy(DEFAULT_MAX_RETRIES, INITIAL_RETRY_DELAY_SECONDS, MAX_RETRY_DELAY_SECONDS) == DEFAULT_RETRY_POLICY
    )


@pytest.mark.parametrize(
    ("attempt", "ceiling"),
    [(0, 0.5), (1, 1.0), (2, 2.0), (3, 4.0), (4, 8.0), (5, 8.0), (50, 8.0), (10_000, 8.0), (-1, 0.5)],
)
def test_backoff_ceiling(attempt: int, ceiling: float) -> None:
    policy = RetryPolicy(max_retries=3, initial_delay=0.5, max_delay=8.0)
    assert policy.backoff_delay(attempt, rng=lambda: 0.999999) == pytest.approx(ceiling, rel=1e-5)
    assert policy.backoff_delay(attempt, rng=lambda: 0.0) == 0.0
    assert policy.backoff_delay(attempt, rng=lambda: 0.5) == pytest.approx(ceiling / 2)


def test_backoff_full_jitter_stays_in_range() -> None:
    policy = RetryPolicy()
    for attempt in range(6):
        delay = policy.backoff_delay(attempt)
        assert 0.0 <= delay <= min(8.0, 0.5 * 2**attempt)


@pytest.mark.parametrize("kwargs", [{"max_retries": -1}, {"initial_delay": -0.1}, {"max_delay": -1.0}])
def test_policy_rejects_negative_values(kwargs: dict[str, float]) -> None:
    with pytest.raises(ValueError, match="must be >= 0"):
        RetryPolicy(**kwargs)  # type: ignore[arg-type]


RETRY = Retry(0.25)  # rng 0.5 over the first ceiling of 0.5 s

TABLE: list[tuple[CallKind, int, Failure, Decision]] = [
    # reads and token calls retry on every transient failure while budget remains
    ("read", 0, "connect", RETRY),
    ("read", 0, "timeout_before_send", RETRY),
    ("read", 0, "timeout_after_send", RETRY),
    ("read", 0, "dropped", RETRY),
    ("read", 0, "http_5xx", RETRY),
    ("read", 0, "http_429", RETRY),
    ("read", 0, "http_4xx", Raise()),
    ("read", 1, "http_5xx", Retry(0.5)),
    ("read", 2, "http_5xx", Raise()),
    ("read", 2, "connect", Raise()),
    # money-moving calls re-send only what provably never left
    ("money", 0, "connect", RETRY),
    ("money", 0, "timeout_before_send", RETRY),
    ("money", 1, "connect", Retry(0.5)),
    ("money", 2, "connect", Raise()),
    ("money", 0, "timeout_after_send", Inquire()),
    ("money", 0, "dropped", Inquire()),
    ("money", 0, "http_5xx", Inquire()),
    ("money", 0, "http_429", Inquire()),
    ("money", 5, "http_5xx", Inquire()),
    ("money", 0, "http_4xx", Raise()),
]


@pytest.mark.parametrize(("kind", "attempt", "failure", "expected"), TABLE, ids=lambda v: str(v))
def test_decide_table(kind: CallKind, attempt: int, failure: Failure, expected: Decision) -> None:
    assert decide(kind, attempt, failure, max_retries=2, rng=lambda: 0.5) == expected
    assert RetryPolicy(max_retries=2).decide(kind, attempt, failure, rng=lambda: 0.5) == expected


@pytest.mark.parametrize("failure", ["timeout_after_send", "dropped", "http_5xx", "http_429"])
def test_money_never_retries_once_possibly_sent_even_with_budget(failure: Failure) -> None:
    for attempt in range(5):
        assert not isinstance(decide("money", attempt, failure, max_retries=100), Retry)


def test_zero_retries() -> None:
    assert decide("read", 0, "http_5xx", max_retries=0) == Raise()
    assert decide("money", 0, "connect", max_retries=0) == Raise()
    assert decide("money", 0, "dropped", max_retries=0) == Inquire()


_REQUEST = httpx.Request("POST", "https://gateway.example/transactionServices/REST/v1/payments")


@pytest.mark.parametrize(
    ("exc", "expected"),
    [
        (httpx.ConnectError("refused", request=_REQUEST), "connect"),
        (httpx.ConnectTimeout("slow", request=_REQUEST), "connect"),
        (httpx.PoolTimeout("pool", request=_REQUEST), "timeout_before_send"),
        (httpx.ReadTimeout("read", request=_REQUEST), "timeout_after_send"),
        (httpx.WriteTimeout("write", request=_REQUEST), "timeout_after_send"),
        (httpx.ReadError("reset", request=_REQUEST), "dropped"),
        (httpx.WriteError("broken pipe", request=_REQUEST), "dropped"),
        (httpx.RemoteProtocolError("eof", request=_REQUEST), "dropped"),
        (httpx.CloseError("close", request=_REQUEST), "dropped"),
        (httpx.TimeoutException("other", request=_REQUEST), "timeout_after_send"),
        (httpx.NetworkError("other", request=_REQUEST), "dropped"),
        (httpx.UnsupportedProtocol("ftp", request=_REQUEST), None),
        (httpx.DecodingError("gzip", request=_REQUEST), None),
        (ValueError("bug"), None),
    ],
    ids=lambda v: type(v).__name__ if isinstance(v, BaseException) else str(v),
)
def test_classify_httpx_error(exc: BaseException, expected: Failure | None) -> None:
    assert classify_httpx_error(exc) == expected


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        (200, None),
        (302, None),
        (400, "http_4xx"),
        (401, "http_4xx"),
        (404, "http_4xx"),
        (415, "http_4xx"),
        (429, "http_429"),
        (500, "http_5xx"),
        (502, "http_5xx"),
        (503, "http_5xx"),
        (599, "http_5xx"),
        (600, None),
    ],
)
def test_classify_http_status(status: int, expected: Failure | None) -> None:
    assert classify_http_status(status) == expected
