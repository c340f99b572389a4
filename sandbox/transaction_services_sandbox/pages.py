"""Hosted pages: the 3-D Secure / approval page, the invoice pay page, and the browser return.

`GET|POST /transaction/Authenticate` shows Approve and Decline buttons; `decision=approve` or
`decision=decline` (query or form) completes the payment without a browser. `GET|POST
/transaction/PayInvoice?inv=..&ct=..` shows a card form; `decision=approve|decline` pays with a
test card at once. Completion answers with the browser return to `merchantRedirectUrl`: an
auto-submitting POST form, or a 303 redirect with the fields in the query (`redirectMethod=GET`).
"""

from __future__ import annotations

import html
from urllib.parse import parse_qsl, urlencode

from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response

from . import testdata
from .bodies import FORM, media_type
from .callbacks import NotificationPath, redirect_fields
from .errors import GatewayRefusal
from .models import Invoice, Payment
from .outcomes import card_brand
from .processing import APPROVAL_PATH, NewPayment, complete_approval, create_payment
from .rules import validate
from .state import SandboxState

__all__ = ["approval_page", "browser_return", "pay_invoice_page"]

_STYLE = (
    "<style>body{font-family:sans-serif;max-width:36em;margin:3em auto}"
    "button{font-size:1.1em;margin:.5em;padding:.4em 1.2em}label{display:block;margin:.4em 0}</style>"
)


def _page(title: str, content: str, status_code: int = 200) -> HTMLResponse:
    text = (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{html.escape(title)}</title>{_STYLE}</head>"
        f"<body><h1>{html.escape(title)}</h1>{content}</body></html>"
    )
    return HTMLResponse(text, status_code=status_code, headers={"Cache-Control": "no-cache"})


async def _params(request: Request) -> dict[str, str]:
    params = dict(request.query_params)
    if request.method == "POST" and media_type(request.headers.get("content-type")) == FORM:
        body = (await request.body()).decode("utf-8", errors="replace")
        for name, value in parse_qsl(body, keep_blank_values=True):
            params.setdefault(name, value)
    return params


def _absolute(url: str) -> str:
    return url if "://" in url else "http://" + url


def browser_return(state: SandboxState, payment: Payment) -> Response:
    """Send the customer back to `merchantRedirectUrl` with the signed return fields (§7.2)."""
    fields = redirect_fields(payment, state.config.secure_key_of(payment.member_id), state.clock.timestamp())
    if not payment.merchant_redirect_url:
        rows = "".join(f"<li>{html.escape(k)}: {html.escape(v)}</li>" for k, v in fields.items())
        return _page("Payment finished", f"<ul>{rows}</ul>")
    target = _absolute(payment.merchant_redirect_url)
    if payment.redirect_method.upper() == "GET":
        separator = "&" if "?" in target else "?"
        return RedirectResponse(target + separator + urlencode(fields), status_code=303)
    inputs = "".join(
        f"<input type='hidden' name='{html.escape(k, quote=True)}' value='{html.escape(v, quote=True)}'>"
        for k, v in fields.items()
    )
    form = (
        f"<form id='merchantReturn' method='POST' action='{html.escape(target, quote=True)}'>{inputs}"
        "<noscript><button type='submit'>Continue</button></noscript></form>"
        "<script>document.getElementById('merchantReturn').submit();</script>"
    )
    return _page("Returning to the merchant", form)


def _decision_form(payment: Payment, token: str) -> str:
    kind = "3-D Secure authentication" if payment.approval_kind == "3D" else "Payment approval"
    return (
        f"<p>{html.escape(kind)} for payment {payment.payment_id}: "
        f"<strong>{html.escape(payment.amount)} {html.escape(payment.currency)}</strong> "
        f"({html.escape(payment.payment_brand)} {html.escape(payment.payment_mode)}"
        + (f", card {html.escape(payment.card_bin)}******{html.escape(payment.card_last4)}" if payment.card_bin else "")
        + f"), merchant order {html.escape(payment.merchant_transaction_id)}.</p>"
        f"<form method='POST' action='{APPROVAL_PATH}'>"
        f"<input type='hidden' name='MD' value='{html.escape(token, quote=True)}'>"
        "<button type='submit' name='decision' value='approve'>Approve</button>"
        "<button type='submit' name='decision' value='decline'>Decline</button></form>"
        "<p><small>Sandbox: add <code>decision=approve</code> or <code>decision=decline</code> to skip this page."
        "</small></p>"
    )


async def approval_page(request: Request) -> Response:
    """The sandbox's 3-D Secure / asynchronous approval page."""
    state: SandboxState = request.app.state.sandbox
    params = await _params(request)
    token = params.get("MD", "")
    payment = state.ledger.find_payment_by_approval_token(token) if token else None
    if payment is None:
        return _page("Unknown payment", "<p>This approval link is not valid.</p>", 404)
    decision = params.get("decision", "").lower()
    if not payment.approval_kind:
        # Already completed: show the same return again, without a second notification.
        return browser_return(state, payment)
    if decision not in ("approve", "decline"):
        return _page("Sandbox approval", _decision_form(payment, token))
    completed = complete_approval(state, payment, decision == "approve")
    return browser_return(state, completed)


def _invoice_form(invoice: Invoice, error: str = "") -> str:
    error_html = f"<p style='color:#b00'>{html.escape(error)}</p>" if error else ""
    action = f"/transaction/PayInvoice?inv={invoice.invoice_id}&ct={html.escape(invoice.pay_token, quote=True)}"
    fields = (
        ("card.number", "Card number", testdata.CARD_APPROVE),
        ("card.expiryMonth", "Expiry month", testdata.TEST_EXPIRY_MONTH),
        ("card.expiryYear", "Expiry year", testdata.TEST_EXPIRY_YEAR),
        ("card.cvv", "CVV", testdata.TEST_CVV),
        ("customer.givenName", "First name", "John"),
        ("customer.surname", "Last name", "Doe"),
    )
    inputs = "".join(
        f"<label>{label} <input name='{name}' value='{html.escape(value, quote=True)}'></label>"
        for name, label, value in fields
    )
    return (
        f"<p>Invoice {html.escape(invoice.merchant_invoice_id)} ({invoice.invoice_id}): "
        f"<strong>{html.escape(invoice.amount)} {html.escape(invoice.currency)}</strong></p>"
        f"{html.escape(invoice.merchant_order_description)}{error_html}"
        f"<form method='POST' action='{action}'>{inputs}<button type='submit'>Pay</button></form>"
    )


async def pay_invoice_page(request: Request) -> Response:
    """The invoice pay link: a card form; paying creates a sale and moves the invoice to processed."""
    state: SandboxState = request.app.state.sandbox
    params = await _params(request)
    invoice = state.ledger.get_invoice(params.get("inv", ""))
    if invoice is None or invoice.pay_token != params.get("ct"):
        return _page("Unknown invoice", "<p>This pay link is not valid.</p>", 404)
    status = invoice.status_at(state.clock.epoch())
    if status not in ("generated", "mailsent"):
        return _page("Invoice not payable", f"<p>The invoice is {html.escape(status)}.</p>", 409)
    decision = params.get("decision", "").lower()
    if decision in ("approve", "decline"):
        params.setdefault("card.number", testdata.CARD_APPROVE if decision == "approve" else testdata.CARD_DECLINE)
        params.setdefault("card.expiryMonth", testdata.TEST_EXPIRY_MONTH)
        params.setdefault("card.expiryYear", testdata.TEST_EXPIRY_YEAR)
        params.setdefault("card.cvv", testdata.TEST_CVV)
    elif request.method != "POST":
        return _page("Pay invoice", _invoice_form(invoice))
    card = {
        name: params.get(name, "").strip()
        for name in ("card.number", "card.expiryMonth", "card.expiryYear", "card.cvv")
    }
    try:
        validate(card, ["card.number", "card.expiryMonth", "card.expiryYear", "card.cvv"])
    except GatewayRefusal as refusal:
        return _page("Pay invoice", _invoice_form(invoice, refusal.description), 400)
    names = invoice.customer_name.split(" ", 1) if invoice.customer_name else []
    given = params.get("customer.givenName") or (names[0] if names else "John")
    surname = params.get("customer.surname") or (names[1] if len(names) > 1 else "Doe")
    customer = {"givenName": given, "surname": surname}
    if invoice.customer_email:
        customer["email"] = invoice.customer_email
    spec = NewPayment(
        payment_type="DB",
        amount=invoice.amount,
        currency=invoice.currency,
        merchant_transaction_id=invoice.merchant_invoice_id,
        payment_mode="CC",
        payment_brand=card_brand(card["card.number"]),
        card_number=card["card.number"],
        card_expiry_month=card["card.expiryMonth"],
        card_expiry_year=card["card.expiryYear"],
        customer=customer,
        merchant_redirect_url=invoice.merchant_redirect_url,
        notification_url=invoice.notification_url,
        invoice_id=str(invoice.invoice_id),
        order_description=invoice.merchant_order_description,
        member_id=invoice.member_id,
    )
    payment = create_payment(state, spec)
    if payment.approval_kind:
        return RedirectResponse(f"{APPROVAL_PATH}?MD={payment.approval_token}", status_code=303)
    if payment.status in ("capturesuccess", "authsuccessful"):
        invoice.status, invoice.payment_id = "processed", str(payment.payment_id)
        state.ledger.save_invoice(invoice)
    if not state.config.notify_sync_payments:
        # A hosted-page payment is notified like an asynchronous completion.
        state.notifier.notify(payment, NotificationPath.TRANSACTION, payment.result_code, payment.result_description)
    return browser_return(state, payment)
