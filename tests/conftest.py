"""Shared pytest configuration.

The fixtures of ``transaction_services_cli.pytest_plugin`` come from its ``pytest11`` entry point, as
they do in merchants' projects; the project's own tests use the shorter names below.
"""

from __future__ import annotations

import pytest

from transaction_services_sandbox import Sandbox
from transaction_services_sandbox.receiver import Receiver


@pytest.fixture(scope="session")
def sandbox(transaction_services_sandbox: Sandbox) -> Sandbox:
    """The session's sandbox (the plugin's ``transaction_services_sandbox``)."""
    return transaction_services_sandbox


@pytest.fixture
def notification_receiver(transaction_services_receiver: Receiver) -> Receiver:
    """The plugin's ``transaction_services_receiver``."""
    return transaction_services_receiver
