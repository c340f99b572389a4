"""Service operations: the ``/inquiry`` status endpoint of newer builds, token renewal, invoice reports."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

import attrs

from .. import signing
from .._payload import first, free_form, money, text
from ..errors import ValidationError
from ..models import Invoice, Outcome, Payment, derive_outcome
from ._call import Call, Context, form, raise_for_refusal
from .payments import inquiry_key, interpret_payment
from .tokens import interpret_token

if TYPE_CHECKING:
    from transaction_services_api.models import (
        GatewayResponse,
        InquiryRequest,
        InvoiceListRequest,
        InvoiceResponse,
        InvoiceStatusRequest,
        RegenerateTokenRequest,
        TokenResponse,
    )

__all__ = [
    "InvoiceTransaction",
    "build_invoice_counts",
    "build_regenerate_token",
    "build_status_inquiry",
    "with_invoice_transaction",
]


def build_status_inquiry(
    ctx: Context, *, payment_id: str | None = None, merchant_transaction_id: str | None = None
) -> Call[InquiryRequest, GatewayResponse, Payment]:
    """A status inquiry on ``/inquiry`` (newer builds), by payment id (C-RV-IN) or merchant id (C-IN-MID)."""
    from transaction_services_api.api.back_office import inquire_payment
    from transaction_services_api.models import InquiryRequest

    key = inquiry_key(ctx, payment_id=payment_id, merchant_transaction_id=merchant_transaction_id)
    return Call(
        operation="status_inquiry",
        body=InquiryRequest(**key.fields),
        request=form(inquire_payment._get_kwargs),
        response=inquire_payment._build_response,
        interpret=interpret_payment(ctx, "status_inquiry", payment_id=payment_id, reference=merchant_transaction_id),
    )


def build_regenerate_token(
    ctx: Context, *, token: str, invoice_service: bool = False
) -> Call[RegenerateTokenRequest, TokenResponse, str]:
    """A fresh one-hour AuthToken from ``token`` (``regenerateToken`` of either service)."""
    from transaction_services_api.api.authentication import regenerate_auth_token
    from transaction_services_api.api.invoices import regenerate_invoice_auth_token
    from transaction_services_api.models import RegenerateTokenRequest

    partner_id = ctx.credentials.partner_id
    if partner_id is None:
        raise ValidationError("credentials.partner_id", "token renewal needs the partner_id that owns the merchant")
    if not isinstance(token, str) or not token.strip():
        raise ValidationError("token", "token must be a non-empty AuthToken")
    operation = "invoices.regenerate_token" if invoice_service else "regenerate_token"
    request = form(regenerate_invoice_auth_token._get_kwargs if invoice_service else regenerate_auth_token._get_kwargs)
    response = (
        regenerate_invoice_auth_token._build_response if invoice_service else regenerate_auth_token._build_response
    )
    return Call(
        operation=operation,
        body=RegenerateTokenRequest(authentication_partner_id=partner_id, auth_token=token),
        request=request,
        response=response,
        interpret=interpret_token(operation),
    )


def build_invoice_counts(ctx: Context) -> Call[InvoiceListRequest, InvoiceResponse, dict[str, int]]:
    """How many invoices the merchant has in each status (``getInvoiceDetails``, C-LIST)."""
    from transaction_services_api.api.invoices import get_invoice_details
    from transaction_services_api.models import InvoiceListRequest

    credentials = ctx.credentials

    def interpret(model: InvoiceResponse) -> dict[str, int]:
        raise_for_refusal(model, "invoices.counts")
        # The sandbox and the docs put the counts in invoiceDetails; other builds in invoiceList.
        counts = first(free_form(model.invoice_list), free_form(model.invoice_details)) or {}
        return {str(status): int(str(count)) for status, count in counts.items() if str(count).strip().isdigit()}

    body = InvoiceListRequest(
        authentication_member_id=credentials.member_id,
        authentication_checksum=signing.list_checksum(credentials.member_id, credentials.secure_key),
    )
    return Call(
        operation="invoices.counts",
        body=body,
        request=form(get_invoice_details._get_kwargs),
        response=get_invoice_details._build_response,
        interpret=interpret,
    )


@attrs.frozen(kw_only=True)
class InvoiceTransaction:
    """An invoice and the transaction that paid it (``invoiceTransInquiry``)."""

    invoice: Invoice
    payment_id: str | None
    """The paying transaction's payment id, once the invoice is paid."""
    status: str | None
    """The paying transaction's long status, e.g. ``capturesuccess``."""
    outcome: Outcome | None
    """What that status means; None while nothing paid the invoice."""
    amount: Decimal | None = None
    currency: str | None = None


def with_invoice_transaction(
    ctx: Context, call: Call[InvoiceStatusRequest, InvoiceResponse, Invoice]
) -> Call[InvoiceStatusRequest, InvoiceResponse, InvoiceTransaction]:
    """``call`` (an ``invoiceTransInquiry``) read as the invoice with its paying transaction."""

    def interpret(model: InvoiceResponse) -> InvoiceTransaction:
        invoice = call.interpret(model)
        details, transaction = first(model.invoice_details), first(model.transaction_details)
        status = text(transaction.transaction_status) if transaction is not None else None
        paid_by = text(details.payment_id, details.trackingid) if details is not None else None
        payment_id = paid_by or (text(transaction.payment_id) if transaction is not None else None)
        return InvoiceTransaction(
            invoice=invoice,
            payment_id=payment_id,
            status=status,
            outcome=derive_outcome(None, status, None, False) if status else None,
            amount=money(transaction.amount) if transaction is not None else None,
            currency=text(transaction.currency) if transaction is not None else None,
        )

    return Call(
        operation="invoices.transaction",
        body=call.body,
        request=call.request,
        response=call.response,
        interpret=interpret,
    )
