"""invoiceServices: generate (with a pay link), cancel, regenerate, remind, inquire, list, config, order id."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypedDict

from transaction_services_api.types import UNSET, Unset

from .. import signing
from .._driver import Pager
from .._payload import first, free_form, has_result, text
from .._validation import (
    check_currency,
    check_merchant_transaction_id,
    check_payment_id,
    check_text,
    check_url,
    format_amount,
)
from ..errors import ValidationError
from ..models import Customer, Invoice
from ._call import Call, Context, form, opt, raise_for_refusal
from ._fields import customer_fields, optional_url

if TYPE_CHECKING:
    from transaction_services_api.models import (
        InvoiceActionRequest,
        InvoiceConfigRequest,
        InvoiceGenerateRequest,
        InvoiceListRequest,
        InvoiceResponse,
        InvoiceStatusRequest,
        OrderIdRequest,
    )

    from ._call import ResponseBuilder

__all__ = [
    "build_cancel",
    "build_generate",
    "build_get_config",
    "build_inquire",
    "build_list",
    "build_next_order_id",
    "build_regenerate",
    "build_remind",
    "build_set_config",
    "invoice_pages",
]


def _interpret_invoice(
    ctx: Context, operation: str, invoice_id: str | None = None
) -> Callable[[InvoiceResponse], Invoice]:
    def interpret(model: InvoiceResponse) -> Invoice:
        raise_for_refusal(model, operation)
        return Invoice.from_model(model, tz=ctx.tz, invoice_id=invoice_id)

    return interpret


# InvoiceInputValidator.RestInputValidations: INVOICENO is "Numbers" up to 10 characters and the
# merchant invoice id (DESCRIPTION) "Description" up to 35.
MAX_INVOICE_ID_LENGTH = 10
MAX_MERCHANT_INVOICE_ID_LENGTH = 35


def _invoice_id(value: str) -> str:
    identifier = check_payment_id(value, "invoice_id")
    if len(identifier) > MAX_INVOICE_ID_LENGTH:
        raise ValidationError("invoice_id", f"invoice_id has at most {MAX_INVOICE_ID_LENGTH} digits")
    return identifier


def build_generate(
    ctx: Context,
    *,
    merchant_invoice_id: str,
    amount: Decimal | str,
    currency: str,
    customer: Customer,
    merchant_redirect_url: str,
    description: str | None = None,
    expiration_days: int | None = None,
    notification_url: str | None = None,
) -> Call[InvoiceGenerateRequest, InvoiceResponse, Invoice]:
    """Create an invoice and its pay link (C-INV-GEN)."""
    from transaction_services_api.api.invoices import generate_invoice
    from transaction_services_api.models import InvoiceGenerateRequest

    reference = check_merchant_transaction_id(merchant_invoice_id, "merchant_invoice_id")
    if len(reference) > MAX_MERCHANT_INVOICE_ID_LENGTH:
        raise ValidationError(
            "merchant_invoice_id", f"merchant_invoice_id has at most {MAX_MERCHANT_INVOICE_ID_LENGTH} characters"
        )
    wire_amount = format_amount(amount)
    redirect_url = check_url(merchant_redirect_url, "merchant_redirect_url")
    if customer.email is None:
        raise ValidationError("customer.email", "an invoice needs the customer's email to send the pay link to")
    if expiration_days is not None and (isinstance(expiration_days, bool) or expiration_days < 1):
        raise ValidationError("expiration_days", "expiration_days must be a positive number of days")
    credentials = ctx.credentials
    body = InvoiceGenerateRequest(
        authentication_member_id=credentials.member_id,
        authentication_checksum=signing.invoice_generate_checksum(
            credentials.member_id, credentials.secure_key, reference, wire_amount, redirect_url
        ),
        merchant_invoice_id=reference,
        amount=wire_amount,
        currency=check_currency(currency),
        merchant_redirect_url=redirect_url,
        notification_url=opt(optional_url(notification_url, "notification_url")),
        merchant_order_description=opt(check_text(description, "description") if description else None),
        invoice_expiration_period=opt(str(expiration_days) if expiration_days else None),
        **customer_fields(customer),
    )
    return Call(
        operation="invoices.generate",
        body=body,
        request=form(generate_invoice._get_kwargs),
        response=generate_invoice._build_response,
        interpret=_interpret_invoice(ctx, "invoices.generate"),
    )


def _action(
    ctx: Context,
    operation: str,
    request: Callable[[InvoiceActionRequest], dict[str, Any]],
    response: ResponseBuilder[InvoiceResponse],
    invoice_id: str,
    merchant_redirect_url: str,
    *,
    cancel_reason: str | Unset = UNSET,
    invoice_expiration_period: str | Unset = UNSET,
) -> Call[InvoiceActionRequest, InvoiceResponse, Invoice]:
    from transaction_services_api.models import InvoiceActionRequest

    identifier = _invoice_id(invoice_id)
    redirect_url = str(optional_url(merchant_redirect_url, "merchant_redirect_url"))
    credentials = ctx.credentials
    body = InvoiceActionRequest(
        authentication_member_id=credentials.member_id,
        authentication_checksum=signing.invoice_action_checksum(
            identifier, credentials.member_id, credentials.secure_key, redirect_url
        ),
        invoice_id=identifier,
        merchant_redirect_url=redirect_url,
        cancel_reason=cancel_reason,
        invoice_expiration_period=invoice_expiration_period,
    )
    return Call(
        operation=operation,
        body=body,
        request=request,
        response=response,
        interpret=_interpret_invoice(ctx, operation, identifier),
    )


def build_cancel(
    ctx: Context, *, invoice_id: str, merchant_redirect_url: str, reason: str | None = None
) -> Call[InvoiceActionRequest, InvoiceResponse, Invoice]:
    """Cancel an invoice (C-INV-ACT)."""
    from transaction_services_api.api.invoices import cancel_invoice

    return _action(
        ctx, "invoices.cancel", form(cancel_invoice._get_kwargs), cancel_invoice._build_response,
        invoice_id, merchant_redirect_url,
        cancel_reason=opt(check_text(reason, "reason") if reason else None),
    )  # fmt: skip


def build_regenerate(
    ctx: Context, *, invoice_id: str, merchant_redirect_url: str, expiration_days: int | None = None
) -> Call[InvoiceActionRequest, InvoiceResponse, Invoice]:
    """Re-issue an invoice with a new expiry (C-INV-ACT)."""
    from transaction_services_api.api.invoices import regenerate_invoice

    return _action(
        ctx, "invoices.regenerate", form(regenerate_invoice._get_kwargs), regenerate_invoice._build_response,
        invoice_id, merchant_redirect_url,
        invoice_expiration_period=opt(str(expiration_days) if expiration_days else None),
    )  # fmt: skip


def build_remind(
    ctx: Context, *, invoice_id: str, merchant_redirect_url: str
) -> Call[InvoiceActionRequest, InvoiceResponse, Invoice]:
    """Send the customer a reminder (C-INV-ACT)."""
    from transaction_services_api.api.invoices import remind_invoice

    return _action(
        ctx, "invoices.remind", form(remind_invoice._get_kwargs), remind_invoice._build_response,
        invoice_id, merchant_redirect_url,
    )  # fmt: skip


def build_inquire(
    ctx: Context, *, invoice: Invoice | str, invoice_id: str | None = None, with_transaction: bool = False
) -> Call[InvoiceStatusRequest, InvoiceResponse, Invoice]:
    """An invoice's status (C-INV-STATUS); ``with_transaction`` uses ``invoiceTransInquiry``.

    ``invoice`` is an ``Invoice`` the caller holds (its merchant invoice id and gateway id are used) or
    the merchant invoice id; ``invoice_id`` narrows the lookup to one gateway invoice id.
    """
    from transaction_services_api.api.invoices import invoice_inquiry, invoice_transaction_inquiry
    from transaction_services_api.models import InvoiceStatusRequest

    if isinstance(invoice, Invoice):
        if not invoice.merchant_invoice_id:
            raise ValidationError("merchant_invoice_id", "the invoice carries no merchant invoice id; pass it instead")
        reference = invoice.merchant_invoice_id
        invoice_id = invoice_id or invoice.invoice_id
    else:
        reference = invoice
    reference = check_merchant_transaction_id(reference, "merchant_invoice_id")
    if len(reference) > MAX_MERCHANT_INVOICE_ID_LENGTH:
        raise ValidationError(
            "merchant_invoice_id", f"merchant_invoice_id has at most {MAX_MERCHANT_INVOICE_ID_LENGTH} characters"
        )
    identifier = _invoice_id(invoice_id) if invoice_id is not None else None
    credentials = ctx.credentials
    body = InvoiceStatusRequest(
        authentication_member_id=credentials.member_id,
        authentication_checksum=signing.invoice_status_checksum(
            credentials.member_id, credentials.secure_key, reference
        ),
        merchant_invoice_id=reference,
        invoice_id=opt(identifier),
    )
    return Call(
        operation="invoices.inquire",
        body=body,
        request=form(invoice_transaction_inquiry._get_kwargs if with_transaction else invoice_inquiry._get_kwargs),
        response=invoice_transaction_inquiry._build_response if with_transaction else invoice_inquiry._build_response,
        interpret=_interpret_invoice(ctx, "invoices.inquire", identifier),
    )


class _ListAuth(TypedDict):
    """The authentication block of a C-LIST request model's constructor."""

    authentication_member_id: str
    authentication_checksum: str


def _list_auth(ctx: Context) -> _ListAuth:
    credentials = ctx.credentials
    return _ListAuth(
        authentication_member_id=credentials.member_id,
        authentication_checksum=signing.list_checksum(credentials.member_id, credentials.secure_key),
    )


def build_list(
    ctx: Context, *, page: int = 1, page_size: int = 50
) -> Call[InvoiceListRequest, InvoiceResponse, list[Invoice]]:
    """One page of invoices (C-LIST)."""
    from transaction_services_api.api.invoices import list_invoices
    from transaction_services_api.models import InvoiceListRequest

    def interpret(model: InvoiceResponse) -> list[Invoice]:
        # The docs' own sample has an invoiceList and no result object: the list is the answer.
        if first(model.invoice_list) is None or has_result(model):
            raise_for_refusal(model, "invoices.list")
        return Invoice.list_from_model(model, tz=ctx.tz)

    body = InvoiceListRequest(**_list_auth(ctx), pagination_pageno=str(page), pagination_records=str(page_size))
    return Call(
        operation="invoices.list",
        body=body,
        request=form(list_invoices._get_kwargs),
        response=list_invoices._build_response,
        interpret=interpret,
    )


def invoice_pages(ctx: Context, *, page_size: int) -> Pager[Invoice]:
    """The pages of the invoice list; a "not found" past the last page (or with no invoices) ends it."""
    return Pager(lambda number: build_list(ctx, page=number, page_size=page_size), page_size, not_found_ends=True)


def _interpret_config(model: InvoiceResponse) -> dict[str, str]:
    raise_for_refusal(model, "invoices.config")
    # Some builds send the defaults under invoiceDetails.
    config = first(free_form(model.invoice_config), free_form(model.invoice_details)) or {}
    return {key: value for key, value in config.items() if isinstance(value, str)}


def build_get_config(ctx: Context) -> Call[InvoiceConfigRequest, InvoiceResponse, dict[str, str]]:
    """The invoice defaults (C-LIST)."""
    from transaction_services_api.api.invoices import get_invoice_config
    from transaction_services_api.models import InvoiceConfigRequest

    return Call(
        operation="invoices.get_config",
        body=InvoiceConfigRequest(**_list_auth(ctx)),
        request=form(get_invoice_config._get_kwargs),
        response=get_invoice_config._build_response,
        interpret=_interpret_config,
    )


def build_set_config(
    ctx: Context,
    *,
    currency: str | None = None,
    order_id_prefix: str | None = None,
    merchant_redirect_url: str | None = None,
    expiration_days: int | None = None,
    tax_percent: str | None = None,
) -> Call[InvoiceConfigRequest, InvoiceResponse, dict[str, str]]:
    """Update the invoice defaults (``actionType=SET``, C-INV-CONFIG)."""
    from transaction_services_api.api.invoices import update_invoice_config
    from transaction_services_api.models import InvoiceConfigRequest

    redirect_url = optional_url(merchant_redirect_url, "merchant_redirect_url")
    credentials = ctx.credentials
    # The platform hashes the form value as Java concatenates it: an absent URL is the text "null".
    signed_url = "null" if redirect_url is None else str(redirect_url)
    body = InvoiceConfigRequest(
        authentication_member_id=credentials.member_id,
        authentication_checksum=signing.invoice_config_checksum(
            credentials.member_id, credentials.secure_key, signed_url
        ),
        action_type="SET",
        currency=opt(check_currency(currency) if currency else None),
        initial=opt(check_text(order_id_prefix, "order_id_prefix", 10) if order_id_prefix else None),
        merchant_redirect_url=opt(redirect_url),
        invoice_expiration_period=opt(str(expiration_days) if expiration_days else None),
        gst=opt(check_text(tax_percent, "tax_percent", 10) if tax_percent else None),
    )
    return Call(
        operation="invoices.set_config",
        body=body,
        request=form(update_invoice_config._get_kwargs),
        response=update_invoice_config._build_response,
        interpret=_interpret_config,
    )


def build_next_order_id(ctx: Context) -> Call[OrderIdRequest, InvoiceResponse, str]:
    """The next invoice order id (``getOrderID``)."""
    from transaction_services_api.api.invoices import get_next_order_id
    from transaction_services_api.models import OrderIdRequest

    def interpret(model: InvoiceResponse) -> str:
        raise_for_refusal(model, "invoices.next_order_id")
        details = first(model.invoice_details)
        order_id = text(details.merchant_order_description, details.order_id) if details is not None else None
        if not order_id:
            raise ValidationError("order_id", "the gateway returned no order id")
        return order_id

    return Call(
        operation="invoices.next_order_id",
        body=OrderIdRequest(authentication_member_id=ctx.credentials.member_id),
        request=form(get_next_order_id._get_kwargs),
        response=get_next_order_id._build_response,
        interpret=interpret,
    )
