"""The pure parts of portability/run.py (`nox -s portability`): reading generator output, the warnings baseline."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

RUNNER = Path(__file__).resolve().parents[2] / "portability" / "run.py"


@pytest.fixture(scope="module")
def runner() -> ModuleType:
    spec = importlib.util.spec_from_file_location("portability_run", RUNNER)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the script runs
    spec.loader.exec_module(module)
    return module


OPENAPI_GENERATOR_OUTPUT = """\
[main] INFO  o.o.codegen.DefaultGenerator - writing file /ROOT/build/portability/go/api_payments.go
[main] INFO  o.o.codegen.TemplateManager - no errors in this line, only the word
[main] WARN  o.o.codegen.utils.ModelUtils - Failed to get the schema name: null
[main] ERROR o.o.codegen.DefaultCodegen - Form parameters with additionalProperties are not supported
"""


def test_diagnostics_keeps_warnings_and_errors_only(runner: ModuleType) -> None:
    output = OPENAPI_GENERATOR_OUTPUT.replace("/ROOT", str(runner.ROOT))
    found = runner.diagnostics("go", output)
    assert found == [
        "go: WARN  o.o.codegen.utils.ModelUtils - Failed to get the schema name: null",
        "go: ERROR o.o.codegen.DefaultCodegen - Form parameters with additionalProperties are not supported",
    ]
    assert [runner.is_error(line) for line in found] == [False, True]


def test_diagnostics_reads_openapi_ts_markers(runner: ModuleType) -> None:
    output = "\x1b[90m[Job 1] \x1b[39m✅ Done!\n[root] ❌ Failed with the message: bad input\n"
    found = runner.diagnostics("hey-api", output)
    assert found == ["hey-api: ❌ Failed with the message: bad input"]
    assert runner.is_error(found[0])


def test_a_warning_missing_from_the_baseline_is_new(runner: ModuleType, tmp_path: Path) -> None:
    baseline = tmp_path / "expected-warnings.txt"
    baseline.write_text("# comment\ngo: WARN  known\n")
    assert runner.compare_warnings(["go: WARN  known"], False, baseline) == []
    assert runner.compare_warnings(["go: WARN  known", "java: WARN  new"], False, baseline) == ["java: WARN  new"]
    assert runner.compare_warnings(["java: WARN  new"], True, baseline) == []
    assert "java: WARN  new" in baseline.read_text().splitlines()


def test_the_committed_baseline_holds_no_error(runner: ModuleType) -> None:
    lines = [line for line in runner.BASELINE.read_text().splitlines() if line and not line.startswith("#")]
    assert lines
    assert not [line for line in lines if runner.is_error(line)]
