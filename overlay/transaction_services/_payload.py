"""Lenient readers of the generated response models' values (reference §11), in one place.

The contract declares every field and every alias spelling the gateway's builds send, so the generated
models parse them into typed attributes, and a lone object where a list is documented (the prepared
``oneOf``). What the models cannot absorb is absorbed here, once:

- a JSON number where the contract declares a string (the parser keeps what it got): :func:`text`;
- ``Unset`` and ``None`` both mean "not sent", blanks mean nothing: :func:`first`, :func:`filled`;
- one field, several spellings: every reader takes the spellings in order of preference;
- the outcome block sits in ``result`` or ``statusInvoiceResult``: :func:`result_code`;
- a few objects are free-form (redirect parameters under another key, ``invoiceList``, the invoice
  defaults): their undeclared keys are read here and nowhere else.

Nothing here imports the generated package at import time: it would bring httpx with it.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Protocol, TypeVar, cast

if TYPE_CHECKING:
    from transaction_services_api.models import (
        GatewayResponse,
        InvoiceDetails,
        InvoiceResponse,
        RedirectInstruction,
        RedirectParameter,
        Result,
        TokenResponse,
    )
    from transaction_services_api.types import Unset

__all__ = [
    "auth_token",
    "filled",
    "first",
    "free_form",
    "has_result",
    "invoice_items",
    "is_success_code",
    "items",
    "money",
    "payment_id",
    "payment_ref",
    "redirect_parameters",
    "result_code",
    "result_description",
    "text",
]

T = TypeVar("T")
_GENERATED_TYPES = "transaction_services_api.types"


def _unset(value: object) -> bool:
    # A value can only be Unset once the generated package is loaded; asking sys.modules keeps it unloaded.
    types = sys.modules.get(_GENERATED_TYPES)
    return types is not None and isinstance(value, types.Unset)


def _absent(value: object) -> bool:
    return value is None or _unset(value)


def first(*values: T | Unset | None) -> T | None:
    """The first of ``values`` (spellings of one field, preferred first) that was sent; None if none was."""
    for value in values:
        if not _absent(value):
            return cast("T", value)
    return None


def text(*values: object) -> str | None:
    """The first of ``values`` that is text or a number, as text; None if none is.

    Numbers arrive where the contract says string on some builds; booleans, objects, lists, ``Unset`` and
    ``None`` are skipped. An empty string is kept: it is what the gateway sent (checksums hash it).
    """
    for value in values:
        if isinstance(value, str):
            return value
        if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
            return str(value)
    return None


def filled(*values: object) -> str | None:
    """The first of ``values`` that is non-blank text (or a number), as text; None if none is."""
    for value in values:
        found = text(value)
        if found is not None and found.strip():
            return found
    return None


def payment_ref(*values: object) -> str | None:
    """A payment id from its spellings: None when missing, blank or ``"-"`` (the refusal's "no payment", §6.5)."""
    found = filled(*values)
    return None if found is None or found.strip() == "-" else found


def payment_id(model: GatewayResponse | InvoiceResponse) -> str | None:
    """The payment an answer is about (``paymentId``, else ``trackingid``); None for an invoice answer."""
    from transaction_services_api.models import GatewayResponse

    if not isinstance(model, GatewayResponse):  # invoice answers name no payment
        return None
    return payment_ref(model.payment_id, model.trackingid)


def auth_token(model: TokenResponse) -> str | None:
    """The token of a token answer: ``AuthToken``, or ``authToken`` (Java field name builds, §6.2); None if blank."""
    # The two spellings differ only in case: the generator cannot declare both, so the second is undeclared.
    return filled(model.auth_token, model.additional_properties.get("authToken"))


def money(*values: object) -> Decimal | None:
    """The first of ``values`` that is not missing or blank, as a finite ``Decimal``; None when it is not one."""
    for value in values:
        if _absent(value) or isinstance(value, bool):
            continue
        raw = text(value)
        if raw is None:
            return None
        if not raw.strip():
            continue
        try:
            number = Decimal(raw.strip())
        except (InvalidOperation, ValueError):
            return None
        return number if number.is_finite() else None
    return None


def items(value: list[T] | T | Unset | None) -> list[T]:
    """A list that may be missing (``[]``), a lone item (``[item]``) or a list, as a list."""
    if _absent(value):
        return []
    if isinstance(value, list):
        return list(value)
    return [cast("T", value)]


class _Answer(Protocol):
    """A response model with an outcome block: every response model of both services."""

    @property
    def result(self) -> Result | Unset: ...

    @property
    def status_invoice_result(self) -> Result | Unset: ...


def _outcome(model: _Answer) -> Result | None:
    # The invoice service (and builds answering with its writer) calls the block statusInvoiceResult (§11.3).
    return first(model.result, model.status_invoice_result)


def has_result(model: _Answer) -> bool:
    """Whether the answer carries an outcome block at all (``result`` or ``statusInvoiceResult``)."""
    return _outcome(model) is not None


def result_code(model: _Answer) -> str | None:
    """The answer's result code, stripped (``result.code`` or ``statusInvoiceResult.code``); None if absent."""
    block = _outcome(model)
    code = text(block.code) if block is not None else None
    return code.strip() if code is not None else None


def result_description(model: _Answer) -> str | None:
    """The answer's result description (of the same block as :func:`result_code`); None if absent."""
    block = _outcome(model)
    return text(block.description) if block is not None else None


def redirect_parameters(instruction: RedirectInstruction) -> list[tuple[str, str]]:
    """The hidden fields of a redirect, in order, as ``(name, value)`` pairs.

    ``parameters`` holds ``{name, value}`` objects (a list, or a lone one); an object without ``name``
    and ``value`` (``{"PaReq": ..., "MD": ...}``) gives one field per key. Builds serializing the Java
    field names put the same list under another key (§11.6): the first list or object found there.
    """
    from transaction_services_api.models import RedirectParameter

    declared: list[RedirectParameter] | RedirectParameter | Unset | None = instruction.parameters
    if _absent(declared):
        for value in instruction.additional_properties.values():
            if isinstance(value, list | Mapping):
                declared = [RedirectParameter.from_dict(item) for item in items(value) if isinstance(item, Mapping)]
                break
    pairs: list[tuple[str, str]] = []
    for parameter in items(declared):
        name = text(parameter.name)
        if name is not None:
            pairs.append((name, text(parameter.value) or ""))
        elif _unset(parameter.value):
            fields = parameter.additional_properties.items()
            pairs.extend((str(key), value) for key, value in fields if isinstance(value, str))
    return pairs


def invoice_items(value: object) -> list[InvoiceDetails]:
    """The invoices of a free-form ``invoiceList``: an array, a single invoice, or an object of either; junk skipped.

    The contract leaves ``invoiceList`` free-form (the docs sample is malformed, §6.7): each item is parsed
    here by the generated ``InvoiceDetails``.
    """
    from transaction_services_api.models import InvoiceDetails

    candidates: list[object]
    if isinstance(value, Mapping):
        single = InvoiceDetails.from_dict(value)
        if first(single.system_invoice_id, single.invoice_id, single.invoiceid, single.amount) is not None:
            return [single]
        candidates = [item for inner in value.values() for item in items(inner)]
    else:
        candidates = items(value)
    return [InvoiceDetails.from_dict(item) for item in candidates if isinstance(item, Mapping)]


def free_form(value: object) -> dict[str, object] | None:
    """The fields of a free-form object under the gateway's names (invoice defaults, invoice counts); None if none.

    These objects are maps by nature (their keys are the data), so a model's declared and undeclared
    fields alike are returned; a decoded mapping is returned as it is; anything else is None.
    """
    from transaction_services_api.models import InvoiceDetails, InvoiceResponseInvoiceConfig

    if isinstance(value, Mapping):
        return {str(key): item for key, item in value.items()}
    if isinstance(value, InvoiceDetails | InvoiceResponseInvoiceConfig):
        return value.to_dict()
    return None


def is_success_code(code: str | None) -> bool:
    """``000xx`` (and the four-digit ``0008``) and the token layer's ``200`` mean success (reference §8.3)."""
    if code is None:
        return False
    code = code.strip()
    return code in ("0008", "200") or (len(code) == 5 and code.startswith("000") and code.isdigit())
