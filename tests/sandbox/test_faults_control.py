"""Fault injection, the control API, restarts on a file, and the CLI
(other half: faults.py, control.py, server.py, cli.py)."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import httpx
import pytest

from transaction_services_sandbox import Sandbox, SandboxConfig, checksums
from transaction_services_sandbox.cli import build_parser, config_from_args, describe, main
from transaction_services_sandbox.control import CONTROL_TOKEN_HEADER

from .gateway import TX, GatewayClient


def inject(client: GatewayClient, kind: str, match: str = "/payments", **extra: object) -> dict[str, object]:
    response = client.http.post("/_sandbox/faults", json={"kind": kind, "match": match, **extra})
    assert response.status_code == 201, response.text
    body: dict[str, object] = response.json()
    return body


def payments(fresh: Sandbox) -> int:
    return len(fresh.ledger.payments())


def test_delay(fresh: Sandbox, fresh_client: GatewayClient) -> None:
    inject(fresh_client, "delay", delay_seconds=0.3)
    started = time.perf_counter()
    assert fresh_client.pay("1.00")["transactionStatus"] == "Y"
    assert time.perf_counter() - started >= 0.3
    started = time.perf_counter()
    fresh_client.pay("1.00")
    assert time.perf_counter() - started < 0.3


def test_drop_before_commit(fresh: Sandbox, fresh_client: GatewayClient) -> None:
    fields = fresh_client.sale_fields("1.00")
    token = fresh_client.token
    inject(fresh_client, "drop_before")
    with pytest.raises(httpx.RemoteProtocolError):
        fresh_client.http.post(f"{TX}/payments", data=fields, headers={"AuthToken": token})
    assert payments(fresh) == 0
    assert fresh_client.post(f"{TX}/payments", fields)["transactionStatus"] == "Y"
    assert payments(fresh) == 1


def test_drop_after_commit(fresh: Sandbox, fresh_client: GatewayClient) -> None:
    fields = fresh_client.sale_fields("1.00")
    token = fresh_client.token
    inject(fresh_client, "drop_after", count=1)
    with pytest.raises(httpx.RemoteProtocolError):
        fresh_client.http.post(f"{TX}/payments", data=fields, headers={"AuthToken": token})
    # The payment was committed: an inquiry by merchant transaction id finds it.
    stored = fresh.ledger.find_payment_by_merchant_id("11344", fields["merchantTransactionId"])
    assert stored is not None
    assert stored.status == "capturesuccess"
    assert payments(fresh) == 1


@pytest.mark.parametrize("status", [500, 502, 503])
def test_html_error_pages(fresh: Sandbox, fresh_client: GatewayClient, status: int) -> None:
    token = fresh_client.token
    inject(fresh_client, f"http_{status}", match="payments", count=2)
    for _ in range(2):
        response = fresh_client.http.post(
            f"{TX}/payments", data=fresh_client.sale_fields("1.00"), headers={"AuthToken": token}
        )
        assert response.status_code == status
        assert response.headers["content-type"].startswith("text/html")
    assert payments(fresh) == 0
    assert fresh_client.pay("1.00")["transactionStatus"] == "Y"


def test_truncated_body(fresh: Sandbox, fresh_client: GatewayClient) -> None:
    token = fresh_client.token
    inject(fresh_client, "truncate")
    with pytest.raises(httpx.RemoteProtocolError):
        fresh_client.http.post(f"{TX}/payments", data=fresh_client.sale_fields("1.00"), headers={"AuthToken": token})
    assert payments(fresh) == 1


def test_faults_match_only_their_path_and_can_be_listed_and_cleared(fresh_client: GatewayClient) -> None:
    inject(fresh_client, "http_503", match="getTransactionList", count=5)
    assert fresh_client.pay("1.00")["transactionStatus"] == "Y"
    listed = fresh_client.http.get("/_sandbox/faults").json()["faults"]
    assert [(f["kind"], f["remaining"]) for f in listed] == [("http_503", 5)]
    fresh_client.http.delete("/_sandbox/faults")
    assert fresh_client.http.get("/_sandbox/faults").json() == {"faults": []}
    bad = fresh_client.http.post("/_sandbox/faults", json={"kind": "explode"})
    assert bad.status_code == 400


def test_control_api(fresh: Sandbox, fresh_client: GatewayClient) -> None:
    config = fresh_client.http.get("/_sandbox/config").json()
    assert (config["member_id"], config["terminal_id"], config["partner_id"]) == ("11344", "1106", "195")
    assert config["transaction_services_url"] == fresh.transaction_url
    payment_id = fresh_client.pay("1.00", paymentType="PA")["paymentId"]
    fresh_client.follow(payment_id, "CP", "0.50")
    ledger = fresh_client.http.get("/_sandbox/ledger").json()
    assert [p["payment_id"] for p in ledger["payments"]] == [int(payment_id)]
    assert [o["operation"] for o in ledger["operations"]] == ["PA", "CP"]
    assert "4000000000000051" not in str(ledger)
    one = fresh_client.http.get(f"/_sandbox/ledger/payments/{payment_id}").json()
    assert (one["status"], one["captured_amount"]) == ("capturesuccess", "0.50")
    assert fresh_client.http.get("/_sandbox/ledger/payments/1").status_code == 404
    clock = fresh_client.http.get("/_sandbox/clock").json()
    assert clock["offset_seconds"] == 0
    assert fresh_client.advance(10)["offset_seconds"] == 10
    stats = fresh_client.http.get("/_sandbox/stats").json()
    assert stats["payments"] == 1
    assert stats["requests"]["payments"] == 1
    assert fresh_client.http.post("/_sandbox/reset").json() == {"reset": True}
    assert fresh.ledger.payments() == []
    assert fresh_client.http.get("/_sandbox/clock").json()["offset_seconds"] == 0


def test_restart_on_the_same_file_keeps_everything(tmp_path: Path) -> None:
    config = SandboxConfig(db_path=str(tmp_path / "ledger.sqlite"))
    with Sandbox(config) as first, GatewayClient(first) as client:
        payment_id = client.pay("10.00", paymentType="PA")["paymentId"]
        client.follow(payment_id, "CP", "4.00")
        token = client.token
    with Sandbox(config) as second, GatewayClient(second) as client:
        # The token survives too: the signing secret is kept in the ledger.
        inquiry = client.post(
            f"{TX}/payments/{payment_id}",
            {
                "authentication.memberId": "11344",
                "authentication.checksum": checksums.c_rv_in("11344", "secureKey", payment_id),
                "paymentType": "IN",
            },
            token=token,
        )
        assert inquiry["status"] == "capturesuccess"
        assert client.follow(payment_id, "RF", "4.00")["result"]["code"] == "00005"
        assert client.follow(payment_id, "RF", "0.01")["result"]["code"] == "10006"
        assert int(client.pay("1.00")["paymentId"]) == int(payment_id) + 1


def test_custom_credentials(tmp_path: Path) -> None:
    config = SandboxConfig(member_id="12934", secure_key="k3y", terminal_id="5060", username="shop")
    with Sandbox(config) as sandbox:
        response = httpx.post(
            sandbox.transaction_url + "/authToken",
            data={"authentication.partnerId": "195", "merchant.username": "shop", "authentication.sKey": "k3y"},
        )
        assert response.json()["memberId"] == "12934"


def test_cli_parser_and_run(capsys: pytest.CaptureFixture[str]) -> None:
    args = build_parser().parse_args(["--port", "0", "--member-id", "777", "--secure-key", "abc", "--db", ":memory:"])
    config = config_from_args(args)
    assert (config.member_id, config.secure_key, config.terminal_id) == ("777", "abc", "1106")
    stop = threading.Event()
    outcome: list[int] = []
    thread = threading.Thread(target=lambda: outcome.append(main(["--port", "0", "--log-level", "WARNING"], stop=stop)))
    thread.start()
    printed = ""
    deadline = time.monotonic() + 10
    while "Press Ctrl-C" not in printed and time.monotonic() < deadline:
        time.sleep(0.05)
        printed += capsys.readouterr().out
    stop.set()
    thread.join(timeout=10)
    assert not thread.is_alive()
    assert outcome == [0]
    assert "memberId=11344" in printed
    assert "secureKey=secureKey" in printed
    assert "/transactionServices/REST/v1" in printed


def test_control_api_needs_the_token_off_loopback() -> None:
    with Sandbox(host="0.0.0.0") as exposed:  # noqa: S104 - the point of the test
        assert exposed.control_token
        base = f"http://127.0.0.1:{exposed.port}"
        for method, path in [("GET", "/_sandbox/config"), ("GET", "/_sandbox/ledger"), ("POST", "/_sandbox/reset")]:
            refused = httpx.request(method, base + path)
            assert refused.status_code == 401
            assert "secureKey" not in refused.text
            assert "partnerKey" not in refused.text
        wrong = httpx.get(base + "/_sandbox/config", headers={CONTROL_TOKEN_HEADER: "guess"})
        assert wrong.status_code == 401
        allowed = httpx.get(base + "/_sandbox/config", headers={CONTROL_TOKEN_HEADER: exposed.control_token})
        assert allowed.status_code == 200
        assert allowed.json()["secure_key"] == "secureKey"
        banner = describe(exposed)
        assert banner.startswith("WARNING")
        assert exposed.control_token in banner
    with Sandbox() as local:
        assert local.control_token is None
        assert "WARNING" not in describe(local)


def test_control_inputs_are_validated(fresh_client: GatewayClient) -> None:
    for body in ('{"seconds": NaN}', '{"seconds": 1e400}', '{"seconds": "inf"}', '{"seconds": 1e12}', "[1]"):
        assert fresh_client.http.post("/_sandbox/clock/advance", content=body).status_code == 400
    for fault in (
        {"kind": "delay", "delay_seconds": 1e9},
        {"kind": "delay", "delay_seconds": -1},
        {"kind": "delay", "count": 0},
        {"kind": "delay", "count": "many"},
    ):
        assert fresh_client.http.post("/_sandbox/faults", json=fault).status_code == 400
    fresh_client.pay("1.00")
    # Forward is fine; back past the newest record is not.
    assert fresh_client.http.post("/_sandbox/clock/advance", json={"seconds": 30}).status_code == 200
    assert fresh_client.http.post("/_sandbox/clock/advance", json={"seconds": -10}).status_code == 200
    assert fresh_client.http.post("/_sandbox/clock/advance", json={"seconds": -3600}).status_code == 400


@pytest.mark.parametrize(
    ("argv", "mentions"),
    [
        (["--port", "70000"], "--port"),
        (["--port", "http"], "--port"),
        (["--timezone", "Mars/Olympus"], "--timezone"),
        (["--db", "/nonexistent-dir/ledger.sqlite"], "--db"),
    ],
)
def test_cli_mistakes_print_one_line_and_exit_2(
    argv: list[str], mentions: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1
    assert mentions in lines[0]
