"""Verification and parsing of the gateway's callbacks, and signed samples for merchants' tests.

Two things come back after a payment that did not finish synchronously (reference §7):

- the server-to-server **notification** POSTed to ``notificationUrl`` (JSON, checksum C-NOTIFY);
- the customer's **browser return** to ``merchantRedirectUrl`` (form fields, checksum C-REDIRECT).

:func:`parse_notification` and :func:`parse_redirect` verify the checksum in constant time before
anything else is read, and raise :class:`SignatureError` when the callback cannot be authenticated.
The outcome comes only from the status the checksum covers; every other field is exposed as
``unverified_*`` (and listed in ``unverified_fields``). Neither replaces a status inquiry before
fulfilment: ``gateway.confirm(notification)`` does it in one call.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import UTC, tzinfo
from decimal import Decimal
from urllib.parse import parse_qsl, urlsplit

from ._payload import money, text
from ._timestamps import parse_gateway_timestamp
from ._validation import format_amount
from .errors import SignatureError, ValidationError
from .models import _LONG_STATUSES, CardInfo, Notification, Outcome, RedirectReturn, derive_outcome
from .signing import notification_checksum, redirect_checksum, verify_checksum

__all__ = ["parse_notification", "parse_redirect", "sign_notification", "sign_redirect"]

# Long status written by sign_notification when none is given (reference §8.4).
_LONG_FOR_SHORT = {"Y": "capturesuccess", "N": "authfailed", "P": "authstarted", "C": "cancelled"}
_RESULT_FOR_SHORT = {
    "Y": ("00001", "Transaction succeeded"),
    "N": ("10001", "Transaction declined by authorization system."),
    "P": ("10004", "Transaction is pending"),
    "C": ("00006", "Transaction cancelled successfully"),
}
_LONG_STATUS_NAMES = frozenset(_LONG_STATUSES)
_NOTIFICATION_SIGNED_KEYS = frozenset(
    {"paymentId", "merchantTransactionId", "amount", "transactionStatus", "status", "checksum", "currency"}
)
_REDIRECT_SIGNED_KEYS = frozenset(
    {"paymentId", "trackingid", "merchantTransactionId", "desc", "amount", "status", "checksum", "currency"}
)


def _require_key(secure_key: str) -> None:
    # An empty key would make every checksum computable by anyone.
    if not isinstance(secure_key, str) or not secure_key:
        raise ValidationError("secure_key", "must be a non-empty string")


def _decode(raw: bytes | str, what: str) -> str:
    if isinstance(raw, bytes):
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            raise SignatureError(f"the {what} is not valid UTF-8") from None
    return raw


def _form_fields(body: str) -> dict[str, object]:
    return dict(parse_qsl(body.lstrip("?"), keep_blank_values=True))


def _notification_fields(raw_body: bytes | str | Mapping[str, object]) -> Mapping[str, object]:
    if isinstance(raw_body, Mapping):
        return raw_body
    body = _decode(raw_body, "notification body").strip()
    if body.startswith("{"):
        try:
            # Numbers are kept as their source text: a JSON 1500 or 1.00 must hash as "1500" or "1.00".
            parsed = json.loads(body, parse_float=str, parse_int=str)
        except ValueError:
            raise SignatureError("the notification body is not valid JSON") from None
        if not isinstance(parsed, dict):
            raise SignatureError("the notification body is not a JSON object")
        return parsed
    return _form_fields(body)


def _group(fields: Mapping[str, object], group: str) -> Mapping[str, object]:
    # JSON bodies nest ("card": {"bin": ...}); form bodies are flat ("card.bin").
    nested = fields.get(group)
    if isinstance(nested, Mapping):
        return nested
    prefix = f"{group}."
    return {key[len(prefix) :]: value for key, value in fields.items() if key.startswith(prefix)}


def _card(fields: Mapping[str, object]) -> CardInfo | None:
    # The notification's card is the contract's CardDetails: the generated model knows every spelling.
    from transaction_services_api.models import CardDetails

    return CardInfo.from_model(CardDetails.from_dict(_group(fields, "card")))


# The outcomes a long status may show beside each signed short status without contradicting it.
_COMPATIBLE = {
    "Y": frozenset({Outcome.APPROVED, Outcome.REFUNDED, Outcome.CHARGEBACK, Outcome.CANCELLED}),
    "N": frozenset({Outcome.DECLINED}),
    "P": frozenset({Outcome.PENDING, Outcome.REDIRECT}),
    "3D": frozenset({Outcome.PENDING, Outcome.REDIRECT}),
    "C": frozenset({Outcome.CANCELLED}),
}


def _signed_outcome(signed: str) -> Outcome:
    """The outcome one status value gives on its own (short or long), with no other field consulted."""
    return derive_outcome(signed, None, None, False)


def _contradicts(signed: str, other: str | None) -> bool:
    """Whether the uncovered status says something the signed one does not (a forged APPROVED)."""
    if other is None or not other.strip():
        return False
    signed_short = signed.strip().upper()
    other_clean = other.strip()
    if signed_short in _COMPATIBLE:
        if other_clean.upper() in _COMPATIBLE:
            return other_clean.upper() != signed_short
        known = other_clean.lower() in _LONG_STATUS_NAMES
        return known and _signed_outcome(other_clean) not in _COMPATIBLE[signed_short]
    # Signed with the long status: a short status beside it must agree with it.
    if other_clean.upper() in _COMPATIBLE:
        return _signed_outcome(signed) not in _COMPATIBLE[other_clean.upper()]
    return False


def parse_notification(
    raw_body: bytes | str | Mapping[str, object], secure_key: str, *, tz: tzinfo = UTC
) -> Notification:
    """Verify a notification's C-NOTIFY checksum in constant time, then return it as a :class:`Notification`.

    Accepts the raw JSON body, a form-encoded body, or an already decoded mapping. The checksum is
    computed over ``paymentId|merchantTransactionId|amount|transactionStatus|secureKey`` with every
    value exactly as received; if that does not match, the long ``status`` is tried in place of the
    short one (reference §7.1 step 3). The outcome comes from the status that matched, alone; a
    notification whose other status contradicts it is rejected. ``tz`` is the gateway's zone for the
    (unverified) ``timestamp``.

    Raises:
        SignatureError: the checksum is missing or wrong, the statuses contradict each other, or the body
            cannot be parsed.
        ValidationError: ``secure_key`` is empty.
    """
    _require_key(secure_key)
    fields = _notification_fields(raw_body)
    received = text(fields.get("checksum"))
    id_key = "paymentId" if text(fields.get("paymentId")) else "trackingid"
    payment_id = text(fields.get(id_key))
    if not received or not payment_id:
        raise SignatureError("the notification carries no checksum or no paymentId")
    merchant_transaction_id = text(fields.get("merchantTransactionId"))
    amount_text = text(fields.get("amount")) or ""
    short_status = text(fields.get("transactionStatus"))
    long_status = text(fields.get("status"))
    candidates = [("transactionStatus", short_status), ("status", long_status)]
    signed_key: str | None = None
    for key, status in candidates:
        if status is None:
            continue
        expected = notification_checksum(payment_id, merchant_transaction_id or "", amount_text, status, secure_key)
        # Every candidate is compared, so the time taken does not reveal which one matched.
        if verify_checksum(expected, received) and signed_key is None:
            signed_key = key
    if signed_key is None:
        raise SignatureError("the notification checksum does not match", payment_id=payment_id)
    signed_status = short_status if signed_key == "transactionStatus" else long_status
    other_status = long_status if signed_key == "transactionStatus" else short_status
    if signed_status is None:  # unreachable: a matched candidate has a value
        raise SignatureError("the notification checksum does not match", payment_id=payment_id)
    if _contradicts(signed_status, other_status):
        raise SignatureError(
            "the notification's unsigned status contradicts the signed one: rejected as forged", payment_id=payment_id
        )
    result = _group(fields, "result")
    code = text(result.get("code"))
    signed_keys = {id_key, "merchantTransactionId", "amount", signed_key, "checksum"}
    return Notification(
        payment_id=payment_id,
        merchant_transaction_id=merchant_transaction_id,
        amount=money(amount_text),
        amount_text=amount_text,
        signed_status=signed_status,
        outcome=_signed_outcome(signed_status),
        unverified_status=other_status,
        unverified_currency=text(fields.get("currency")),
        unverified_result_code=code.strip() if code else None,
        unverified_result_description=text(result.get("description")),
        unverified_card=_card(fields),
        unverified_timestamp=parse_gateway_timestamp(text(fields.get("timestamp")), tz),
        unverified_fields=frozenset(str(key) for key in fields if key not in signed_keys),
        raw=dict(fields),
    )


def _redirect_fields(fields: Mapping[str, object] | str | bytes) -> dict[str, str]:
    if isinstance(fields, Mapping):
        flat: dict[str, str] = {}
        for key, value in fields.items():
            # Web frameworks hand multi-value form fields over as lists: take the first value.
            if isinstance(value, list | tuple):
                value = value[0] if value else ""
            found = text(value)
            if found is not None:
                flat[str(key)] = found
        return flat
    body = _decode(fields, "redirect body").strip()
    if "://" in body:
        body = urlsplit(body).query
    return {key: str(value) for key, value in _form_fields(body).items()}


def parse_redirect(fields: Mapping[str, object] | str | bytes, secure_key: str) -> RedirectReturn:
    """Verify a browser return's C-REDIRECT checksum in constant time, then return a :class:`RedirectReturn`.

    Accepts the posted form fields as a mapping, a form body or query string (``a=1&b=2``), or the
    full return URL of a ``GET`` return. The checksum covers
    ``paymentId|merchantTransactionId|amount|status|secureKey`` with the short status of the form.

    Raises:
        SignatureError: the checksum is missing or wrong, or the fields cannot be parsed.
        ValidationError: ``secure_key`` is empty.
    """
    _require_key(secure_key)
    flat = _redirect_fields(fields)
    received = flat.get("checksum")
    id_key = "paymentId" if flat.get("paymentId") else "trackingid"
    payment_id = flat.get(id_key)
    if not received or not payment_id:
        raise SignatureError("the redirect carries no checksum or no paymentId")
    reference_key = "merchantTransactionId" if "merchantTransactionId" in flat else "desc"
    merchant_transaction_id = flat.get(reference_key)
    amount_text = flat.get("amount", "")
    status = flat.get("status", "")
    expected = redirect_checksum(payment_id, merchant_transaction_id or "", amount_text, status, secure_key)
    if not verify_checksum(expected, received):
        raise SignatureError("the redirect checksum does not match", payment_id=payment_id)
    signed_keys = {id_key, reference_key, "amount", "status", "checksum"}
    return RedirectReturn(
        payment_id=payment_id,
        merchant_transaction_id=merchant_transaction_id,
        amount=money(amount_text),
        amount_text=amount_text,
        status=status,
        outcome=_signed_outcome(status),
        unverified_currency=flat.get("currency"),
        unverified_registration_id=flat.get("registrationId") or flat.get("token") or None,
        unverified_result_code=flat.get("resultCode"),
        unverified_result_description=flat.get("resultDescription"),
        unverified_fields=frozenset(key for key in flat if key not in signed_keys),
        raw=flat,
    )


def _amount_text(amount: str | Decimal) -> str:
    # A string is signed as given (JPY notifications carry integers); a Decimal gets two decimals.
    return amount if isinstance(amount, str) else format_amount(amount)


def _check_extra(extra: Mapping[str, object], signed: frozenset[str]) -> None:
    clash = sorted(signed.intersection(extra))
    if clash:
        raise ValueError(f"pass signed fields as parameters, not as extra fields: {', '.join(clash)}")


def sign_notification(
    *,
    payment_id: str,
    merchant_transaction_id: str,
    amount: str | Decimal,
    transaction_status: str = "Y",
    status: str | None = None,
    secure_key: str,
    currency: str = "EUR",
    **extra: object,
) -> str:
    """Return a signed notification JSON body, as the gateway would POST it, for merchants' own tests.

    ``status`` (long) defaults to one matching the short ``transaction_status`` (``Y`` ->
    ``capturesuccess``, ``N`` -> ``authfailed``, ``P`` -> ``authstarted``, ``C`` -> ``cancelled``).
    ``extra`` adds or overrides unsigned fields by their gateway names (``paymentBrand="VISA"``,
    ``result={...}``); signed fields cannot be passed there.
    """
    _require_key(secure_key)
    _check_extra(extra, _NOTIFICATION_SIGNED_KEYS)
    amount_text = _amount_text(amount)
    code, description = _RESULT_FOR_SHORT.get(transaction_status, ("00001", "Transaction succeeded"))
    body: dict[str, object] = {
        "paymentId": payment_id,
        "status": status if status is not None else _LONG_FOR_SHORT.get(transaction_status, "begun"),
        "transactionStatus": transaction_status,
        "amount": amount_text,
        "currency": currency,
        "merchantTransactionId": merchant_transaction_id,
        "result": {"code": code, "description": description},
    }
    body.update(extra)
    body["checksum"] = notification_checksum(
        payment_id, merchant_transaction_id, amount_text, transaction_status, secure_key
    )
    return json.dumps(body, separators=(",", ":"))


def sign_redirect(
    *,
    payment_id: str,
    merchant_transaction_id: str,
    amount: str | Decimal,
    status: str = "Y",
    secure_key: str,
    currency: str = "EUR",
    **extra: str,
) -> dict[str, str]:
    """Return signed browser-return form fields, as the gateway would post them, for merchants' own tests."""
    _require_key(secure_key)
    _check_extra(extra, _REDIRECT_SIGNED_KEYS)
    amount_text = _amount_text(amount)
    code, description = _RESULT_FOR_SHORT.get(status, ("00001", "Transaction succeeded"))
    fields = {
        "trackingid": payment_id,
        "paymentId": payment_id,
        "desc": merchant_transaction_id,
        "merchantTransactionId": merchant_transaction_id,
        "amount": amount_text,
        "currency": currency,
        "status": status,
        "resultCode": code,
        "resultDescription": description,
    }
    fields.update(extra)
    fields["checksum"] = redirect_checksum(payment_id, merchant_transaction_id, amount_text, status, secure_key)
    return fields
