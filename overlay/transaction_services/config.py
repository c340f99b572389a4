"""Gateway configuration: credentials, base URL, timeout, retries and the gateway's time zone.

Values and validation only; nothing here performs I/O.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import tzinfo
from typing import Any

import attrs
import httpx

from ._constants import DEFAULT_GATEWAY_TIMEZONE_NAME, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT_SECONDS
from ._retry import RetryPolicy
from .errors import ValidationError

__all__ = ["Credentials", "GatewayConfig", "resolve_timezone"]

_NUMERIC_ID = re.compile(r"[0-9]{1,10}")


def _numeric_id(field: str) -> Callable[[object, object, Any], None]:
    def check(_instance: object, _attribute: object, value: str | None) -> None:
        if value is not None and not (isinstance(value, str) and _NUMERIC_ID.fullmatch(value)):
            raise ValidationError(field, f"{field} must be a string of 1 to 10 digits")

    return check


def _secret(field: str) -> Callable[[object, object, Any], None]:
    def check(_instance: object, _attribute: object, value: str | None) -> None:
        if value is not None and not (isinstance(value, str) and value.strip()):
            raise ValidationError(field, f"{field} must be a non-empty string")

    return check


def _optional_text(value: object) -> str | None:
    return None if value is None else str(value)


@attrs.frozen(repr=False)
class Credentials:
    """A merchant's credentials; the partner login is needed only for ``partner_token()``.

    ``secure_key`` signs every request and is sent in clear only to ``/authToken``; it never
    appears in a repr, a log line or an exception.
    """

    member_id: str = attrs.field(converter=str, validator=_numeric_id("member_id"))
    secure_key: str = attrs.field(validator=_secret("secure_key"))
    partner_id: str | None = attrs.field(default=None, converter=_optional_text, validator=_numeric_id("partner_id"))
    username: str | None = None
    terminal_id: str | None = attrs.field(default=None, converter=_optional_text, validator=_numeric_id("terminal_id"))
    partner_username: str | None = attrs.field(default=None, kw_only=True)
    partner_key: str | None = attrs.field(default=None, kw_only=True, validator=_secret("partner_key"))

    def __repr__(self) -> str:
        return (
            f"Credentials(member_id={self.member_id!r}, secure_key='***', partner_id={self.partner_id!r}, "
            f"username={self.username!r}, terminal_id={self.terminal_id!r})"
        )


def resolve_timezone(value: str | tzinfo) -> tzinfo:
    """A ``tzinfo`` from an IANA name (``"Asia/Kolkata"``) or a ``tzinfo``; ValidationError otherwise."""
    if isinstance(value, tzinfo):
        return value
    import zoneinfo  # on first use: it loads sysconfig and the zone path, which an import need not pay for

    try:
        return zoneinfo.ZoneInfo(value)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, TypeError):
        raise ValidationError("gateway_timezone", "gateway_timezone must be an IANA zone name or a tzinfo") from None


def _timeout(value: float | httpx.Timeout | None) -> httpx.Timeout:
    if value is None:
        raise ValidationError("timeout", "timeout must be set: the SDK never waits forever")
    if isinstance(value, httpx.Timeout):
        if None in (value.connect, value.read, value.write, value.pool):
            raise ValidationError("timeout", "every part of an httpx.Timeout must be set")
        return value
    if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
        raise ValidationError("timeout", "timeout must be a positive number of seconds")
    return httpx.Timeout(float(value))


_SERVICE_PATHS = ("/transactionservices", "/invoiceservices")


def _base_url(value: str) -> str:
    try:
        url = httpx.URL(value) if isinstance(value, str) else None
    except httpx.InvalidURL:
        url = None
    if url is None or url.scheme not in ("http", "https") or not url.host:
        raise ValidationError("base_url", "base_url must be an absolute http(s) URL such as https://test.paymentz.com")
    path = url.path.lower()
    if any(service in path for service in _SERVICE_PATHS):
        host_only = f"{url.scheme}://{url.netloc.decode('ascii')}"
        raise ValidationError(
            "base_url",
            f"base_url must be the host only ({host_only!r}): the SDK adds the service path "
            "(/transactionServices/REST/v1, /invoiceServices/REST/v1) itself",
        )
    return str(value).rstrip("/")


def _policy(value: RetryPolicy | None) -> RetryPolicy | None:
    if value is not None and not isinstance(value, RetryPolicy):
        raise ValidationError("retry_policy", "retry_policy must be a RetryPolicy")
    return value


@attrs.frozen
class GatewayConfig:
    """Validated settings shared by ``Gateway`` and ``AsyncGateway``."""

    base_url: str = attrs.field(converter=_base_url)
    credentials: Credentials = attrs.field(validator=attrs.validators.instance_of(Credentials))
    timeout: httpx.Timeout = attrs.field(default=httpx.Timeout(DEFAULT_TIMEOUT_SECONDS), converter=_timeout)
    max_retries: int = DEFAULT_MAX_RETRIES
    gateway_timezone: tzinfo = attrs.field(
        factory=lambda: resolve_timezone(DEFAULT_GATEWAY_TIMEZONE_NAME), converter=resolve_timezone
    )
    policy: RetryPolicy | None = attrs.field(default=None, kw_only=True, converter=_policy)
    """An explicit retry policy (``retry_policy=``); its ``max_retries`` then wins over ``max_retries``."""
    allow_insecure_http: bool = attrs.field(default=False, kw_only=True)
    """Allow ``http://`` to a host other than this machine (card data and keys would travel in clear)."""

    def __attrs_post_init__(self) -> None:
        if isinstance(self.max_retries, bool) or not isinstance(self.max_retries, int) or self.max_retries < 0:
            raise ValidationError("max_retries", "max_retries must be a non-negative integer")
        from ._transport import is_loopback

        url = httpx.URL(self.base_url)
        if url.scheme == "http" and not is_loopback(url.host) and self.allow_insecure_http is not True:
            raise ValidationError(
                "base_url",
                "base_url must use https:// (http:// only to this machine, or with allow_insecure_http=True)",
            )

    @property
    def retry_policy(self) -> RetryPolicy:
        """The retry policy these settings give."""
        return self.policy if self.policy is not None else RetryPolicy(max_retries=self.max_retries)

    @property
    def deadline(self) -> float:
        """Seconds one call may take in all (attempts, token, settling): the largest part of ``timeout``."""
        parts = (self.timeout.connect, self.timeout.read, self.timeout.write, self.timeout.pool)
        return max(float(part) for part in parts if part is not None)
