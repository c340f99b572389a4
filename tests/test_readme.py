"""The README's usage examples run, in order, against a live sandbox."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from transaction_services_sandbox import Sandbox

README = Path(__file__).resolve().parents[1] / "README.md"
PLACEHOLDER_URL = "http://127.0.0.1:8080"


def usage_examples() -> list[str]:
    """The ```python blocks of the README's Usage section."""
    text = README.read_text()
    usage = text[text.index("## Usage") :]
    return re.findall(r"```python\n(.*?)```", usage, flags=re.S)


def test_the_usage_section_has_an_example_per_flow() -> None:
    code = "\n".join(usage_examples())
    for call in [
        "purchase(", "authorize(", "capture(", "refund(", "cancel(", "inquire(", "repeat(", "register_card(",
        "pay_with_token(", "registrations(", "installments(", "delete_registration(", "payout(", "transactions(",
        "invoices.generate(", "parse_notification(", "AsyncGateway", "gateway.raw", "with_options(", "qr_checkout(",
        "qr_status(", "status_inquiry(", "regenerate_token(", "invoices.counts(", "invoices.list(",
        "invoices.transaction(", "partner.register_card(", "partner.registrations(", "partner.delete_registration(",
    ]:  # fmt: skip
        assert call in code, f"the README has no example of {call}"


@pytest.mark.filterwarnings("ignore::ResourceWarning")
def test_readme_examples_run_against_the_sandbox(sandbox: Sandbox, capsys: pytest.CaptureFixture[str]) -> None:
    namespace: dict[str, object] = {"__name__": "readme"}
    for index, block in enumerate(usage_examples()):
        source = block.replace(PLACEHOLDER_URL, sandbox.url)
        exec(compile(source, f"README.md example {index + 1}", "exec"), namespace)  # noqa: S102 - our own README
    printed = capsys.readouterr().out
    assert "reversed" in printed
    assert "10026" in printed


def _section(title: str) -> str:
    text = README.read_text()
    start = text.index(f"\n## {title}\n")
    end = text.find("\n## ", start + 1)
    return text[start : end if end != -1 else None]


def test_quick_start_is_two_lines_near_the_top() -> None:
    text = README.read_text()
    assert text.index("\n## Quick start\n") < 2000, "the Quick start must be near the top"
    [first_block] = re.findall(r"```sh\n(.*?)```", _section("Quick start"), flags=re.S)[:1]
    demo_line, test_line = first_block.strip().splitlines()
    assert "pip install" in demo_line
    assert '".[sandbox]"' in demo_line, "the demo line installs only the package and the sandbox extra"
    assert demo_line.endswith("transaction-services demo")
    assert test_line == "bash .ci/run"


def test_ci_runs_the_readmes_test_command() -> None:
    [command] = re.findall(r"```bash\n(.*?)\n```", _section("Tests"), flags=re.S)[:1]
    assert command == "bash .ci/run"
    script = (README.parent / ".ci" / "run").read_text()
    assert re.search(r'^PATH="[^"]*" nox "\$@"$', script, flags=re.M), ".ci/run must end by running nox"


def test_usage_install_line_works_from_a_checkout() -> None:
    usage = _section("Usage")
    assert 'pip install ".[sandbox]"' in usage
    assert 'pip install "transaction-services' not in README.read_text(), "the package is not on PyPI"


def test_merchant_testing_example_passes_with_the_installed_plugin(tmp_path: Path) -> None:
    [example] = re.findall(r"```python\n(.*?)```", _section("Testing your integration"), flags=re.S)
    (tmp_path / "test_checkout.py").write_text(example)
    # a directory of its own, no conftest: the fixtures come from the pytest11 entry point alone
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "test_checkout.py"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "2 passed" in result.stdout
