"""The back office's transaction list, one page per call; the shells page until a short page."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from .. import signing
from .._constants import DEFAULT_PAGE_SIZE_RECORDS
from .._driver import Pager
from .._payload import result_code
from .._validation import check_currency, check_date_ddmmyyyy, check_text
from ..errors import ValidationError
from ..models import Transaction
from ._call import Call, Context, form, opt, raise_for_refusal
from .payments import NOT_FOUND_CODE

if TYPE_CHECKING:
    from transaction_services_api.models import GatewayResponse, TransactionListRequest

__all__ = ["build_transactions_page", "transaction_pages"]

_MAX_PAGE_SIZE = 99999  # pagination.records holds at most five digits


def build_transactions_page(
    ctx: Context,
    *,
    from_date: date,
    to_date: date,
    page: int,
    page_size: int = DEFAULT_PAGE_SIZE_RECORDS,
    status: str | None = None,
    currency: str | None = None,
) -> Call[TransactionListRequest, GatewayResponse, list[Transaction]]:
    """One page (from 1) of ``getTransactionList`` between two dates (inclusive), C-LIST."""
    from transaction_services_api.api.back_office import list_transactions
    from transaction_services_api.models import TransactionListRequest

    if to_date < from_date:
        raise ValidationError("to_date", "to_date is before from_date")
    if isinstance(page_size, bool) or not isinstance(page_size, int) or not 1 <= page_size <= _MAX_PAGE_SIZE:
        raise ValidationError("page_size", f"page_size must be an integer from 1 to {_MAX_PAGE_SIZE}")
    credentials = ctx.credentials

    def interpret(model: GatewayResponse) -> list[Transaction]:
        if result_code(model) == NOT_FOUND_CODE:
            return []  # an empty range comes as "Your record not found", not as an empty list
        raise_for_refusal(model, "transactions")
        return Transaction.list_from_model(model, tz=ctx.tz)

    body = TransactionListRequest(
        authentication_member_id=credentials.member_id,
        authentication_checksum=signing.list_checksum(credentials.member_id, credentials.secure_key),
        pagination_fromdate=check_date_ddmmyyyy(from_date, "from_date"),
        pagination_todate=check_date_ddmmyyyy(to_date, "to_date"),
        pagination_pageno=str(page),
        pagination_records=str(page_size),
        status=opt(check_text(status, "status") if status else None),
        currency=opt(check_currency(currency) if currency else None),
    )
    return Call(
        operation="transactions",
        body=body,
        request=form(list_transactions._get_kwargs),
        response=list_transactions._build_response,
        interpret=interpret,
    )


def transaction_pages(
    ctx: Context,
    *,
    from_date: date,
    to_date: date,
    status: str | None = None,
    currency: str | None = None,
    page_size: int = DEFAULT_PAGE_SIZE_RECORDS,
) -> Pager[Transaction]:
    """The pages of ``getTransactionList`` between two dates, built one at a time as the shell asks."""

    def page(number: int) -> Call[TransactionListRequest, GatewayResponse, list[Transaction]]:
        return build_transactions_page(
            ctx,
            from_date=from_date,
            to_date=to_date,
            page=number,
            page_size=page_size,
            status=status,
            currency=currency,
        )

    return Pager(page, page_size, not_found_ends=False)
