"""Fixtures of the sandbox tests (other half: sandbox/transaction_services_sandbox/)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from transaction_services_sandbox import Sandbox

from .gateway import GatewayClient

# `sandbox` and `notification_receiver` come from tests/conftest.py (the plugin's fixtures, shorter names)
__all__ = ["client", "fresh", "fresh_client"]


@pytest.fixture
def client(sandbox: Sandbox) -> Iterator[GatewayClient]:
    """A plain-httpx client of the session sandbox with a merchant token."""
    with GatewayClient(sandbox) as gateway:
        yield gateway


@pytest.fixture
def fresh() -> Iterator[Sandbox]:
    """A sandbox of its own (for tests that move the clock, inject faults or count)."""
    with Sandbox() as running:
        yield running


@pytest.fixture
def fresh_client(fresh: Sandbox) -> Iterator[GatewayClient]:
    """A client of the `fresh` sandbox."""
    with GatewayClient(fresh) as gateway:
        yield gateway
