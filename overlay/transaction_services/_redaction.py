"""Masking of card data and secrets for reprs, error messages, logs and recorded cassettes.

Rules: a card number keeps its first six and last four digits (the PCI DSS display maximum); a CVV,
a secure key, an AuthToken, a password or a checksum is replaced by ``REDACTED``; a bank account
number or IBAN keeps its last four characters.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from ._constants import ERROR_EXCERPT_MAX_CHARS

__all__ = [
    "REDACTED",
    "mask_account",
    "mask_card_numbers_in_text",
    "mask_pan",
    "mask_secrets_in_text",
    "mask_text",
    "redact_form",
    "safe_excerpt",
]

REDACTED = "REDACTED"

# 12-19 digits, optionally grouped by single spaces or dashes ("4111 1111 1111 1111"), not part of a
# longer digit run.
_PAN_IN_TEXT = re.compile(r"(?<![0-9])[0-9](?:[ -]?[0-9]){11,18}(?![0-9])")
# A JWT (AuthToken) anywhere in text: three base64url segments, the first starting with "eyJ".
_JWT_IN_TEXT = re.compile(r"eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*")
# "cvv=123", "\"sKey\":\"secret\"", "authToken: abc" and similar key/value pairs in bodies or URLs.
_SECRET_PAIR_IN_TEXT = re.compile(
    r"(?i)(\"?(?:[a-z]+\.)?(?:cvv|skey|securekey|secure_key|partnerkey|partner_key|authtoken|password|checksum)"
    r"\"?\s*[:=]\s*\"?)([^\"&\s,}<]*)"
)
# Secrets shorter than this are not searched for in free text: masking every "1" would say nothing.
_MIN_SECRET_LENGTH = 4

# Field names compared in lower case; both the flat form names and the leaf names of nested JSON.
_PAN_FIELDS = frozenset({"card.number", "cardnumber", "card_number"})
_SECRET_FIELDS = frozenset(
    {
        "card.cvv",
        "cvv",
        "authentication.skey",
        "skey",
        "authtoken",
        "authentication.authtoken",
        "merchant.password",
        "password",
        "secure_key",
        "securekey",
        "partnerkey",
        "partner_key",
    }
)
_CHECKSUM_FIELDS = frozenset({"authentication.checksum", "checksum"})
_ACCOUNT_FIELDS = frozenset(
    {
        "bankaccount.iban",
        "iban",
        "bankaccount.accountnumber",
        "accountnumber",
        "bankaccount.bankaccountnumber",
        "bankaccountnumber",
        "bankiban",
        "personalaccountnumber",
    }
)


def mask_pan(number: str) -> str:
    """Mask a card number as first six + ``******`` + last four; shorter values are fully hidden."""
    digits = "".join(ch for ch in number if ch.isdigit())
    if len(digits) < 12:
        return "****"
    return f"{digits[:6]}******{digits[-4:]}"


def mask_account(value: str) -> str:
    """Mask an IBAN or account number, keeping only its last four characters."""
    compact = "".join(value.split())
    if len(compact) <= 4:
        return "****"
    return "*" * (len(compact) - 4) + compact[-4:]


def mask_card_numbers_in_text(text: str) -> str:
    """Replace every 12-19 digit run (optionally grouped by spaces or dashes) with its masked form."""
    return _PAN_IN_TEXT.sub(lambda match: mask_pan(match.group(0)), text)


def mask_secrets_in_text(text: str, secrets: Iterable[str | None] = ()) -> str:
    """Replace every occurrence of each given secret value (secure key, partner key, AuthToken) in text."""
    for secret in sorted({s for s in secrets if s and len(s) >= _MIN_SECRET_LENGTH}, key=len, reverse=True):
        text = text.replace(secret, REDACTED)
    return text


def mask_text(text: str, secrets: Iterable[str | None] = ()) -> str:
    """Mask the given secret values, secret key/value pairs, JWTs and card numbers anywhere in text."""
    masked = mask_secrets_in_text(text, secrets)
    masked = _SECRET_PAIR_IN_TEXT.sub(lambda m: m.group(1) + REDACTED, masked)
    masked = _JWT_IN_TEXT.sub(REDACTED, masked)
    return mask_card_numbers_in_text(masked)


def safe_excerpt(
    text: str | bytes | None, limit: int = ERROR_EXCERPT_MAX_CHARS, secrets: Iterable[str | None] = ()
) -> str:
    """Return a short, masked excerpt of a body: card numbers, tokens, secret pairs and ``secrets`` hidden."""
    if text is None:
        return ""
    if isinstance(text, bytes):
        text = text.decode("utf-8", errors="replace")
    masked = " ".join(mask_text(text, secrets).split())
    if len(masked) > limit:
        return masked[: max(limit - 1, 0)] + "…"
    return masked


def _redact_value(path: str, leaf: str, value: object, *, keep_checksum: bool) -> object:
    keys = (path.lower(), leaf.lower())
    if isinstance(value, Mapping):
        return _redact_mapping(value, prefix=path, keep_checksum=keep_checksum)
    if isinstance(value, list):
        return [_redact_value(path, leaf, item, keep_checksum=keep_checksum) for item in value]
    if value is None:
        return None
    if any(key in _SECRET_FIELDS for key in keys):
        return REDACTED
    if not keep_checksum and any(key in _CHECKSUM_FIELDS for key in keys):
        return REDACTED
    if path.lower() in _PAN_FIELDS or path.lower().endswith(".card.number"):
        return mask_pan(str(value))
    if any(key in _ACCOUNT_FIELDS for key in keys):
        return mask_account(str(value))
    return value


def _redact_mapping(fields: Mapping[str, object], *, prefix: str, keep_checksum: bool) -> dict[str, object]:
    redacted: dict[str, object] = {}
    for key, value in fields.items():
        name = str(key)
        path = f"{prefix}.{name}" if prefix else name
        leaf = name.rsplit(".", 1)[-1]
        redacted[name] = _redact_value(path, leaf, value, keep_checksum=keep_checksum)
    return redacted


def redact_form(fields: Mapping[str, object], *, keep_checksum: bool = False) -> dict[str, object]:
    """Copy a flat form (or nested JSON body) with card data, secrets and checksums hidden.

    ``card.number`` is masked to first six/last four; ``card.cvv``, ``authentication.sKey``,
    ``AuthToken``/``authToken`` and passwords become ``REDACTED``; account numbers keep their last four.
    Checksums are redacted too (an MD5 over a weak key can be brute-forced offline) unless
    ``keep_checksum`` is true.
    """
    return _redact_mapping(fields, prefix="", keep_checksum=keep_checksum)
