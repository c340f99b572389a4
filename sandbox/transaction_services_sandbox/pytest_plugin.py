"""The sandbox's own pytest fixtures: ``transaction_services_sandbox`` and ``transaction_services_receiver``.

Installing ``transaction-services[sandbox]`` registers them (with the SDK's fixtures on top) through
the ``pytest11`` entry point ``transaction_services`` (module ``transaction_services_cli.pytest_plugin``);
this module needs nothing but the sandbox, so the sandbox's own tests can load it alone.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from .receiver import Receiver
from .server import Sandbox

__all__ = ["transaction_services_receiver", "transaction_services_sandbox"]


@pytest.fixture(scope="session")
def transaction_services_sandbox() -> Iterator[Sandbox]:
    """A sandbox with the default credentials on a free port of 127.0.0.1, for the whole test session."""
    with Sandbox() as running:
        yield running


@pytest.fixture
def transaction_services_receiver() -> Iterator[Receiver]:
    """A local HTTP server recording the requests it receives: point ``notification_url`` at ``.url``."""
    with Receiver() as receiver:
        yield receiver
