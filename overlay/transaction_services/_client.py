"""``Gateway``: the synchronous shell that sends what the flow builders prepare.

Each public method builds a :class:`~transaction_services.flows._call.Call` (validating and signing
before any I/O) and runs it as a driver flow; :meth:`Gateway._run` performs the flow's actions with
``httpx.Client``. ``AsyncGateway`` (``_async_client.py``) is the same surface with ``await``;
``tests/overlay/test_gateway_parity.py`` keeps the two identical.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Callable, Iterator, Mapping
from datetime import date, tzinfo
from decimal import Decimal
from types import TracebackType
from typing import TYPE_CHECKING, Literal, Self, TypeVar

import httpx

from transaction_services_api import AuthenticatedClient

from ._base_client import BaseGateway, arguments, confirmed
from ._constants import (
    DEFAULT_GATEWAY_TIMEZONE_NAME,
    DEFAULT_MAX_RETRIES,
    DEFAULT_PAGE_SIZE_RECORDS,
    DEFAULT_TIMEOUT_SECONDS,
    DEFAULT_WAIT_POLL_INTERVAL_SECONDS,
    DEFAULT_WAIT_TIMEOUT_SECONDS,
)
from ._driver import Action, FetchToken, Flow, Send, Sleep, TokenBudget
from ._options import shared_http
from ._retry import RetryPolicy
from ._transport import AuthTokenAuth, call_deadline, install_deadline, log_request, log_response, secure_ssl_context
from .auth import SyncTokenProvider
from .config import Credentials, GatewayConfig
from .errors import TransactionServicesError
from .flows import payments, payouts, registrations, transactions
from .flows import qr as qr_flows
from .flows import service as service_flows
from .flows._call import CallOf
from .models import (
    BankAccount,
    Card,
    Customer,
    Notification,
    Payment,
    Payout,
    RedirectReturn,
    Registration,
    Transaction,
)

if TYPE_CHECKING:
    from ._invoices import Invoices
    from ._partner import Partner

__all__ = ["Gateway"]

T = TypeVar("T")


class Gateway(BaseGateway[httpx.Client, SyncTokenProvider]):
    """Synchronous client of the gateway: ``with Gateway(base_url=..., credentials=...) as gateway: ...``.

    Thread-safe; one instance shares its connection pool and AuthToken across threads. Pass
    ``http_client`` to use your own ``httpx.Client`` (proxies, mTLS, pooling): the gateway sets its base
    URL, timeout and auth, and leaves closing it to you.
    """

    def __init__(
        self,
        *,
        base_url: str,
        credentials: Credentials,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT_SECONDS,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.Client | None = None,
        gateway_timezone: str | tzinfo = DEFAULT_GATEWAY_TIMEZONE_NAME,
        retry_policy: RetryPolicy | None = None,
        allow_insecure_http: bool = False,
    ) -> None:
        super().__init__(**arguments(locals()))

    @property
    def config(self) -> GatewayConfig:
        """The validated configuration."""
        return self._config

    @property
    def raw(self) -> AuthenticatedClient:
        """The generated client, AuthToken injected: for operations the helpers do not cover."""
        return self._api

    def with_options(self, *, timeout: float | httpx.Timeout | None = None, max_retries: int | None = None) -> Gateway:
        """A gateway with other defaults that shares this one's connection pool and AuthToken.

        ``gateway.with_options(timeout=5).inquire(...)``: cheap to make per call. Closing the copy
        leaves the pool open; closing this gateway closes it for both.
        """
        return self._with_options(timeout, max_retries)

    def close(self) -> None:
        """Close the connection pool (unless it is the caller's ``http_client``)."""
        if self._owns_http:
            self._api.get_httpx_client().close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    @functools.cached_property
    def invoices(self) -> Invoices:
        """The invoice service (pay links)."""
        from ._invoices import Invoices  # loaded on first use: most programs never issue an invoice

        return Invoices(self)

    @functools.cached_property
    def partner(self) -> Partner:
        """Partner-level calls, sent with a partner AuthToken (needs the partner login in the credentials)."""
        from ._partner import Partner

        return Partner(self._partner_view())

    # -- the shell: an httpx.Client and a thread lock ----------------------------------------------

    def _new_http(self) -> httpx.Client:
        return httpx.Client(
            verify=secure_ssl_context(), event_hooks={"request": [log_request], "response": [log_response]}
        )

    def _share_http(self, parent: httpx.Client) -> httpx.Client:
        return shared_http(parent)

    def _bind(self, api: AuthenticatedClient, http: httpx.Client) -> None:
        install_deadline(http)
        http.auth = AuthTokenAuth(
            token=lambda invoice: self._run(self._driver.token(invoice)),
            invalidate=lambda invoice, token: self._tokens[invoice].invalidate(token),
        )
        api.set_httpx_client(http)

    def _http(self) -> httpx.Client:
        return self._api.get_httpx_client()

    def _provider(self, fetch: Callable[..., str]) -> SyncTokenProvider:
        return SyncTokenProvider(fetch)

    def _fetch_token(
        self, invoice_service: bool, budget: TokenBudget | None = None, remaining: float | None = None
    ) -> str:
        token = self._run(self._driver.flow(self._token_call(invoice_service), remaining=remaining, budget=budget))
        return self._remember_token(invoice_service, token)

    def _fetch_partner_token(self, budget: TokenBudget | None = None, remaining: float | None = None) -> str:
        token = self._run(self._driver.flow(self._token_call(None), remaining=remaining, budget=budget))
        return self._remember_token("partner", token)

    def _send(self, call: CallOf[T]) -> T:
        """Send ``call`` under the retry policy (settling an unknown money outcome by inquiry)."""
        return self._run(self._driver.flow(call))

    def _run(self, flow: Flow[T]) -> T:
        """Drive a flow: perform each action it yields and send the result back."""
        reply: object = None
        while True:
            try:
                action = flow.send(reply)
            except StopIteration as stop:
                result: T = stop.value
                return result
            reply = self._perform(action)

    def _perform(self, action: Action) -> object:
        if isinstance(action, Send):
            try:
                with call_deadline(action.remaining):
                    return self._api.get_httpx_client().request(**action.request, timeout=action.timeout)
            except httpx.TransportError as exc:
                return exc
        if isinstance(action, FetchToken):
            try:
                return self._tokens[action.invoice].get(action.budget, action.remaining)
            except TransactionServicesError as exc:
                return exc
        if isinstance(action, Sleep):
            time.sleep(action.seconds)
            return None
        self._tokens[action.invoice].invalidate(action.token)
        return None

    # -- payments ---------------------------------------------------------------------------------

    def purchase(
        self,
        *,
        merchant_transaction_id: str,
        amount: Decimal | str,
        currency: str,
        card: Card | None = None,
        bank_account: BankAccount | None = None,
        customer: Customer | None = None,
        payment_mode: str | None = None,
        payment_brand: str | None = None,
        notification_url: str | None = None,
        merchant_redirect_url: str | None = None,
        redirect_method: Literal["GET", "POST"] | None = None,
        create_registration: bool = False,
        recurring: Literal["initial"] | None = None,
        attempt_three_d: Literal["Direct", "3D", "Only3D"] | None = None,
        order_descriptor: str | None = None,
        terminal_id: str | None = None,
        extra: Mapping[str, str] | None = None,
    ) -> Payment:
        """A sale (authorize and capture at once). A decline is a ``Payment`` with ``Outcome.DECLINED``."""
        return self._send(
            payments.build_payment(self._ctx, operation="purchase", payment_type="DB", **arguments(locals()))
        )

    def authorize(
        self,
        *,
        merchant_transaction_id: str,
        amount: Decimal | str,
        currency: str,
        card: Card | None = None,
        bank_account: BankAccount | None = None,
        customer: Customer | None = None,
        payment_mode: str | None = None,
        payment_brand: str | None = None,
        notification_url: str | None = None,
        merchant_redirect_url: str | None = None,
        redirect_method: Literal["GET", "POST"] | None = None,
        create_registration: bool = False,
        recurring: Literal["initial"] | None = None,
        attempt_three_d: Literal["Direct", "3D", "Only3D"] | None = None,
        order_descriptor: str | None = None,
        terminal_id: str | None = None,
        extra: Mapping[str, str] | None = None,
    ) -> Payment:
        """A pre-authorization, to capture later with ``capture()`` or release with ``cancel()``."""
        return self._send(
            payments.build_payment(self._ctx, operation="authorize", payment_type="PA", **arguments(locals()))
        )

    def capture(self, payment_id: str, amount: Decimal | str) -> Payment:
        """Capture (part of) an authorization, once: a partial capture ends it (at most the authorized amount)."""
        return self._send(
            payments.build_follow_up(
                self._ctx, operation="capture", payment_type="CP", payment_id=payment_id, amount=amount
            )
        )

    def cancel(self, payment_id: str, *, reason: str | None = None) -> Payment:
        """Reverse an authorization that was not captured."""
        return self._send(
            payments.build_follow_up(
                self._ctx, operation="cancel", payment_type="RV", payment_id=payment_id, reason=reason
            )
        )

    def refund(self, payment_id: str, amount: Decimal | str) -> Payment:
        """Refund (part of) a captured payment; several partial refunds may follow."""
        return self._send(
            payments.build_follow_up(
                self._ctx, operation="refund", payment_type="RF", payment_id=payment_id, amount=amount
            )
        )

    def inquire(self, payment_id: str | None = None, *, merchant_transaction_id: str | None = None) -> Payment:
        """The payment's current state, by payment id or by your merchant transaction id."""
        return self._send(
            payments.build_inquiry(self._ctx, payment_id=payment_id, merchant_transaction_id=merchant_transaction_id)
        )

    def wait_for_final(
        self,
        payment_id: str,
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT_SECONDS,
        poll_interval: float = DEFAULT_WAIT_POLL_INTERVAL_SECONDS,
    ) -> Payment:
        """Inquire until the outcome is final or ``timeout`` seconds pass; returns the last state seen."""
        return self._run(
            self._driver.poll(
                payments.build_inquiry(self._ctx, payment_id=payment_id), timeout=timeout, interval=poll_interval
            )
        )

    def confirm(self, callback: Notification | RedirectReturn) -> Payment:
        """The gateway's own state of a verified callback's payment (one inquiry); SignatureError if it differs."""
        return confirmed(callback, self.inquire(callback.payment_id))

    def repeat(
        self,
        payment_id: str,
        amount: Decimal | str,
        *,
        merchant_transaction_id: str,
        merchant_redirect_url: str,
        payment_type: Literal["DB", "PA"] = "DB",
        currency: str | None = None,
        cvv: str | None = None,
        notification_url: str | None = None,
    ) -> Payment:
        """A repeated recurring payment on an initial recurring payment."""
        return self._send(payments.build_repeat(self._ctx, **arguments(locals())))

    # -- tokens -----------------------------------------------------------------------------------

    def register_card(self, card: Card, *, customer: Customer, currency: str | None = None) -> Registration:
        """Store a card; pay with ``pay_with_token(registration.registration_id, ...)`` later."""
        return self._send(registrations.build_register_card(self._ctx, card=card, customer=customer, currency=currency))

    def register_account(self, bank_account: BankAccount, *, customer: Customer) -> Registration:
        """Store a SEPA or ACH bank account."""
        return self._send(registrations.build_register_account(self._ctx, bank_account=bank_account, customer=customer))

    def registrations(self, customer_id: str | None = None) -> list[Registration]:
        """The stored cards and accounts (of one customer, or all)."""
        return self._send(registrations.build_list_registrations(self._ctx, customer_id=customer_id))

    def delete_registration(self, registration_id: str) -> str:
        """Delete a stored card or account; returns the gateway's confirmation."""
        return self._send(registrations.build_delete_registration(self._ctx, registration_id=registration_id))

    def installments(self, registration_id: str) -> list[int]:
        """The installment counts offered for a stored card."""
        return self._send(registrations.build_installments(self._ctx, registration_id=registration_id))

    def pay_with_token(
        self,
        registration_id: str,
        amount: Decimal | str,
        *,
        merchant_transaction_id: str,
        merchant_redirect_url: str,
        currency: str | None = None,
        payment_type: Literal["DB", "PA"] = "DB",
        cvv: str | None = None,
        recurring: Literal["initial", "repeated"] | None = None,
        notification_url: str | None = None,
        customer: Customer | None = None,
    ) -> Payment:
        """A sale (or pre-authorization) with a stored card or account."""
        return self._send(registrations.build_pay_with_token(self._ctx, **arguments(locals())))

    # -- payouts and back office ------------------------------------------------------------------

    def payout(
        self,
        *,
        merchant_transaction_id: str,
        amount: Decimal | str,
        payment_id: str | None = None,
        bank_account: BankAccount | None = None,
        currency: str | None = None,
        customer: Customer | None = None,
        notification_url: str | None = None,
        merchant_email: str | None = None,
    ) -> Payout:
        """Pay out to the card of ``payment_id`` (immediate) or to ``bank_account`` (pending, notified)."""
        return self._send(payouts.build_payout(self._ctx, **arguments(locals())))

    def transactions(
        self,
        from_date: date,
        to_date: date,
        status: str | None = None,
        *,
        currency: str | None = None,
        page_size: int = DEFAULT_PAGE_SIZE_RECORDS,
    ) -> Iterator[Transaction]:
        """Every transaction between two dates (inclusive), fetching page after page as you iterate."""
        pager = transactions.transaction_pages(self._ctx, **arguments(locals()))
        for call in pager:
            yield from self._run(self._driver.page(call, pager))

    def partner_token(self) -> str:
        """A partner AuthToken (needs ``partner_username`` and ``partner_key`` in the credentials)."""
        return self._send(self._token_call(None))

    # -- QR, the /inquiry endpoint, token renewal, partner-level calls ----------------------------

    def qr_checkout(
        self,
        *,
        merchant_transaction_id: str,
        amount: Decimal | str,
        currency: str,
        notification_url: str,
        display_amount: Decimal | str | None = None,
        display_currency: str | None = None,
        order_descriptor: str | None = None,
        customer_email: str | None = None,
        customer_id: str | None = None,
        merchant_redirect_url: str | None = None,
    ) -> Payment:
        """Start a QR checkout (crypto or e-wallet); ``currency`` may be a crypto code such as ``BTC``."""
        return self._send(qr_flows.build_qr_checkout(self._ctx, **arguments(locals())))

    def qr_status(self, payment_id: str) -> Payment:
        """The status of a QR payment."""
        return self._send(qr_flows.build_qr_status(self._ctx, payment_id=payment_id))

    def status_inquiry(self, payment_id: str | None = None, *, merchant_transaction_id: str | None = None) -> Payment:
        """A payment's state through ``/inquiry`` (newer builds only; ``inquire()`` works on every build)."""
        return self._send(service_flows.build_status_inquiry(self._ctx, **arguments(locals())))

    def regenerate_token(self, *, invoice_service: bool = False) -> str:
        """Renew the service's current AuthToken through ``regenerateToken``; returns the fresh token."""
        token = self._tokens[invoice_service].get()
        return self._send(service_flows.build_regenerate_token(self._ctx, token=token, invoice_service=invoice_service))
