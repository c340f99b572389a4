"""``AsyncGateway``: the asynchronous shell, the same surface as ``Gateway`` with ``await``.

It lives apart from ``Gateway`` so that a synchronous program never imports asyncio; both run the
same driver flows (``_driver.py``), this one performing their actions with ``httpx.AsyncClient``.
"""

from __future__ import annotations

import asyncio
import functools
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from datetime import date, tzinfo
from decimal import Decimal
from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar

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
from ._options import shared_async_http
from ._retry import RetryPolicy
from ._transport import AsyncAuthTokenAuth, alog_request, alog_response, secure_ssl_context
from .auth import AsyncTokenProvider
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
    from ._invoices import AsyncInvoices
    from ._partner import AsyncPartner

__all__ = ["AsyncGateway"]

T = TypeVar("T")


class AsyncGateway(BaseGateway[httpx.AsyncClient, AsyncTokenProvider]):
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
        super().__init__(**arguments(locals()))

    @property
    def config(self) -> GatewayConfig:
        """The validated configuration."""
        return self._config

    @property
    def raw(self) -> AuthenticatedClient:
        """The generated client, AuthToken injected: for operations the helpers do not cover."""
        return self._api

    def with_options(
        self, *, timeout: float | httpx.Timeout | None = None, max_retries: int | None = None
    ) -> AsyncGateway:
        """A gateway with other defaults that shares this one's connection pool and AuthToken.

        ``gateway.with_options(timeout=5).inquire(...)``: cheap to make per call. Closing the copy
        leaves the pool open; closing this gateway closes it for both.
        """
        return self._with_options(timeout, max_retries)

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

    @functools.cached_property
    def invoices(self) -> AsyncInvoices:
        """The invoice service (pay links)."""
        from ._invoices import AsyncInvoices  # loaded on first use: most programs never issue an invoice

        return AsyncInvoices(self)

    @functools.cached_property
    def partner(self) -> AsyncPartner:
        """Partner-level calls, sent with a partner AuthToken (needs the partner login in the credentials)."""
        from ._partner import AsyncPartner

        return AsyncPartner(self._partner_view())

    # -- the shell: an httpx.AsyncClient and an asyncio lock ---------------------------------------

    def _new_http(self) -> httpx.AsyncClient:
        hooks: dict[str, list[Callable[..., Any]]] = {"request": [alog_request], "response": [alog_response]}
        return httpx.AsyncClient(verify=secure_ssl_context(), event_hooks=hooks)

    def _share_http(self, parent: httpx.AsyncClient) -> httpx.AsyncClient:
        return shared_async_http(parent)

    def _bind(self, api: AuthenticatedClient, http: httpx.AsyncClient) -> None:
        http.auth = AsyncAuthTokenAuth(
            token=lambda invoice: self._run(self._driver.token(invoice)),
            invalidate=lambda invoice, token: self._tokens[invoice].invalidate(token),
        )
        api.set_async_httpx_client(http)

    def _http(self) -> httpx.AsyncClient:
        return self._api.get_async_httpx_client()

    def _provider(self, fetch: Callable[..., Awaitable[str]]) -> AsyncTokenProvider:
        return AsyncTokenProvider(fetch)

    async def _fetch_token(
        self, invoice_service: bool, budget: TokenBudget | None = None, remaining: float | None = None
    ) -> str:
        flow = self._driver.flow(self._token_call(invoice_service), remaining=remaining, budget=budget)
        return self._remember_token(invoice_service, await self._run(flow))

    async def _fetch_partner_token(self, budget: TokenBudget | None = None, remaining: float | None = None) -> str:
        flow = self._driver.flow(self._token_call(None), remaining=remaining, budget=budget)
        return self._remember_token("partner", await self._run(flow))

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
            try:
                async with asyncio.timeout(action.remaining):
                    return await self._api.get_async_httpx_client().request(**action.request, timeout=action.timeout)
            except httpx.TransportError as exc:
                return exc
            except TimeoutError:
                return httpx.ReadTimeout("the call's deadline passed while waiting for the answer")
        if isinstance(action, FetchToken):
            try:
                return await self._tokens[action.invoice].get(action.budget, action.remaining)
            except TransactionServicesError as exc:
                return exc
        if isinstance(action, Sleep):
            await asyncio.sleep(action.seconds)
            return None
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
            payments.build_payment(self._ctx, operation="purchase", payment_type="DB", **arguments(locals()))
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
            payments.build_payment(self._ctx, operation="authorize", payment_type="PA", **arguments(locals()))
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
        return confirmed(callback, await self.inquire(callback.payment_id))

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
        return await self._send(payments.build_repeat(self._ctx, **arguments(locals())))

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
        return await self._send(registrations.build_pay_with_token(self._ctx, **arguments(locals())))

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
        return await self._send(payouts.build_payout(self._ctx, **arguments(locals())))

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
        pager = transactions.transaction_pages(self._ctx, **arguments(locals()))
        for call in pager:
            for item in await self._run(self._driver.page(call, pager)):
                yield item

    async def partner_token(self) -> str:
        """A partner AuthToken (needs ``partner_username`` and ``partner_key`` in the credentials)."""
        return await self._send(self._token_call(None))

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
        return await self._send(qr_flows.build_qr_checkout(self._ctx, **arguments(locals())))

    async def qr_status(self, payment_id: str) -> Payment:
        """The status of a QR payment."""
        return await self._send(qr_flows.build_qr_status(self._ctx, payment_id=payment_id))

    async def status_inquiry(
        self, payment_id: str | None = None, *, merchant_transaction_id: str | None = None
    ) -> Payment:
        """A payment's state through ``/inquiry`` (newer builds only; ``inquire()`` works on every build)."""
        return await self._send(service_flows.build_status_inquiry(self._ctx, **arguments(locals())))

    async def regenerate_token(self, *, invoice_service: bool = False) -> str:
        """Renew the service's current AuthToken through ``regenerateToken``; returns the fresh token."""
        token = await self._tokens[invoice_service].get()
        return await self._send(
            service_flows.build_regenerate_token(self._ctx, token=token, invoice_service=invoice_service)
        )
