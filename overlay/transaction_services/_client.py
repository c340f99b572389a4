"""``Gateway`` and ``AsyncGateway``: thin shells that send what the flow builders prepare.

Each public method builds a :class:`~transaction_services.flows._call.Call` (validating and signing
before any I/O), sends it through the generated client, and interprets the answer. The two classes
differ only in ``await``; ``tests/overlay/test_parity.py`` keeps their surfaces identical.
"""

from __future__ import annotations

import asyncio
import copy
import functools
import logging
import time
from collections.abc import AsyncIterator, Iterator, Mapping
from datetime import date, tzinfo
from decimal import Decimal
from functools import partial
from types import TracebackType
from typing import Any, Literal, Self, TypeVar

import attrs
import httpx

from transaction_services_api import AuthenticatedClient

from ._constants import (
    DEFAULT_GATEWAY_TIMEZONE_NAME,
    DEFAULT_MAX_RETRIES,
    DEFAULT_PAGE_SIZE_RECORDS,
    DEFAULT_TIMEOUT_SECONDS,
    DEFAULT_WAIT_POLL_INTERVAL_SECONDS,
    DEFAULT_WAIT_TIMEOUT_SECONDS,
    LOGGER_NAME,
)
from ._driver import Action, Driver, FetchToken, Flow, Send, Sleep, TokenBudget
from ._options import shared_async_http, shared_http, user_agent
from ._retry import RetryPolicy
from ._transport import (
    AuthTokenAuth,
    alog_request,
    alog_response,
    call_deadline,
    check_http_client,
    install_deadline,
    log_request,
    log_response,
    secure_ssl_context,
)
from .auth import AsyncTokenProvider, SyncTokenProvider
from .config import Credentials, GatewayConfig
from .errors import SignatureError, TransactionServicesError
from .flows import invoices as invoice_flows
from .flows import partner as partner_flows
from .flows import payments, payouts, registrations, tokens, transactions
from .flows import qr as qr_flows
from .flows import service as service_flows
from .flows._call import CallOf, Context
from .flows.service import InvoiceTransaction
from .models import (
    BankAccount,
    Card,
    Customer,
    Invoice,
    Notification,
    Payment,
    Payout,
    RedirectReturn,
    Registration,
    Transaction,
)

__all__ = ["AsyncGateway", "AsyncInvoices", "AsyncPartner", "Gateway", "Invoices", "Partner"]

logger = logging.getLogger(LOGGER_NAME)
T = TypeVar("T")
DEFAULT_INVOICE_PAGE_SIZE = 50


class _Core:
    """What both shells share: configuration, context, and the send driver they run."""

    def __init__(
        self,
        *,
        base_url: str,
        credentials: Credentials,
        timeout: float | httpx.Timeout,
        max_retries: int,
        gateway_timezone: str | tzinfo,
        retry_policy: RetryPolicy | None,
        allow_insecure_http: bool,
    ) -> None:
        self._config = GatewayConfig(
            base_url,
            credentials,
            timeout,
            max_retries,
            gateway_timezone,
            policy=retry_policy,
            allow_insecure_http=allow_insecure_http,
        )
        self._ctx = Context(self._config.credentials, self._config.gateway_timezone)
        self._policy = self._config.retry_policy
        self._token_values: dict[bool | str, str] = {}

    @property
    def config(self) -> GatewayConfig:
        """The validated configuration."""
        return self._config

    def _clone_with(self, timeout: float | httpx.Timeout | None, max_retries: int | None) -> Self:
        """A shallow copy with its own configuration; the AuthToken cache and the pool stay shared."""
        config = self._config
        policy = config.policy
        if policy is not None and max_retries is not None:
            policy = attrs.evolve(policy, max_retries=max_retries)
        clone = copy.copy(self)
        _Core.__init__(
            clone,
            base_url=config.base_url,
            credentials=config.credentials,
            timeout=config.timeout if timeout is None else timeout,
            max_retries=config.max_retries if max_retries is None else max_retries,
            gateway_timezone=config.gateway_timezone,
            retry_policy=policy,
            allow_insecure_http=config.allow_insecure_http,
        )
        clone._token_values = self._token_values
        return clone

    def _configure(self, http: httpx.Client | httpx.AsyncClient, auth: httpx.Auth) -> AuthenticatedClient:
        http.base_url = httpx.URL(self._config.base_url)
        http.timeout = self._config.timeout
        http.auth = auth
        if http.headers.get("User-Agent", "").startswith("python-httpx/"):  # keep a caller's own User-Agent
            http.headers["User-Agent"] = user_agent()
        client = AuthenticatedClient(base_url=self._config.base_url, token="", auth_header_name="AuthToken", prefix="")
        self._driver = Driver(
            self._policy,
            client=client,
            timeout=self._config.timeout,
            deadline=self._config.deadline,
            inquiry_for=self._inquiry_for,
            secrets=self._secrets,
            clock=lambda: time.monotonic(),
        )
        return client

    def _secrets(self) -> tuple[str | None, ...]:
        """Values no message may show: the keys and the AuthTokens in use."""
        credentials = self._config.credentials
        return (credentials.secure_key, credentials.partner_key, *self._token_values.values())

    def _inquiry_for(self, call: CallOf[Any]) -> CallOf[Payment]:
        if call.reference is not None:
            return payments.build_inquiry(self._ctx, merchant_transaction_id=call.reference)
        return payments.build_inquiry(self._ctx, payment_id=call.payment_id)


class Gateway(_Core):
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
        super().__init__(
            base_url=base_url,
            credentials=credentials,
            timeout=timeout,
            max_retries=max_retries,
            gateway_timezone=gateway_timezone,
            retry_policy=retry_policy,
            allow_insecure_http=allow_insecure_http,
        )
        self._owns_http = http_client is None
        self._tokens = {invoice: SyncTokenProvider(partial(self._fetch_token, invoice)) for invoice in (False, True)}
        if http_client is not None:
            check_http_client(http_client)
        http = http_client or httpx.Client(
            verify=secure_ssl_context(), event_hooks={"request": [log_request], "response": [log_response]}
        )
        install_deadline(http)
        self._api = self._configure(http, AuthTokenAuth(sync_providers=self._tokens.__getitem__))
        self._api.set_httpx_client(http)
        self.invoices = Invoices(self)

    @property
    def raw(self) -> AuthenticatedClient:
        """The generated client, AuthToken injected: for operations the helpers do not cover."""
        return self._api

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

    def __repr__(self) -> str:
        return f"Gateway(base_url={self._config.base_url!r}, member_id={self._config.credentials.member_id!r})"

    def _fetch_token(
        self, invoice_service: bool, budget: TokenBudget | None = None, remaining: float | None = None
    ) -> str:
        call = tokens.build_merchant_token(self._ctx, invoice_service=invoice_service)
        token = self._run(self._driver.flow(call, remaining=remaining, budget=budget))
        self._token_values[invoice_service] = token
        return token

    def _fetch_partner_token(self, budget: TokenBudget | None = None, remaining: float | None = None) -> str:
        token = self._run(self._driver.flow(tokens.build_partner_token(self._ctx), remaining=remaining, budget=budget))
        self._token_values["partner"] = token
        return token

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
            http = self._api.get_httpx_client()
            try:
                with call_deadline(action.remaining):
                    return http.request(**action.request, timeout=action.timeout)
            except httpx.TransportError as exc:
                return exc
        if isinstance(action, Sleep):
            time.sleep(action.seconds)
            return None
        if isinstance(action, FetchToken):
            try:
                return self._tokens[action.invoice].get(action.budget, action.remaining)
            except TransactionServicesError as exc:
                return exc
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
        return self._send(payments.build_payment(self._ctx, operation="purchase", payment_type="DB", **_kw(locals())))

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
        return self._send(payments.build_payment(self._ctx, operation="authorize", payment_type="PA", **_kw(locals())))

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
        return _confirmed(callback, self.inquire(callback.payment_id))

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
        return self._send(payments.build_repeat(self._ctx, **_kw(locals())))

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
        return self._send(registrations.build_pay_with_token(self._ctx, **_kw(locals())))

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
        return self._send(payouts.build_payout(self._ctx, **_kw(locals())))

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
        pager = transactions.transaction_pages(self._ctx, **_kw(locals()))
        for call in pager:
            yield from self._run(self._driver.page(call, pager))

    def partner_token(self) -> str:
        """A partner AuthToken (needs ``partner_username`` and ``partner_key`` in the credentials)."""
        return self._send(tokens.build_partner_token(self._ctx))

    # -- options ----------------------------------------------------------------------------------

    def with_options(self, *, timeout: float | httpx.Timeout | None = None, max_retries: int | None = None) -> Gateway:
        """A gateway with other defaults that shares this one's connection pool and AuthToken.

        ``gateway.with_options(timeout=5).inquire(...)``: cheap to make per call. Closing the copy
        leaves the pool open; closing this gateway closes it for both.
        """
        clone = self._clone_with(timeout, max_retries)
        parent = self._api.get_httpx_client()
        http = shared_http(parent)
        clone._owns_http = False
        clone._api = clone._configure(http, AuthTokenAuth(sync_providers=self._tokens.__getitem__))
        clone._api.set_httpx_client(http)
        clone.invoices = Invoices(clone)
        return clone

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
        return self._send(qr_flows.build_qr_checkout(self._ctx, **_kw(locals())))

    def qr_status(self, payment_id: str) -> Payment:
        """The status of a QR payment."""
        return self._send(qr_flows.build_qr_status(self._ctx, payment_id=payment_id))

    def status_inquiry(self, payment_id: str | None = None, *, merchant_transaction_id: str | None = None) -> Payment:
        """A payment's state through ``/inquiry`` (newer builds only; ``inquire()`` works on every build)."""
        return self._send(service_flows.build_status_inquiry(self._ctx, **_kw(locals())))

    def regenerate_token(self, *, invoice_service: bool = False) -> str:
        """Renew the service's current AuthToken through ``regenerateToken``; returns the fresh token."""
        token = self._tokens[invoice_service].get()
        return self._send(service_flows.build_regenerate_token(self._ctx, token=token, invoice_service=invoice_service))

    @functools.cached_property
    def partner(self) -> Partner:
        """Partner-level calls, sent with a partner AuthToken (needs the partner login in the credentials)."""
        clone = copy.copy(self)
        provider = SyncTokenProvider(self._fetch_partner_token)
        clone._tokens = {False: provider, True: provider}
        http = shared_http(self._api.get_httpx_client())
        clone._owns_http = False
        clone._api = clone._configure(http, AuthTokenAuth(sync_providers=lambda _invoice: provider))
        clone._api.set_httpx_client(http)
        return Partner(clone)


class Invoices:
    """``gateway.invoices``: the invoice service (pay links)."""

    def __init__(self, gateway: Gateway) -> None:
        self._gateway = gateway
        self._ctx = gateway._ctx

    def generate(
        self,
        *,
        merchant_invoice_id: str,
        amount: Decimal | str,
        currency: str,
        customer: Customer,
        merchant_redirect_url: str,
        description: str | None = None,
        expiration_days: int | None = None,
        notification_url: str | None = None,
    ) -> Invoice:
        """Create an invoice; ``invoice.pay_url`` is the link to give the customer."""
        return self._gateway._send(invoice_flows.build_generate(self._ctx, **_kw(locals())))

    def cancel(self, invoice_id: str, *, merchant_redirect_url: str, reason: str | None = None) -> Invoice:
        """Cancel an invoice."""
        return self._gateway._send(invoice_flows.build_cancel(self._ctx, **_kw(locals())))

    def regenerate(self, invoice_id: str, *, merchant_redirect_url: str, expiration_days: int | None = None) -> Invoice:
        """Re-issue an invoice with a new expiry."""
        return self._gateway._send(invoice_flows.build_regenerate(self._ctx, **_kw(locals())))

    def remind(self, invoice_id: str, *, merchant_redirect_url: str) -> Invoice:
        """Send the customer a reminder."""
        return self._gateway._send(invoice_flows.build_remind(self._ctx, **_kw(locals())))

    def inquire(
        self, invoice: Invoice | str, *, invoice_id: str | None = None, with_transaction: bool = False
    ) -> Invoice:
        """The status of an ``Invoice`` you hold, or of your merchant invoice id (``invoice_id`` narrows it)."""
        return self._gateway._send(invoice_flows.build_inquire(self._ctx, **_kw(locals())))

    def list(self, *, page_size: int = DEFAULT_INVOICE_PAGE_SIZE) -> Iterator[Invoice]:
        """Every invoice, fetching page after page as you iterate."""
        pager = invoice_flows.invoice_pages(self._ctx, page_size=page_size)
        for call in pager:
            yield from self._gateway._run(self._gateway._driver.page(call, pager))

    def counts(self) -> dict[str, int]:
        """How many invoices are in each status (``generated``, ``processed``, ...)."""
        return self._gateway._send(service_flows.build_invoice_counts(self._ctx))

    def transaction(self, invoice: Invoice | str, *, invoice_id: str | None = None) -> InvoiceTransaction:
        """The invoice (an ``Invoice`` you hold, or your merchant invoice id) with the transaction that paid it."""
        call = invoice_flows.build_inquire(self._ctx, invoice=invoice, invoice_id=invoice_id, with_transaction=True)
        return self._gateway._send(service_flows.with_invoice_transaction(self._ctx, call))

    def get_config(self) -> dict[str, str]:
        """The invoice defaults."""
        return self._gateway._send(invoice_flows.build_get_config(self._ctx))

    def set_config(
        self,
        *,
        currency: str | None = None,
        order_id_prefix: str | None = None,
        merchant_redirect_url: str | None = None,
        expiration_days: int | None = None,
        tax_percent: str | None = None,
    ) -> dict[str, str]:
        """Update the invoice defaults; returns them as the gateway now reports them."""
        write = invoice_flows.build_set_config(self._ctx, **_kw(locals()))
        return self._gateway._run(self._gateway._driver.then(write, invoice_flows.build_get_config(self._ctx)))

    def next_order_id(self) -> str:
        """The next invoice order id."""
        return self._gateway._send(invoice_flows.build_next_order_id(self._ctx))


class AsyncGateway(_Core):
    """Asynchronous client of the gateway: ``async with AsyncGateway(...) as gateway: ...``.

    Task-safe; one instance shares its connection pool and AuthToken across tasks. Pass
    ``http_client`` to use your own ``httpx.AsyncClient`` (proxies, mTLS, pooling): the gateway sets its base
    URL, timeout and auth, and leaves closing it to you.
    """

    def __init__(
        self,
        *,
        base_url: str,
        credentials: Credentials,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT_SECONDS,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.AsyncClient | None = None,
        gateway_timezone: str | tzinfo = DEFAULT_GATEWAY_TIMEZONE_NAME,
        retry_policy: RetryPolicy | None = None,
        allow_insecure_http: bool = False,
    ) -> None:
        super().__init__(
            base_url=base_url,
            credentials=credentials,
            timeout=timeout,
            max_retries=max_retries,
            gateway_timezone=gateway_timezone,
            retry_policy=retry_policy,
            allow_insecure_http=allow_insecure_http,
        )
        self._owns_http = http_client is None
        self._tokens = {invoice: AsyncTokenProvider(partial(self._fetch_token, invoice)) for invoice in (False, True)}
        if http_client is not None:
            check_http_client(http_client)
        http = http_client or httpx.AsyncClient(
            verify=secure_ssl_context(), event_hooks={"request": [alog_request], "response": [alog_response]}
        )
        self._api = self._configure(http, AuthTokenAuth(async_providers=self._tokens.__getitem__))
        self._api.set_async_httpx_client(http)
        self.invoices = AsyncInvoices(self)

    @property
    def raw(self) -> AuthenticatedClient:
        """The generated client, AuthToken injected: for operations the helpers do not cover."""
        return self._api

    async def close(self) -> None:
        """Close the connection pool (unless it is the caller's ``http_client``)."""
        if self._owns_http:
            await self._api.get_async_httpx_client().aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()

    def __repr__(self) -> str:
        return f"AsyncGateway(base_url={self._config.base_url!r}, member_id={self._config.credentials.member_id!r})"

    async def _fetch_token(
        self, invoice_service: bool, budget: TokenBudget | None = None, remaining: float | None = None
    ) -> str:
        call = tokens.build_merchant_token(self._ctx, invoice_service=invoice_service)
        token = await self._run(self._driver.flow(call, remaining=remaining, budget=budget))
        self._token_values[invoice_service] = token
        return token

    async def _fetch_partner_token(self, budget: TokenBudget | None = None, remaining: float | None = None) -> str:
        call = tokens.build_partner_token(self._ctx)
        token = await self._run(self._driver.flow(call, remaining=remaining, budget=budget))
        self._token_values["partner"] = token
        return token

    async def _send(self, call: CallOf[T]) -> T:
        """Send ``call`` under the retry policy (settling an unknown money outcome by inquiry)."""
        return await self._run(self._driver.flow(call))

    async def _run(self, flow: Flow[T]) -> T:
        """Drive a flow: perform each action it yields and send the result back."""
        reply: object = None
        while True:
            try:
                action = flow.send(reply)
            except StopIteration as stop:
                result: T = stop.value
                return result
            reply = await self._perform(action)

    async def _perform(self, action: Action) -> object:
        if isinstance(action, Send):
            http = self._api.get_async_httpx_client()
            try:
                async with asyncio.timeout(action.remaining):
                    return await http.request(**action.request, timeout=action.timeout)
            except httpx.TransportError as exc:
                return exc
            except TimeoutError:
                return httpx.ReadTimeout("the call's deadline passed while waiting for the answer")
        if isinstance(action, Sleep):
            await asyncio.sleep(action.seconds)
            return None
        if isinstance(action, FetchToken):
            try:
                return await self._tokens[action.invoice].get(action.budget, action.remaining)
            except TransactionServicesError as exc:
                return exc
        await self._tokens[action.invoice].invalidate(action.token)
        return None

    # -- payments ---------------------------------------------------------------------------------

    async def purchase(
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
        return await self._send(
            payments.build_payment(self._ctx, operation="purchase", payment_type="DB", **_kw(locals()))
        )

    async def authorize(
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
        return await self._send(
            payments.build_payment(self._ctx, operation="authorize", payment_type="PA", **_kw(locals()))
        )

    async def capture(self, payment_id: str, amount: Decimal | str) -> Payment:
        """Capture (part of) an authorization, once: a partial capture ends it (at most the authorized amount)."""
        return await self._send(
            payments.build_follow_up(
                self._ctx, operation="capture", payment_type="CP", payment_id=payment_id, amount=amount
            )
        )

    async def cancel(self, payment_id: str, *, reason: str | None = None) -> Payment:
        """Reverse an authorization that was not captured."""
        return await self._send(
            payments.build_follow_up(
                self._ctx, operation="cancel", payment_type="RV", payment_id=payment_id, reason=reason
            )
        )

    async def refund(self, payment_id: str, amount: Decimal | str) -> Payment:
        """Refund (part of) a captured payment; several partial refunds may follow."""
        return await self._send(
            payments.build_follow_up(
                self._ctx, operation="refund", payment_type="RF", payment_id=payment_id, amount=amount
            )
        )

    async def inquire(self, payment_id: str | None = None, *, merchant_transaction_id: str | None = None) -> Payment:
        """The payment's current state, by payment id or by your merchant transaction id."""
        return await self._send(
            payments.build_inquiry(self._ctx, payment_id=payment_id, merchant_transaction_id=merchant_transaction_id)
        )

    async def wait_for_final(
        self,
        payment_id: str,
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT_SECONDS,
        poll_interval: float = DEFAULT_WAIT_POLL_INTERVAL_SECONDS,
    ) -> Payment:
        """Inquire until the outcome is final or ``timeout`` seconds pass; returns the last state seen."""
        return await self._run(
            self._driver.poll(
                payments.build_inquiry(self._ctx, payment_id=payment_id), timeout=timeout, interval=poll_interval
            )
        )

    async def confirm(self, callback: Notification | RedirectReturn) -> Payment:
        """The gateway's own state of a verified callback's payment (one inquiry); SignatureError if it differs."""
        return _confirmed(callback, await self.inquire(callback.payment_id))

    async def repeat(
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
        return await self._send(payments.build_repeat(self._ctx, **_kw(locals())))

    # -- tokens -----------------------------------------------------------------------------------

    async def register_card(self, card: Card, *, customer: Customer, currency: str | None = None) -> Registration:
        """Store a card; pay with ``pay_with_token(registration.registration_id, ...)`` later."""
        return await self._send(
            registrations.build_register_card(self._ctx, card=card, customer=customer, currency=currency)
        )

    async def register_account(self, bank_account: BankAccount, *, customer: Customer) -> Registration:
        """Store a SEPA or ACH bank account."""
        return await self._send(
            registrations.build_register_account(self._ctx, bank_account=bank_account, customer=customer)
        )

    async def registrations(self, customer_id: str | None = None) -> list[Registration]:
        """The stored cards and accounts (of one customer, or all)."""
        return await self._send(registrations.build_list_registrations(self._ctx, customer_id=customer_id))

    async def delete_registration(self, registration_id: str) -> str:
        """Delete a stored card or account; returns the gateway's confirmation."""
        return await self._send(registrations.build_delete_registration(self._ctx, registration_id=registration_id))

    async def installments(self, registration_id: str) -> list[int]:
        """The installment counts offered for a stored card."""
        return await self._send(registrations.build_installments(self._ctx, registration_id=registration_id))

    async def pay_with_token(
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
        return await self._send(registrations.build_pay_with_token(self._ctx, **_kw(locals())))

    # -- payouts and back office ------------------------------------------------------------------

    async def payout(
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
        return await self._send(payouts.build_payout(self._ctx, **_kw(locals())))

    async def transactions(
        self,
        from_date: date,
        to_date: date,
        status: str | None = None,
        *,
        currency: str | None = None,
        page_size: int = DEFAULT_PAGE_SIZE_RECORDS,
    ) -> AsyncIterator[Transaction]:
        """Every transaction between two dates (inclusive), fetching page after page as you iterate."""
        pager = transactions.transaction_pages(self._ctx, **_kw(locals()))
        for call in pager:
            for item in await self._run(self._driver.page(call, pager)):
                yield item

    async def partner_token(self) -> str:
        """A partner AuthToken (needs ``partner_username`` and ``partner_key`` in the credentials)."""
        return await self._send(tokens.build_partner_token(self._ctx))

    # -- options ----------------------------------------------------------------------------------

    def with_options(
        self, *, timeout: float | httpx.Timeout | None = None, max_retries: int | None = None
    ) -> AsyncGateway:
        """A gateway with other defaults that shares this one's connection pool and AuthToken.

        ``gateway.with_options(timeout=5).inquire(...)``: cheap to make per call. Closing the copy
        leaves the pool open; closing this gateway closes it for both.
        """
        clone = self._clone_with(timeout, max_retries)
        parent = self._api.get_async_httpx_client()
        http = shared_async_http(parent)
        clone._owns_http = False
        clone._api = clone._configure(http, AuthTokenAuth(async_providers=self._tokens.__getitem__))
        clone._api.set_async_httpx_client(http)
        clone.invoices = AsyncInvoices(clone)
        return clone

    # -- QR, the /inquiry endpoint, token renewal, partner-level calls ----------------------------

    async def qr_checkout(
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
        return await self._send(qr_flows.build_qr_checkout(self._ctx, **_kw(locals())))

    async def qr_status(self, payment_id: str) -> Payment:
        """The status of a QR payment."""
        return await self._send(qr_flows.build_qr_status(self._ctx, payment_id=payment_id))

    async def status_inquiry(
        self, payment_id: str | None = None, *, merchant_transaction_id: str | None = None
    ) -> Payment:
        """A payment's state through ``/inquiry`` (newer builds only; ``inquire()`` works on every build)."""
        return await self._send(service_flows.build_status_inquiry(self._ctx, **_kw(locals())))

    async def regenerate_token(self, *, invoice_service: bool = False) -> str:
        """Renew the service's current AuthToken through ``regenerateToken``; returns the fresh token."""
        token = await self._tokens[invoice_service].get()
        return await self._send(
            service_flows.build_regenerate_token(self._ctx, token=token, invoice_service=invoice_service)
        )

    @functools.cached_property
    def partner(self) -> AsyncPartner:
        """Partner-level calls, sent with a partner AuthToken (needs the partner login in the credentials)."""
        clone = copy.copy(self)
        provider = AsyncTokenProvider(self._fetch_partner_token)
        clone._tokens = {False: provider, True: provider}
        http = shared_async_http(self._api.get_async_httpx_client())
        clone._owns_http = False
        clone._api = clone._configure(http, AuthTokenAuth(async_providers=lambda _invoice: provider))
        clone._api.set_async_httpx_client(http)
        return AsyncPartner(clone)


class AsyncInvoices:
    """``gateway.invoices`` (async): the invoice service (pay links)."""

    def __init__(self, gateway: AsyncGateway) -> None:
        self._gateway = gateway
        self._ctx = gateway._ctx

    async def generate(
        self,
        *,
        merchant_invoice_id: str,
        amount: Decimal | str,
        currency: str,
        customer: Customer,
        merchant_redirect_url: str,
        description: str | None = None,
        expiration_days: int | None = None,
        notification_url: str | None = None,
    ) -> Invoice:
        """Create an invoice; ``invoice.pay_url`` is the link to give the customer."""
        return await self._gateway._send(invoice_flows.build_generate(self._ctx, **_kw(locals())))

    async def cancel(self, invoice_id: str, *, merchant_redirect_url: str, reason: str | None = None) -> Invoice:
        """Cancel an invoice."""
        return await self._gateway._send(invoice_flows.build_cancel(self._ctx, **_kw(locals())))

    async def regenerate(
        self, invoice_id: str, *, merchant_redirect_url: str, expiration_days: int | None = None
    ) -> Invoice:
        """Re-issue an invoice with a new expiry."""
        return await self._gateway._send(invoice_flows.build_regenerate(self._ctx, **_kw(locals())))

    async def remind(self, invoice_id: str, *, merchant_redirect_url: str) -> Invoice:
        """Send the customer a reminder."""
        return await self._gateway._send(invoice_flows.build_remind(self._ctx, **_kw(locals())))

    async def inquire(
        self, invoice: Invoice | str, *, invoice_id: str | None = None, with_transaction: bool = False
    ) -> Invoice:
        """The status of an ``Invoice`` you hold, or of your merchant invoice id (``invoice_id`` narrows it)."""
        return await self._gateway._send(invoice_flows.build_inquire(self._ctx, **_kw(locals())))

    async def list(self, *, page_size: int = DEFAULT_INVOICE_PAGE_SIZE) -> AsyncIterator[Invoice]:
        """Every invoice, fetching page after page as you iterate."""
        pager = invoice_flows.invoice_pages(self._ctx, page_size=page_size)
        for call in pager:
            for item in await self._gateway._run(self._gateway._driver.page(call, pager)):
                yield item

    async def counts(self) -> dict[str, int]:
        """How many invoices are in each status (``generated``, ``processed``, ...)."""
        return await self._gateway._send(service_flows.build_invoice_counts(self._ctx))

    async def transaction(self, invoice: Invoice | str, *, invoice_id: str | None = None) -> InvoiceTransaction:
        """The invoice (an ``Invoice`` you hold, or your merchant invoice id) with the transaction that paid it."""
        call = invoice_flows.build_inquire(self._ctx, invoice=invoice, invoice_id=invoice_id, with_transaction=True)
        return await self._gateway._send(service_flows.with_invoice_transaction(self._ctx, call))

    async def get_config(self) -> dict[str, str]:
        """The invoice defaults."""
        return await self._gateway._send(invoice_flows.build_get_config(self._ctx))

    async def set_config(
        self,
        *,
        currency: str | None = None,
        order_id_prefix: str | None = None,
        merchant_redirect_url: str | None = None,
        expiration_days: int | None = None,
        tax_percent: str | None = None,
    ) -> dict[str, str]:
        """Update the invoice defaults; returns them as the gateway now reports them."""
        write = invoice_flows.build_set_config(self._ctx, **_kw(locals()))
        return await self._gateway._run(self._gateway._driver.then(write, invoice_flows.build_get_config(self._ctx)))

    async def next_order_id(self) -> str:
        """The next invoice order id."""
        return await self._gateway._send(invoice_flows.build_next_order_id(self._ctx))


class Partner:
    """``gateway.partner``: tokens at partner level, signed with the partner's key, sent with a partner token."""

    def __init__(self, gateway: Gateway) -> None:
        self._gateway = gateway
        self._ctx = gateway._ctx

    def register_card(self, card: Card, *, customer: Customer) -> Registration:
        """Store a card as the partner."""
        return self._gateway._send(partner_flows.build_partner_register_card(self._ctx, card=card, customer=customer))

    def registrations(self, customer_id: str | None = None) -> list[Registration]:
        """The partner's stored cards and accounts (of one customer, or all)."""
        return self._gateway._send(partner_flows.build_partner_list_registrations(self._ctx, customer_id=customer_id))

    def delete_registration(self, registration_id: str) -> str:
        """Delete a stored card or account as the partner; returns the gateway's confirmation."""
        return self._gateway._send(
            partner_flows.build_partner_delete_registration(self._ctx, registration_id=registration_id)
        )


class AsyncPartner:
    """``gateway.partner`` (async): tokens at partner level, signed with the partner's key."""

    def __init__(self, gateway: AsyncGateway) -> None:
        self._gateway = gateway
        self._ctx = gateway._ctx

    async def register_card(self, card: Card, *, customer: Customer) -> Registration:
        """Store a card as the partner."""
        return await self._gateway._send(
            partner_flows.build_partner_register_card(self._ctx, card=card, customer=customer)
        )

    async def registrations(self, customer_id: str | None = None) -> list[Registration]:
        """The partner's stored cards and accounts (of one customer, or all)."""
        return await self._gateway._send(
            partner_flows.build_partner_list_registrations(self._ctx, customer_id=customer_id)
        )

    async def delete_registration(self, registration_id: str) -> str:
        """Delete a stored card or account as the partner; returns the gateway's confirmation."""
        return await self._gateway._send(
            partner_flows.build_partner_delete_registration(self._ctx, registration_id=registration_id)
        )


def _confirmed(callback: Notification | RedirectReturn, payment: Payment) -> Payment:
    """The inquired payment, once its signed identity and amount match the callback's."""
    reference = callback.merchant_transaction_id
    if (reference is not None and payment.merchant_transaction_id not in (None, reference)) or (
        callback.amount is not None and payment.amount is not None and payment.amount != callback.amount
    ):
        raise SignatureError(
            "the callback does not match the gateway's record of the payment", payment_id=callback.payment_id
        )
    return payment


def _kw(names: dict[str, Any]) -> dict[str, Any]:
    """A method's own arguments, to pass on to its builder."""
    return {name: value for name, value in names.items() if name not in ("self", "__class__")}
