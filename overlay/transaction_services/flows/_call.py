"""A prepared call: a typed request body, the generated endpoint's request and response functions, the reader.

``Call[Body, Model, Result]`` ties the three together so that mypy checks the pair: the endpoint's
``_get_kwargs`` must take ``Body`` (see :func:`form`), its ``_build_response`` must parse ``Model``,
and the interpreter must read ``Model``. A body built for another endpoint, or an interpreter of
another answer, is a type error at the builder.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from datetime import tzinfo
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeAlias, TypeVar

import attrs

from transaction_services_api.types import UNSET, Unset

from .._payload import is_success_code, payment_id, result_code, result_description
from ..config import Credentials
from ..errors import AuthenticationError, UnexpectedResponseError, ValidationError, error_for_result

if TYPE_CHECKING:
    import httpx

    from transaction_services_api.client import AuthenticatedClient, Client
    from transaction_services_api.models import GatewayResponse, InvoiceResponse
    from transaction_services_api.types import Response

__all__ = [
    "Call",
    "CallOf",
    "Context",
    "form",
    "form_at",
    "opt",
    "raise_for_refusal",
    "read_model",
    "with_extra",
]

T = TypeVar("T")
Body = TypeVar("Body")
Model = TypeVar("Model")
Result = TypeVar("Result")
_Body_contra = TypeVar("_Body_contra", contravariant=True)


class _FormKwargs(Protocol[_Body_contra]):
    """A generated ``_get_kwargs`` without path parameters."""

    def __call__(self, *, body: _Body_contra) -> dict[str, Any]: ...


class _PathFormKwargs(Protocol[_Body_contra]):
    """A generated ``_get_kwargs`` with one path parameter."""

    def __call__(self, path: str, /, *, body: _Body_contra) -> dict[str, Any]: ...


class ResponseBuilder(Protocol[Model]):
    """A generated ``_build_response``: the ``Response`` of ``Model`` (or the text of an HTML error page)."""

    def __call__(self, *, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Model | str]: ...


class _Form(Protocol):
    """A generated request model: its wire fields and the ones it does not declare."""

    additional_properties: dict[str, Any]

    def to_dict(self) -> dict[str, Any]: ...


_FormBody = TypeVar("_FormBody", bound=_Form)


@attrs.frozen
class Context:
    """What every builder needs: the credentials and the gateway's time zone."""

    credentials: Credentials
    tz: tzinfo


def form(get_kwargs: _FormKwargs[Body]) -> Callable[[Body], dict[str, Any]]:
    """The request function of an endpoint without path parameters, typed by the body it takes."""
    return lambda body: get_kwargs(body=body)


def form_at(get_kwargs: _PathFormKwargs[Body], path: str) -> Callable[[Body], dict[str, Any]]:
    """The request function of an endpoint at ``path`` (its one path parameter), typed by its body."""
    return lambda body: get_kwargs(path, body=body)


@attrs.frozen
class Call(Generic[Body, Model, Result]):
    """One request to send and the function that turns its answer into a result.

    ``money`` marks a call that moves money: its unknown outcome is resolved by an inquiry (by
    ``reference``, the merchant transaction id, or by ``payment_id`` for a follow-up) before anything
    is sent again.
    """

    operation: str
    body: Body
    request: Callable[[Body], dict[str, Any]]
    response: ResponseBuilder[Model]
    interpret: Callable[[Model], Result]
    money: bool = False
    reference: str | None = None
    payment_id: str | None = None
    applied: Callable[[Any], bool] | None = None
    """For a follow-up: whether the payment an inquiry found shows this operation applied."""

    def request_kwargs(self) -> dict[str, Any]:
        """The ``httpx`` request arguments (method, url, data, headers): pure, nothing is sent."""
        kwargs = self.request(self.body)
        kwargs["headers"] = dict(kwargs.get("headers") or {})
        return kwargs

    def parse(self, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Model | str]:
        """The generated ``Response`` of an ``httpx.Response`` (parses the body when the status is 200)."""
        return self.response(client=client, response=response)

    def result(self, model: Model) -> Result:
        """Interpret the parsed generated model (the result keeps the model in its ``raw``, where it has one)."""
        return self.interpret(model)


CallOf: TypeAlias = "Call[Any, Any, Result]"
"""A call seen from the driver, which needs only its result type (the body and model are the builder's pairing)."""


def opt(value: str | None) -> str | Unset:
    """A generated model's "not sent" for None: the gateway treats a present empty field unlike an absent one."""
    return UNSET if value is None else value


def with_extra(body: _FormBody, extra: Mapping[str, str] | None, check: Callable[[str, str], str]) -> _FormBody:
    """``body`` plus the caller's extra wire fields (each checked by ``check(value, field)``).

    The SDK's own fields are validated and signed: an extra field cannot replace one of them.
    """
    if not extra:
        return body
    own = body.to_dict()
    for name, value in extra.items():
        if name in own:
            raise ValidationError(f"extra.{name}", f"extra.{name} is set by the SDK; pass it as a parameter")
        body.additional_properties[name] = check(value, f"extra.{name}")
    return body


def read_model(operation: str, response: Any, secrets: Iterable[str | None] = ()) -> Any:
    """The parsed model of a generated ``Response`` (HTTP 200 JSON); UnexpectedResponseError otherwise."""
    status = int(response.status_code)
    parsed = response.parsed
    if status == 200 and parsed is not None and not isinstance(parsed, str):  # str: a documented HTML page
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


def raise_for_refusal(model: GatewayResponse | InvoiceResponse, operation: str) -> None:
    """Raise the gateway's refusal (validation, checksum, token, unknown id); declines are not refusals.

    A refusal has no payment to speak of (``paymentId`` ``"-"`` or absent) and no success code; the
    token layer's 401/403 always are refusals (AuthenticationError).
    """
    code = result_code(model)
    payment = payment_id(model)
    if code in ("401", "403") or (payment is None and not is_success_code(code)):
        raise error_for_result(
            code,
            result_description(model) or "the gateway refused the request",
            operation=operation,
            payment_id=payment,
        )
