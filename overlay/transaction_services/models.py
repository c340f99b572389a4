"""Handwritten input and result types of the overlay.

Inputs (:class:`Card`, :class:`Customer`, :class:`BankAccount`) validate on construction and raise
:class:`~transaction_services.ValidationError` before any I/O. Results (:class:`Payment`, :class:`Payout`,
:class:`Registration`, :class:`Invoice`, :class:`Transaction`) are built once from the generated response
model's attributes (the leniency of reference §11 lives in ``_payload``) and keep that model in ``raw``;
callbacks (:class:`Notification`, :class:`RedirectReturn`) keep the verified fields they were read from.
``raw`` is left out of ``repr`` and equality. No ``repr`` or ``str`` shows a full card number, a CVV, a
full IBAN or account number, or a secret.

All classes are frozen ``attrs`` classes with slots.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime, tzinfo
from decimal import Decimal
from typing import TYPE_CHECKING, Literal, NamedTuple
from urllib.parse import urlsplit

import attrs

from ._payload import (
    filled,
    first,
    invoice_items,
    is_success_code,
    items,
    money,
    payment_id,
    payment_ref,
    redirect_parameters,
    result_code,
    result_description,
    text,
)
from ._redaction import mask_account, mask_pan
from ._timestamps import parse_gateway_timestamp
from ._validation import (
    check_bic,
    check_birth_date,
    check_card_number,
    check_city,
    check_country,
    check_cvv,
    check_email,
    check_expiry,
    check_iban,
    check_ip,
    check_name,
    check_phone,
    check_postcode,
    check_street,
    check_text,
)
from .errors import UnexpectedResponseError, ValidationError

if TYPE_CHECKING:
    from transaction_services_api.models import (
        BankAccountDetails,
        CardDetails,
        GatewayResponse,
        InvoiceDetails,
        InvoiceResponse,
        RedirectInstruction,
        TransactionSummary,
    )
    from transaction_services_api.types import Unset

__all__ = [
    "BankAccount",
    "Card",
    "CardInfo",
    "Customer",
    "Invoice",
    "Notification",
    "Outcome",
    "Payment",
    "Payout",
    "Redirect",
    "RedirectReturn",
    "Registration",
    "Transaction",
    "derive_outcome",
]


# --- outcome -------------------------------------------------------------------------------------------


class Outcome(enum.StrEnum):
    """What a payment's state means for the merchant, derived from statuses and result code."""

    APPROVED = "approved"
    """Authorized, captured or paid out; ``status`` tells which (``authsuccessful``, ``capturesuccess``)."""
    DECLINED = "declined"
    """Declined or failed; final."""
    PENDING = "pending"
    """Not final yet: wait for the notification or inquire again. Also every unknown status."""
    REDIRECT = "redirect"
    """The customer must be sent to ``Payment.redirect`` (3-D Secure or an asynchronous method)."""
    CANCELLED = "cancelled"
    """Reversed before capture, or cancelled by the customer or the bank; final."""
    REFUNDED = "refunded"
    """Refunded, fully or partly (long status ``reversed``); final."""
    CHARGEBACK = "chargeback"
    """Charged back (or a chargeback reversed); final."""

    @property
    def is_final(self) -> bool:
        """Whether this outcome will not change without a new operation."""
        return self not in (Outcome.PENDING, Outcome.REDIRECT)


_SHORT_STATUSES: dict[str, Outcome] = {
    "Y": Outcome.APPROVED,
    "N": Outcome.DECLINED,
    "P": Outcome.PENDING,
    "C": Outcome.CANCELLED,
    "3D": Outcome.PENDING,
}

# Reference §8.4, "Recommended grouping for clients"; keys compared in lower case.
_LONG_STATUSES: dict[str, Outcome] = {
    "capturesuccess": Outcome.APPROVED,
    "settled": Outcome.APPROVED,
    "setteled": Outcome.APPROVED,
    "authsuccessful": Outcome.APPROVED,
    "payoutsuccessful": Outcome.APPROVED,
    "success": Outcome.APPROVED,
    "authfailed": Outcome.DECLINED,
    "capturefailed": Outcome.DECLINED,
    "failed": Outcome.DECLINED,
    "payoutfailed": Outcome.DECLINED,
    "cancelled": Outcome.CANCELLED,
    "authcancelled": Outcome.CANCELLED,
    "payoutcancelsuccessful": Outcome.CANCELLED,
    "reversed": Outcome.REFUNDED,
    "chargeback": Outcome.CHARGEBACK,
    "chargebackreversed": Outcome.CHARGEBACK,
    "begun": Outcome.PENDING,
    "authstarted": Outcome.PENDING,
    "authstarted_3d": Outcome.PENDING,
    "capturestarted": Outcome.PENDING,
    "cancelstarted": Outcome.PENDING,
    "markedforreversal": Outcome.PENDING,
    "payoutstarted": Outcome.PENDING,
    "partial_success": Outcome.PENDING,
}

_PENDING_CODES = frozenset({"10004", "90026"})
# 10026 "Your record not found" is a lookup answer, not a decline of a payment.
_NOT_A_DECLINE_CODES = frozenset({"10004", "10026"})


def _outcome_from_code(code: str) -> Outcome | None:
    if code != "200" and is_success_code(code):  # 200 is the token layer's, not a payment's
        return Outcome.APPROVED
    if code in _PENDING_CODES:
        return Outcome.PENDING
    if len(code) == 5 and code.isdigit() and code[:2] in ("10", "11") and code not in _NOT_A_DECLINE_CODES:
        return Outcome.DECLINED
    return None


def derive_outcome(
    transaction_status: str | None, status: str | None, result_code: str | None, has_redirect: bool
) -> Outcome:
    """Derive the outcome from the statuses and result code of a response (reference §8.4-§8.6, §11.9).

    Order of precedence: a known long status (in ``status``, or in ``transaction_status`` as list items
    carry it), then the short status (``transaction_status`` first, then ``status``, which carries the
    short value on payouts), then the result code (``000xx``/``0008`` approved, ``10004``/``90026``
    pending, other ``10xxx``/``11xxx`` declined), else pending. A non-final result with a redirect is
    ``REDIRECT``; a final status wins over a redirect.
    """
    pending = Outcome.REDIRECT if has_redirect else Outcome.PENDING
    shorts: list[str] = []
    longs: list[str] = []
    for value in (status, transaction_status):
        normalized = value.strip() if isinstance(value, str) else ""
        if normalized.upper() in _SHORT_STATUSES:
            shorts.append(normalized.upper())
        elif normalized:
            longs.append(normalized.lower())
    for value in longs:
        outcome = _LONG_STATUSES.get(value)
        if outcome is not None:
            return pending if outcome is Outcome.PENDING else outcome
    # transaction_status is the field that normally carries the short value: prefer it.
    for value in reversed(shorts):
        outcome = _SHORT_STATUSES[value]
        return pending if outcome is Outcome.PENDING else outcome
    if result_code is not None:
        outcome_from_code = _outcome_from_code(result_code.strip())
        if outcome_from_code is not None:
            return pending if outcome_from_code is Outcome.PENDING else outcome_from_code
    return pending


# --- inputs ----------------------------------------------------------------------------------------------


def _card_number(value: str) -> str:
    return check_card_number(value, "card.number")


def _expiry_part(value: str | int) -> str:
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise ValidationError("card.expiry", f"must be a string or an integer, not {type(value).__name__}")
    return str(value)


@attrs.frozen(repr=False)
class Card:
    """A card to charge; validated on construction (Luhn, expiry not in the past, CVV format).

    ``repr`` and ``str`` show only the masked number (first six and last four digits), never the CVV.
    """

    number: str = attrs.field(converter=_card_number)
    expiry_month: str = attrs.field(converter=_expiry_part)
    expiry_year: str = attrs.field(converter=_expiry_part)
    cvv: str | None = None
    holder: str | None = None

    def __attrs_post_init__(self) -> None:
        month, year = check_expiry(self.expiry_month, self.expiry_year, date.today())
        object.__setattr__(self, "expiry_month", month)
        object.__setattr__(self, "expiry_year", year)
        if self.cvv is not None:
            check_cvv(self.cvv, "card.cvv")
        if self.holder is not None:
            check_name(self.holder, "card.holder")

    @property
    def masked(self) -> str:
        """The card number as first six + ``******`` + last four."""
        return mask_pan(self.number)

    def __repr__(self) -> str:
        cvv = "'***'" if self.cvv is not None else "None"
        return (
            f"Card(number={self.masked!r}, expiry_month={self.expiry_month!r}, "
            f"expiry_year={self.expiry_year!r}, cvv={cvv}, holder={self.holder!r})"
        )

    def __str__(self) -> str:
        return self.masked


def _validate_optional_fields(instance: object, checks: Mapping[str, tuple[str, Callable[[str, str], str]]]) -> None:
    for name, (field_name, check) in checks.items():
        value = getattr(instance, name)
        if value is not None:
            object.__setattr__(instance, name, check(value, field_name))


@attrs.frozen(kw_only=True)
class Customer:
    """The paying customer; every field optional, each validated by the gateway's rule when given."""

    given_name: str | None = None
    surname: str | None = None
    email: str | None = None
    ip: str | None = None
    phone: str | None = None
    telnocc: str | None = None
    birth_date: date | None = None
    customer_id: str | None = None
    country: str | None = None
    city: str | None = None
    postcode: str | None = None
    street: str | None = None

    def __attrs_post_init__(self) -> None:
        _validate_optional_fields(
            self,
            {
                "given_name": ("customer.given_name", check_name),
                "surname": ("customer.surname", check_name),
                "email": ("customer.email", check_email),
                "ip": ("customer.ip", check_ip),
                "phone": ("customer.phone", check_phone),
                "telnocc": ("customer.telnocc", lambda v, f: check_phone(v, f, 4)),
                "customer_id": ("customer.customer_id", check_text),
                "country": ("customer.country", check_country),
                "city": ("customer.city", check_city),
                "postcode": ("customer.postcode", check_postcode),
                "street": ("customer.street", check_street),
            },
        )
        if self.birth_date is not None:
            check_birth_date(self.birth_date, date.today(), "customer.birth_date")


@attrs.frozen(kw_only=True, repr=False)
class BankAccount:
    """A bank account (SEPA, ACH, or payout transfer details); ``repr`` masks IBAN and account numbers."""

    iban: str | None = None
    bic: str | None = None
    account_number: str | None = None
    routing_number: str | None = None
    account_type: str | None = None
    holder: str | None = None
    bank_name: str | None = None
    bank_account_name: str | None = None
    bank_account_number: str | None = None
    bank_ifsc: str | None = None
    bank_code: str | None = None
    branch_name: str | None = None
    branch_code: str | None = None
    check_number: str | None = None
    mandate_id: str | None = None
    country: str | None = None
    transfer_type: str | None = None

    def __attrs_post_init__(self) -> None:
        _validate_optional_fields(
            self,
            {
                "iban": ("bank_account.iban", check_iban),
                "bic": ("bank_account.bic", check_bic),
                "account_number": ("bank_account.account_number", check_text),
                "routing_number": ("bank_account.routing_number", check_text),
                "account_type": ("bank_account.account_type", check_text),
                "holder": ("bank_account.holder", check_name),
                "bank_name": ("bank_account.bank_name", check_text),
                "bank_account_name": ("bank_account.bank_account_name", check_text),
                "bank_account_number": ("bank_account.bank_account_number", check_text),
                "bank_ifsc": ("bank_account.bank_ifsc", check_text),
                "bank_code": ("bank_account.bank_code", check_text),
                "branch_name": ("bank_account.branch_name", check_text),
                "branch_code": ("bank_account.branch_code", check_text),
                "check_number": ("bank_account.check_number", check_text),
                "mandate_id": ("bank_account.mandate_id", check_text),
                "country": ("bank_account.country", check_country),
                "transfer_type": ("bank_account.transfer_type", check_text),
            },
        )

    def __repr__(self) -> str:
        masked = {"iban", "account_number", "bank_account_number"}
        parts = []
        for field in attrs.fields(BankAccount):
            value = getattr(self, field.name)
            if value is None:
                continue
            shown = mask_account(value) if field.name in masked else value
            parts.append(f"{field.name}={shown!r}")
        return f"BankAccount({', '.join(parts)})"


# --- redirect ---------------------------------------------------------------------------------------------

_ParameterInput = Mapping[str, str] | Iterable[tuple[str, str]]


def _parameters(value: _ParameterInput) -> tuple[tuple[str, str], ...]:
    items = value.items() if isinstance(value, Mapping) else value
    return tuple((str(name), str(val)) for name, val in items)


def _method(value: str) -> str:
    method = value.strip().upper()
    if method not in ("GET", "POST"):
        raise ValidationError("redirect.method", "must be GET or POST")
    return method


def _is_web_url(url: str) -> bool:
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.scheme.lower() in ("http", "https") and bool(parts.hostname)


@attrs.frozen(kw_only=True, repr=False)
class Redirect:
    """Where to send the customer's browser next (3-D Secure or an asynchronous method), reference §6.3.

    ``parameters`` are posted as hidden form fields, in order. Render with :meth:`to_html_form`.
    """

    url: str
    method: str = attrs.field(default="POST", converter=_method)
    target: str | None = None
    parameters: tuple[tuple[str, str], ...] = attrs.field(default=(), converter=_parameters)

    def __attrs_post_init__(self) -> None:
        # The URL ends up in a form action or a refresh header: only web URLs, never javascript: or data:.
        if not _is_web_url(self.url):
            raise ValidationError("redirect.url", "must be an absolute http or https URL")

    def __repr__(self) -> str:
        names = [name for name, _ in self.parameters]
        head = f"Redirect(url={self.url!r}, method={self.method!r}, target={self.target!r}"
        return f"{head}, parameters={names!r})"

    @classmethod
    def from_model(cls, instruction: RedirectInstruction | Unset | None) -> Redirect | None:
        """Build from an answer's ``redirect``; ``None`` when there is none or it has no URL.

        Parameters may be a list of ``{name, value}`` objects, a single such object, a plain object of
        fields, or sit under another key (builds that use the server's Java field names, reference §11.6).
        Raises :class:`UnexpectedResponseError` when the URL is not an http(s) URL.
        """
        found = first(instruction)
        url = text(found.url) if found is not None else None
        if found is None or not url:
            return None
        if not _is_web_url(url):
            raise UnexpectedResponseError("the redirect URL is not an absolute http or https URL")
        method = (text(found.method) or "POST").strip().upper()
        return cls(
            url=url,
            method=method if method in ("GET", "POST") else "POST",
            target=text(found.target),
            parameters=redirect_parameters(found),
        )

    def to_html_form(self, *, nonce: str | None = None) -> str:
        """Render an HTML page that sends the browser on: an auto-submitting form, or a plain redirect.

        With no parameters the browser is redirected to ``url`` (meta refresh plus a link). ``nonce`` is
        put on the inline script for a Content-Security-Policy. ``target`` is not rendered: the docs'
        ``"blank"`` would open a popup that browsers block.
        """
        import html  # on first use: html.entities is a large table

        esc = html.escape
        url = esc(self.url, quote=True)
        nonce_attr = f' nonce="{esc(nonce, quote=True)}"' if nonce else ""
        head = '<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>Redirecting</title>'
        if not self.parameters:
            return (
                f'{head}<meta http-equiv="refresh" content="0;url={url}"></head>\n'
                f'<body><p><a href="{url}">Continue</a></p></body></html>\n'
            )
        fields = "\n".join(
            f'<input type="hidden" name="{esc(name, quote=True)}" value="{esc(value, quote=True)}">'
            for name, value in self.parameters
        )
        return (
            f"{head}</head>\n<body>\n"
            f'<form id="transaction-services-redirect" method="{self.method.lower()}" action="{url}">\n'
            f"{fields}\n"
            '<noscript><button type="submit">Continue</button></noscript>\n'
            "</form>\n"
            f'<script{nonce_attr}>document.getElementById("transaction-services-redirect").submit();</script>\n'
            "</body></html>\n"
        )


# --- results ----------------------------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class CardInfo:
    """The masked card the gateway reports: BIN, last four digits, holder, expiry."""

    bin: str | None = None
    last4: str | None = None
    holder: str | None = None
    expiry_month: str | None = None
    expiry_year: str | None = None
    brand: str | None = None

    @classmethod
    def from_model(cls, card: CardDetails | Unset | None) -> CardInfo | None:
        """Build from an answer's ``card`` (every spelling the contract declares); ``None`` if it says nothing."""
        found = first(card)
        if found is None:
            return None
        info = cls(
            bin=text(found.bin_, found.firstsix),
            last4=text(found.last_4_digits, found.last_four_digits, found.lastfour),
            holder=text(found.holder, found.cardholder),
            expiry_month=text(found.expiry_month),
            expiry_year=text(found.expiry_year),
            brand=text(found.card_type, found.payment_brand),
        )
        return None if info == _NO_CARD else info


_NO_CARD = CardInfo()


class _State(NamedTuple):
    """What a payment and a payout read alike from an answer: identity, statuses, result, money, time."""

    payment_id: str | None
    merchant_transaction_id: str | None
    status: str | None
    transaction_status: str | None
    result_code: str | None
    result_description: str | None
    amount: Decimal | None
    currency: str | None
    timestamp: datetime | None
    remark: str | None

    @classmethod
    def read(cls, model: GatewayResponse, tz: tzinfo) -> _State:
        """The state fields of ``model``; timestamps in ``tz``."""
        return cls(
            payment_id=payment_id(model),
            merchant_transaction_id=text(model.merchant_transaction_id),
            status=text(model.status),
            transaction_status=text(model.transaction_status),
            result_code=result_code(model),
            result_description=result_description(model),
            amount=money(model.amount),
            currency=text(model.currency),
            timestamp=parse_gateway_timestamp(text(model.timestamp), tz),
            remark=text(model.remark),
        )

    def outcome(self, *, has_redirect: bool) -> Outcome:
        """The outcome the statuses and the result code give."""
        return derive_outcome(self.transaction_status, self.status, self.result_code, has_redirect)


@attrs.frozen(kw_only=True)
class Payment:
    """The state of a payment as the gateway reported it; a decline is a ``Payment``, not an exception."""

    payment_id: str | None
    merchant_transaction_id: str | None = None
    outcome: Outcome
    status: str | None = None
    """Long status (``capturesuccess``, ``authsuccessful``...), present on inquiries."""
    transaction_status: str | None = None
    """Short status (``Y``, ``N``, ``P``, ``C``, ``3D``)."""
    result_code: str | None = None
    result_description: str | None = None
    amount: Decimal | None = None
    currency: str | None = None
    registration_id: str | None = None
    redirect: Redirect | None = None
    card: CardInfo | None = None
    timestamp: datetime | None = None
    payment_type: str | None = None
    payment_brand: str | None = None
    payment_mode: str | None = None
    descriptor: str | None = None
    remark: str | None = None
    raw: GatewayResponse | None = attrs.field(default=None, repr=False, eq=False)
    """The generated model the answer was parsed into (every field the gateway sent)."""

    @property
    def is_final(self) -> bool:
        """Whether the outcome is final (not pending, no redirect outstanding)."""
        return self.outcome.is_final

    @property
    def approved(self) -> bool:
        """Whether the payment was authorized or captured."""
        return self.outcome is Outcome.APPROVED

    @classmethod
    def from_model(
        cls,
        model: GatewayResponse,
        *,
        tz: tzinfo,
        payment_id: str | None = None,
        merchant_transaction_id: str | None = None,
        amount: Decimal | None = None,
        currency: str | None = None,
        on_success: Outcome | None = None,
    ) -> Payment:
        """Build from a payment, follow-up or inquiry answer; timestamps in ``tz``.

        The keywords are what the request said, used where the answer is silent. Follow-up answers carry
        only a result code (``00006`` "Transaction cancelled successfully"), no status: ``on_success``
        names the outcome such a success means for that operation.
        """
        state = _State.read(model, tz)
        redirect = Redirect.from_model(model.redirect)
        outcome = state.outcome(has_redirect=redirect is not None)
        bare = state.status is None and state.transaction_status is None
        if on_success is not None and bare and is_success_code(state.result_code):
            outcome = on_success
        return cls(
            payment_id=state.payment_id or payment_id,
            merchant_transaction_id=state.merchant_transaction_id or merchant_transaction_id,
            outcome=outcome,
            status=state.status,
            transaction_status=state.transaction_status,
            result_code=state.result_code,
            result_description=state.result_description,
            amount=state.amount if state.amount is not None else amount,
            currency=state.currency or currency,
            registration_id=filled(model.registration_id),
            redirect=redirect,
            card=CardInfo.from_model(model.card),
            timestamp=state.timestamp,
            payment_type=text(model.payment_type),
            payment_brand=text(model.payment_brand),
            payment_mode=text(model.payment_mode),
            descriptor=text(model.descriptor),
            remark=state.remark,
            raw=model,
        )


@attrs.frozen(kw_only=True)
class Payout:
    """The state of a payout (to a card, a bank account or a wallet)."""

    payment_id: str | None
    merchant_transaction_id: str | None = None
    outcome: Outcome
    status: str | None = None
    transaction_status: str | None = None
    result_code: str | None = None
    result_description: str | None = None
    amount: Decimal | None = None
    currency: str | None = None
    timestamp: datetime | None = None
    remark: str | None = None
    raw: GatewayResponse | None = attrs.field(default=None, repr=False, eq=False)
    """The generated model the answer was parsed into."""

    @property
    def is_final(self) -> bool:
        """Whether the outcome is final."""
        return self.outcome.is_final

    @property
    def approved(self) -> bool:
        """Whether the payout succeeded."""
        return self.outcome is Outcome.APPROVED

    @classmethod
    def from_model(
        cls,
        model: GatewayResponse,
        *,
        tz: tzinfo,
        merchant_transaction_id: str | None = None,
        amount: Decimal | None = None,
    ) -> Payout:
        """Build from a ``/payout`` answer or a payout inquiry; the keywords fill what the answer leaves out."""
        state = _State.read(model, tz)
        return cls(
            payment_id=state.payment_id,
            merchant_transaction_id=state.merchant_transaction_id or merchant_transaction_id,
            outcome=state.outcome(has_redirect=False),
            status=state.status,
            transaction_status=state.transaction_status,
            result_code=state.result_code,
            result_description=state.result_description,
            amount=state.amount if state.amount is not None else amount,
            currency=state.currency,
            timestamp=state.timestamp,
            remark=state.remark,
            raw=model,
        )


@attrs.frozen(kw_only=True)
class Registration:
    """A stored card or bank account (a token, ``registrationId``)."""

    registration_id: str
    kind: Literal["card", "bank_account"]
    card: CardInfo | None = None
    iban: str | None = None
    """The IBAN as the gateway reports it (masked, ``******************7890``)."""
    bic: str | None = None
    status: str | None = None
    """``registrationStatus`` (``Y`` when active)."""
    customer_id: str | None = None
    payment_brand: str | None = None
    payment_mode: str | None = None
    result_code: str | None = None
    result_description: str | None = None
    timestamp: datetime | None = None
    raw: GatewayResponse | CardDetails | BankAccountDetails | None = attrs.field(default=None, repr=False, eq=False)
    """The generated model it was read from: the answer, or the list item."""

    @classmethod
    def from_model(cls, model: GatewayResponse, *, tz: tzinfo) -> Registration:
        """Build from a ``/registrations`` answer (or a payment answer that created a token)."""
        registration_id = filled(model.registration_id)
        if registration_id is None:
            raise UnexpectedResponseError("the response carries no registrationId")
        bank = first(model.bank_account)
        mode = (text(model.payment_mode) or "").upper()
        return cls(
            registration_id=registration_id,
            kind="bank_account" if bank is not None or mode in ("SEPA", "ACH", "ECHECK") else "card",
            card=CardInfo.from_model(model.card),
            iban=text(bank.iban) if bank is not None else None,
            bic=text(bank.bic) if bank is not None else None,
            status=text(model.registration_status),
            customer_id=text(model.customer_id),
            payment_brand=text(model.payment_brand),
            payment_mode=text(model.payment_mode),
            result_code=result_code(model),
            result_description=result_description(model),
            timestamp=parse_gateway_timestamp(text(model.timestamp), tz),
            raw=model,
        )

    @classmethod
    def list_from_model(cls, model: GatewayResponse) -> list[Registration]:
        """Build the list of a ``/getCardsAndAccounts`` answer; items without a token are skipped.

        REST builds wrap the lists (``cards.card``, ``bankaccounts.bankaccount``); Gson-serialized ones
        use the Java field names (``listOfCards``, ``listOfAccounts``). Either may be a lone object.
        """
        customer_id = text(model.customer_id)
        cards, accounts = first(model.cards), first(model.bankaccounts)
        registrations: list[Registration] = []
        for card in items(cards.card) if cards is not None else items(model.list_of_cards):
            token = filled(card.registration_id)
            if token is not None:
                registrations.append(
                    cls(
                        registration_id=token,
                        kind="card",
                        card=CardInfo.from_model(card),
                        status=text(card.registration_status),
                        customer_id=text(card.customer_id) or customer_id,
                        payment_brand=text(card.card_type, card.payment_brand),
                        raw=card,
                    )
                )
        for account in items(accounts.bankaccount) if accounts is not None else items(model.list_of_accounts):
            token = filled(account.registration_id)
            if token is not None:
                registrations.append(
                    cls(
                        registration_id=token,
                        kind="bank_account",
                        iban=text(account.iban),
                        bic=text(account.bic),
                        status=text(account.registration_status),
                        customer_id=text(account.customer_id) or customer_id,
                        raw=account,
                    )
                )
        return registrations


@attrs.frozen(kw_only=True)
class Invoice:
    """A payment invoice (pay link) of the invoice service."""

    invoice_id: str | None
    merchant_invoice_id: str | None = None
    amount: Decimal | None = None
    currency: str | None = None
    status: str | None = None
    """``invoiceStatus``: ``generated``, ``mailsent``, ``processed``, ``cancelled``..."""
    pay_url: str | None = None
    created: datetime | None = None
    result_code: str | None = None
    result_description: str | None = None
    raw: InvoiceResponse | InvoiceDetails | None = attrs.field(default=None, repr=False, eq=False)
    """The generated model it was read from: the answer, or the list item."""

    @classmethod
    def from_model(cls, model: InvoiceResponse, *, tz: tzinfo, invoice_id: str | None = None) -> Invoice:
        """Build from an invoice answer (its ``invoiceDetails``); ``invoice_id`` (the request's) fills a missing id."""
        return cls._read(
            first(model.invoice_details),
            tz=tz,
            invoice_id=invoice_id,
            result=(result_code(model), result_description(model)),
            raw=model,
        )

    @classmethod
    def list_from_model(cls, model: InvoiceResponse, *, tz: tzinfo) -> list[Invoice]:
        """Build the items of ``invoiceList``: an array, a single item, or an object of items."""
        return [cls._read(details, tz=tz, raw=details) for details in invoice_items(model.invoice_list)]

    @classmethod
    def _read(
        cls,
        details: InvoiceDetails | None,
        *,
        tz: tzinfo,
        raw: InvoiceResponse | InvoiceDetails,
        invoice_id: str | None = None,
        result: tuple[str | None, str | None] = (None, None),
    ) -> Invoice:
        if details is None:
            return cls(invoice_id=invoice_id, result_code=result[0], result_description=result[1], raw=raw)
        created_date = text(details.created_date)
        created_time = text(details.created_time)
        created_text = f"{created_date} {created_time or ''}" if created_date else text(details.dtstamp)
        return cls(
            invoice_id=text(details.system_invoice_id, details.invoice_id, details.invoiceid) or invoice_id,
            merchant_invoice_id=text(details.merchant_invoice_id),
            amount=money(details.amount),
            currency=text(details.currency),
            status=text(details.invoice_status, details.status),
            pay_url=text(details.transaction_url),
            created=parse_gateway_timestamp(created_text, tz),
            result_code=result[0],
            result_description=result[1],
            raw=raw,
        )


@attrs.frozen(kw_only=True)
class Transaction:
    """One item of the transaction list (``getTransactionList``)."""

    payment_id: str | None
    merchant_transaction_id: str | None = None
    status: str | None = None
    """Long status, e.g. ``capturesuccess`` (carried in the item's ``transactionStatus``)."""
    outcome: Outcome
    amount: Decimal | None = None
    currency: str | None = None
    captured_amount: Decimal | None = None
    refunded_amount: Decimal | None = None
    chargeback_amount: Decimal | None = None
    payout_amount: Decimal | None = None
    date: datetime | None = None
    card: CardInfo | None = None
    remark: str | None = None
    raw: TransactionSummary | None = attrs.field(default=None, repr=False, eq=False)
    """The generated list item it was read from."""

    @classmethod
    def from_model(cls, item: TransactionSummary, *, tz: tzinfo) -> Transaction:
        """Build from one list item."""
        status = text(item.transaction_status, item.status)
        return cls(
            payment_id=payment_ref(item.system_payment_id, item.payment_id, item.trackingid),
            merchant_transaction_id=text(item.merchant_transaction_id),
            status=status,
            outcome=derive_outcome(None, status, None, False),
            amount=money(item.amount),
            currency=text(item.currency),
            captured_amount=money(item.captureamount),
            refunded_amount=money(item.refundamount),
            chargeback_amount=money(item.chargebackamount),
            payout_amount=money(item.payoutamount),
            date=parse_gateway_timestamp(text(item.date, item.transaction_date), tz),
            card=CardInfo.from_model(item.card),
            remark=text(item.remark),
            raw=item,
        )

    @classmethod
    def list_from_model(cls, model: GatewayResponse, *, tz: tzinfo) -> list[Transaction]:
        """Build the items of a ``getTransactionList`` answer (``transaction`` or ``transactionList``)."""
        listed = items(model.transaction) or items(model.transaction_list)
        return [cls.from_model(item, tz=tz) for item in listed]


@attrs.frozen(kw_only=True)
class Notification:
    """A verified server-to-server notification (reference §7.1); build it with ``parse_notification``.

    Only ``payment_id``, ``merchant_transaction_id``, ``amount`` and ``signed_status`` are covered by the
    checksum, and ``outcome`` is derived from ``signed_status`` alone. Every ``unverified_*`` field (and
    ``raw``) could have been changed by anyone on the way without breaking the checksum: never decide on
    them. Confirm with ``gateway.confirm(notification)`` (one inquiry) before fulfilment; a
    notification may also arrive twice.
    """

    payment_id: str
    merchant_transaction_id: str | None
    amount: Decimal | None
    amount_text: str
    """The amount exactly as received (JPY notifications carry integers, e.g. ``"1500"``)."""
    signed_status: str
    """The status the checksum covers: the short ``transactionStatus`` (``Y``, ``N``, ``P``, ``C``), or the
    long ``status`` when the notification was signed with it."""
    outcome: Outcome
    unverified_status: str | None = None
    """The other status field (usually the long one, e.g. ``capturesuccess``): not covered, only a hint."""
    unverified_currency: str | None = None
    unverified_result_code: str | None = None
    unverified_result_description: str | None = None
    unverified_card: CardInfo | None = None
    unverified_timestamp: datetime | None = None
    unverified_fields: frozenset[str] = frozenset()
    """Names of the received fields the checksum does not cover."""
    raw: Mapping[str, object] = attrs.field(factory=dict, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class RedirectReturn:
    """A verified browser return to ``merchantRedirectUrl`` (reference §7.2), from ``parse_redirect``.

    ``payment_id``, ``merchant_transaction_id``, ``amount`` and ``status`` are covered by the checksum and
    ``outcome`` comes from ``status`` alone; the ``unverified_*`` fields are not covered. Use it to show
    the customer a page only; confirm with ``gateway.confirm(redirect_return)`` before fulfilment.
    """

    payment_id: str
    merchant_transaction_id: str | None
    amount: Decimal | None
    amount_text: str
    status: str
    """Short status of the form: ``Y``, ``N`` or ``P`` (signed)."""
    outcome: Outcome
    unverified_currency: str | None = None
    unverified_registration_id: str | None = None
    unverified_result_code: str | None = None
    unverified_result_description: str | None = None
    unverified_fields: frozenset[str] = frozenset()
    """Names of the received fields the checksum does not cover."""
    raw: Mapping[str, str] = attrs.field(factory=dict, repr=False, eq=False)
