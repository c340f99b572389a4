"""pytest fixtures: `sandbox` (a running Sandbox, session-wide) and `notification_receiver`.

Enable with `pytest_plugins = ["transaction_services_sandbox.pytest_plugin"]` in a top-level
conftest.py.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from .receiver import Receiver
from .server import Sandbox

__all__ = ["notification_receiver", "sandbox"]


@pytest.fixture(scope="session")
def sandbox() -> Iterator[Sandbox]:
    """A sandbox with the default credentials on a free port, for the whole test session."""
    with Sandbox() as running:
        yield running


@pytest.fixture
def notification_receiver() -> Iterator[Receiver]:
    """A local HTTP server recording the notifications (and other requests) it receives."""
    with Receiver() as receiver:
        yield receiver
