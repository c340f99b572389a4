"""Feed openapi-python-client a copy of the contract it handles correctly.

The hand-maintained document stays the single source of truth, written for every team's generator
(see ``nox -s portability``). The Python client's view differs in three ways:

* it drops ``webhooks``, which the generator ignores; their payload schemas stay in
  ``components/schemas`` and are still generated;
* it keeps one request content type per operation (the canonical form encoding): a body offered both
  as form and JSON with the same schema is mishandled (upstream #1451/#1276);
* a list the gateway sends as a lone object when it has one item (``x-single-item-as-object: true``
  in the contract, which declares the documented array) becomes ``oneOf: [array, item]`` so that the
  Python client parses both shapes; other languages' clients read the array the contract declares.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml

CANONICAL_REQUEST_TYPE = "application/x-www-form-urlencoded"
SINGLE_ITEM_AS_OBJECT = "x-single-item-as-object"


def accept_single_items(node: Any) -> Any:
    """Return ``node`` with every array marked ``x-single-item-as-object`` also accepting its lone item."""
    if isinstance(node, list):
        return [accept_single_items(item) for item in node]
    if not isinstance(node, dict):
        return node
    converted = {key: accept_single_items(value) for key, value in node.items()}
    if converted.pop(SINGLE_ITEM_AS_OBJECT, False) and converted.get("type") == "array":
        items = converted.pop("items")
        del converted["type"]
        converted["oneOf"] = [{"type": "array", "items": items}, items]
    return converted


def prepare_document(document: dict[str, Any]) -> dict[str, Any]:
    """Return the generator's view of the contract (a modified copy)."""
    prepared: dict[str, Any] = accept_single_items(document)
    prepared.pop("webhooks", None)
    for path_item in prepared.get("paths", {}).values():
        for operation in path_item.values():
            content = operation.get("requestBody", {}).get("content", {}) if isinstance(operation, dict) else {}
            if CANONICAL_REQUEST_TYPE in content:
                for media_type in [name for name in content if name != CANONICAL_REQUEST_TYPE]:
                    del content[media_type]
    return prepared


def prepare_spec(source: Path, destination: Path) -> None:
    """Write the generator's copy of ``source`` to ``destination`` (as JSON: a YAML subset, fast to write)."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when available: ten times faster
    document = yaml.load(source.read_text(), Loader=loader)  # noqa: S506 - a safe loader
    destination.write_text(json.dumps(prepare_document(document), ensure_ascii=False))
