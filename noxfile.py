"""Project tasks. `nox` runs what CI needs: spec, generated, lint, types, tests, portability.

Tool versions are pinned in pyproject.toml's `dev` dependency group (Python) and package.json (Redocly CLI).
"""

from __future__ import annotations

import os
from pathlib import Path

import nox

nox.options.default_venv_backend = "uv|virtualenv"
nox.options.reuse_venv = "yes"
nox.options.sessions = ["spec", "generated", "lint", "types", "tests", "portability"]

ROOT = Path(__file__).parent
PYTHON = "3.11"
SPEC = "openapi/transaction-services.yaml"
HANDWRITTEN = ["overlay", "sandbox", "cli", "tests", "tools", "benchmarks", "portability", "noxfile.py"]
# cassettes replay with the network blocked; the sandbox's own live tests use loopback only
REPLAY = ["--record-mode=none", "--block-network", "--allowed-hosts=127.0.0.1,localhost"]


def install_project(session: nox.Session) -> None:
    """Install the project (every package of the wheel) with the sandbox extra and the pinned toolchain."""
    session.install("-e", ".[sandbox]", "--group", "dev")


def node_tools(session: nox.Session) -> None:
    """Install the pinned npm tooling (Redocly CLI, TypeScript, @hey-api/openapi-ts) unless already there."""
    if not (ROOT / "node_modules" / ".bin" / "redocly").exists():
        session.run("npm", "ci", "--no-audit", "--no-fund", external=True)


def redocly(session: nox.Session, *args: str) -> None:
    """Run the pinned Redocly CLI from node_modules (installed by `npm ci`)."""
    binary = ROOT / "node_modules" / ".bin" / "redocly"
    node_tools(session)
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
    node_tools(session)  # the package's HTML reference of the contract is built by the Redocly CLI
    session.run("python", "tools/generate.py")


@nox.session(python=PYTHON)
def generated(session: nox.Session) -> None:
    """Fail when generated/ differs from what the contract gives (regenerates into a temporary folder)."""
    session.install("openapi-python-client==0.29.1", "ruff==0.17.6", "pyyaml>=6.0")
    node_tools(session)  # the package's HTML reference of the contract is built by the Redocly CLI
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
    """Benchmarks in a venv with the runtime dependencies only (no dev tools): client cost, sandbox scaling."""
    session.install(".[sandbox]", "stripe==16.1.0", "matplotlib==3.11.2")
    session.run("python", "benchmarks/bench_client.py", "--write", "benchmarks/results.md", *session.posargs)
    session.run("python", "benchmarks/bench_sandbox.py")


@nox.session(python=PYTHON)
def docs(session: nox.Session) -> None:
    """Build, offline, the contract reference (Redocly) and the SDK's API reference (pdoc) into build/docs/."""
    redocly(session, "build-docs", SPEC, "--output", "build/docs/contract/index.html")
    session.install("-e", ".", "pdoc==16.0.0")
    session.run(
        "pdoc", "--docformat", "restructuredtext", "--output-directory", "build/docs/sdk", "transaction_services",
    )  # fmt: skip
    index = ROOT / "build" / "docs" / "index.html"
    index.write_text(
        "<!DOCTYPE html><meta charset='utf-8'><title>transaction-services docs</title>"
        "<h1>transaction-services</h1><ul><li><a href='contract/index.html'>Contract reference (OpenAPI)</a></li>"
        "<li><a href='sdk/transaction_services.html'>Python SDK API reference</a></li></ul>\n"
    )
    session.log(f"docs in {index.parent}")


# What other teams' toolchains need from Debian: a JDK (javac) and Go, and the jars of the java client
PORTABILITY_DEBIAN = [
    "default-jdk-headless",
    "golang-go",
    "libjackson2-databind-java",
    "libjackson2-core-java",
    "libjackson2-annotations-java",
    "libjakarta-annotation-api-java",
    "libjsr305-java",
    "libhttpmime-java",
    "libhttpclient-java",
    "libhttpcore-java",
]


@nox.session(python=PYTHON)
def portability(session: nox.Session) -> None:
    """Other teams' generators (openapi-generator, @hey-api/openapi-ts) on the contract as committed; live calls."""
    missing = [name for name in PORTABILITY_DEBIAN if not _debian_installed(name)]
    if missing:
        session.run("apt-get", "update", "-qq", external=True)
        session.run("apt-get", "install", "-y", "-qq", "--no-install-recommends", *missing, external=True)
    node_tools(session)
    install_project(session)
    session.install("openapi-generator-cli==7.26.0")
    session.run("python", "portability/run.py", *session.posargs)


def _debian_installed(package: str) -> bool:
    """Whether a Debian package is installed (dpkg-query)."""
    import subprocess

    query = ["dpkg-query", "-W", "-f=${Status}", package]
    done = subprocess.run(query, capture_output=True, text=True, check=False)
    return "install ok installed" in done.stdout


@nox.session(python=PYTHON)
def demo(session: nox.Session) -> None:
    """Run the demo on the embedded sandbox (installs only the package and its sandbox extra)."""
    session.install(".[sandbox]")
    session.run("transaction-services", "demo", *session.posargs)


if os.environ.get("CI"):
    # CI machines are fresh: never reuse a virtualenv from an earlier run
    nox.options.reuse_venv = "no"
