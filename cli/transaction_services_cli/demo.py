"""The demo: every flow of the SDK, end to end, on an embedded sandbox or a real test gateway.

Each flow is a function that drives the SDK and returns a :class:`Step` (its outcome, status and
payment id) or raises. :func:`run_demo` runs them in order, shows a live progress line, then a table;
its exit status is 1 if any flow failed.
"""

from __future__ import annotations

import html
import os
import re
import sys
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import partial
from typing import TextIO

import httpx

from transaction_services import (
    BankAccount,
    Card,
    Credentials,
    Customer,
    Gateway,
    Outcome,
    Payment,
    Redirect,
    TransactionServicesError,
)

from ._receiver import CallbackReceiver

__all__ = ["DemoTarget", "FlowResult", "Step", "demo_flows", "run_demo", "target_from_environment"]

# The sandbox's approval page and pay link complete without a browser when given a decision; a real
# gateway's pages need a customer, so there the demo stops at the redirect (reported as such).
_HIDDEN_INPUT = re.compile(r"<input type='hidden' name='([^']*)' value='([^']*)'>")
_BROWSER_TIMEOUT = 10.0
# Refunds and bank payouts complete after 60 s of sandbox time: the demo moves the sandbox clock.
_SETTLE_SECONDS = 61
ENVIRONMENT_PREFIX = "TRANSACTION_SERVICES_"

CARD_APPROVE = "4000000000000051"
CARD_DECLINE = "4000000000000069"
CARD_3DS = "4000000000000002"
EXPIRY_MONTH, EXPIRY_YEAR, CVV = "12", "2035", "123"


@dataclass(frozen=True)
class Step:
    """What one flow ended with: the outcome and status shown in the table, and a payment id."""

    outcome: str
    status: str | None = None
    payment_id: str | None = None


@dataclass(frozen=True)
class FlowResult:
    """One row of the demo's table."""

    flow: str
    ok: bool
    step: Step
    milliseconds: float
    error: str | None = None


@dataclass
class DemoTarget:
    """Where the demo runs: the gateway's base URL and credentials, and what only a sandbox can do."""

    base_url: str
    credentials: Credentials
    sandbox: bool
    advance_clock: Callable[[int], None] | None = None
    run_id: str = field(default_factory=lambda: uuid.uuid4().hex[:8])

    def order(self, name: str) -> str:
        """A merchant transaction id unique to this run (a real gateway refuses a reused one)."""
        return f"demo-{self.run_id}-{name}"


class DemoFailure(Exception):
    """A flow ended, but not as the demo expected."""


def _expect(condition: bool, message: str) -> None:
    if not condition:
        raise DemoFailure(message)


def _step(payment: Payment | object, outcome: str | None = None) -> Step:
    status = getattr(payment, "status", None) or getattr(payment, "transaction_status", None)
    payment_id = getattr(payment, "payment_id", None)
    value = outcome or str(getattr(payment, "outcome", ""))
    return Step(value, status, payment_id)


class Flows:
    """The demo's flows, sharing one gateway, one customer and one callback receiver."""

    def __init__(self, gateway: Gateway, target: DemoTarget, receiver: CallbackReceiver | None) -> None:
        self.gateway = gateway
        self.target = target
        self.receiver = receiver
        self.customer = Customer(
            given_name="Ada", surname="Lovelace", email="ada@example.com", customer_id=target.order("customer")
        )
        self.card = Card(CARD_APPROVE, EXPIRY_MONTH, EXPIRY_YEAR, cvv=CVV)
        self.return_url = f"{receiver.url}/return" if receiver else "https://merchant.example/return"
        self.notify_url = f"{receiver.url}/notify" if receiver else None
        self.sale: Payment | None = None

    # -- helpers ------------------------------------------------------------------------------------

    def _browser_approves(self, redirect: Redirect) -> httpx.Response:
        """What the customer's browser does on the sandbox's approval page: submit it with Approve."""
        form = {**dict(redirect.parameters), "decision": "approve"}
        return httpx.post(redirect.url, data=form, timeout=_BROWSER_TIMEOUT)

    def _settle(self) -> None:
        if self.target.advance_clock is not None:
            self.target.advance_clock(_SETTLE_SECONDS)

    # -- flows --------------------------------------------------------------------------------------

    def sale_flow(self) -> Step:
        """A synchronous sale."""
        self.sale = self.gateway.purchase(
            merchant_transaction_id=self.target.order("sale"),
            amount="25.00",
            currency="EUR",
            card=self.card,
            customer=self.customer,
        )
        _expect(self.sale.outcome is Outcome.APPROVED, f"the sale was {self.sale.outcome}")
        return _step(self.sale)

    def decline_flow(self) -> Step:
        """A declined card: a result, not an exception."""
        declined = self.gateway.purchase(
            merchant_transaction_id=self.target.order("declined"),
            amount="5.00",
            currency="EUR",
            card=Card(CARD_DECLINE, EXPIRY_MONTH, EXPIRY_YEAR, cvv=CVV),
            customer=self.customer,
        )
        _expect(declined.outcome is Outcome.DECLINED, f"the declined card gave {declined.outcome}")
        return _step(declined)

    def three_d_secure_flow(self) -> Step:
        """3-D Secure: redirect, approval page, browser return and notification, both verified."""
        pending = self.gateway.purchase(
            merchant_transaction_id=self.target.order("3ds"),
            amount="12.00",
            currency="EUR",
            card=Card(CARD_3DS, EXPIRY_MONTH, EXPIRY_YEAR, cvv=CVV),
            customer=self.customer,
            merchant_redirect_url=self.return_url,
            notification_url=self.notify_url,
            attempt_three_d="3D",
        )
        _expect(pending.outcome is Outcome.REDIRECT and pending.redirect is not None, f"got {pending.outcome}")
        assert pending.redirect is not None
        if not self.target.sandbox or self.receiver is None:
            return _step(pending, "redirect (needs a browser)")
        page = self._browser_approves(pending.redirect)
        fields = {html.unescape(k): html.unescape(v) for k, v in _HIDDEN_INPUT.findall(page.text)}
        _expect(bool(fields), "the approval page did not send the customer back")
        # the browser posts the auto-submitting form to the merchant's return page: our receiver
        answer = httpx.post(self.return_url, data=fields, timeout=_BROWSER_TIMEOUT)
        _expect(answer.status_code == 200, "the merchant's return page refused the browser return's checksum")
        returned = self.receiver.browser_return(str(pending.payment_id), _BROWSER_TIMEOUT)
        notification = self.receiver.notification(str(pending.payment_id), _BROWSER_TIMEOUT)
        _expect(returned.outcome is Outcome.APPROVED, f"the browser return says {returned.outcome}")
        _expect(notification.outcome is Outcome.APPROVED, f"the notification says {notification.outcome}")
        final = self.gateway.inquire(str(pending.payment_id))
        _expect(final.outcome is Outcome.APPROVED, f"the inquiry says {final.outcome}")
        return _step(final, "approved; return + notification verified")

    def async_method_flow(self) -> Step:
        """An asynchronous method (online banking): redirect, the customer approves, final by inquiry."""
        pending = self.gateway.purchase(
            merchant_transaction_id=self.target.order("banking"),
            amount="30.00",
            currency="EUR",
            payment_mode="NB",
            payment_brand="SOFORT",
            customer=self.customer,
            merchant_redirect_url=self.return_url,
        )
        _expect(pending.outcome is Outcome.REDIRECT and pending.redirect is not None, f"got {pending.outcome}")
        assert pending.redirect is not None
        if not self.target.sandbox:
            return _step(pending, "redirect (needs a browser)")
        self._browser_approves(pending.redirect)
        final = self.gateway.wait_for_final(str(pending.payment_id), timeout=_BROWSER_TIMEOUT, poll_interval=0.05)
        _expect(final.outcome is Outcome.APPROVED, f"after approval: {final.outcome}")
        return _step(final)

    def capture_refund_flow(self) -> Step:
        """Authorize 40.00, capture 30.00 of it, refund 10.00."""
        auth = self.gateway.authorize(
            merchant_transaction_id=self.target.order("auth"),
            amount="40.00",
            currency="EUR",
            card=self.card,
            customer=self.customer,
        )
        _expect(auth.outcome is Outcome.APPROVED, f"the authorization was {auth.outcome}")
        payment_id = str(auth.payment_id)
        captured = self.gateway.capture(payment_id, "30.00")
        _expect(captured.outcome is Outcome.APPROVED, f"the capture was {captured.outcome}")
        refund = self.gateway.refund(payment_id, "10.00")
        _expect(refund.outcome is Outcome.REFUNDED, f"the refund was {refund.outcome}")
        return _step(self.gateway.inquire(payment_id), "authorized 40, captured 30, refunded 10")

    def cancel_flow(self) -> Step:
        """Authorize, then cancel before capture."""
        auth = self.gateway.authorize(
            merchant_transaction_id=self.target.order("cancel"),
            amount="15.00",
            currency="EUR",
            card=self.card,
            customer=self.customer,
        )
        cancelled = self.gateway.cancel(str(auth.payment_id))
        _expect(cancelled.outcome is Outcome.CANCELLED, f"the cancel gave {cancelled.outcome}")
        return _step(cancelled)

    def recurring_by_payment_flow(self) -> Step:
        """Recurring: an initial payment, then a repeat on its payment id."""
        initial = self.gateway.purchase(
            merchant_transaction_id=self.target.order("rec-initial"),
            amount="9.99",
            currency="EUR",
            card=self.card,
            customer=self.customer,
            recurring="initial",
            merchant_redirect_url=self.return_url,
        )
        _expect(initial.outcome is Outcome.APPROVED, f"the initial payment was {initial.outcome}")
        repeat = self.gateway.repeat(
            str(initial.payment_id),
            "9.99",
            merchant_transaction_id=self.target.order("rec-repeat"),
            merchant_redirect_url=self.return_url,
        )
        _expect(repeat.outcome is Outcome.APPROVED, f"the repeat was {repeat.outcome}")
        return _step(repeat)

    def recurring_by_token_flow(self) -> Step:
        """Recurring: an initial payment that stores the card, then a repeat on the token."""
        initial = self.gateway.purchase(
            merchant_transaction_id=self.target.order("rectok-initial"),
            amount="19.99",
            currency="EUR",
            card=self.card,
            customer=self.customer,
            recurring="initial",
            create_registration=True,
            merchant_redirect_url=self.return_url,
        )
        _expect(initial.outcome is Outcome.APPROVED and bool(initial.registration_id), "no token was stored")
        repeat = self.gateway.pay_with_token(
            str(initial.registration_id),
            "19.99",
            merchant_transaction_id=self.target.order("rectok-repeat"),
            merchant_redirect_url=self.return_url,
            currency="EUR",
            recurring="repeated",
        )
        _expect(repeat.outcome is Outcome.APPROVED, f"the repeat on the token was {repeat.outcome}")
        return _step(repeat)

    def token_flow(self) -> Step:
        """Tokenize a card, pay with the token, delete it."""
        token = self.gateway.register_card(self.card, customer=self.customer, currency="EUR")
        paid = self.gateway.pay_with_token(
            token.registration_id,
            "12.00",
            merchant_transaction_id=self.target.order("token-pay"),
            merchant_redirect_url=self.return_url,
            currency="EUR",
        )
        _expect(paid.outcome is Outcome.APPROVED, f"the token payment was {paid.outcome}")
        self.gateway.delete_registration(token.registration_id)
        remaining = [r.registration_id for r in self.gateway.registrations(self.customer.customer_id)]
        _expect(token.registration_id not in remaining, "the deleted token is still listed")
        return _step(paid, f"approved; token {token.registration_id} deleted")

    def payout_card_flow(self) -> Step:
        """A payout back to the card of the first sale."""
        _expect(self.sale is not None and self.sale.payment_id is not None, "needs the sale")
        assert self.sale is not None
        payout = self.gateway.payout(
            merchant_transaction_id=self.target.order("payout-card"),
            amount="5.00",
            payment_id=str(self.sale.payment_id),
        )
        _expect(payout.outcome is Outcome.APPROVED, f"the card payout was {payout.outcome}")
        return _step(payout)

    def payout_bank_flow(self) -> Step:
        """A payout to a bank account: pending first, final later."""
        pending = self.gateway.payout(
            merchant_transaction_id=self.target.order("payout-bank"),
            amount="100.00",
            currency="EUR",
            customer=self.customer,
            bank_account=BankAccount(
                transfer_type="BT", bank_account_name="Ada Lovelace", bank_account_number="9874563210"
            ),
        )
        _expect(pending.outcome is Outcome.PENDING, f"the bank payout was {pending.outcome}")
        if self.target.advance_clock is None:
            return _step(pending, "pending (completes later)")
        self._settle()
        final = self.gateway.wait_for_final(str(pending.payment_id), timeout=_BROWSER_TIMEOUT, poll_interval=0.05)
        _expect(final.is_final and final.outcome is Outcome.APPROVED, f"the bank payout ended {final.outcome}")
        return _step(final, f"pending, then {final.outcome}")

    def invoice_flow(self) -> Step:
        """Generate an invoice, pay it through its link, inquire."""
        invoice = self.gateway.invoices.generate(
            merchant_invoice_id=self.target.order("invoice"),
            amount="99.00",
            currency="EUR",
            customer=self.customer,
            merchant_redirect_url=self.return_url,
        )
        _expect(bool(invoice.invoice_id) and bool(invoice.pay_url), "the invoice has no pay link")
        if not self.target.sandbox:
            return Step("generated (pay link needs a browser)", invoice.status, None)
        httpx.post(str(invoice.pay_url), data={"decision": "approve"}, timeout=_BROWSER_TIMEOUT)
        paid = self.gateway.invoices.inquire(invoice)
        _expect(paid.status == "processed", f"the invoice is {paid.status}")
        return Step(f"paid (invoice {invoice.invoice_id})", paid.status, None)

    def transaction_list_flow(self) -> Step:
        """The transaction list, fetched page by page."""
        today = date.today()
        mine = [
            t
            for t in self.gateway.transactions(today - timedelta(days=1), today + timedelta(days=1), page_size=10)
            if (t.merchant_transaction_id or "").startswith(self.target.order(""))
        ]
        _expect(len(mine) >= 10, f"only {len(mine)} of this run's payments are listed")
        return Step(f"{len(mine)} payments of this run listed")


def demo_flows(flows: Flows) -> list[tuple[str, Callable[[], Step]]]:
    """The flows in the order the demo runs them."""
    return [
        ("sale", flows.sale_flow),
        ("declined card", flows.decline_flow),
        ("3-D Secure", flows.three_d_secure_flow),
        ("async method (online banking)", flows.async_method_flow),
        ("authorize, partial capture, partial refund", flows.capture_refund_flow),
        ("cancel", flows.cancel_flow),
        ("recurring by payment id", flows.recurring_by_payment_flow),
        ("recurring by token", flows.recurring_by_token_flow),
        ("tokenize, pay with token, delete", flows.token_flow),
        ("payout to card", flows.payout_card_flow),
        ("payout to bank", flows.payout_bank_flow),
        ("invoice generate, pay, inquiry", flows.invoice_flow),
        ("transaction list", flows.transaction_list_flow),
    ]


def run_flows(
    gateway: Gateway, target: DemoTarget, receiver: CallbackReceiver | None, progress: TextIO | None
) -> list[FlowResult]:
    """Run every flow, showing a live progress line on ``progress``; return the rows of the table."""
    flows = Flows(gateway, target, receiver)
    steps = demo_flows(flows)
    results: list[FlowResult] = []
    for index, (name, flow) in enumerate(steps, 1):
        if progress is not None:
            failed = sum(not r.ok for r in results)
            progress.write(f"\r\x1b[K[{index}/{len(steps)}] {name}..." + (f" ({failed} failed)" if failed else ""))
            progress.flush()
        started = time.perf_counter()
        try:
            step = flow()
        except (DemoFailure, TransactionServicesError, httpx.HTTPError, TimeoutError) as error:
            elapsed = (time.perf_counter() - started) * 1000
            results.append(FlowResult(name, False, Step("FAILED"), elapsed, f"{type(error).__name__}: {error}"))
            continue
        results.append(FlowResult(name, True, step, (time.perf_counter() - started) * 1000))
    if progress is not None:
        progress.write("\r\x1b[K")
        progress.flush()
    return results


def format_table(results: Sequence[FlowResult]) -> str:
    """The results as a plain-text table: flow, outcome, status, payment id, milliseconds."""
    header = ("flow", "outcome", "status", "payment id", "ms")
    rows = [
        (r.flow, r.step.outcome, r.step.status or "-", r.step.payment_id or "-", f"{r.milliseconds:.0f}")
        for r in results
    ]
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]

    def line(cells: Sequence[str]) -> str:
        padded = [
            c.rjust(w) if i == len(cells) - 1 else c.ljust(w)
            for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        ]
        return "| " + " | ".join(padded) + " |"

    rule = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
    return "\n".join([line(header), rule, *(line(row) for row in rows)])


def target_from_environment(base_url: str, environ: os._Environ[str] | dict[str, str]) -> DemoTarget:
    """A real gateway: its base URL, and credentials from ``TRANSACTION_SERVICES_*`` variables."""
    missing = [name for name in ("MEMBER_ID", "SECURE_KEY") if not environ.get(ENVIRONMENT_PREFIX + name)]
    if missing:
        names = ", ".join(ENVIRONMENT_PREFIX + name for name in missing)
        raise SystemExit(f"--base-url needs the gateway's credentials in the environment: set {names}")

    def get(name: str) -> str | None:
        return environ.get(ENVIRONMENT_PREFIX + name) or None

    credentials = Credentials(
        str(get("MEMBER_ID")), str(get("SECURE_KEY")), get("PARTNER_ID"), get("USERNAME"), get("TERMINAL_ID")
    )
    return DemoTarget(base_url=base_url, credentials=credentials, sandbox=False)


@contextmanager
def _embedded_sandbox() -> Iterator[DemoTarget]:
    try:
        from transaction_services_sandbox import Sandbox
    except ImportError:
        raise SystemExit("the demo needs the sandbox: pip install '.[sandbox]' (from a checkout)") from None
    with Sandbox() as sandbox:
        config = sandbox.config
        credentials = Credentials(
            config.member_id, config.secure_key, config.partner_id, config.username, config.terminal_id
        )
        yield DemoTarget(
            base_url=sandbox.url, credentials=credentials, sandbox=True, advance_clock=partial(_advance, sandbox.url)
        )


def _advance(base_url: str, seconds: int) -> None:
    """Move the sandbox's clock through its control API, which then completes what became due."""
    httpx.post(f"{base_url}/_sandbox/clock/advance", json={"seconds": seconds}, timeout=_BROWSER_TIMEOUT)


def run_demo(base_url: str | None = None, *, out: TextIO | None = None, progress: TextIO | None = None) -> int:
    """Run every flow (on an embedded sandbox, or on ``base_url``); print the table; 0 if all passed."""
    out = out or sys.stdout
    with ExitStack() as stack:
        if base_url is None:
            target = stack.enter_context(_embedded_sandbox())
            receiver: CallbackReceiver | None = stack.enter_context(CallbackReceiver(target.credentials.secure_key))
            where = f"an embedded sandbox at {target.base_url}"
        else:
            target = target_from_environment(base_url, os.environ)
            receiver = None
            where = base_url
        print(f"transaction-services demo on {where} (member {target.credentials.member_id})", file=out)
        gateway = stack.enter_context(Gateway(base_url=target.base_url, credentials=target.credentials))
        results = run_flows(gateway, target, receiver, progress)
    print(format_table(results), file=out)
    failures = [r for r in results if not r.ok]
    for failure in failures:
        print(f"FAILED {failure.flow}: {failure.error}", file=out)
    print(f"{len(results) - len(failures)} of {len(results)} flows passed", file=out)
    return 1 if failures else 0
