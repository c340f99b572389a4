"""invoiceServices: generate, cancel, regenerate, remind, inquiry, trans-inquiry, list, details,
configuration and order id (reference §3.2, §4.16, §6.6, §9.9)."""

from __future__ import annotations

import secrets
from collections import Counter
from datetime import UTC, datetime
from typing import Any

from starlette.responses import Response

from .. import checksums, codes
from ..config import DEFAULT_INVOICE_EXPIRATION_DAYS
from ..models import Invoice
from ..responses import gateway_json
from .context import Call, Identity, operation

__all__ = [
    "INVOICE_CONFIG_KEYS",
    "PAY_INVOICE_PATH",
    "cancel",
    "generate",
    "get_config",
    "get_invoice",
    "get_invoice_details",
    "get_order_id",
    "inquiry",
    "regenerate",
    "remind",
    "trans_inquiry",
    "update_config",
]

PAY_INVOICE_PATH = "/transaction/PayInvoice"
INVOICE_CONFIG_KEYS = ("currency", "initial", "merchantRedirectUrl", "invoiceExpirationPeriod", "gst")
_CONFIG_META = "invoice_config"
_SECONDS_PER_DAY = 86400
# First order id handed out by getOrderID (the docs sample shows ORD_1046910001).
_ORDER_ID_BASE = 1046910000
# Page size of getInvoice when `pagination.records` is absent or zero.
_DEFAULT_RECORDS = 30


def _result(code: codes.Code) -> dict[str, str]:
    return {"code": code.code, "description": code.description}


def _created(call: Call, invoice: Invoice) -> tuple[str, str]:
    moment = call.state.clock.local(datetime.fromtimestamp(invoice.created_at, UTC))
    # The docs sample's odd time format: leading space, trailing dot (" 16:15:46.").
    return moment.strftime("%Y-%m-%d"), moment.strftime(" %H:%M:%S.")


def _pay_url(call: Call, invoice: Invoice) -> str:
    return f"{call.base_url}{PAY_INVOICE_PATH}?inv={invoice.invoice_id}&ct={invoice.pay_token}"


def _config(call: Call, identity: Identity) -> dict[str, str]:
    return call.state.ledger.get_json_meta(f"{_CONFIG_META}:{identity.owner_id}")


def _merchant(call: Call) -> Identity:
    return call.identity()


def _details(call: Call, invoice: Invoice, expiry_key: str = "expirationPeriod") -> dict[str, Any]:
    created_date, created_time = _created(call, invoice)
    details: dict[str, Any] = {
        "amount": invoice.amount,
        "currency": invoice.currency,
        expiry_key: invoice.expiration_days,
        "createdDate": created_date,
        "createdTime": created_time,
        "merchantInvoiceId": invoice.merchant_invoice_id,
    }
    if invoice.customer_email:
        details["customerEmail"] = invoice.customer_email
    if invoice.merchant_order_description:
        details["merchantOrderDescription"] = invoice.merchant_order_description
    details["systemInvoiceId"] = str(invoice.invoice_id)
    details["transactionUrl"] = _pay_url(call, invoice)
    return details


def _products(call: Call) -> list[dict[str, str]]:
    products: list[dict[str, str]] = []
    keys = ("productDescription", "productAmount", "quantity", "productTotal", "productUnit", "tax")
    single = {key: call.get(f"product.{key}") for key in keys if call.get(f"product.{key}")}
    if single:
        products.append(single)
    index = 1
    while call.get(f"productList.{index}.productDescription"):
        products.append(
            {key: call.get(f"productList.{index}.{key}") for key in keys if call.get(f"productList.{index}.{key}")}
        )
        index += 1
    return products


@operation("invoice.generate", invoice=True)
async def generate(call: Call) -> Response:
    """Create an invoice (C-INV-GEN) with a pay link served by the sandbox; code 00010."""
    identity = _merchant(call)
    config = _config(call, identity)
    call.validate(["authentication.checksum", "merchantInvoiceId", "amount"])
    redirect_url = call.get("merchantRedirectUrl")
    call.check_checksum(
        checksums.c_inv_gen(
            identity.owner_id, identity.key, call.get("merchantInvoiceId"), call.get("amount"), redirect_url
        )
    )
    if not call.get("currency") and not config.get("currency"):
        call.validate(["currency"])
    if not redirect_url and not config.get("merchantRedirectUrl"):
        call.validate(["merchantRedirectUrl"])
    call.validate()
    now = call.state.clock.epoch()
    days = (
        call.get("invoiceExpirationPeriod")
        or config.get("invoiceExpirationPeriod")
        or str(DEFAULT_INVOICE_EXPIRATION_DAYS)
    )
    invoice_id = call.state.ledger.next_invoice_id()
    invoice = Invoice(
        invoice_id=invoice_id,
        merchant_invoice_id=call.get("merchantInvoiceId"),
        amount=call.get("amount"),
        currency=call.get("currency") or config["currency"],
        status="generated",
        created_at=now,
        expires_at=now + int(days) * _SECONDS_PER_DAY,
        expiration_days=days,
        pay_token=secrets.token_urlsafe(12),
        member_id=identity.owner_id,
        merchant_redirect_url=redirect_url or config.get("merchantRedirectUrl", ""),
        notification_url=call.get("notificationUrl"),
        customer_email=call.get("customer.email"),
        customer_name=" ".join(filter(None, (call.get("customer.givenName"), call.get("customer.surname")))),
        customer_mobile=call.get("customer.mobile") or call.get("customer.phone"),
        telnocc=call.get("telnocc") or call.get("customer.telnocc"),
        merchant_order_description=call.get("merchantOrderDescription"),
        products=_products(call),
        order_id=f"{config.get('initial', 'ORD')}_{invoice_id}",
    )
    call.state.ledger.save_invoice(invoice)
    return gateway_json(
        {
            "memberId": identity.owner_id,
            "statusInvoiceResult": _result(codes.INVOICE_GENERATED),
            "invoiceDetails": _details(call, invoice),
        }
    )


def _acted_invoice(call: Call) -> tuple[Identity, Invoice]:
    identity = _merchant(call)
    call.validate(["invoiceId", "authentication.checksum"])
    call.check_checksum(
        checksums.c_inv_act(call.get("invoiceId"), identity.owner_id, identity.key, call.get("merchantRedirectUrl"))
    )
    call.validate()
    invoice = call.state.ledger.get_invoice(call.get("invoiceId"), identity.owner_id)
    if invoice is None:
        raise call.refuse(codes.NOT_FOUND)
    return identity, invoice


_OPEN = ("generated", "mailsent", "expired")


@operation("invoice.cancel", invoice=True)
async def cancel(call: Call) -> Response:
    """Cancel an open invoice (C-INV-ACT); code 00011, or 10012."""
    identity, invoice = _acted_invoice(call)
    if invoice.status_at(call.state.clock.epoch()) not in _OPEN:
        raise call.refuse(codes.INVOICE_CANCEL_FAILED, f"Invoice canceled failed. The invoice is {invoice.status}.")
    invoice.status, invoice.cancel_reason = "cancelled", call.get("cancelReason")
    call.state.ledger.save_invoice(invoice)
    created_date, created_time = _created(call, invoice)
    return gateway_json(
        {
            "memberId": identity.owner_id,
            "statusInvoiceResult": _result(codes.INVOICE_CANCELLED),
            "invoiceDetails": {
                "createdDate": created_date,
                "createdTime": created_time,
                "invoiceId": str(invoice.invoice_id),
            },
        }
    )


@operation("invoice.regenerate", invoice=True)
async def regenerate(call: Call) -> Response:
    """Re-issue an open or expired invoice with a new expiry (C-INV-ACT); code 00013, or 10014."""
    identity, invoice = _acted_invoice(call)
    if invoice.status_at(call.state.clock.epoch()) not in _OPEN:
        raise call.refuse(
            codes.INVOICE_REGENERATE_FAILED, f"Invoice regeneration failed. The invoice is {invoice.status}."
        )
    now = call.state.clock.epoch()
    days = call.get("invoiceExpirationPeriod") or invoice.expiration_days
    invoice.status, invoice.expiration_days = "generated", days
    invoice.expires_at = now + int(days) * _SECONDS_PER_DAY
    call.state.ledger.save_invoice(invoice)
    return gateway_json(
        {
            "memberId": identity.owner_id,
            "statusInvoiceResult": _result(codes.INVOICE_REGENERATED),
            "invoiceDetails": _details(call, invoice, "invoiceExpirationPeriod"),
        }
    )


@operation("invoice.remind", invoice=True)
async def remind(call: Call) -> Response:
    """Send a reminder for an open invoice (C-INV-ACT): it becomes `mailsent`; code 00012, or 10013."""
    identity, invoice = _acted_invoice(call)
    if invoice.status_at(call.state.clock.epoch()) not in ("generated", "mailsent"):
        raise call.refuse(
            codes.INVOICE_REMIND_FAILED,
            f"Invoice reminder not sent. The invoice is {invoice.status_at(call.state.clock.epoch())}.",
        )
    invoice.status, invoice.reminders = "mailsent", invoice.reminders + 1
    call.state.ledger.save_invoice(invoice)
    return gateway_json({"memberId": identity.owner_id, "statusInvoiceResult": _result(codes.INVOICE_REMINDED)})


def _inquired_invoice(call: Call) -> tuple[Identity, Invoice]:
    # InputValiDatorUtils.getInquiryInvoiceMandatoryParams: memberId and merchantInvoiceId (DESCRIPTION);
    # invoiceId is optional and, when sent, narrows the lookup (InvoiceEntry.getInvoiceDetails).
    identity = _merchant(call)
    call.validate(["merchantInvoiceId", "authentication.checksum"])
    merchant_invoice_id = call.get("merchantInvoiceId")
    call.check_checksum(checksums.c_inv_status(identity.owner_id, identity.key, merchant_invoice_id))
    call.validate()
    invoice_id = call.get("invoiceId")
    invoice = call.state.ledger.find_invoice_by_merchant_id(identity.owner_id, merchant_invoice_id, invoice_id or None)
    if invoice is None:
        raise call.refuse(codes.NOT_FOUND)
    return identity, invoice


def _status_details(call: Call, invoice: Invoice) -> dict[str, Any]:
    return {
        "amount": invoice.amount,
        "currency": invoice.currency,
        "merchantInvoiceId": invoice.merchant_invoice_id,
        "systemInvoiceId": str(invoice.invoice_id),
        "invoiceStatus": invoice.status_at(call.state.clock.epoch()),
    }


@operation("invoice.inquiry", invoice=True)
async def inquiry(call: Call) -> Response:
    """Invoice status (C-INV-STATUS `memberId|secureKey|merchantInvoiceId`); code 00014."""
    identity, invoice = _inquired_invoice(call)
    return gateway_json(
        {
            "memberId": identity.owner_id,
            "statusInvoiceResult": _result(codes.INVOICE_FOUND),
            "invoiceDetails": _status_details(call, invoice),
        }
    )


@operation("invoice.invoiceTransInquiry", invoice=True)
async def trans_inquiry(call: Call) -> Response:
    """Invoice status plus the transaction that paid it; code 00014."""
    identity, invoice = _inquired_invoice(call)
    details = _status_details(call, invoice)
    body: dict[str, Any] = {"memberId": identity.owner_id, "statusInvoiceResult": _result(codes.INVOICE_FOUND)}
    payment = call.state.ledger.get_payment(invoice.payment_id, identity.owner_id) if invoice.payment_id else None
    if payment is not None:
        details["paymentId"] = str(payment.payment_id)
    body["invoiceDetails"] = details
    if payment is not None:
        body["transactionDetails"] = {
            "amount": payment.amount,
            "currency": payment.currency,
            "descriptor": payment.descriptor,
            "transactionStatus": payment.status,
        }
    return gateway_json(body)


def _list_identity(call: Call) -> Identity:
    identity = _merchant(call)
    call.check_checksum(checksums.c_list(identity.owner_id, identity.key))
    call.validate()
    return identity


def _list_item(call: Call, identity: Identity, invoice: Invoice) -> dict[str, Any]:
    payment = call.state.ledger.get_payment(invoice.payment_id, identity.owner_id) if invoice.payment_id else None
    created_date, created_time = _created(call, invoice)
    return {
        "amount": invoice.amount,
        "currency": invoice.currency,
        "expirationPeriod": invoice.expiration_days,
        "createdDate": created_date,
        "systemInvoiceId": str(invoice.invoice_id),
        "merchantInvoiceId": invoice.merchant_invoice_id,
        "transactionUrl": _pay_url(call, invoice),
        "invoiceStatus": invoice.status_at(call.state.clock.epoch()),
        "transactionStatus": payment.status if payment else "",
        "customerDetails": {
            "customername": invoice.customer_name,
            "customeraddress": "",
            "customermobileno": invoice.customer_mobile,
            "customeremail": invoice.customer_email,
        },
        "raiseby": identity.merchant.username if identity.merchant else "",
        "orderId": invoice.order_id,
        "orderDescription": invoice.merchant_order_description,
        "trackingid": invoice.payment_id,
        "dtstamp": f"{created_date}{created_time.rstrip('.')}",
    }


@operation("invoice.getInvoice", invoice=True)
async def get_invoice(call: Call) -> Response:
    """Paged invoice list, newest first (C-LIST); code 00014, or 10026 when the page is empty."""
    identity = _list_identity(call)
    page = max(int(call.get("pagination.pageno") or "1"), 1)
    records = int(call.get("pagination.records") or "0") or _DEFAULT_RECORDS
    invoices = call.state.ledger.invoices(identity.owner_id)[(page - 1) * records : page * records]
    if not invoices:
        return gateway_json({"memberId": identity.owner_id, "statusInvoiceResult": _result(codes.NOT_FOUND)})
    return gateway_json(
        {
            "memberId": identity.owner_id,
            "statusInvoiceResult": _result(codes.INVOICE_FOUND),
            "invoiceList": [_list_item(call, identity, invoice) for invoice in invoices],
        }
    )


@operation("invoice.getInvoiceDetails", invoice=True)
async def get_invoice_details(call: Call) -> Response:
    """Counts of invoices by status (C-LIST); code 00014."""
    identity = _list_identity(call)
    now = call.state.clock.epoch()
    counts = Counter(invoice.status_at(now) for invoice in call.state.ledger.invoices(identity.owner_id))
    details = {
        status: str(counts.get(status, 0)) for status in ("generated", "mailsent", "processed", "cancelled", "expired")
    }
    details["total"] = str(sum(counts.values()))
    return gateway_json(
        {"memberId": identity.owner_id, "statusInvoiceResult": _result(codes.INVOICE_FOUND), "invoiceDetails": details}
    )


def _config_body(call: Call, identity: Identity, result: codes.Code) -> Response:
    config = _config(call, identity)
    details = {key: config[key] for key in INVOICE_CONFIG_KEYS if config.get(key)}
    return gateway_json(
        {"memberId": identity.owner_id, "statusInvoiceResult": _result(result), "invoiceConfig": details}
    )


@operation("invoice.updateInvoiceConfig", invoice=True)
async def update_config(call: Call) -> Response:
    """Set invoice defaults (`actionType=SET`; C-INV-CONFIG `memberId|secureKey|merchantRedirectUrl`); code 00020."""
    identity = _merchant(call)
    # An absent field reaches the platform's check as Java null, hashed as the text "null".
    redirect_url = call.fields.get("merchantRedirectUrl", "null")
    call.check_checksum(checksums.c_inv_config(identity.owner_id, identity.key, redirect_url))
    call.validate()
    if call.get("actionType") == "GET":
        return _config_body(call, identity, codes.INVOICE_CONFIG_FOUND)
    config = _config(call, identity)
    config.update({key: call.get(key) for key in INVOICE_CONFIG_KEYS if call.get(key).strip()})
    call.state.ledger.set_json_meta(f"{_CONFIG_META}:{identity.owner_id}", config)
    return gateway_json({"memberId": identity.owner_id, "statusInvoiceResult": _result(codes.INVOICE_CONFIG_UPDATED)})


@operation("invoice.getInvoiceConfig", invoice=True)
async def get_config(call: Call) -> Response:
    """Read invoice defaults (C-LIST); code 00008 (chosen, see `codes`)."""
    identity = _list_identity(call)
    return _config_body(call, identity, codes.INVOICE_CONFIG_FOUND)


@operation("invoice.getOrderID", invoice=True)
async def get_order_id(call: Call) -> Response:
    """Next invoice order id (`<initial>_<number>`); checksum C-LIST verified when sent; code 00019."""
    identity = _merchant(call)
    call.check_optional_checksum(checksums.c_list(identity.owner_id, identity.key))
    call.validate()
    number = call.state.ledger.increment("order_id", _ORDER_ID_BASE)
    order_id = f"{_config(call, identity).get('initial', 'ORD')}_{number}"
    return gateway_json(
        {
            "memberId": identity.owner_id,
            "statusInvoiceResult": _result(codes.INVOICE_ORDER_ID),
            "invoiceDetails": {"merchantOrderDescription": order_id},
        }
    )
