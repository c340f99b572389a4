"""A prepared call: which generated endpoint, with which body, and how to read the answer."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from datetime import tzinfo
from types import ModuleType
from typing import Any, Generic, TypeVar

import attrs

from .._payload import get_mapping, get_str, is_success_code
from ..config import Credentials
from ..errors import AuthenticationError, UnexpectedResponseError, error_for_result

__all__ = ["Call", "Context", "clean", "raise_for_refusal", "read_model"]

T = TypeVar("T")


@attrs.frozen
class Context:
    """What every builder needs: the credentials and the gateway's time zone."""

    credentials: Credentials
    tz: tzinfo


@attrs.frozen
class Call(Generic[T]):
    """One request to send and the function that turns its answer into a result.

    ``money`` marks a call that moves money: its unknown outcome is resolved by an inquiry (by
    ``reference``, the merchant transaction id, or by ``payment_id`` for a follow-up) before anything
    is sent again.
    """

    operation: str
    endpoint: ModuleType
    path: tuple[str, ...]
    body: Any
    interpret: Callable[[Mapping[str, Any]], T]
    money: bool = False
    reference: str | None = None
    payment_id: str | None = None
    applied: Callable[[Any], bool] | None = None
    """For a follow-up: whether the payment an inquiry found shows this operation applied."""

    def request_kwargs(self) -> dict[str, Any]:
        """The ``httpx`` request arguments (method, url, data, headers): pure, nothing is sent."""
        kwargs: dict[str, Any] = self.endpoint._get_kwargs(*self.path, body=self.body)
        kwargs["headers"] = dict(kwargs.get("headers") or {})
        return kwargs

    def parse(self, client: Any, response: Any) -> Any:
        """The generated ``Response`` of an ``httpx.Response`` (parses the body when the status is 200)."""
        return self.endpoint._build_response(client=client, response=response)

    def result(self, model: Any) -> T:
        """Interpret the parsed generated model; a result with a ``raw`` field keeps the model there."""
        value = self.interpret(model.to_dict())
        kind: Any = type(value)
        if attrs.has(kind) and "raw" in attrs.fields_dict(kind):
            evolved: T = attrs.evolve(value, raw=model)  # type: ignore[misc]
            return evolved
        return value


def clean(fields: Mapping[str, str | None]) -> dict[str, str]:
    """Drop unset values: the gateway treats a present empty field differently from an absent one."""
    return {name: value for name, value in fields.items() if value is not None}


def read_model(operation: str, response: Any, secrets: Iterable[str | None] = ()) -> Any:
    """The parsed model of a generated ``Response`` (HTTP 200 JSON); UnexpectedResponseError otherwise."""
    status = int(response.status_code)
    parsed = response.parsed
    if status == 200 and hasattr(parsed, "to_dict"):
        return parsed
    if status == 401:  # a proxy or a newer build refusing the token (the driver already refreshed once)
        raise AuthenticationError("the gateway refused the AuthToken (HTTP 401)", operation=operation)
    raise UnexpectedResponseError(
        f"HTTP {status} is not an answer of the payment service",
        http_status=status,
        body=response.content,
        operation=operation,
        secrets=secrets,
    )


def parse_failure_body(
    operation: str, http_status: int | None, content: bytes, secrets: Iterable[str | None] = ()
) -> UnexpectedResponseError:
    """The error for a body that could not be decoded or parsed."""
    try:
        json.loads(content)
        message = "the response's JSON does not have the documented shape"
    except (ValueError, RecursionError):
        message = "the response is not JSON (or nests too deeply)"
    return UnexpectedResponseError(message, http_status=http_status, body=content, operation=operation, secrets=secrets)


def raise_for_refusal(payload: Mapping[str, Any], operation: str) -> None:
    """Raise the gateway's refusal (validation, checksum, token, unknown id); declines are not refusals.

    A refusal has no payment to speak of (``paymentId`` ``"-"`` or absent) and no success code; the
    token layer's 401/403 always are refusals (AuthenticationError).
    """
    result = get_mapping(payload, "result", "statusInvoiceResult")
    code = get_str(result, "code")
    code = code.strip() if code is not None else None
    payment_id = get_str(payload, "paymentId")
    if code in ("401", "403") or (payment_id in (None, "", "-") and not is_success_code(code)):
        raise error_for_result(
            code,
            get_str(result, "description") or "the gateway refused the request",
            operation=operation,
            payment_id=payment_id,
        )
