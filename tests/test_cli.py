"""The ``transaction-services`` command: the demo runs every flow, the sandbox sub-command is wired, and
the command's package is the only one that imports both the SDK and the sandbox."""

from __future__ import annotations

import io
import subprocess
import sys

import pytest

import transaction_services
from transaction_services_cli import demo as demo_module
from transaction_services_cli import main
from transaction_services_cli.demo import DemoFailure, Flows, format_table, run_demo

FLOWS = [
    "sale",
    "declined card",
    "3-D Secure",
    "async method (online banking)",
    "authorize, partial capture, partial refund",
    "cancel",
    "recurring by payment id",
    "recurring by token",
    "tokenize, pay with token, delete",
    "payout to card",
    "payout to bank",
    "invoice generate, pay, inquiry",
    "transaction list",
]


def _rows(out: str) -> dict[str, list[str]]:
    rows = {}
    for line in out.splitlines():
        if line.startswith("| ") and not line.startswith("| flow "):
            cells = [cell.strip() for cell in line.strip("|").split("|")]
            rows[cells[0]] = cells[1:]
    return rows


def test_demo_runs_every_flow_and_prints_the_table(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo"]) == 0
    out = capsys.readouterr().out
    rows = _rows(out)
    assert list(rows) == FLOWS
    assert rows["sale"][0] == "approved"
    assert rows["declined card"][0] == "declined"
    assert rows["3-D Secure"][:2] == ["approved; return + notification verified", "capturesuccess"]
    assert rows["async method (online banking)"][:2] == ["approved", "capturesuccess"]
    assert rows["authorize, partial capture, partial refund"][1] == "reversed"
    assert rows["cancel"][0] == "cancelled"
    assert rows["payout to bank"][:2] == ["pending, then approved", "payoutsuccessful"]
    assert rows["invoice generate, pay, inquiry"][1] == "processed"
    for flow, cells in rows.items():
        assert cells[3].isdigit(), f"{flow}: no duration"
        if flow not in ("invoice generate, pay, inquiry", "transaction list"):
            assert cells[2].isdigit(), f"{flow}: no payment id"
    assert "13 of 13 flows passed" in out
    assert "4000000000000051" not in out, "the demo must never print a full card number"


def test_a_failing_flow_makes_the_exit_status_non_zero(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(self: Flows) -> demo_module.Step:
        raise DemoFailure("the cancel gave approved")

    monkeypatch.setattr(Flows, "cancel_flow", broken)
    out = io.StringIO()
    progress = io.StringIO()
    assert run_demo(out=out, progress=progress) == 1
    text = out.getvalue()
    assert _rows(text)["cancel"][0] == "FAILED"
    assert "FAILED cancel: DemoFailure: the cancel gave approved" in text
    assert "12 of 13 flows passed" in text
    assert "[6/13] cancel..." in progress.getvalue()  # the live progress line


def test_base_url_needs_credentials_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TRANSACTION_SERVICES_MEMBER_ID", raising=False)
    monkeypatch.delenv("TRANSACTION_SERVICES_SECURE_KEY", raising=False)
    with pytest.raises(SystemExit, match="TRANSACTION_SERVICES_MEMBER_ID, TRANSACTION_SERVICES_SECURE_KEY"):
        main(["demo", "--base-url", "https://test.example"])


def test_format_table_aligns_columns() -> None:
    table = format_table(
        [demo_module.FlowResult("sale", True, demo_module.Step("approved", "capturesuccess", "1"), 12.4)]
    )
    header, rule, row = table.splitlines()
    assert header == "| flow | outcome  | status         | payment id | ms |"
    assert len(header) == len(rule) == len(row)
    assert row.endswith("| 12 |")


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.startswith(f"transaction-services {transaction_services.__version__} ")


def test_sandbox_subcommand_forwards_its_arguments(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["sandbox", "--help"])
    assert exit_info.value.code == 0
    assert "--member-id" in capsys.readouterr().out


def test_unknown_arguments_are_refused() -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["demo", "--nonsense"])
    assert exit_info.value.code == 2


_IMPORTS_OF = """
import importlib, pkgutil, sys
package = importlib.import_module({package!r})
for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
    if info.name.endswith(("pytest_plugin", "__main__")):
        continue  # loaded by pytest / running a program: not what importing the package does
    importlib.import_module(info.name)
print(sorted({{name.split(".")[0] for name in sys.modules}}))
"""


@pytest.mark.parametrize(
    ("package", "forbidden"),
    [
        ("transaction_services", ("transaction_services_sandbox", "transaction_services_cli")),
        ("transaction_services_api", ("transaction_services", "transaction_services_sandbox")),
        ("transaction_services_sandbox", ("transaction_services", "transaction_services_api")),
    ],
)
def test_packages_import_only_down_the_dependency_chain(package: str, forbidden: tuple[str, ...]) -> None:
    # a fresh interpreter, every module of the package imported: what it pulls in is what it depends on
    loaded = subprocess.run(
        [sys.executable, "-c", _IMPORTS_OF.format(package=package)],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout
    top_level = set(eval(loaded))  # noqa: S307 - our own subprocess's repr of a list of names
    assert package in top_level
    assert not top_level & set(forbidden), f"{package} imports {top_level & set(forbidden)}"
