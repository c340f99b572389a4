"""Replay checks that the AuthToken header is sent: a client that stops sending it fails replay.

Cassettes keep the header with its value scrubbed to a placeholder; the ``auth_token_header`` matcher
compares the live request's (scrubbed) header with the recorded one, so only its presence counts.
"""

from __future__ import annotations

import httpx
import pytest
import vcr
from vcr.errors import CannotOverwriteExistingCassetteException

from transaction_services import Gateway

from .gateway_support import (
    AUTH_TOKEN_HEADER,
    AUTH_TOKEN_MATCHER,
    AUTH_TOKEN_PLACEHOLDER,
    CASSETTE_ROOT,
    auth_token_header_matches,
    base_url,
    cassette_files,
    credentials,
    vcr_settings,
)
from .test_gateway_flows import CARD, CUSTOMER

CASSETTE = CASSETTE_ROOT / "test_gateway_flows" / "test_purchase_approved[sync].yaml"


def _replayer() -> vcr.VCR:
    replayer = vcr.VCR(record_mode="none", **vcr_settings())
    replayer.register_matcher(AUTH_TOKEN_MATCHER, auth_token_header_matches)
    return replayer


def _purchase(http_client: httpx.Client) -> None:
    with Gateway(base_url=base_url(), credentials=credentials(), http_client=http_client, max_retries=0) as gateway:
        gateway.purchase(
            merchant_transaction_id="purchase-sync", amount="10.00", currency="EUR", card=CARD, customer=CUSTOMER
        )


def test_every_recorded_service_request_carries_the_scrubbed_header() -> None:
    carried = missing = 0
    for path in cassette_files():
        text = path.read_text(encoding="utf-8")
        carried += text.count(AUTH_TOKEN_PLACEHOLDER)
        missing += text.count(f"{AUTH_TOKEN_HEADER}:\n") - text.count(AUTH_TOKEN_PLACEHOLDER)
    assert carried >= 38, "every cassette has at least one request that carries the token"
    assert missing <= 0


def test_the_recorded_purchase_replays_with_the_header() -> None:
    with _replayer().use_cassette(str(CASSETTE)) as cassette, httpx.Client() as client:
        _purchase(client)
    assert cassette.all_played


def test_a_client_that_stops_sending_the_header_fails_replay() -> None:
    def drop_token(request: httpx.Request) -> None:
        request.headers.pop(AUTH_TOKEN_HEADER, None)

    with (
        _replayer().use_cassette(str(CASSETTE)),
        httpx.Client(event_hooks={"request": [drop_token]}) as client,
        pytest.raises(CannotOverwriteExistingCassetteException, match="auth_token_header"),
    ):
        _purchase(client)


def test_the_matcher_compares_presence() -> None:
    with_header = vcr.request.Request("POST", "http://x/", b"", {AUTH_TOKEN_HEADER: AUTH_TOKEN_PLACEHOLDER})
    without = vcr.request.Request("POST", "http://x/", b"", {})
    auth_token_header_matches(with_header, with_header)
    auth_token_header_matches(without, without)
    with pytest.raises(AssertionError):
        auth_token_header_matches(without, with_header)
    with pytest.raises(AssertionError):
        auth_token_header_matches(with_header, without)
