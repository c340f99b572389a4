"""Read the contract once and enumerate its operations, schemas and examples for the tests."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

SPEC_PATH = Path(__file__).resolve().parents[2] / "openapi" / "transaction-services.yaml"
CONTRACT_URI = "urn:transaction-services:contract"
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


@functools.cache
def document() -> dict[str, Any]:
    """The parsed contract."""
    loaded: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text())
    return loaded


def pointer(*parts: str) -> str:
    """A JSON pointer into the contract (RFC 6901 escaping)."""
    return "#/" + "/".join(part.replace("~", "~0").replace("/", "~1") for part in parts)


@dataclass(frozen=True)
class Operation:
    """One operation (or webhook) of the contract."""

    group: str  # "paths" or "webhooks"
    key: str  # the path, or the webhook name
    method: str
    body: dict[str, Any]

    @property
    def operation_id(self) -> str:
        """The operationId."""
        return str(self.body["operationId"])

    def location(self, *parts: str) -> str:
        """A JSON pointer below this operation."""
        return pointer(self.group, self.key, self.method, *parts)


@dataclass(frozen=True)
class Example:
    """A named example attached to a request body, a response or a parameter."""

    operation: Operation
    kind: str  # "request", "response" or "parameter"
    name: str
    value: Any
    schema_pointer: str
    schema: dict[str, Any]

    @property
    def id(self) -> str:
        """A readable pytest id."""
        return f"{self.operation.operation_id}-{self.kind}-{self.name}"


def operations(*, include_webhooks: bool = True) -> list[Operation]:
    """Every operation of the contract, webhooks included unless told otherwise."""
    doc = document()
    groups = ["paths", "webhooks"] if include_webhooks else ["paths"]
    return [
        Operation(group, key, method, body)
        for group in groups
        for key, item in doc.get(group, {}).items()
        for method, body in item.items()
        if method in HTTP_METHODS
    ]


def _media_examples(operation: Operation, kind: str, media: dict[str, Any], *parts: str) -> Iterator[Example]:
    schema = media.get("schema", {})
    for name, example in media.get("examples", {}).items():
        yield Example(operation, kind, name, example["value"], operation.location(*parts, "schema"), schema)
    if "example" in media:
        yield Example(operation, kind, "example", media["example"], operation.location(*parts, "schema"), schema)


def examples() -> list[Example]:
    """Every request, response and parameter example of the contract."""
    found: list[Example] = []
    for operation in operations():
        body = operation.body.get("requestBody", {})
        for media_type, media in body.get("content", {}).items():
            found.extend(_media_examples(operation, "request", media, "requestBody", "content", media_type))
        for status, response in operation.body.get("responses", {}).items():
            for media_type, media in response.get("content", {}).items():
                if media_type == "application/json":
                    found.extend(
                        _media_examples(operation, "response", media, "responses", status, "content", media_type)
                    )
        for index, parameter in enumerate(operation.body.get("parameters", [])):
            if "example" in parameter and "$ref" not in parameter:
                found.append(
                    Example(
                        operation,
                        "parameter",
                        parameter["name"],
                        parameter["example"],
                        operation.location("parameters", str(index), "schema"),
                        parameter["schema"],
                    )
                )
    return found


def schema_name(schema: dict[str, Any]) -> str:
    """The component name a schema refers to (`#/components/schemas/X` -> `X`)."""
    match = re.fullmatch(r"#/components/schemas/(\w+)", schema.get("$ref", ""))
    if match is None:
        raise AssertionError(f"expected a $ref to a component schema, got {schema!r}")
    return match.group(1)
