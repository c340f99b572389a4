"""``gateway.invoices``: the invoice service (pay links), for both shells; loaded on first use."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from decimal import Decimal
from typing import TYPE_CHECKING

from ._base_client import arguments
from ._constants import DEFAULT_INVOICE_PAGE_SIZE_RECORDS
from .flows import invoices as invoice_flows
from .flows import service as service_flows
from .flows.service import InvoiceTransaction
from .models import Customer, Invoice

if TYPE_CHECKING:
    from ._async_client import AsyncGateway
    from ._client import Gateway

__all__ = ["AsyncInvoices", "Invoices"]


class Invoices:
    """``gateway.invoices``: the invoice service (pay links)."""

    def __init__(self, gateway: Gateway) -> None:
        self._gateway = gateway
        self._ctx = gateway._ctx

    def generate(
        self,
        *,
        merchant_invoice_id: str,
        amount: Decimal | str,
        currency: str,
        customer: Customer,
        merchant_redirect_url: str,
        description: str | None = None,
        expiration_days: int | None = None,
        notification_url: str | None = None,
    ) -> Invoice:
        """Create an invoice; ``invoice.pay_url`` is the link to give the customer."""
        return self._gateway._send(invoice_flows.build_generate(self._ctx, **arguments(locals())))

    def cancel(self, invoice_id: str, *, merchant_redirect_url: str, reason: str | None = None) -> Invoice:
        """Cancel an invoice."""
        return self._gateway._send(invoice_flows.build_cancel(self._ctx, **arguments(locals())))

    def regenerate(self, invoice_id: str, *, merchant_redirect_url: str, expiration_days: int | None = None) -> Invoice:
        """Re-issue an invoice with a new expiry."""
        return self._gateway._send(invoice_flows.build_regenerate(self._ctx, **arguments(locals())))

    def remind(self, invoice_id: str, *, merchant_redirect_url: str) -> Invoice:
        """Send the customer a reminder."""
        return self._gateway._send(invoice_flows.build_remind(self._ctx, **arguments(locals())))

    def inquire(
        self, invoice: Invoice | str, *, invoice_id: str | None = None, with_transaction: bool = False
    ) -> Invoice:
        """The status of an ``Invoice`` you hold, or of your merchant invoice id (``invoice_id`` narrows it)."""
        return self._gateway._send(invoice_flows.build_inquire(self._ctx, **arguments(locals())))

    def list(self, *, page_size: int = DEFAULT_INVOICE_PAGE_SIZE_RECORDS) -> Iterator[Invoice]:
        """Every invoice, fetching page after page as you iterate."""
        pager = invoice_flows.invoice_pages(self._ctx, page_size=page_size)
        for call in pager:
            yield from self._gateway._run(self._gateway._driver.page(call, pager))

    def counts(self) -> dict[str, int]:
        """How many invoices are in each status (``generated``, ``processed``, ...)."""
        return self._gateway._send(service_flows.build_invoice_counts(self._ctx))

    def transaction(self, invoice: Invoice | str, *, invoice_id: str | None = None) -> InvoiceTransaction:
        """The invoice (an ``Invoice`` you hold, or your merchant invoice id) with the transaction that paid it."""
        call = invoice_flows.build_inquire(self._ctx, invoice=invoice, invoice_id=invoice_id, with_transaction=True)
        return self._gateway._send(service_flows.with_invoice_transaction(self._ctx, call))

    def get_config(self) -> dict[str, str]:
        """The invoice defaults."""
        return self._gateway._send(invoice_flows.build_get_config(self._ctx))

    def set_config(
        self,
        *,
        currency: str | None = None,
        order_id_prefix: str | None = None,
        merchant_redirect_url: str | None = None,
        expiration_days: int | None = None,
        tax_percent: str | None = None,
    ) -> dict[str, str]:
        """Update the invoice defaults; returns them as the gateway now reports them."""
        write = invoice_flows.build_set_config(self._ctx, **arguments(locals()))
        return self._gateway._run(self._gateway._driver.then(write, invoice_flows.build_get_config(self._ctx)))

    def next_order_id(self) -> str:
        """The next invoice order id."""
        return self._gateway._send(invoice_flows.build_next_order_id(self._ctx))


class AsyncInvoices:
    """``gateway.invoices`` (async): the invoice service (pay links)."""

    def __init__(self, gateway: AsyncGateway) -> None:
        self._gateway = gateway
        self._ctx = gateway._ctx

    async def generate(
        self,
        *,
        merchant_invoice_id: str,
        amount: Decimal | str,
        currency: str,
        customer: Customer,
        merchant_redirect_url: str,
        description: str | None = None,
        expiration_days: int | None = None,
        notification_url: str | None = None,
    ) -> Invoice:
        """Create an invoice; ``invoice.pay_url`` is the link to give the customer."""
        return await self._gateway._send(invoice_flows.build_generate(self._ctx, **arguments(locals())))

    async def cancel(self, invoice_id: str, *, merchant_redirect_url: str, reason: str | None = None) -> Invoice:
        """Cancel an invoice."""
        return await self._gateway._send(invoice_flows.build_cancel(self._ctx, **arguments(locals())))

    async def regenerate(
        self, invoice_id: str, *, merchant_redirect_url: str, expiration_days: int | None = None
    ) -> Invoice:
        """Re-issue an invoice with a new expiry."""
        return await self._gateway._send(invoice_flows.build_regenerate(self._ctx, **arguments(locals())))

    async def remind(self, invoice_id: str, *, merchant_redirect_url: str) -> Invoice:
        """Send the customer a reminder."""
        return await self._gateway._send(invoice_flows.build_remind(self._ctx, **arguments(locals())))

    async def inquire(
        self, invoice: Invoice | str, *, invoice_id: str | None = None, with_transaction: bool = False
    ) -> Invoice:
        """The status of an ``Invoice`` you hold, or of your merchant invoice id (``invoice_id`` narrows it)."""
        return await self._gateway._send(invoice_flows.build_inquire(self._ctx, **arguments(locals())))

    async def list(self, *, page_size: int = DEFAULT_INVOICE_PAGE_SIZE_RECORDS) -> AsyncIterator[Invoice]:
        """Every invoice, fetching page after page as you iterate."""
        pager = invoice_flows.invoice_pages(self._ctx, page_size=page_size)
        for call in pager:
            for item in await self._gateway._run(self._gateway._driver.page(call, pager)):
                yield item

    async def counts(self) -> dict[str, int]:
        """How many invoices are in each status (``generated``, ``processed``, ...)."""
        return await self._gateway._send(service_flows.build_invoice_counts(self._ctx))

    async def transaction(self, invoice: Invoice | str, *, invoice_id: str | None = None) -> InvoiceTransaction:
        """The invoice (an ``Invoice`` you hold, or your merchant invoice id) with the transaction that paid it."""
        call = invoice_flows.build_inquire(self._ctx, invoice=invoice, invoice_id=invoice_id, with_transaction=True)
        return await self._gateway._send(service_flows.with_invoice_transaction(self._ctx, call))

    async def get_config(self) -> dict[str, str]:
        """The invoice defaults."""
        return await self._gateway._send(invoice_flows.build_get_config(self._ctx))

    async def set_config(
        self,
        *,
        currency: str | None = None,
        order_id_prefix: str | None = None,
        merchant_redirect_url: str | None = None,
        expiration_days: int | None = None,
        tax_percent: str | None = None,
    ) -> dict[str, str]:
        """Update the invoice defaults; returns them as the gateway now reports them."""
        write = invoice_flows.build_set_config(self._ctx, **arguments(locals()))
        return await self._gateway._run(self._gateway._driver.then(write, invoice_flows.build_get_config(self._ctx)))

    async def next_order_id(self) -> str:
        """The next invoice order id."""
        return await self._gateway._send(invoice_flows.build_next_order_id(self._ctx))
