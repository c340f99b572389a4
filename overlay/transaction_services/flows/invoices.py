"""invoiceServices: generate (with a pay link), cancel, regenerate, remind, inquire, list, config, order id."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from .. import signing
from .._driver import Pager
from .._payload import get_mapping, get_str
from .._validation import (
    check_currency,
    check_merchant_transaction_id,
    check_payment_id,
    check_text,
    format_amount,
)
from ..errors import ValidationError
from ..models import Customer, Invoice
from ._call import Call, Context, clean, raise_for_refusal
from ._fields import customer_fields, optional_url

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


def _interpret_invoice(ctx: Context, operation: str, invoice_id: str | None = None) -> Any:
    def interpret(payload: Mapping[str, Any]) -> Invoice:
        raise_for_refusal(payload, operation)
        invoice = Invoice.from_payload(payload, tz=ctx.tz)
        if invoice.invoice_id is None and invoice_id is not None:
            return Invoice.from_payload({**payload, "invoiceDetails": {"invoiceId": invoice_id}}, tz=ctx.tz)
        return invoice

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
) -> Call[Invoice]:
    """Create an invoice and its pay link (C-INV-GEN)."""
    from transaction_services_api.api.invoices import generate_invoice
    from transaction_services_api.models import InvoiceGenerateRequest

    reference = check_merchant_transaction_id(merchant_invoice_id, "merchant_invoice_id")
    if len(reference) > MAX_MERCHANT_INVOICE_ID_LENGTH:
        raise ValidationError(
            "merchant_invoice_id", f"merchant_invoice_id has at most {MAX_MERCHANT_INVOICE_ID_LENGTH} characters"
        )
    wire_amount = format_amount(amount)
    redirect_url = optional_url(merchant_redirect_url, "merchant_redirect_url")
    if customer.email is None:
        raise ValidationError("customer.email", "an invoice needs the customer's email to send the pay link to")
    if expiration_days is not None and (isinstance(expiration_days, bool) or expiration_days < 1):
        raise ValidationError("expiration_days", "expiration_days must be a positive number of days")
    credentials = ctx.credentials
    fields = clean(
        {
            "authentication.memberId": credentials.member_id,
            "authentication.checksum": signing.invoice_generate_checksum(
                credentials.member_id, credentials.secure_key, reference, wire_amount, str(redirect_url)
            ),
            "merchantInvoiceId": reference,
            "amount": wire_amount,
            "currency": check_currency(currency),
            "merchantRedirectUrl": redirect_url,
            "notificationUrl": optional_url(notification_url, "notification_url"),
            "merchantOrderDescription": check_text(description, "description") if description else None,
            "invoiceExpirationPeriod": str(expiration_days) if expiration_days else None,
            **customer_fields(customer),
        }
    )
    return Call(
        operation="invoices.generate",
        endpoint=generate_invoice,
        path=(),
        body=InvoiceGenerateRequest.from_dict(fields),
        interpret=_interpret_invoice(ctx, "invoices.generate"),
    )


def _action(
    ctx: Context, operation: str, endpoint: Any, invoice_id: str, merchant_redirect_url: str, **extra: str | None
) -> Call[Invoice]:
    from transaction_services_api.models import InvoiceActionRequest

    identifier = _invoice_id(invoice_id)
    redirect_url = str(optional_url(merchant_redirect_url, "merchant_redirect_url"))
    credentials = ctx.credentials
    fields = clean(
        {
            "authentication.memberId": credentials.member_id,
            "authentication.checksum": signing.invoice_action_checksum(
                identifier, credentials.member_id, credentials.secure_key, redirect_url
            ),
            "invoiceId": identifier,
            "merchantRedirectUrl": redirect_url,
            **extra,
        }
    )
    return Call(
        operation=operation,
        endpoint=endpoint,
        path=(),
        body=InvoiceActionRequest.from_dict(fields),
        interpret=_interpret_invoice(ctx, operation, identifier),
    )


def build_cancel(
    ctx: Context, *, invoice_id: str, merchant_redirect_url: str, reason: str | None = None
) -> Call[Invoice]:
    """Cancel an invoice (C-INV-ACT)."""
    from transaction_services_api.api.invoices import cancel_invoice

    return _action(
        ctx, "invoices.cancel", cancel_invoice, invoice_id, merchant_redirect_url,
        cancelReason=check_text(reason, "reason") if reason else None,
    )  # fmt: skip


def build_regenerate(
    ctx: Context, *, invoice_id: str, merchant_redirect_url: str, expiration_days: int | None = None
) -> Call[Invoice]:
    """Re-issue an invoice with a new expiry (C-INV-ACT)."""
    from transaction_services_api.api.invoices import regenerate_invoice

    return _action(
        ctx, "invoices.regenerate", regenerate_invoice, invoice_id, merchant_redirect_url,
        invoiceExpirationPeriod=str(expiration_days) if expiration_days else None,
    )  # fmt: skip


def build_remind(ctx: Context, *, invoice_id: str, merchant_redirect_url: str) -> Call[Invoice]:
    """Send the customer a reminder (C-INV-ACT)."""
    from transaction_services_api.api.invoices import remind_invoice

    return _action(ctx, "invoices.remind", remind_invoice, invoice_id, merchant_redirect_url)


def build_inquire(
    ctx: Context, *, invoice: Invoice | str, invoice_id: str | None = None, with_transaction: bool = False
) -> Call[Invoice]:
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
    fields = clean(
        {
            "authentication.memberId": credentials.member_id,
            "authentication.checksum": signing.invoice_status_checksum(
                credentials.member_id, credentials.secure_key, reference
            ),
            "merchantInvoiceId": reference,
            "invoiceId": identifier,
        }
    )
    return Call(
        operation="invoices.inquire",
        endpoint=invoice_transaction_inquiry if with_transaction else invoice_inquiry,
        path=(),
        body=InvoiceStatusRequest.from_dict(fields),
        interpret=_interpret_invoice(ctx, "invoices.inquire", identifier),
    )


def _list_fields(ctx: Context, **extra: str | None) -> dict[str, str]:
    credentials = ctx.credentials
    return clean(
        {
            "authentication.memberId": credentials.member_id,
            "authentication.checksum": signing.list_checksum(credentials.member_id, credentials.secure_key),
            **extra,
        }
    )


def build_list(ctx: Context, *, page: int = 1, page_size: int = 50) -> Call[list[Invoice]]:
    """One page of invoices (C-LIST)."""
    from transaction_services_api.api.invoices import list_invoices
    from transaction_services_api.models import InvoiceListRequest

    def interpret(payload: Mapping[str, Any]) -> list[Invoice]:
        # The docs' own sample has an invoiceList and no result object: the list is the answer.
        if payload.get("invoiceList") is None or get_mapping(payload, "result", "statusInvoiceResult") is not None:
            raise_for_refusal(payload, "invoices.list")
        return Invoice.list_from_payload(payload, tz=ctx.tz)

    fields = _list_fields(ctx, **{"pagination.pageno": str(page), "pagination.records": str(page_size)})
    return Call(
        operation="invoices.list",
        endpoint=list_invoices,
        path=(),
        body=InvoiceListRequest.from_dict(fields),
        interpret=interpret,
    )


def invoice_pages(ctx: Context, *, page_size: int) -> Pager[Invoice]:
    """The pages of the invoice list; a "not found" past the last page (or with no invoices) ends it."""
    return Pager(lambda number: build_list(ctx, page=number, page_size=page_size), page_size, not_found_ends=True)


def _interpret_config(payload: Mapping[str, Any]) -> dict[str, str]:
    raise_for_refusal(payload, "invoices.config")
    config = get_mapping(payload, "invoiceConfig", "invoiceDetails") or {}
    return {key: value for key, value in config.items() if isinstance(value, str)}


def build_get_config(ctx: Context) -> Call[dict[str, str]]:
    """The invoice defaults (C-LIST)."""
    from transaction_services_api.api.invoices import get_invoice_config
    from transaction_services_api.models import InvoiceConfigRequest

    return Call(
        operation="invoices.get_config",
        endpoint=get_invoice_config,
        path=(),
        body=InvoiceConfigRequest.from_dict(_list_fields(ctx)),
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
) -> Call[dict[str, str]]:
    """Update the invoice defaults (``actionType=SET``, C-INV-CONFIG)."""
    from transaction_services_api.api.invoices import update_invoice_config
    from transaction_services_api.models import InvoiceConfigRequest

    redirect_url = optional_url(merchant_redirect_url, "merchant_redirect_url")
    credentials = ctx.credentials
    # The platform hashes the form value as Java concatenates it: an absent URL is the text "null".
    signed_url = "null" if redirect_url is None else str(redirect_url)
    fields = clean(
        {
            "authentication.memberId": credentials.member_id,
            "authentication.checksum": signing.invoice_config_checksum(
                credentials.member_id, credentials.secure_key, signed_url
            ),
            "actionType": "SET",
            "currency": check_currency(currency) if currency else None,
            "initial": check_text(order_id_prefix, "order_id_prefix", 10) if order_id_prefix else None,
            "merchantRedirectUrl": redirect_url,
            "invoiceExpirationPeriod": str(expiration_days) if expiration_days else None,
            "gst": check_text(tax_percent, "tax_percent", 10) if tax_percent else None,
        }
    )
    return Call(
        operation="invoices.set_config",
        endpoint=update_invoice_config,
        path=(),
        body=InvoiceConfigRequest.from_dict(fields),
        interpret=_interpret_config,
    )


def build_next_order_id(ctx: Context) -> Call[str]:
    """The next invoice order id (``getOrderID``)."""
    from transaction_services_api.api.invoices import get_next_order_id
    from transaction_services_api.models import OrderIdRequest

    def interpret(payload: Mapping[str, Any]) -> str:
        raise_for_refusal(payload, "invoices.next_order_id")
        order_id = get_str(get_mapping(payload, "invoiceDetails"), "merchantOrderDescription", "orderId")
        if not order_id:
            raise ValidationError("order_id", "the gateway returned no order id")
        return order_id

    return Call(
        operation="invoices.next_order_id",
        endpoint=get_next_order_id,
        path=(),
        body=OrderIdRequest.from_dict({"authentication.memberId": ctx.credentials.member_id}),
        interpret=interpret,
    )
