"""The send loop, written once: an I/O-free generator of actions that the sync and async shells drive.

A flow yields :class:`Send` (an HTTP request with its time budget), :class:`Sleep`, :class:`FetchToken`
and :class:`InvalidateToken`; the shell performs the action and sends back its result (an
``httpx.Response`` or the ``httpx.TransportError`` it raised, the token or the error that prevented
it, ``None``). The flow returns the call's result or raises its error. Nothing here does I/O or reads
the clock except through the injected ``clock``, so the whole policy is testable step by step.

Money safety (reference §9.2): a money-moving request is sent again only when the failure proves it
never reached the wire. Otherwise its outcome is settled by inquiry until the call's deadline; an
inquiry that finds it gives the result, and one that never does ends in :class:`OutcomeUnknownError`.
A "not found" never leads to a second request.
"""

from __future__ import annotations

import json
import logging
import random
from collections.abc import Callable, Generator, Iterable, Iterator
from typing import Any, Generic, Literal, Protocol, TypeVar

import attrs
import httpx

from ._constants import INVOICE_SERVICES_PREFIX, LOGGER_NAME, MAX_WAIT_POLL_INTERVAL_SECONDS
from ._retry import Failure, RetryPolicy, classify_http_status, classify_httpx_error, is_not_sent, is_transient
from ._transport import token_result_code
from .auth import is_token_failure
from .errors import (
    AuthenticationError,
    DuplicateOrderError,
    GatewayError,
    OutcomeUnknownError,
    TransactionServicesError,
    TransportError,
    UnexpectedResponseError,
    scrub_error,
)
from .flows._call import CallOf, parse_failure_body, read_model

__all__ = [
    "Action",
    "Driver",
    "FetchToken",
    "Flow",
    "InvalidateToken",
    "Pager",
    "Send",
    "Sleep",
    "TokenBudget",
]

logger = logging.getLogger(LOGGER_NAME)
T = TypeVar("T")
Item = TypeVar("Item")


class _Settling(Protocol):
    """A result that says whether it can still change (a payment's state)."""

    @property
    def is_final(self) -> bool: ...


State = TypeVar("State", bound=_Settling)
NOT_FOUND_CODE = "10026"
# SYS_UNIQUEORDER's description (reference §9.2 step 6); the code number is not documented.
_DUPLICATE_MARKERS = ("duplicate order id", "sys_uniqueorder")
_TOKEN_PATH_SUFFIXES = ("/authToken", "/partnerAuthToken", "/regenerateToken")
# Exceptions a hostile or broken body raises while it is parsed and read: the parse step's failures.
_PARSE_ERRORS = (ValueError, TypeError, KeyError, AttributeError, IndexError, RecursionError)
Unparseable = Literal["unparseable"]


@attrs.frozen
class Send:
    """Send one request (``httpx`` request arguments) within ``remaining`` seconds; reply: response or error."""

    request: dict[str, Any]
    timeout: httpx.Timeout
    remaining: float


@attrs.frozen
class Sleep:
    """Wait ``seconds``; reply: ``None``."""

    seconds: float


@attrs.define
class TokenBudget:
    """How many token requests the call may still cause (``max_retries + 1`` in all)."""

    left: int


@attrs.frozen
class FetchToken:
    """A valid AuthToken of one service (cached or fetched once); reply: the token or the error."""

    invoice: bool
    budget: TokenBudget
    remaining: float


@attrs.frozen(repr=False)
class InvalidateToken:
    """Drop ``token`` from the cache (the gateway refused it); reply: ``None``."""

    invoice: bool
    token: str


Action = Send | Sleep | FetchToken | InvalidateToken
Flow = Generator[Action, Any, T]


@attrs.frozen
class _Answered(Generic[T]):
    value: T


@attrs.frozen
class _Refused:
    error: GatewayError


@attrs.frozen
class _Failed:
    failure: Failure | Unparseable | None
    error: TransactionServicesError
    cause: BaseException | None


_Attempt = _Answered[T] | _Refused | _Failed


_SECRET_FIELD_SUFFIXES = ("cvv", "card.number", "skey", "partnerkey", "password")


class _Secrets:
    """What no error about one request may show: the gateway's secrets and the request's secret fields
    (CVV, card number, keys), wherever an answer echoes them. Gathered only when an error is made."""

    __slots__ = ("_gateway", "_request")

    def __init__(self, gateway: Callable[[], Iterable[str | None]], request: dict[str, Any]) -> None:
        self._gateway = gateway
        self._request = request

    def __iter__(self) -> Iterator[str | None]:
        yield from self._gateway()
        data = self._request.get("data")
        if isinstance(data, dict):
            for name, value in data.items():
                if isinstance(value, str) and str(name).lower().endswith(_SECRET_FIELD_SUFFIXES):
                    yield value


def _is_token_call(call: CallOf[Any]) -> bool:
    return call.operation in ("token", "invoice_token", "partner_token")


def _is_duplicate_order(error: GatewayError) -> bool:
    text = f"{error.result_code or ''} {error.description or ''}".lower()
    return any(marker in text for marker in _DUPLICATE_MARKERS)


class Pager(Generic[Item]):
    """Which page to ask for next: iterate it for the page calls; it stops after a short (or missing) page."""

    def __init__(self, build: Callable[[int], CallOf[list[Item]]], page_size: int, *, not_found_ends: bool) -> None:
        self._build = build
        self.page_size = page_size
        self.not_found_ends = not_found_ends
        """Whether a "not found" refusal means "no more pages" (the invoice list answers so past its end)."""
        self._page = 1
        self.done = False

    def __iter__(self) -> Pager[Item]:
        return self

    def __next__(self) -> CallOf[list[Item]]:
        if self.done:
            raise StopIteration
        call = self._build(self._page)
        self._page += 1
        return call


class Driver:
    """Runs calls as flows under one retry policy; ``inquiry_for`` builds the settling inquiry of a call."""

    def __init__(
        self,
        policy: RetryPolicy,
        *,
        client: Any,
        timeout: httpx.Timeout,
        deadline: float,
        inquiry_for: Callable[[CallOf[Any]], CallOf[Any]],
        secrets: Callable[[], Iterable[str | None]],
        clock: Callable[[], float],
        rng: Callable[[], float] = random.random,
    ) -> None:
        self.policy = policy
        self._client = client
        self._timeout = timeout
        phases = (timeout.connect, timeout.read, timeout.write, timeout.pool)
        self._longest_timeout = float("inf") if None in phases else max(p for p in phases if p is not None)
        self._deadline = deadline
        self._inquiry_for = inquiry_for
        self._secrets = secrets
        self._clock = clock
        self._rng = rng

    def flow(self, call: CallOf[T], *, remaining: float | None = None, budget: TokenBudget | None = None) -> Flow[T]:
        """The whole call: attempts, retries, token steps and settling, within ``remaining`` seconds."""
        start = self._clock()
        deadline = start + (self._deadline if remaining is None else min(remaining, self._deadline))
        budget = budget if budget is not None else TokenBudget(self.policy.max_retries + 1)
        if call.money:
            return (yield from self._money(call, start, deadline, budget))
        return (yield from self._read(call, deadline, budget))

    def token(self, invoice_service: bool) -> Flow[str]:
        """A valid AuthToken of one service, as a step of its own: for a request sent through ``raw``."""
        reply = yield FetchToken(invoice_service, TokenBudget(self.policy.max_retries + 1), self._deadline)
        if isinstance(reply, TransactionServicesError):
            raise self._scrub(reply)
        return str(reply)

    def page(self, call: CallOf[list[Item]], pager: Pager[Item]) -> Flow[list[Item]]:
        """One page of ``pager``: its items (a short or missing page ends the paging)."""
        try:
            items = yield from self.flow(call)
        except GatewayError as refusal:
            if not (pager.not_found_ends and refusal.result_code == NOT_FOUND_CODE):
                raise
            items = []
        if len(items) < pager.page_size:
            pager.done = True
        return items

    def poll(
        self,
        inquiry: CallOf[State],
        *,
        timeout: float,
        interval: float,
        max_interval: float = MAX_WAIT_POLL_INTERVAL_SECONDS,
    ) -> Flow[State]:
        """Inquire until the result is final or ``timeout`` seconds pass, backing off; the last state seen."""
        deadline = self._clock() + timeout
        delay = interval
        while True:
            result = yield from self.flow(inquiry)
            remaining = deadline - self._clock()
            if result.is_final or remaining <= 0:
                return result
            yield Sleep(min(delay, remaining))
            delay = min(delay * 2, max_interval)

    def then(self, first: CallOf[Any], second: CallOf[T]) -> Flow[T]:
        """Two calls in order (a write, then the read that shows its effect); the second one's result."""
        yield from self.flow(first)
        return (yield from self.flow(second))

    # -- one attempt ----------------------------------------------------------------------------------

    def _clamp(self, remaining: float) -> httpx.Timeout:
        t = self._timeout
        if self._longest_timeout <= remaining:  # the usual case: the deadline cuts no phase short
            return t

        def part(value: float | None) -> float:
            return max(min(value if value is not None else remaining, remaining), 0.001)

        return httpx.Timeout(connect=part(t.connect), read=part(t.read), write=part(t.write), pool=part(t.pool))

    def _attempt(self, call: CallOf[T], limit: float, budget: TokenBudget) -> Generator[Action, Any, _Attempt[T]]:
        """Send ``call`` once (plus one resend after a refused token); never raises for a bad answer."""
        request = call.request_kwargs()  # a bug in building the request surfaces here, before any I/O
        url = str(request.get("url", ""))
        needs_token = not url.endswith(_TOKEN_PATH_SUFFIXES)
        invoice = url.startswith(INVOICE_SERVICES_PREFIX)
        refreshed = False
        while True:
            token: str | None = None
            if needs_token:
                reply = yield FetchToken(invoice, budget, limit - self._clock())
                if isinstance(reply, TransactionServicesError):
                    raise self._scrub(reply)  # the request was never sent: the token step failed
                token = str(reply)
                request["headers"]["AuthToken"] = token
            remaining = limit - self._clock()
            if remaining <= 0:
                error = TransportError(
                    "the call's deadline passed before the request was sent", operation=call.operation
                )
                return _Failed("timeout_before_send", error, None)
            if not needs_token:
                if budget.left <= 0:  # the token endpoint fails: it is never asked more than the budget allows
                    raise self._scrub(
                        AuthenticationError(
                            "no AuthToken: this call's token requests are spent", operation=call.operation
                        )
                    )
                budget.left -= 1
            reply = yield Send(request, self._clamp(remaining), remaining)
            if isinstance(reply, BaseException):
                failure = classify_httpx_error(reply)
                if failure is None:
                    raise reply
                error = TransportError(_transport_message(reply), operation=call.operation)
                error.__cause__ = reply
                return _Failed(failure, error, reply)
            response: httpx.Response = reply
            if (
                token is not None
                and not refreshed
                and is_token_failure(response.status_code, token_result_code(response))
            ):
                # The gateway refused the token and processed nothing: the one resend that is always safe.
                logger.info("%s: token rejected; fetching a new one and sending once more", call.operation)
                yield InvalidateToken(invoice, token)
                refreshed = True
                continue
            return self._parse(call, response, _Secrets(self._secrets, request))

    def _parse(self, call: CallOf[T], response: httpx.Response, secrets: Iterable[str | None]) -> _Attempt[T]:
        """The parse step: the only place where an answer counts as unparseable."""
        try:
            model = read_model(call.operation, call.parse(self._client, response), secrets)
            return _Answered(call.result(model))
        except GatewayError as refusal:
            return _Refused(scrub_error(refusal, secrets))  # type: ignore[arg-type]
        except UnexpectedResponseError as exc:
            if exc.http_status is None:  # raised while reading a 200 answer's content
                exc.http_status = response.status_code
            exc.operation = exc.operation or call.operation
            failure = classify_http_status(exc.http_status) if exc.http_status != 200 else "unparseable"
            return _Failed(failure, scrub_error(exc, secrets), exc.__cause__)
        except _PARSE_ERRORS as exc:
            status = response.status_code
            error = parse_failure_body(call.operation, status, response.content, secrets)
            # json's error keeps the whole body in .doc: chain from its message only.
            cause = ValueError(str(exc)) if isinstance(exc, json.JSONDecodeError) else exc
            error.__cause__ = cause
            return _Failed("unparseable", error, cause)

    # -- read calls -------------------------------------------------------------------------------------

    def _read(self, call: CallOf[T], deadline: float, budget: TokenBudget) -> Flow[T]:
        attempt = 0
        while True:
            outcome = yield from self._attempt(call, deadline, budget)
            if isinstance(outcome, _Answered):
                return outcome.value
            if isinstance(outcome, _Refused):
                raise self._scrub(outcome.error)
            budget_left = budget.left > 0 or not _is_token_call(call)
            if is_transient(outcome.failure) and attempt < self.policy.max_retries and budget_left:  # type: ignore[arg-type]
                delay = self.policy.backoff_delay(attempt, self._rng)
                if self._clock() + delay < deadline:
                    logger.warning(
                        "%s failed (%s); retry %d in %.2f s", call.operation, outcome.failure, attempt + 1, delay
                    )
                    yield Sleep(delay)
                    attempt += 1
                    continue
            raise self._scrub(outcome.error) from outcome.cause

    # -- money-moving calls -------------------------------------------------------------------------------

    def _money(self, call: CallOf[T], start: float, deadline: float, budget: TokenBudget) -> Flow[T]:
        # Part of the deadline is kept for settling: a request that hangs to the end would leave none.
        reserve = min(self.policy.settle_window, (deadline - start) / 2)
        send_limit = deadline - reserve
        attempt = 0
        while True:
            outcome = yield from self._attempt(call, send_limit, budget)
            if isinstance(outcome, _Answered):
                return outcome.value
            if isinstance(outcome, _Refused):
                if call.reference is not None and _is_duplicate_order(outcome.error):
                    return (yield from self._settle(call, deadline, outcome.error, budget, duplicate=True))
                raise self._scrub(outcome.error)
            if is_not_sent(outcome.failure):  # type: ignore[arg-type]
                delay = self.policy.backoff_delay(attempt, self._rng)
                if attempt < self.policy.max_retries and self._clock() + delay < send_limit:
                    logger.warning(
                        "%s was not sent (%s); retry %d in %.2f s", call.operation, outcome.failure, attempt + 1, delay
                    )
                    yield Sleep(delay)
                    attempt += 1
                    continue
                raise self._scrub(outcome.error) from outcome.cause
            return (yield from self._settle(call, deadline, outcome.error, budget))

    def _settle(
        self,
        call: CallOf[T],
        deadline: float,
        error: TransactionServicesError,
        budget: TokenBudget,
        *,
        duplicate: bool = False,
    ) -> Flow[T]:
        """Inquire until the outcome shows or the deadline comes; never send ``call`` again."""
        logger.warning("%s: outcome unknown (%s); settling by inquiry", call.operation, type(error).__name__)
        inquiry = self._inquiry_for(call)
        deadline = min(deadline, self._clock() + self.policy.settle_window)
        delay = self.policy.settle_delay
        last_seen: Any = None
        stop: TransactionServicesError | None = None
        inquiries = 0
        while True:
            try:
                outcome = yield from self._attempt(inquiry, deadline, budget)
            except TransactionServicesError as token_failure:  # no token for the inquiry: still unknown
                stop = token_failure
                break
            inquiries += 1
            if isinstance(outcome, _Answered):
                found = outcome.value
                if call.applied is None or call.applied(found):
                    settled = self._settled_result(call, found)
                    if settled is not None:
                        logger.warning("%s: outcome recovered by inquiry: %s", call.operation, found.outcome)
                        return settled.value
                last_seen = found
            elif (
                isinstance(outcome, _Refused)
                and outcome.error.result_code != NOT_FOUND_CODE
                and not isinstance(outcome.error, AuthenticationError)
            ):
                stop = outcome.error
            if stop is not None or self._clock() + delay >= deadline:
                break
            yield Sleep(delay)
            delay = min(delay * 2, max(self.policy.max_delay, self.policy.settle_delay))
        if duplicate and last_seen is None:
            raise self._scrub(
                DuplicateOrderError(
                    "the gateway refused the order id as a duplicate and no inquiry showed the original payment",
                    merchant_transaction_id=call.reference,
                    result_code=error.result_code,
                    operation=call.operation,
                )
            ) from error
        raise self._unknown(call, last_seen, inquiries, stop, error) from error

    def _settled_result(self, call: CallOf[T], found: Any) -> _Answered[T] | None:
        try:
            return _Answered(call.result(found.raw))
        except (TransactionServicesError, *_PARSE_ERRORS):
            return None

    def _unknown(
        self, call: CallOf[Any], last_seen: Any, inquiries: int, stop: Exception | None, cause: BaseException
    ) -> OutcomeUnknownError:
        what = call.reference or call.payment_id
        if last_seen is not None:
            state = f"the payment is {last_seen.status or last_seen.outcome} and does not show it applied yet"
        elif stop is not None:
            state = f"the inquiry was refused ({type(stop).__name__})"
        else:
            state = f"{inquiries} inquiries did not find it (which proves nothing: it may still be processing)"
        how = (
            f"inquire(merchant_transaction_id={call.reference!r})"
            if call.reference
            else f"inquire({call.payment_id!r}) or wait_for_final({call.payment_id!r})"
        )
        error = OutcomeUnknownError(
            f"{call.operation} of {what} may or may not have been applied: {state}. "
            f"Do not send it again; settle it later with {how}",
            merchant_transaction_id=call.reference,
            payment_id=call.payment_id or getattr(last_seen, "payment_id", None),
            operation=call.operation,
            cause=cause,
            last_seen=last_seen,
        )
        return self._scrub(error)  # type: ignore[return-value]

    def _scrub(self, error: TransactionServicesError) -> TransactionServicesError:
        return scrub_error(error, self._secrets())


def _transport_message(exc: BaseException) -> str:
    """What went wrong, naming the host (never the path or body: they may carry ids)."""
    try:
        host = exc.request.url.netloc.decode("ascii") if isinstance(exc, httpx.RequestError) else "the gateway"
    except RuntimeError:  # an error raised before httpx attached the request
        host = "the gateway"
    if isinstance(exc, httpx.ConnectError):
        return f"could not connect to {host} (is the host name right, and reachable from here?)"
    if isinstance(exc, httpx.TimeoutException):
        return f"{type(exc).__name__}: {host} did not answer in time"
    return f"{type(exc).__name__} while calling {host}"
