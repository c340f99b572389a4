"""The ``transaction-services`` command: the demo runs end to end, the sandbox sub-command is wired."""

from __future__ import annotations

import pytest

from transaction_services._cli import main


def test_demo_walks_through_the_main_flows(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo"]) == 0
    out = capsys.readouterr().out
    assert "1. purchase 25.00 EUR with 400000******0051: approved" in out
    assert "status capturesuccess" not in out.split("3.")[0]  # the authorization is not captured yet
    assert "status authsuccessful" in out
    assert "4. a declined card is a result, not an exception: declined (10001)" in out
    assert "after the customer approved: approved (capturesuccess)" in out
    assert "pay link http://127.0.0.1:" in out
    assert "4000000000000051" not in out, "the demo must never print a full card number"


def test_sandbox_subcommand_forwards_its_arguments(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["sandbox", "--help"])
    assert exit_info.value.code == 0
    assert "--member-id" in capsys.readouterr().out


def test_unknown_arguments_are_refused() -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["demo", "--nonsense"])
    assert exit_info.value.code == 2
