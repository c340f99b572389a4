"""Request bodies: form-encoded (canonical) or nested JSON, both read as flat dotted fields."""

from __future__ import annotations

import json
from collections.abc import Mapping
from urllib.parse import parse_qsl

__all__ = [
    "FORM",
    "JSON",
    "MAX_JSON_DEPTH",
    "TooDeep",
    "UnreadableBody",
    "UnsupportedMediaType",
    "flatten_json",
    "media_type",
    "parse_body",
]

FORM = "application/x-www-form-urlencoded"
JSON = "application/json"

# JSON groups renamed in the form spelling (reference §1.4).
_RENAMED_GROUPS = {"billingAddress": "billing"}


class UnsupportedMediaType(Exception):
    """The body's content type is neither form-encoded nor JSON (the container answers 415)."""


# Deeper JSON than this is refused: no request of the contract nests more than three levels.
MAX_JSON_DEPTH = 32


class TooDeep(Exception):
    """A JSON body nested deeper than `MAX_JSON_DEPTH` (refused in the gateway's error shape)."""


def _depth(document: object) -> int:
    deepest, pending = 0, [(document, 1)]
    while pending:
        value, level = pending.pop()
        if isinstance(value, Mapping | list):
            deepest = max(deepest, level)
            if deepest > MAX_JSON_DEPTH:
                break
            items = value.values() if isinstance(value, Mapping) else value
            pending.extend((item, level + 1) for item in items)
    return deepest


class UnreadableBody(Exception):
    """The body does not decode (malformed JSON or not UTF-8; the container answers 400)."""


def media_type(content_type: str | None) -> str:
    """The lower-cased media type of a Content-Type header, without parameters."""
    return (content_type or "").split(";", 1)[0].strip().lower()


def _scalar(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return ""
    if isinstance(value, int | float | str):
        return str(value)
    return json.dumps(value)


def _flatten(prefix: str, value: object, out: dict[str, str]) -> None:
    if isinstance(value, Mapping):
        for key, item in value.items():
            _flatten(f"{prefix}.{key}" if prefix else str(key), item, out)
    elif isinstance(value, list):
        # Lists (productList, marketplace) become `name.0.member`, and the first item also
        # fills `product.*` so a JSON invoice reads like the form samples.
        for index, item in enumerate(value):
            _flatten(f"{prefix}.{index}", item, out)
    else:
        out.setdefault(prefix, _scalar(value))


def flatten_json(document: Mapping[str, object]) -> dict[str, str]:
    """Flatten the nested JSON spelling into the dotted form names (`billingAddress` -> `billing`)."""
    out: dict[str, str] = {}
    for key, value in document.items():
        name = _RENAMED_GROUPS.get(key, key)
        if key == "productList" and isinstance(value, list) and value and isinstance(value[0], Mapping):
            _flatten("product", value[0], out)
        _flatten(name, value, out)
    return out


def parse_body(content_type: str | None, body: bytes, *, allow_json: bool = True) -> dict[str, str]:
    """Decode a request body into flat fields; raise for an unsupported type or an unreadable body."""
    kind = media_type(content_type)
    if kind == FORM:
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise UnreadableBody("body is not UTF-8") from exc
        fields: dict[str, str] = {}
        for name, value in parse_qsl(text, keep_blank_values=True):
            fields.setdefault(name, value)
        return fields
    if kind == JSON and allow_json:
        if not body.strip():
            return {}
        try:
            document = json.loads(body.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as exc:
            raise UnreadableBody("malformed JSON") from exc
        except RecursionError as exc:
            raise TooDeep from exc
        if not isinstance(document, dict):
            raise UnreadableBody("JSON body is not an object")
        if _depth(document) > MAX_JSON_DEPTH:
            raise TooDeep
        return flatten_json(document)
    raise UnsupportedMediaType(kind or "(none)")
