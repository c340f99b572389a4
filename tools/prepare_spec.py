"""Feed openapi-python-client a copy of the contract it handles correctly.

The hand-maintained document stays the single source of truth. The generator silently ignores
``webhooks`` and would otherwise mishandle a request body offered both as form and JSON with the
same schema (upstream #1451/#1276), so the copy keeps one request content type per operation
(the canonical form encoding) and drops the webhooks, whose payload schemas stay in
``components/schemas`` and are still generated.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml

CANONICAL_REQUEST_TYPE = "application/x-www-form-urlencoded"


def prepare_document(document: dict[str, Any]) -> dict[str, Any]:
    """Return the generator's view of the contract (a modified copy)."""
    prepared = dict(document)
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
