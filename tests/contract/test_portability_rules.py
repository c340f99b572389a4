"""The contract stays generator-friendly for every team (openapi-generator, @hey-api/openapi-ts), not only Python.

`nox -s portability` runs the generators; these checks catch the shapes that broke them, in the test suite.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from tests.contract.contract import document

IDENTIFIER = re.compile(r"^[A-Z][A-Z0-9_]*$")


def nodes(node: Any, path: str = "#") -> Iterator[tuple[str, dict[str, Any]]]:
    """Every mapping of the document with its location."""
    if isinstance(node, dict):
        yield path, node
        for key, value in node.items():
            yield from nodes(value, f"{path}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from nodes(value, f"{path}/{index}")


def test_no_sibling_keywords_beside_a_ref() -> None:
    # openapi-generator turns a $ref with siblings into an untyped blob (sent as "[object Blob]")
    offenders = [path for path, node in nodes(document()) if "$ref" in node and len(node) > 1]
    assert offenders == []


def test_no_one_object_or_array_unions() -> None:
    # oneOf [X[], X] gives duplicate identifiers and List<T>.class; the Python view re-adds it (prepare_spec)
    offenders: list[str] = []
    for path, node in nodes(document()):
        for variants in (node.get("oneOf"), node.get("anyOf")):
            if isinstance(variants, list) and any(v.get("type") == "array" for v in variants if isinstance(v, dict)):
                offenders.append(path)
    assert offenders == []


def test_single_item_lists_declare_an_array() -> None:
    marked = [(path, node) for path, node in nodes(document()) if node.get("x-single-item-as-object")]
    assert len(marked) == 7
    assert all(node.get("type") == "array" and "$ref" in node["items"] for _, node in marked)


def test_every_schema_declares_its_required_fields_next_to_its_properties() -> None:
    # @hey-api/openapi-ts drops a requirement on a property declared in another allOf part
    offenders: list[str] = []
    for path, node in nodes(document()):
        required = node.get("required")
        if isinstance(required, list) and node.get("type") == "object":
            offenders.extend(f"{path}: {name}" for name in required if name not in node.get("properties", {}))
    assert offenders == []


def test_request_schemas_require_the_checksum_where_the_operation_signs() -> None:
    schemas = document()["components"]["schemas"]
    for name in ["PaymentRequest", "FollowUpRequest", "PayoutRequest", "InvoiceGenerateRequest"]:
        own = schemas[name]["allOf"][-1]
        assert "authentication.checksum" in own["required"]
        assert "authentication.checksum" in own["properties"]


def test_webhooks_have_their_own_tag() -> None:
    # a webhook tagged like an API class replaces that class's file in openapi-generator's output
    doc = document()
    operation_tags = {tag for item in doc["paths"].values() for op in item.values() for tag in op.get("tags", [])}
    webhook_tags = {tag for item in doc["webhooks"].values() for op in item.values() for tag in op.get("tags", [])}
    assert webhook_tags == {"Webhooks"}
    assert not webhook_tags & operation_tags
    assert "Webhooks" in {tag["name"] for tag in doc["tags"]}


def test_enum_names_are_identifiers_unique_across_the_document() -> None:
    # Go declares enum constants at package level: two enums with the value DB collide without x-enum-varnames
    seen: dict[str, str] = {}
    for path, node in nodes(document()):
        if "enum" not in node:
            continue
        names = node.get("x-enum-varnames")
        assert isinstance(names, list), f"{path} has no x-enum-varnames"
        assert len(names) == len(node["enum"]), path
        for name in names:
            assert IDENTIFIER.match(name), f"{path}: {name}"
            assert name not in seen, f"{name} in {path} and {seen[name]}"
            seen[name] = path


def test_composed_schemas_repeat_their_required_fields_beside_the_allof() -> None:
    # openapi-generator's typescript-fetch reads a composed form body's requirements from the schema itself
    for name, schema in document()["components"]["schemas"].items():
        if "allOf" not in schema:
            continue
        parts = [part.get("required", []) for part in schema["allOf"] if "$ref" not in part]
        assert schema.get("required", []) == [field for part in parts for field in part], name
