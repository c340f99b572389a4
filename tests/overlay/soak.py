"""The fault-injected money run: many concurrent money-moving calls against a sandbox that misbehaves in
every way it can, then the ledger is checked call by call (used by test_money_soak.py and ``nox -s soak``).

Every call gets a fresh merchant transaction id (new payments) or a payment of its own (follow-ups), so
the ledger tells per call what really happened: a payment doubled (two rows for one id, two captures of
one authorization), a payment lost (the call said it failed or returned a payment the ledger does not
have), and whether each ``OutcomeUnknownError`` names the call it came from and matches the ledger (at
most one row). Faults are armed on every path under ``/REST/v1/pay`` (payments, follow-ups, inquiries,
payouts) and consumed by whichever request comes first, so settling inquiries meet faults too.
"""

from __future__ import annotations

import asyncio
import itertools
import time
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import httpx

from transaction_services import (
    AsyncGateway,
    Card,
    Customer,
    Gateway,
    OutcomeUnknownError,
    Payment,
    Payout,
    TransactionServicesError,
)
from transaction_services._retry import RetryPolicy
from transaction_services_sandbox import Sandbox, testdata
from transaction_services_sandbox.config import SandboxConfig
from transaction_services_sandbox.faults import FAULT_KINDS, SLOW_KINDS

from .gateway_support import credentials

CUSTOMER = Customer(given_name="Soak", surname="Test", email="soak@example.com")
CARD = Card(testdata.CARD_VISA, testdata.TEST_EXPIRY_MONTH, testdata.TEST_EXPIRY_YEAR, cvv="123")
# The slow faults commit this long after the request arrived; the client's read timeout is shorter.
COMMIT_DELAY = 0.6
READ_TIMEOUT = 0.3
SHORT_WINDOW = 0.15  # settling ends before a slow commit lands: OutcomeUnknownError, the ledger has it
LONG_WINDOW = 1.5  # settling outlasts the commit: the call returns the payment
FOLLOW_UP_OPERATION = {"capture": "CP", "refund": "RF", "cancel": "RV"}
MIX = ("purchase", "authorize", "payout", "purchase", "capture", "refund", "cancel", "purchase")


@dataclass
class Figures:
    """What one or more runs did and found."""

    calls: int = 0
    faults_armed: Counter[str] = field(default_factory=Counter)
    faults_hit: Counter[str] = field(default_factory=Counter)
    results: Counter[str] = field(default_factory=Counter)
    doubles: list[str] = field(default_factory=list)
    losses: list[str] = field(default_factory=list)
    unknowns: int = 0
    unknowns_applied: int = 0  # the ledger shows the payment or follow-up after all (a late commit)
    unknown_mismatches: list[str] = field(default_factory=list)
    token_requests: int = 0
    seconds: float = 0.0

    def add(self, other: Figures) -> None:
        """Sum another run into this one."""
        self.calls += other.calls
        self.faults_armed.update(other.faults_armed)
        self.faults_hit.update(other.faults_hit)
        self.results.update(other.results)
        self.doubles += other.doubles
        self.losses += other.losses
        self.unknowns += other.unknowns
        self.unknowns_applied += other.unknowns_applied
        self.unknown_mismatches += other.unknown_mismatches
        self.token_requests += other.token_requests
        self.seconds += other.seconds

    def summary(self) -> str:
        """The figures as RELIABILITY.md reports them."""
        kinds = ", ".join(f"{kind} {self.faults_hit[kind]}" for kind in FAULT_KINDS)
        return (
            f"calls {self.calls}; faults hit {sum(self.faults_hit.values())} ({kinds}); "
            f"doubles {len(self.doubles)}; losses {len(self.losses)}; unknowns {self.unknowns} "
            f"(applied after all: {self.unknowns_applied}, never applied: {self.unknowns - self.unknowns_applied}; "
            f"mismatching the ledger: {len(self.unknown_mismatches)}); token requests {self.token_requests}; "
            f"results {dict(sorted(self.results.items()))}; {self.seconds:.1f} s"
        )


@dataclass
class Planned:
    """One call of the run: what it does and on what."""

    operation: str
    key: str  # merchant transaction id (new payment) or payment id (follow-up)
    amount: str = "10.00"
    payment_id: str | None = None


def _policy(window: float) -> RetryPolicy:
    return RetryPolicy(max_retries=2, initial_delay=0.01, max_delay=0.2, settle_window=window, settle_delay=0.05)


def _timeout() -> httpx.Timeout:
    return httpx.Timeout(4.0, read=READ_TIMEOUT)


def _control(sandbox: Sandbox, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
    response = httpx.request(method, f"{sandbox.url}/_sandbox/{path}", json=body, timeout=10)
    response.raise_for_status()
    return response.json()


def _arm(sandbox: Sandbox, count: int, offset: int) -> Counter[str]:
    armed: Counter[str] = Counter()
    for i in range(count):
        kind = FAULT_KINDS[(i + offset) % len(FAULT_KINDS)]
        delay = COMMIT_DELAY if kind in (*SLOW_KINDS, "delay") else 0.0
        _control(sandbox, "POST", "faults", {"kind": kind, "match": "/REST/v1/pay", "count": 1, "delay_seconds": delay})
        armed[kind] += 1
    return armed


def _sync_call(gateway: Gateway, plan: Planned) -> object:
    if plan.operation in ("purchase", "authorize"):
        method = gateway.purchase if plan.operation == "purchase" else gateway.authorize
        return method(
            merchant_transaction_id=plan.key, amount=plan.amount, currency="EUR", card=CARD, customer=CUSTOMER
        )
    if plan.operation == "payout":
        return gateway.payout(merchant_transaction_id=plan.key, amount=plan.amount, payment_id=plan.payment_id)
    if plan.operation == "capture":
        return gateway.capture(plan.key, plan.amount)
    if plan.operation == "refund":
        return gateway.refund(plan.key, plan.amount)
    return gateway.cancel(plan.key)


async def _async_call(gateway: AsyncGateway, plan: Planned) -> object:
    if plan.operation in ("purchase", "authorize"):
        method = gateway.purchase if plan.operation == "purchase" else gateway.authorize
        return await method(
            merchant_transaction_id=plan.key, amount=plan.amount, currency="EUR", card=CARD, customer=CUSTOMER
        )
    if plan.operation == "payout":
        return await gateway.payout(merchant_transaction_id=plan.key, amount=plan.amount, payment_id=plan.payment_id)
    if plan.operation == "capture":
        return await gateway.capture(plan.key, plan.amount)
    if plan.operation == "refund":
        return await gateway.refund(plan.key, plan.amount)
    return await gateway.cancel(plan.key)


def _outcome(call: Callable[[], object]) -> object:
    try:
        return call()
    except TransactionServicesError as error:
        return error


class _Run:
    """One configuration: client kind, merchant flag, settle window; ``calls`` fault-phase calls."""

    def __init__(self, kind: str, unique_order_ids: bool, window: float, calls: int, tag: str) -> None:
        self.kind = kind
        self.unique = unique_order_ids
        self.window = window
        self.calls = calls
        self.tag = tag

    def _plan(self, prepared: dict[str, list[str]]) -> list[Planned]:
        counters = itertools.count()
        plans: list[Planned] = []
        pools = {name: list(ids) for name, ids in prepared.items()}
        for i in range(self.calls):
            operation = MIX[i % len(MIX)]
            if operation in ("capture", "cancel"):
                pool = pools["auth"]
            elif operation in ("refund", "payout"):
                pool = pools["sale"]
            else:
                pool = None
            if pool is not None and not pool:
                operation = "purchase"
            if operation in ("purchase", "authorize", "payout"):
                key = f"soak-{self.tag}-{operation}-{next(counters)}"
                source = pool.pop() if operation == "payout" and pool else None
                plans.append(Planned(operation, key, "5.00" if source else "10.00", payment_id=source))
            else:
                assert pool is not None
                plans.append(Planned(operation, pool.pop(), "4.00" if operation != "cancel" else "10.00"))
        return plans

    def execute(self) -> Figures:
        """Prepare payments, arm faults, run the calls concurrently, wait for late commits, check the ledger."""
        figures = Figures()
        started = time.perf_counter()
        config = SandboxConfig(unique_order_id_required=self.unique)
        with Sandbox(config) as sandbox:
            options: dict[str, Any] = {"timeout": _timeout(), "retry_policy": _policy(self.window)}
            n_follow = self.calls // len(MIX) + 1
            if self.kind == "sync":
                outcomes, plans = self._sync(sandbox, options, n_follow, figures)
            else:
                outcomes, plans = asyncio.run(self._async(sandbox, options, n_follow, figures))
            left = Counter(rule["kind"] for rule in _control(sandbox, "GET", "faults")["faults"])
            _control(sandbox, "DELETE", "faults")
            time.sleep(COMMIT_DELAY * 2 + 0.5)  # detached slow requests commit after their clients gave up
            figures.faults_hit = figures.faults_armed - left
            figures.token_requests = _control(sandbox, "GET", "stats")["token_requests"]
            self._check(sandbox, plans, outcomes, figures)
        figures.calls = len(plans)
        figures.seconds = time.perf_counter() - started
        return figures

    def _prepare_sync(self, gateway: Gateway, n: int) -> dict[str, list[str]]:
        auth = [
            gateway.authorize(
                merchant_transaction_id=f"soak-{self.tag}-prep-a{i}",
                amount="10.00",
                currency="EUR",
                card=CARD,
                customer=CUSTOMER,
            ).payment_id
            for i in range(n)
        ]
        sale = [
            gateway.purchase(
                merchant_transaction_id=f"soak-{self.tag}-prep-s{i}",
                amount="10.00",
                currency="EUR",
                card=CARD,
                customer=CUSTOMER,
            ).payment_id
            for i in range(2 * n)
        ]
        return {"auth": [str(p) for p in auth], "sale": [str(p) for p in sale]}

    def _sync(
        self, sandbox: Sandbox, options: dict[str, Any], n: int, figures: Figures
    ) -> tuple[list[object], list[Planned]]:
        with Gateway(base_url=sandbox.url, credentials=credentials(), **options) as gateway:
            plans = self._plan(self._prepare_sync(gateway, n))
            figures.faults_armed = _arm(sandbox, self.calls // 2, offset=len(self.tag))
            with ThreadPoolExecutor(max_workers=16) as pool:
                outcomes = list(pool.map(lambda p: _outcome(lambda: _sync_call(gateway, p)), plans))
        return outcomes, plans

    async def _async(
        self, sandbox: Sandbox, options: dict[str, Any], n: int, figures: Figures
    ) -> tuple[list[object], list[Planned]]:
        async with AsyncGateway(base_url=sandbox.url, credentials=credentials(), **options) as gateway:
            auth = [
                await gateway.authorize(
                    merchant_transaction_id=f"soak-{self.tag}-prep-a{i}",
                    amount="10.00",
                    currency="EUR",
                    card=CARD,
                    customer=CUSTOMER,
                )
                for i in range(n)
            ]
            sale = [
                await gateway.purchase(
                    merchant_transaction_id=f"soak-{self.tag}-prep-s{i}",
                    amount="10.00",
                    currency="EUR",
                    card=CARD,
                    customer=CUSTOMER,
                )
                for i in range(2 * n)
            ]
            plans = self._plan({"auth": [str(p.payment_id) for p in auth], "sale": [str(p.payment_id) for p in sale]})
            figures.faults_armed = _arm(sandbox, self.calls // 2, offset=len(self.tag))
            limit = asyncio.Semaphore(32)

            async def one(plan: Planned) -> object:
                async with limit:
                    try:
                        return await _async_call(gateway, plan)
                    except TransactionServicesError as error:
                        return error

            outcomes = list(await asyncio.gather(*(one(plan) for plan in plans)))
        return outcomes, plans

    def _check(self, sandbox: Sandbox, plans: list[Planned], outcomes: list[object], figures: Figures) -> None:
        rows: dict[str, list[Any]] = {}
        for payment in sandbox.ledger.payments():
            rows.setdefault(payment.merchant_transaction_id, []).append(payment)
        for plan, outcome in zip(plans, outcomes, strict=True):
            figures.results[f"{plan.operation}:{type(outcome).__name__}"] += 1
            where = f"{self.kind}/{self.tag} {plan.operation} {plan.key}: {outcome!r}"
            if plan.operation in ("purchase", "authorize", "payout"):
                found = rows.get(plan.key, [])
                if len(found) > 1:
                    figures.doubles.append(where)
                if isinstance(outcome, Payment | Payout):
                    if len(found) != 1 or str(found[0].payment_id) != str(outcome.payment_id):
                        figures.losses.append(where)
                elif isinstance(outcome, OutcomeUnknownError):
                    figures.unknowns += 1
                    figures.unknowns_applied += len(found) == 1
                    if outcome.merchant_transaction_id != plan.key or len(found) > 1:
                        figures.unknown_mismatches.append(where)
                elif found and found[0].status not in ("failed", "authfailed"):
                    figures.losses.append(where)  # the call said it failed, the ledger has a live payment
                continue
            code = FOLLOW_UP_OPERATION[plan.operation]
            applied = [op for op in sandbox.ledger.operations(int(plan.key)) if op["operation"] == code]
            if len(applied) > 1:
                figures.doubles.append(where)
            if isinstance(outcome, Payment):
                if len(applied) != 1:
                    figures.losses.append(where)
            elif isinstance(outcome, OutcomeUnknownError):
                figures.unknowns += 1
                figures.unknowns_applied += len(applied) == 1
                if outcome.payment_id != plan.key or len(applied) > 1:
                    figures.unknown_mismatches.append(where)
            elif applied:
                figures.losses.append(where)


def soak(calls: int) -> Figures:
    """Run ``calls`` fault-phase calls split over four configurations covering both clients, both values of
    ``isUniqueOrderIdRequired`` and settle windows shorter and longer than the commit delay."""
    configurations = [
        ("sync", False, SHORT_WINDOW, "sn-short"),
        ("sync", True, LONG_WINDOW, "sy-long"),
        ("async", False, LONG_WINDOW, "an-long"),
        ("async", True, SHORT_WINDOW, "ay-short"),
    ]
    total = Figures()
    share = -(-calls // len(configurations))
    for kind, unique, window, tag in configurations:
        total.add(_Run(kind, unique, window, share, tag).execute())
    return total
