"""No secret reaches a cassette: the scrubbers, and a scan of every cassette file (which must be able to fail)."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qsl

import pytest
from vcr.request import Request

from transaction_services_sandbox import testdata

from .gateway_support import (
    CASSETTE_ROOT,
    cassette_files,
    luhn_valid,
    scan_cassette,
    scrub_request,
    scrub_response,
    secrets_in_text,
)

JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ0ZXN0ZG9jIn0.c2lnbmF0dXJl"
FORM = {"Content-Type": "application/x-www-form-urlencoded"}
# Every flow test of test_gateway_flows.py records one cassette per client.
MIN_CASSETTES = 2 * 19


def test_every_cassette_is_free_of_secrets() -> None:
    files = cassette_files()
    assert len(files) >= MIN_CASSETTES, f"expected at least {MIN_CASSETTES} cassettes under {CASSETTE_ROOT}"
    leaks = {str(path.relative_to(CASSETTE_ROOT)): found for path in files if (found := scan_cassette(path))}
    assert leaks == {}


def test_every_flow_test_has_a_cassette_per_client() -> None:
    names = {path.stem for path in (CASSETTE_ROOT / "test_gateway_flows").glob("*.yaml")}
    tests = {name.split("[")[0] for name in names}
    assert len(tests) >= MIN_CASSETTES // 2
    for test in tests:
        assert {f"{test}[sync]", f"{test}[async]"} <= names


@pytest.mark.parametrize(
    ("planted", "kind"),
    [
        ("authentication.sKey=secureKey&merchant.username=testdoc", "sKey"),
        ('{"authentication": {"sKey": "liveKey42"}}', "sKey"),
        (f"card.number={testdata.CARD_VISA}&amount=10.00", "PAN"),
        ('"cardNumber": "5549110920049586"', "PAN"),
        ("card.cvv=123&card.number=411111%2A%2A", "CVV"),
        (f'"AuthToken":"{JWT}"', "JWT"),
    ],
)
def test_scanner_finds_a_planted_secret(tmp_path: Path, planted: str, kind: str) -> None:
    cassette = tmp_path / "planted.yaml"
    cassette.write_text(
        "interactions:\n- request:\n    body: " + repr(planted) + "\n    method: POST\n    uri: http://x/\n",
        encoding="utf-8",
    )
    assert kind in scan_cassette(cassette)
    assert cassette in cassette_files(tmp_path)


def test_scanner_ignores_scrubbed_values_and_non_luhn_digits() -> None:
    clean = (
        "authentication.sKey=REDACTED&card.number=411111%2A%2A%2A%2A%2A%2A1111&card.cvv=REDACTED"
        '&bankReferenceId=SBX-1000011234567890123&"AuthToken":"REDACTED"'
    )
    assert not luhn_valid("1000011234567890123")
    assert secrets_in_text(clean) == []


def test_scrub_request_hides_credentials_and_card_data() -> None:
    body = (
        f"authentication.sKey=secureKey&authentication.checksum=abc&card.number={testdata.CARD_VISA}"
        "&card.cvv=123&authToken=tok&amount=10.00"
    )
    request = scrub_request(Request("POST", "http://127.0.0.1:18765/x", body.encode(), FORM))
    fields = dict(parse_qsl(request.body.decode()))
    assert fields["authentication.sKey"] == "REDACTED"
    assert fields["card.cvv"] == "REDACTED"
    assert fields["authToken"] == "REDACTED"
    assert fields["card.number"] == "411111******1111"
    assert fields["amount"] == "10.00"
    # vcrpy scrubs loaded cassettes again: the result must be stable, or replay would not match.
    again = scrub_request(Request("POST", "http://127.0.0.1:18765/x", request.body, FORM))
    assert again.body == request.body


def test_scrub_response_hides_tokens_and_volatile_headers() -> None:
    response = {
        "status": {"code": 200, "message": "OK"},
        "headers": {"Date": ["today"], "server": ["uvicorn"], "content-length": ["99"], "content-type": ["x"]},
        "body": {"string": ('{"AuthToken":"' + JWT + '","result":{"code":"200"},"nested":{"authToken":"t"}}').encode()},
    }
    scrubbed = scrub_response(response)
    assert set(scrubbed["headers"]) == {"content-type"}
    text = scrubbed["body"]["string"].decode()
    assert JWT not in text
    assert '"AuthToken":"REDACTED"' in text
    assert '"authToken":"REDACTED"' in text
    assert secrets_in_text(text) == []
