"""Project tasks. `nox` runs what CI needs: spec, generated, lint, types, tests.

Tool versions are pinned in pyproject.toml's `dev` extra (Python) and package.json (Redocly CLI).
"""

from __future__ import annotations

import os
from pathlib import Path

import nox

nox.options.default_venv_backend = "uv|virtualenv"
nox.options.reuse_venv = "yes"
nox.options.sessions = ["spec", "generated", "lint", "types", "tests"]

ROOT = Path(__file__).parent
PYTHON = "3.11"
SPEC = "openapi/transaction-services.yaml"
HANDWRITTEN = ["overlay", "sandbox", "tests", "tools", "benchmarks", "noxfile.py"]
# cassettes replay with the network blocked; the sandbox's own live tests use loopback only
REPLAY = ["--record-mode=none", "--block-network", "--allowed-hosts=127.0.0.1,localhost"]


def install_project(session: nox.Session) -> None:
    """Install the project (all three packages) with the sandbox extra and the pinned toolchain."""
    session.install("-e", ".[sandbox,dev]")


def redocly(session: nox.Session, *args: str) -> None:
    """Run the pinned Redocly CLI from node_modules (installed by `npm ci`)."""
    binary = ROOT / "node_modules" / ".bin" / "redocly"
    if not binary.exists():
        session.run("npm", "ci", "--no-audit", "--no-fund", external=True)
    session.run(str(binary), *args, external=True, env={"REDOCLY_TELEMETRY": "off"})


@nox.session(python=PYTHON)
def spec(session: nox.Session) -> None:
    """Validate the contract: openapi-spec-validator and Redocly lint (zero errors, zero warnings)."""
    session.install("openapi-spec-validator==0.9.0")
    session.run("openapi-spec-validator", SPEC)
    redocly(session, "lint", "--max-problems", "50", SPEC)


@nox.session(python=PYTHON)
def generate(session: nox.Session) -> None:
    """Rebuild generated/ from the contract with the pinned generator and ruff."""
    session.install("openapi-python-client==0.29.1", "ruff==0.17.6", "pyyaml>=6.0")
    session.run("python", "tools/generate.py")


@nox.session(python=PYTHON)
def generated(session: nox.Session) -> None:
    """Fail when generated/ differs from what the contract gives (regenerates into a temporary folder)."""
    session.install("openapi-python-client==0.29.1", "ruff==0.17.6", "pyyaml>=6.0")
    session.run("python", "tools/generate.py", "--check")


@nox.session(python=PYTHON)
def lint(session: nox.Session) -> None:
    """Ruff on the handwritten code (generated/ keeps the generator's own formatting)."""
    session.install("ruff==0.17.6")
    session.run("ruff", "check", *HANDWRITTEN)
    session.run("ruff", "format", "--check", *HANDWRITTEN)


@nox.session(python=PYTHON)
def types(session: nox.Session) -> None:
    """mypy --strict on overlay/, sandbox/, tests/ and generated/."""
    install_project(session)
    session.run("mypy")


@nox.session(python=PYTHON)
def tests(session: nox.Session) -> None:
    """The test suite; cassettes replay with the network blocked."""
    install_project(session)
    session.run("pytest", *REPLAY, *session.posargs)


@nox.session(python=PYTHON)
def soak(session: nox.Session) -> None:
    """The large fault-injected money run (default 10,000 calls; `nox -s soak -- 50000` for more)."""
    install_project(session)
    calls = session.posargs[0] if session.posargs else "10000"
    session.run(
        "pytest",
        "tests/overlay/test_money_soak.py",
        "-k",
        "never_doubled_or_lost",
        "-s",
        "-p",
        "no:cacheprovider",
        *REPLAY,
        env={"TS_SOAK_CALLS": calls},
    )


@nox.session(python=PYTHON)
def record(session: nox.Session) -> None:
    """Re-record every cassette against the sandbox, or a real test gateway when its credentials are set."""
    install_project(session)
    session.run("pytest", "tests/overlay", "--record-mode=rewrite", "-m", "vcr", *session.posargs)


@nox.session(python=PYTHON)
def bench(session: nox.Session) -> None:
    """Benchmarks: client CPU per call against bare httpx, sandbox throughput."""
    install_project(session)
    for script in sorted((ROOT / "benchmarks").glob("bench_*.py")):
        session.run("python", str(script.relative_to(ROOT)), *session.posargs)


@nox.session(python=PYTHON)
def docs(session: nox.Session) -> None:
    """Build the HTML reference of the contract into build/docs/index.html."""
    redocly(session, "build-docs", SPEC, "--output", "build/docs/index.html")


@nox.session(python=PYTHON)
def demo(session: nox.Session) -> None:
    """Run the demo on the embedded sandbox."""
    install_project(session)
    session.run("transaction-services", "demo", *session.posargs)


if os.environ.get("CI"):
    # CI machines are fresh: never reuse a virtualenv from an earlier run
    nox.options.reuse_venv = "no"
