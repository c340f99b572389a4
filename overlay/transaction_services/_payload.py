"""Lenient readers for gateway response and callback payloads (reference §11).

Values may arrive as strings or as JSON numbers, lists with one element may arrive as the element,
and the same field has several spellings across builds. These helpers absorb that, once.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal, InvalidOperation

__all__ = ["as_list", "get_mapping", "get_str", "is_success_code", "parse_decimal"]


def as_list(value: object) -> list[object]:
    """Normalise a list that may be missing (``[]``), a single object (``[obj]``) or a list."""
    if value is None:
        return []
    if isinstance(value, list | tuple):
        return list(value)
    return [value]


def get_mapping(payload: Mapping[str, object] | None, *keys: str) -> Mapping[str, object] | None:
    """Return the first value under ``keys`` that is a mapping, else ``None``."""
    if payload is None:
        return None
    for key in keys:
        value = payload.get(key)
        if isinstance(value, Mapping):
            return value
    return None


def get_str(payload: Mapping[str, object] | None, *keys: str) -> str | None:
    """Return the first present scalar under ``keys`` as a string (numbers converted), else ``None``.

    Empty strings are kept: they are what the gateway sent. Booleans, mappings and lists are skipped.
    """
    if payload is None:
        return None
    for key in keys:
        value = payload.get(key)
        if isinstance(value, str):
            return value
        if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
            return str(value)
    return None


def parse_decimal(value: object) -> Decimal | None:
    """Parse a money value (string or number) into a finite ``Decimal``; ``None`` when it is not one."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, float):
        value = repr(value)
    try:
        number = Decimal(str(value).strip())
    except (InvalidOperation, ValueError):
        return None
    return number if number.is_finite() else None


def is_success_code(code: str | None) -> bool:
    """``000xx`` (and the four-digit ``0008``) and the token layer's ``200`` mean success (reference §8.3)."""
    if code is None:
        return False
    code = code.strip()
    return code in ("0008", "200") or (len(code) == 5 and code.startswith("000") and code.isdigit())
