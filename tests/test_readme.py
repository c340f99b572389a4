"""The README's usage examples run, in order, against a live sandbox."""

from __future__ import annotations

import re
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
        "invoices.generate(", "parse_notification(", "AsyncGateway", "gateway.raw",
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
