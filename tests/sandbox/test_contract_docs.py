"""The sandbox serves the contract it implements (GET /openapi.yaml) and its HTML reference (GET /docs)."""

from __future__ import annotations

import importlib.resources
import re
import subprocess
import sys
from pathlib import Path

import httpx
import yaml

from transaction_services_sandbox import Sandbox
from transaction_services_sandbox.contract_docs import contract_folder

SPEC = Path(__file__).resolve().parents[2] / "openapi" / "transaction-services.yaml"


def test_openapi_yaml_is_the_committed_contract(sandbox: Sandbox) -> None:
    response = httpx.get(f"{sandbox.url}/openapi.yaml")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/yaml")
    assert response.content == SPEC.read_bytes()
    assert yaml.safe_load(response.text)["info"]["title"] == "transactionServices and invoiceServices REST v1"


def test_docs_is_a_self_contained_reference_of_that_contract(sandbox: Sandbox) -> None:
    response = httpx.get(f"{sandbox.url}/docs")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    html = response.text
    assert "<title>transactionServices and invoiceServices REST v1</title>" in html
    assert "createPayment" in html
    # readable offline: no script or stylesheet loaded from elsewhere
    assert not re.search(r'<(script|link)[^>]*(src|href)="https?://', html)


def test_the_package_ships_the_contract_readable_with_importlib_resources() -> None:
    shipped = importlib.resources.files("transaction_services_api") / "openapi" / "transaction-services.yaml"
    assert shipped.read_bytes() == SPEC.read_bytes()


def test_the_sandbox_finds_the_contract_without_importing_the_generated_client() -> None:
    folder = contract_folder()
    assert folder is not None
    assert (folder / "transaction-services.yaml").read_bytes() == SPEC.read_bytes()
    assert (folder / "index.html").stat().st_size > 100_000


def test_the_contract_routes_are_read_only(sandbox: Sandbox) -> None:
    assert httpx.post(f"{sandbox.url}/openapi.yaml").status_code == 405
    assert httpx.post(f"{sandbox.url}/docs").status_code == 405


def test_locating_the_contract_imports_no_generated_code() -> None:
    code = (
        "import sys; from transaction_services_sandbox.contract_docs import contract_folder; "
        "assert contract_folder() is not None; "
        "assert not [m for m in sys.modules if m.startswith('transaction_services_api')], 'imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
