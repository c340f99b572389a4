"""The sandbox against the contract, with schemathesis (other half: openapi/transaction-services.yaml).

Every operation gets bounded generated requests with a valid AuthToken; each response must be no
server error and must conform to the contract (status code, content type, headers, schema).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import ignored_auth, missing_required_header, negative_data_rejection

from transaction_services_sandbox import Sandbox

from .gateway import GatewayClient

SPEC = Path(__file__).resolve().parents[2] / "openapi" / "transaction-services.yaml"
# Per operation; 27 operations x 15 keep the run near 40 s on 2 cores. Raise for a deeper run.
MAX_EXAMPLES = int(os.environ.get("SANDBOX_CONTRACT_EXAMPLES", "15"))

if not SPEC.exists():  # pragma: no cover - the contract lives beside the sandbox in this repository
    pytest.skip("openapi/transaction-services.yaml is missing", allow_module_level=True)

schema = schemathesis.openapi.from_path(SPEC)
EXCLUDED_CHECKS = [ignored_auth, missing_required_header, negative_data_rejection]


@pytest.fixture(scope="module")
def auth_header(sandbox: Sandbox) -> dict[str, str]:
    with GatewayClient(sandbox) as client:
        return {"AuthToken": client.new_token()}


@schema.parametrize()
@settings(
    max_examples=MAX_EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.filter_too_much],
    database=None,
)
def test_sandbox_conforms_to_the_contract(case: Any, sandbox: Sandbox, auth_header: dict[str, str]) -> None:
    # Three checks assume REST status codes the gateway does not use: it answers a missing token
    # (`ignored_auth`, `missing_required_header` want a 4xx) and invalid input
    # (`negative_data_rejection` wants a 4xx) with HTTP 200 and a result code (reference §1.6,
    # §2.6, §6.5), as the contract documents. Negative data is still generated and has to pass
    # every other check (no server error, status code, content type, response schema).
    case.call_and_validate(base_url=sandbox.url, headers=auth_header, excluded_checks=EXCLUDED_CHECKS)
