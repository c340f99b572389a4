"""What ``Gateway`` and ``AsyncGateway`` share: configuration, the send driver, and their views.

The two shells differ only in how they perform a flow's actions (``_run``) and in the httpx client
they hold; everything else, including ``with_options`` and the partner view over the same connection
pool, is written here once. Nothing in this module does I/O.
"""

from __future__ import annotations

import copy
import time
from abc import ABC, abstractmethod
from collections.abc import Callable
from datetime import tzinfo
from functools import partial
from typing import Any, Generic, Self, TypeVar

import attrs
import httpx

from transaction_services_api import AuthenticatedClient

from ._constants import DEFAULT_GATEWAY_TIMEZONE_NAME, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT_SECONDS
from ._driver import Driver, TokenBudget
from ._options import user_agent
from ._retry import RetryPolicy
from ._transport import check_http_client
from .config import Credentials, GatewayConfig
from .errors import SignatureError
from .flows import payments, tokens
from .flows._call import CallOf, Context
from .models import Notification, Payment, RedirectReturn

__all__ = ["BaseGateway", "HttpT", "ProviderT", "arguments", "confirmed"]

HttpT = TypeVar("HttpT", httpx.Client, httpx.AsyncClient)
"""The shell's httpx client: ``httpx.Client`` or ``httpx.AsyncClient``."""
ProviderT = TypeVar("ProviderT")
"""The shell's AuthToken cache: ``SyncTokenProvider`` or ``AsyncTokenProvider``."""

# The merchant's two services each have their own AuthToken; the partner view uses one for both.
_SERVICES = (False, True)


class BaseGateway(ABC, Generic[HttpT, ProviderT]):
    """Configuration, context, token caches and the send driver of one gateway client (no I/O).

    A shell supplies its httpx client (``_new_http``, ``_share_http``, ``_bind``), its token cache
    (``_provider``, ``_fetch_token``, ``_fetch_partner_token``) and the loop that performs actions.
    """

    _api: AuthenticatedClient
    _driver: Driver
    _config: GatewayConfig

    def __init__(
        self,
        *,
        base_url: str,
        credentials: Credentials,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT_SECONDS,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: HttpT | None = None,
        gateway_timezone: str | tzinfo = DEFAULT_GATEWAY_TIMEZONE_NAME,
        retry_policy: RetryPolicy | None = None,
        allow_insecure_http: bool = False,
    ) -> None:
        self._use_config(
            GatewayConfig(
                base_url,
                credentials,
                timeout,
                max_retries,
                gateway_timezone,
                policy=retry_policy,
                allow_insecure_http=allow_insecure_http,
            )
        )
        self._token_values: dict[bool | str, str] = {}
        self._tokens: dict[bool, ProviderT] = {
            invoice: self._provider(partial(self._fetch_token, invoice)) for invoice in _SERVICES
        }
        self._owns_http = http_client is None
        if http_client is not None:
            check_http_client(http_client)
        self._attach(http_client if http_client is not None else self._new_http())

    # -- what a shell supplies -------------------------------------------------------------------------

    @abstractmethod
    def _new_http(self) -> HttpT:
        """A new verified connection pool with the logging hooks."""

    @abstractmethod
    def _share_http(self, parent: HttpT) -> HttpT:
        """A client over ``parent``'s connection pool that may carry its own timeout and auth."""

    @abstractmethod
    def _bind(self, api: AuthenticatedClient, http: HttpT) -> None:
        """Make ``api`` send through ``http``, its ``raw`` requests carrying this gateway's AuthTokens."""

    @abstractmethod
    def _http(self) -> HttpT:
        """The httpx client the gateway sends through."""

    @abstractmethod
    def _provider(self, fetch: Callable[..., Any]) -> ProviderT:
        """An AuthToken cache that fetches with ``fetch``."""

    @abstractmethod
    def _fetch_token(
        self, invoice_service: bool, budget: TokenBudget | None = None, remaining: float | None = None
    ) -> Any:
        """Fetch a merchant AuthToken of one service (a flow the shell runs)."""

    @abstractmethod
    def _fetch_partner_token(self, budget: TokenBudget | None = None, remaining: float | None = None) -> Any:
        """Fetch a partner AuthToken (a flow the shell runs)."""

    # -- shared ------------------------------------------------------------------------------------------

    def __repr__(self) -> str:
        config = self._config
        return f"{type(self).__name__}(base_url={config.base_url!r}, member_id={config.credentials.member_id!r})"

    def _with_options(self, timeout: float | httpx.Timeout | None, max_retries: int | None) -> Self:
        """A view of this gateway with other defaults, over the same pool and AuthTokens."""
        config = self._config
        policy = config.policy
        if policy is not None and max_retries is not None:
            policy = attrs.evolve(policy, max_retries=max_retries)
        clone = self._view()
        clone._use_config(
            GatewayConfig(
                config.base_url,
                config.credentials,
                config.timeout if timeout is None else timeout,
                config.max_retries if max_retries is None else max_retries,
                config.gateway_timezone,
                policy=policy,
                allow_insecure_http=config.allow_insecure_http,
            )
        )
        clone._attach(self._share_http(self._http()))
        return clone

    def _partner_view(self) -> Self:
        """This gateway signing with the partner's key and sending with a partner AuthToken."""
        clone = self._view()
        provider = self._provider(self._fetch_partner_token)
        clone._tokens = dict.fromkeys(_SERVICES, provider)
        clone._attach(self._share_http(self._http()))
        return clone

    def _view(self) -> Self:
        """A shallow copy that shares the pool and the AuthTokens and never closes the pool."""
        clone = copy.copy(self)
        for cached in ("invoices", "partner"):  # views made for this gateway belong to it
            clone.__dict__.pop(cached, None)
        clone._owns_http = False
        return clone

    def _use_config(self, config: GatewayConfig) -> None:
        self._config = config
        self._ctx = Context(config.credentials, config.gateway_timezone)
        self._policy = config.retry_policy

    def _attach(self, http: HttpT) -> None:
        """Send through ``http``: set its base URL, timeout and User-Agent, and make the driver for it."""
        config = self._config
        http.base_url = httpx.URL(config.base_url)
        http.timeout = config.timeout
        if http.headers.get("User-Agent", "").startswith("python-httpx/"):  # keep a caller's own User-Agent
            http.headers["User-Agent"] = user_agent()
        self._api = AuthenticatedClient(base_url=config.base_url, token="", auth_header_name="AuthToken", prefix="")
        self._bind(self._api, http)
        self._driver = Driver(
            self._policy,
            client=self._api,
            timeout=config.timeout,
            deadline=config.deadline,
            inquiry_for=self._inquiry_for,
            secrets=self._secrets,
            clock=time.monotonic,
        )

    def _secrets(self) -> tuple[str | None, ...]:
        """Values no message may show: the keys and the AuthTokens in use."""
        credentials = self._config.credentials
        return (credentials.secure_key, credentials.partner_key, *self._token_values.values())

    def _inquiry_for(self, call: CallOf[Any]) -> CallOf[Payment]:
        if call.reference is not None:
            return payments.build_inquiry(self._ctx, merchant_transaction_id=call.reference)
        return payments.build_inquiry(self._ctx, payment_id=call.payment_id)

    def _token_call(self, invoice_service: bool | None) -> CallOf[str]:
        """The token request of a service (``None``: the partner's)."""
        if invoice_service is None:
            return tokens.build_partner_token(self._ctx)
        return tokens.build_merchant_token(self._ctx, invoice_service=invoice_service)

    def _remember_token(self, service: bool | str, token: str) -> str:
        """Keep ``token`` among the values no message may show."""
        self._token_values[service] = token
        return token


def confirmed(callback: Notification | RedirectReturn, payment: Payment) -> Payment:
    """The inquired payment, once its signed identity and amount match the callback's."""
    reference = callback.merchant_transaction_id
    if (reference is not None and payment.merchant_transaction_id not in (None, reference)) or (
        callback.amount is not None and payment.amount is not None and payment.amount != callback.amount
    ):
        raise SignatureError(
            "the callback does not match the gateway's record of the payment", payment_id=callback.payment_id
        )
    return payment


def arguments(names: dict[str, Any]) -> dict[str, Any]:
    """A method's own arguments (its ``locals()``), to pass on to its builder."""
    return {name: value for name, value in names.items() if name not in ("self", "__class__")}
