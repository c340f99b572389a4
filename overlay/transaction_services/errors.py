"""The exception tree of the overlay.

::

    TransactionServicesError          root; result_code, payment_id, operation when known
    ├── ValidationError               bad input, raised before any I/O; .field
    ├── GatewayError                  the gateway refused the request; .description
    │   └── AuthenticationError       AuthToken rejected (401) or not issued (403)
    ├── TransportError                network failure; the httpx exception is the __cause__
    ├── OutcomeUnknownError           a money-moving call whose result could not be established
    ├── DuplicateOrderError           refused as a duplicate order id, and the original is not visible
    ├── UnexpectedResponseError       non-JSON, unknown HTTP status, unparseable body; .http_status
    └── SignatureError                a callback whose checksum does not verify

A declined payment is a result (``Payment.outcome``), never an exception. No error holds a raw body,
a card number, a CVV, a secure key or an AuthToken: messages are built from metadata, and the only
body text kept (``UnexpectedResponseError.excerpt``) is truncated and masked.
"""

from __future__ import annotations

from collections.abc import Iterable

from ._redaction import mask_card_numbers_in_text, mask_text, safe_excerpt

__all__ = [
    "AuthenticationError",
    "DuplicateOrderError",
    "GatewayError",
    "OutcomeUnknownError",
    "SignatureError",
    "TransactionServicesError",
    "TransportError",
    "UnexpectedResponseError",
    "ValidationError",
    "error_for_result",
    "scrub_error",
]

_TOKEN_FAILURE_CODES = frozenset({"401", "403"})


class TransactionServicesError(Exception):
    """Root of every exception raised by ``transaction_services``."""

    def __init__(
        self,
        message: str,
        *,
        result_code: str | None = None,
        payment_id: str | None = None,
        operation: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.result_code = result_code
        self.payment_id = payment_id
        self.operation = operation

    def _details(self) -> list[tuple[str, object]]:
        return [
            ("operation", self.operation),
            ("result_code", self.result_code),
            ("payment_id", self.payment_id),
        ]

    def __reduce__(self) -> tuple[object, ...]:
        # Keyword-only constructors break Exception's default pickling (cls(*args)); restore the state.
        return (_restore, (type(self), self.args, dict(self.__dict__)))

    def __str__(self) -> str:
        parts = [f"{name}={value}" for name, value in self._details() if value is not None]
        return f"{self.message} ({', '.join(parts)})" if parts else self.message

    def __repr__(self) -> str:
        parts = [f"{self.message!r}"]
        parts += [f"{name}={value!r}" for name, value in self._details() if value is not None]
        return f"{type(self).__name__}({', '.join(parts)})"


class ValidationError(TransactionServicesError):
    """Invalid input, detected before anything was sent; ``field`` names the offending parameter.

    The message names the field and the rule it broke, never the rejected value.
    """

    def __init__(self, field: str, message: str, *, operation: str | None = None) -> None:
        super().__init__(f"{field}: {message}", operation=operation)
        self.field = field

    def _details(self) -> list[tuple[str, object]]:
        return [("operation", self.operation)]


class GatewayError(TransactionServicesError):
    """The gateway refused the request (bad checksum, field validation, business rule, token)."""

    def __init__(
        self,
        description: str | None,
        *,
        result_code: str | None = None,
        payment_id: str | None = None,
        operation: str | None = None,
    ) -> None:
        # The gateway's description may echo request values; card numbers must not survive into logs.
        safe = mask_card_numbers_in_text(description) if description else None
        super().__init__(
            safe or "the gateway refused the request",
            result_code=result_code,
            payment_id=payment_id,
            operation=operation,
        )
        self.description = safe


class AuthenticationError(GatewayError):
    """The AuthToken was rejected (code or HTTP 401) or could not be obtained (code 403)."""


class TransportError(TransactionServicesError):
    """The request could not be completed on the network; the httpx exception is ``__cause__``."""


class OutcomeUnknownError(TransactionServicesError):
    """A money-moving call whose result could not be established within its deadline, inquiries included.

    The payment (or the follow-up) may or may not exist: the gateway may still be processing it. Do not
    send it again; settle it later with ``gateway.inquire(merchant_transaction_id=...)`` (or
    ``inquire(payment_id)``, ``wait_for_final(payment_id)``) or wait for the notification.
    ``last_seen`` is the payment as the last inquiry showed it (a follow-up not applied yet), if any.
    """

    def __init__(
        self,
        message: str,
        *,
        merchant_transaction_id: str | None = None,
        payment_id: str | None = None,
        operation: str | None = None,
        cause: BaseException | None = None,
        last_seen: object = None,
    ) -> None:
        super().__init__(message, payment_id=payment_id, operation=operation)
        self.merchant_transaction_id = merchant_transaction_id
        self.cause = cause
        self.last_seen = last_seen

    def _details(self) -> list[tuple[str, object]]:
        cause = type(self.cause).__name__ if self.cause is not None else None
        return [
            ("operation", self.operation),
            ("merchant_transaction_id", self.merchant_transaction_id),
            ("payment_id", self.payment_id),
            ("cause", cause),
        ]


class DuplicateOrderError(GatewayError):
    """The gateway refused a new payment as a duplicate ``merchant_transaction_id`` and no inquiry showed
    the original: no payment was made by this request. Inquire by ``merchant_transaction_id`` later.
    """

    def __init__(
        self,
        description: str | None,
        *,
        merchant_transaction_id: str | None = None,
        result_code: str | None = None,
        operation: str | None = None,
    ) -> None:
        super().__init__(description, result_code=result_code, operation=operation)
        self.merchant_transaction_id = merchant_transaction_id

    def _details(self) -> list[tuple[str, object]]:
        return [*super()._details(), ("merchant_transaction_id", self.merchant_transaction_id)]


class UnexpectedResponseError(TransactionServicesError):
    """The response could not be understood: not JSON, an unexpected HTTP status, or a broken shape.

    ``excerpt`` holds at most 200 characters of the body with card numbers, tokens and secrets masked;
    the raw body is never kept.
    """

    def __init__(
        self,
        message: str,
        *,
        http_status: int | None = None,
        body: str | bytes | None = None,
        result_code: str | None = None,
        payment_id: str | None = None,
        operation: str | None = None,
        secrets: Iterable[str | None] = (),
    ) -> None:
        super().__init__(message, result_code=result_code, payment_id=payment_id, operation=operation)
        self.http_status = http_status
        self.excerpt = safe_excerpt(body, secrets=secrets) if body else None

    def _details(self) -> list[tuple[str, object]]:
        return [
            ("operation", self.operation),
            ("http_status", self.http_status),
            ("result_code", self.result_code),
            ("payment_id", self.payment_id),
            ("excerpt", self.excerpt),
        ]


class SignatureError(TransactionServicesError):
    """A callback (notification or browser return) could not be authenticated: reject it.

    Raised for a checksum mismatch, a missing checksum, or a body that cannot be parsed. The message
    never contains the secure key, the expected checksum or the body.
    """


def _restore(
    cls: type[TransactionServicesError], args: tuple[object, ...], state: dict[str, object]
) -> TransactionServicesError:
    error = cls.__new__(cls)
    Exception.__init__(error, *args)
    error.__dict__.update(state)
    return error


def error_for_result(
    code: str | None,
    description: str | None,
    *,
    operation: str | None,
    payment_id: str | None,
) -> GatewayError:
    """Return, not raise, the refusal error: ``AuthenticationError`` for 401/403, else ``GatewayError``."""
    normalized = code.strip() if code is not None else None
    cls = AuthenticationError if normalized in _TOKEN_FAILURE_CODES else GatewayError
    if payment_id == "-":
        payment_id = None
    return cls(description, result_code=normalized, payment_id=payment_id, operation=operation)


def scrub_error(error: TransactionServicesError, secrets: Iterable[str | None]) -> TransactionServicesError:
    """Mask secrets, card data and the given values wherever the gateway's text put them in ``error``."""
    values = tuple(secrets)
    for name in ("message", "description", "excerpt"):
        text = getattr(error, name, None)
        if isinstance(text, str):
            setattr(error, name, mask_text(text, values))
    error.args = tuple(mask_text(a, values) if isinstance(a, str) else a for a in error.args)
    return error


for _cls in (
    TransactionServicesError,
    DuplicateOrderError,
    ValidationError,
    GatewayError,
    AuthenticationError,
    TransportError,
    OutcomeUnknownError,
    UnexpectedResponseError,
    SignatureError,
):
    _cls.__module__ = "transaction_services"
del _cls
