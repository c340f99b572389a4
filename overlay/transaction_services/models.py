"""Handwritten input and result types of the overlay.

Inputs (:class:`Card`, :class:`Customer`, :class:`BankAccount`) validate on construction and raise
:class:`~transaction_services.ValidationError` before any I/O. Results (:class:`Payment`,
:class:`Payout`, :class:`Registration`, :class:`Invoice`, :class:`Transaction`, :class:`Notification`,
:class:`RedirectReturn`) are built leniently from gateway payloads (reference §11) and keep the parsed
payload in ``raw``, which is left out of ``repr`` and equality. No ``repr`` or ``str`` shows a full card
number, a CVV, a full IBAN or account number, or a secret.

All classes are frozen ``attrs`` classes with slots.
"""

from __future__ import annotations

import enum
import html
from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime, tzinfo
from decimal import Decimal
from typing import Any, Literal
from urllib.parse import urlsplit

import attrs

from ._payload import as_list, get_mapping, get_str, is_success_code, parse_decimal
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
    def from_payload(cls, payload: object) -> Redirect | None:
        """Build from a response's ``redirect`` object; ``None`` when there is no URL.

        Parameters may be a list of ``{name, value}`` objects, a single such object, or sit under any
        other list-valued key (builds that use the server's Java field names, reference §11.6).
        Raises :class:`UnexpectedResponseError` when the URL is not an http(s) URL.
        """
        if not isinstance(payload, Mapping):
            return None
        url = get_str(payload, "url")
        if not url:
            return None
        if not _is_web_url(url):
            raise UnexpectedResponseError("the redirect URL is not an absolute http or https URL")
        method = (get_str(payload, "method") or "POST").strip().upper()
        raw_parameters = payload.get("parameters")
        if raw_parameters is None:
            for key, value in payload.items():
                if key not in ("url", "method", "target") and isinstance(value, list | Mapping):
                    raw_parameters = value
                    break
        parameters: list[tuple[str, str]] = []
        for item in as_list(raw_parameters):
            if not isinstance(item, Mapping):
                continue
            name = get_str(item, "name")
            if name is not None:
                parameters.append((name, get_str(item, "value") or ""))
            elif "value" not in item:
                # A plain {"PaReq": "...", "MD": "..."} object: names are the keys.
                parameters.extend((str(k), v) for k, v in item.items() if isinstance(v, str))
        return cls(
            url=url,
            method=method if method in ("GET", "POST") else "POST",
            target=get_str(payload, "target"),
            parameters=parameters,
        )

    def to_html_form(self, *, nonce: str | None = None) -> str:
        """Render an HTML page that sends the browser on: an auto-submitting form, or a plain redirect.

        With no parameters the browser is redirected to ``url`` (meta refresh plus a link). ``nonce`` is
        put on the inline script for a Content-Security-Policy. ``target`` is not rendered: the docs'
        ``"blank"`` would open a popup that browsers block.
        """
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
    def from_payload(cls, payload: object) -> CardInfo | None:
        """Build from a ``card`` object (reads ``last4Digits`` or ``lastFourDigits``); ``None`` if absent."""
        if not isinstance(payload, Mapping) or not payload:
            return None
        return cls(
            bin=get_str(payload, "bin", "firstsix"),
            last4=get_str(payload, "last4Digits", "lastFourDigits", "lastfour"),
            holder=get_str(payload, "holder", "cardholder"),
            expiry_month=get_str(payload, "expiryMonth"),
            expiry_year=get_str(payload, "expiryYear"),
            brand=get_str(payload, "cardType", "paymentBrand"),
        )


def _result(payload: Mapping[str, object]) -> tuple[str | None, str | None]:
    result = get_mapping(payload, "result", "statusInvoiceResult")
    code = get_str(result, "code")
    return (code.strip() if code is not None else None), get_str(result, "description")


def _payment_id(payload: Mapping[str, object], *keys: str) -> str | None:
    value = get_str(payload, *keys)
    # "-" marks "no payment" on refusals (reference §6.5).
    return None if value in (None, "", "-") else value


def _state_fields(payload: Mapping[str, object], tz: tzinfo, *, has_redirect: bool) -> dict[str, Any]:
    """The fields a payment and a payout read alike from an answer: identity, statuses, outcome, money."""
    code, description = _result(payload)
    transaction_status = get_str(payload, "transactionStatus")
    status = get_str(payload, "status")
    return {
        "payment_id": _payment_id(payload, "paymentId", "trackingid"),
        "merchant_transaction_id": get_str(payload, "merchantTransactionId"),
        "outcome": derive_outcome(transaction_status, status, code, has_redirect),
        "status": status,
        "transaction_status": transaction_status,
        "result_code": code,
        "result_description": description,
        "amount": parse_decimal(payload.get("amount")),
        "currency": get_str(payload, "currency"),
        "timestamp": parse_gateway_timestamp(get_str(payload, "timestamp"), tz),
        "remark": get_str(payload, "remark"),
    }


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
    raw: object = attrs.field(default=None, repr=False, eq=False)

    @property
    def is_final(self) -> bool:
        """Whether the outcome is final (not pending, no redirect outstanding)."""
        return self.outcome.is_final

    @property
    def approved(self) -> bool:
        """Whether the payment was authorized or captured."""
        return self.outcome is Outcome.APPROVED

    @classmethod
    def from_payload(cls, payload: Mapping[str, object], *, tz: tzinfo, raw: object = None) -> Payment:
        """Build from a payment, follow-up or inquiry response body (already decoded JSON)."""
        redirect = Redirect.from_payload(payload.get("redirect"))
        return cls(
            **_state_fields(payload, tz, has_redirect=redirect is not None),
            registration_id=get_str(payload, "registrationId") or None,
            redirect=redirect,
            card=CardInfo.from_payload(payload.get("card")),
            payment_type=get_str(payload, "paymentType"),
            payment_brand=get_str(payload, "paymentBrand"),
            payment_mode=get_str(payload, "paymentMode"),
            descriptor=get_str(payload, "descriptor"),
            raw=payload if raw is None else raw,
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
    raw: object = attrs.field(default=None, repr=False, eq=False)

    @property
    def is_final(self) -> bool:
        """Whether the outcome is final."""
        return self.outcome.is_final

    @property
    def approved(self) -> bool:
        """Whether the payout succeeded."""
        return self.outcome is Outcome.APPROVED

    @classmethod
    def from_payload(cls, payload: Mapping[str, object], *, tz: tzinfo, raw: object = None) -> Payout:
        """Build from a ``/payout`` response or a payout inquiry."""
        return cls(
            **_state_fields(payload, tz, has_redirect=False),
            raw=payload if raw is None else raw,
        )


def _wrapped_items(payload: Mapping[str, object], wrapper: str, inner: str, java_name: str) -> list[object]:
    # REST responses wrap lists ("cards": {"card": [...]}); Gson-serialized ones use the Java field name
    # and may hold the list directly. Either list may be a single object (reference §6.1, §11.4).
    for key in (wrapper, java_name):
        value = payload.get(key)
        if isinstance(value, Mapping) and inner in value:
            return as_list(value[inner])
        if value is not None:
            return as_list(value)
    return []


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
    raw: object = attrs.field(default=None, repr=False, eq=False)

    @classmethod
    def from_payload(cls, payload: Mapping[str, object], *, tz: tzinfo, raw: object = None) -> Registration:
        """Build from a ``/registrations`` response (or a payment response that created a token)."""
        registration_id = get_str(payload, "registrationId")
        if not registration_id:
            raise UnexpectedResponseError("the response carries no registrationId")
        code, description = _result(payload)
        bank = get_mapping(payload, "bankAccount")
        mode = (get_str(payload, "paymentMode") or "").upper()
        is_bank = bank is not None or mode in ("SEPA", "ACH", "ECHECK")
        return cls(
            registration_id=registration_id,
            kind="bank_account" if is_bank else "card",
            card=CardInfo.from_payload(payload.get("card")),
            iban=get_str(bank, "iban"),
            bic=get_str(bank, "bic"),
            status=get_str(payload, "registrationStatus"),
            customer_id=get_str(payload, "customerId"),
            payment_brand=get_str(payload, "paymentBrand"),
            payment_mode=get_str(payload, "paymentMode"),
            result_code=code,
            result_description=description,
            timestamp=parse_gateway_timestamp(get_str(payload, "timestamp"), tz),
            raw=payload if raw is None else raw,
        )

    @classmethod
    def list_from_payload(cls, payload: Mapping[str, object]) -> list[Registration]:
        """Build the list of a ``/getCardsAndAccounts`` response (single objects and name variants too)."""
        customer_id = get_str(payload, "customerId")
        registrations: list[Registration] = []
        for item in _wrapped_items(payload, "cards", "card", "listOfCards"):
            if isinstance(item, Mapping) and get_str(item, "registrationId"):
                registrations.append(
                    cls(
                        registration_id=get_str(item, "registrationId") or "",
                        kind="card",
                        card=CardInfo.from_payload(item),
                        status=get_str(item, "registrationStatus"),
                        customer_id=get_str(item, "customerId") or customer_id,
                        payment_brand=get_str(item, "cardType"),
                        raw=item,
                    )
                )
        for item in _wrapped_items(payload, "bankaccounts", "bankaccount", "listOfAccounts"):
            if isinstance(item, Mapping) and get_str(item, "registrationId"):
                registrations.append(
                    cls(
                        registration_id=get_str(item, "registrationId") or "",
                        kind="bank_account",
                        iban=get_str(item, "iban"),
                        bic=get_str(item, "bic"),
                        status=get_str(item, "registrationStatus"),
                        customer_id=get_str(item, "customerId") or customer_id,
                        raw=item,
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
    raw: object = attrs.field(default=None, repr=False, eq=False)

    @classmethod
    def from_payload(cls, payload: Mapping[str, object], *, tz: tzinfo, raw: object = None) -> Invoice:
        """Build from an invoice response (with ``invoiceDetails``) or from one list item."""
        code, description = _result(payload)
        details = get_mapping(payload, "invoiceDetails") or payload
        created_date = get_str(details, "createdDate")
        created_time = get_str(details, "createdTime")
        created_text = f"{created_date} {created_time or ''}" if created_date else get_str(details, "dtstamp")
        return cls(
            invoice_id=get_str(details, "systemInvoiceId", "invoiceId", "invoiceid"),
            merchant_invoice_id=get_str(details, "merchantInvoiceId"),
            amount=parse_decimal(details.get("amount")),
            currency=get_str(details, "currency"),
            status=get_str(details, "invoiceStatus", "status"),
            pay_url=get_str(details, "transactionUrl"),
            created=parse_gateway_timestamp(created_text, tz),
            result_code=code,
            result_description=description,
            raw=payload if raw is None else raw,
        )

    @classmethod
    def list_from_payload(cls, payload: Mapping[str, object], *, tz: tzinfo) -> list[Invoice]:
        """Build the items of ``invoiceList``: an array, a single item, or a mapping of items."""
        container = payload.get("invoiceList")
        if isinstance(container, Mapping):
            is_item = any(key in container for key in ("systemInvoiceId", "invoiceId", "amount"))
            items = [container] if is_item else [v for value in container.values() for v in as_list(value)]
        else:
            items = as_list(container)
        return [cls.from_payload(item, tz=tz) for item in items if isinstance(item, Mapping)]


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
    raw: object = attrs.field(default=None, repr=False, eq=False)

    @classmethod
    def from_payload(cls, payload: Mapping[str, object], *, tz: tzinfo) -> Transaction:
        """Build from one list item."""
        status = get_str(payload, "transactionStatus", "status")
        return cls(
            payment_id=_payment_id(payload, "systemPaymentId", "paymentId", "trackingid"),
            merchant_transaction_id=get_str(payload, "merchantTransactionId"),
            status=status,
            outcome=derive_outcome(None, status, None, False),
            amount=parse_decimal(payload.get("amount")),
            currency=get_str(payload, "currency"),
            captured_amount=parse_decimal(payload.get("captureamount")),
            refunded_amount=parse_decimal(payload.get("refundamount")),
            chargeback_amount=parse_decimal(payload.get("chargebackamount")),
            payout_amount=parse_decimal(payload.get("payoutamount")),
            date=parse_gateway_timestamp(get_str(payload, "date", "transactionDate"), tz),
            card=CardInfo.from_payload(payload.get("card")),
            remark=get_str(payload, "remark"),
            raw=payload,
        )

    @classmethod
    def list_from_payload(cls, payload: Mapping[str, object], *, tz: tzinfo) -> list[Transaction]:
        """Build the items of a ``getTransactionList`` response (``transaction`` or ``transactionList``)."""
        container = payload.get("transaction", payload.get("transactionList"))
        return [cls.from_payload(item, tz=tz) for item in as_list(container) if isinstance(item, Mapping)]


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
