"""The generated client parses every example without losing a field, imports cleanly and type-checks."""

from __future__ import annotations

import importlib
import pkgutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from mypy import api as mypy_api

import transaction_services_api
from tests.contract.contract import Example, examples, schema_name
from transaction_services_api import models

MODEL_EXAMPLES = [e for e in examples() if e.kind in {"request", "response"} and "$ref" in e.schema]
GENERATED = Path(transaction_services_api.__file__).parent


def missing_keys(original: Any, rendered: Any, where: str = "$") -> list[str]:
    """Keys (recursively) of ``original`` that ``rendered`` lost or changed."""
    if isinstance(original, dict):
        if not isinstance(rendered, dict):
            return [where]
        lost: list[str] = []
        for key, value in original.items():
            if key not in rendered:
                lost.append(f"{where}.{key}")
            else:
                lost.extend(missing_keys(value, rendered[key], f"{where}.{key}"))
        return lost
    if isinstance(original, list):
        if not isinstance(rendered, list) or len(rendered) != len(original):
            return [where]
        return [
            m
            for i, (a, b) in enumerate(zip(original, rendered, strict=True))
            for m in missing_keys(a, b, f"{where}[{i}]")
        ]
    return [] if original == rendered else [f"{where} ({original!r} became {rendered!r})"]


@pytest.mark.parametrize("example", MODEL_EXAMPLES, ids=lambda e: e.id)
def test_example_round_trips_through_the_generated_model(example: Example) -> None:
    model = getattr(models, schema_name(example.schema))
    parsed = model.from_dict(example.value)
    assert missing_keys(example.value, parsed.to_dict()) == []


def test_every_response_example_is_covered() -> None:
    responses = [e for e in MODEL_EXAMPLES if e.kind == "response"]
    assert len(responses) >= 40
    assert {schema_name(e.schema) for e in responses} >= {"GatewayResponse", "TokenResponse", "InvoiceResponse"}


def test_unknown_fields_and_statuses_survive_parsing() -> None:
    raw = {"paymentId": "1", "status": "authstarted_new", "transactionStatus": "Z", "acquirerRef": {"a": "b"}}
    parsed = models.GatewayResponse.from_dict(raw)
    assert parsed.status == "authstarted_new"
    assert parsed["acquirerRef"] == {"a": "b"}
    assert parsed.to_dict() == raw


def test_one_element_lists_parse_as_objects_or_lists() -> None:
    single = models.GatewayResponse.from_dict({"transaction": {"systemPaymentId": "7"}})
    several = models.GatewayResponse.from_dict({"transaction": [{"systemPaymentId": "7"}, {"systemPaymentId": "8"}]})
    assert isinstance(single.transaction, models.TransactionSummary)
    assert isinstance(several.transaction, list)
    assert [t.system_payment_id for t in several.transaction] == ["7", "8"]


def test_every_generated_module_imports() -> None:
    names = [
        info.name for info in pkgutil.walk_packages(transaction_services_api.__path__, "transaction_services_api.")
    ]
    assert len(names) >= 90
    for name in names:
        importlib.import_module(name)


def test_importing_one_endpoint_loads_only_the_models_it_uses() -> None:
    code = (
        "import sys; import transaction_services_api.api.payments.create_payment; "
        "print(sum(m.startswith('transaction_services_api.models.') for m in sys.modules))"
    )
    loaded = int(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)
    assert 0 < loaded < 10, f"{loaded} model modules loaded for one endpoint"


def test_generated_package_passes_mypy_strict(tmp_path: Path) -> None:
    stdout, stderr, status = mypy_api.run(
        ["--strict", "--no-incremental", "--cache-dir", str(tmp_path), "--config-file", "", str(GENERATED)]
    )
    assert status == 0, stdout + stderr
