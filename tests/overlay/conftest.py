"""Fixtures of the gateway tests: the client under test (sync and async), cassettes, the sandbox.

Cassette tests (``@pytest.mark.vcr``) use ``subject``: replayed by default; with ``--record-mode``
other than ``none`` a sandbox is started on the fixed port (one per test, so ids repeat between
recordings) unless ``TRANSACTION_SERVICES_BASE_URL`` names another gateway (see gateway_support).
Re-record with ``nox -s record`` or ``pytest tests/overlay --record-mode=rewrite -m vcr``.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from transaction_services_sandbox import Sandbox

from .gateway_support import (
    AUTH_TOKEN_MATCHER,
    CASSETTE_ROOT,
    KINDS,
    SANDBOX_HOST,
    SANDBOX_PORT,
    Kind,
    Subject,
    auth_token_header_matches,
    base_url,
    credentials,
    open_subject,
    remote_gateway,
    vcr_settings,
)


def pytest_recording_configure(config: pytest.Config, vcr: Any) -> None:
    """Register the matcher that checks the AuthToken header's presence on replay."""
    vcr.register_matcher(AUTH_TOKEN_MATCHER, auth_token_header_matches)


@pytest.fixture(scope="module")
def vcr_cassette_dir(request: pytest.FixtureRequest) -> str:
    """tests/cassettes/<test module>/."""
    return str(CASSETTE_ROOT / Path(str(request.node.path)).stem)


@pytest.fixture
def vcr_config() -> dict[str, Any]:
    """Matching on everything but headers; secrets scrubbed before anything is written."""
    return vcr_settings()


@pytest.fixture
def recording_sandbox(record_mode: str) -> Iterator[Sandbox | None]:
    """While recording against the sandbox: a fresh one on the fixed port; otherwise nothing."""
    if record_mode == "none" or remote_gateway():
        yield None
        return
    with Sandbox(host=SANDBOX_HOST, port=SANDBOX_PORT) as running:
        yield running


@pytest.fixture(params=KINDS)
def subject(
    request: pytest.FixtureRequest, vcr: Any, record_mode: str, recording_sandbox: Sandbox | None
) -> Iterator[Subject]:
    """The client under test, sync or async, on the cassette's base URL.

    On replay, teardown checks that every recorded interaction was played: a test that stops early
    or sends fewer requests than it recorded fails.
    """
    kind: Kind = request.param
    with open_subject(kind, base_url(), credentials()) as client:
        yield client
    if vcr is not None and record_mode == "none":
        unplayed = len(vcr.data) - sum(vcr.play_counts.values())
        assert vcr.all_played, f"{unplayed} recorded interactions were not replayed"
