"""Packaging: licence, what the sdist carries, the dev toolchain as a group, the httpx range."""

from __future__ import annotations

import re
import subprocess
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())


def test_license_file_matches_the_declared_licence() -> None:
    assert PYPROJECT["project"]["license"] == "MIT"
    assert PYPROJECT["project"]["license-files"] == ["LICENSE"]
    text = (ROOT / "LICENSE").read_text()
    assert text.startswith("MIT License\n")
    assert 'THE SOFTWARE IS PROVIDED "AS IS"' in text


def test_sdist_carries_every_tracked_test_and_what_the_tests_read() -> None:
    include = set(PYPROJECT["tool"]["hatch"]["build"]["targets"]["sdist"]["include"])
    assert "tests" in include  # the whole folder: every test with its cassettes
    tracked = subprocess.run(
        ["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()  # fmt: skip
    top_level = {path.split("/")[0] for path in tracked if path.startswith(("tests/", "tools/")) or "/" not in path}
    missing = {
        name for name in top_level if name not in include and name not in {".gitignore", "pyproject.toml"}
    }  # hatch always adds pyproject.toml
    assert not missing, f"the sdist leaves out {missing}"


def test_dev_toolchain_is_a_dependency_group_not_an_extra() -> None:
    assert "dev" not in PYPROJECT["project"].get("optional-dependencies", {})
    dev = PYPROJECT["dependency-groups"]["dev"]
    assert any(requirement.startswith("pytest==") for requirement in dev)
    assert set(PYPROJECT["project"]["optional-dependencies"]) == {"sandbox"}


def test_httpx_requirement_is_the_generated_clients() -> None:
    [httpx] = [r for r in PYPROJECT["project"]["dependencies"] if r.startswith("httpx")]
    assert httpx == "httpx>=0.23.1,<0.29"
    generated = (ROOT / "generated" / "pyproject.toml").read_text()
    assert re.search(r'"httpx>=0\.23\.1,<0\.29\.0"', generated), "the generated client's own range changed"


def test_console_script_and_pytest_plugin_live_in_the_commands_package() -> None:
    assert PYPROJECT["project"]["scripts"] == {"transaction-services": "transaction_services_cli:main"}
    assert PYPROJECT["project"]["entry-points"]["pytest11"] == {
        "transaction_services": "transaction_services_cli.pytest_plugin"
    }
    assert "cli/transaction_services_cli" in PYPROJECT["tool"]["hatch"]["build"]["targets"]["wheel"]["packages"]
