"""What importing the SDK loads: a program pays only for what it touches (issue 10, item 8).

Each case runs in a fresh interpreter, so nothing an earlier test imported hides a regression.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

_LOADED_AFTER = """
import sys
{statement}
print(" ".join(sorted(sys.modules)))
"""

ASYNC_ONLY = ("asyncio", "transaction_services._async_client")
ON_FIRST_USE = (
    "transaction_services._invoices",
    "transaction_services._partner",
    "transaction_services.flows.invoices",
    "transaction_services.flows.partner",
    "transaction_services.callbacks",
    "transaction_services_api.models",  # the generated models load with the first answer parsed
    "httpcore",  # httpx loads it with the first connection pool
    "zoneinfo",  # with the first GatewayConfig (the gateway's time zone)
)


def loaded_after(statement: str) -> set[str]:
    """The modules a fresh interpreter holds after running ``statement``."""
    output = subprocess.run(
        [sys.executable, "-c", _LOADED_AFTER.format(statement=statement)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return set(output.split())


def test_importing_the_package_loads_none_of_its_clients() -> None:
    loaded = loaded_after("import transaction_services")
    assert not {name for name in loaded if name.startswith("transaction_services.")} - {
        "transaction_services._constants"
    }
    assert "httpx" not in loaded


def test_a_sync_program_never_loads_asyncio_or_the_services_it_does_not_use() -> None:
    loaded = loaded_after("from transaction_services import Card, Credentials, Customer, Gateway")
    assert "transaction_services._client" in loaded
    assert not set(ASYNC_ONLY + ON_FIRST_USE) & loaded


def test_an_async_program_loads_asyncio_and_still_not_the_invoice_service() -> None:
    loaded = loaded_after("from transaction_services import AsyncGateway")
    assert set(ASYNC_ONLY) <= loaded
    assert not set(ON_FIRST_USE) & loaded


@pytest.mark.parametrize(
    ("use", "module"),
    [
        ("gateway.invoices", "transaction_services.flows.invoices"),
        ("gateway.partner", "transaction_services.flows.partner"),
    ],
)
def test_a_service_loads_when_first_used(use: str, module: str) -> None:
    statement = (
        "from transaction_services import Credentials, Gateway\n"
        "gateway = Gateway(base_url='http://127.0.0.1:9', "
        "credentials=Credentials('1', 'k', '2', 'u', '3', partner_username='p', partner_key='pk'))\n"
        f"assert {module!r} not in sys.modules\n"
        f"{use}\n"
    )
    assert module in loaded_after(statement)
