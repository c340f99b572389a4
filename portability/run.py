"""`nox -s portability`: other teams' generators on the contract as committed, no transform.

    python portability/run.py                     # generate, compile, call the sandbox; print the table
    python portability/run.py --update-baseline   # accept the generator warnings of this run

For each generator: generate from ``openapi/transaction-services.yaml`` into ``build/portability/<name>``
with no generator error, check that the payments API has ``createPayment``, compile where the
toolchain and the dependencies come from Debian or npm, and, where it compiles, run a small program
that gets a token and makes an approved purchase against a sandbox started here. The TypeScript
clients must also refuse to compile a purchase without its checksum. Any generator warning missing
from ``portability/expected-warnings.txt`` (the previous run's) fails the run.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HERE = ROOT / "portability"
SPEC = ROOT / "openapi" / "transaction-services.yaml"
OUT = ROOT / "build" / "portability"
BASELINE = HERE / "expected-warnings.txt"
NODE_BIN = ROOT / "node_modules" / ".bin"
TSC_FLAGS = ["--strict", "--target", "ES2022", "--module", "commonjs", "--moduleResolution", "node"]
TSC_FLAGS += ["--lib", "ES2022,DOM", "--types", "node", "--skipLibCheck", "false"]
# Debian's jars for the java client (library "native": java.net.http and Jackson)
JAVA_JARS = ["jackson-databind", "jackson-core", "jackson-annotations", "jakarta-annotation-api", "jsr305"]
JAVA_JARS += ["httpmime", "httpclient", "httpcore"]
# what the java client needs that Debian does not package: errors in files that import it are that gap
JAVA_MISSING = {"com.fasterxml.jackson.datatype.jsr310": "jackson-datatype-jsr310"}
# per TypeScript generator: the purchase program (compiled and run) and the unsigned one (must not compile)
TS_PROGRAMS = {
    "typescript-fetch": ("fetch_purchase.ts", "fetch_no_checksum.ts"),
    "hey-api": ("heyapi_purchase.ts", "heyapi_no_checksum.ts"),
}


@dataclass
class Row:
    """One line of the closing table."""

    generator: str
    generated: str = "no"
    compiled: str = "-"
    live_call: str = "-"
    failures: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class OpenApiGenerator:
    """An openapi-generator target and where its payments API lands."""

    name: str
    options: tuple[str, ...]
    payments_api: str
    create_payment: str
    output: str = ""  # below build/portability/<name>; the TypeScript programs import "./client"


OPENAPI_GENERATORS = [
    OpenApiGenerator("typescript-fetch", (), "apis/PaymentsApi.ts", "async createPayment(", "client"),
    OpenApiGenerator(
        "go", ("--additional-properties=packageName=transactionservices",), "api_payments.go", ") CreatePayment("
    ),
    OpenApiGenerator(
        "java",
        ("--library", "native", "--additional-properties=openApiNullable=false,useJakartaEe=true"),
        "src/main/java/org/openapitools/client/api/PaymentsApi.java",
        " createPayment(",
    ),
    OpenApiGenerator("kotlin", (), "src/main/kotlin/org/openapitools/client/apis/PaymentsApi.kt", "fun createPayment("),
]


def run(command: Sequence[str | Path], cwd: Path = ROOT, env: dict[str, str] | None = None) -> tuple[int, str]:
    """Run a command; return its exit status and its combined output."""
    done = subprocess.run(
        [str(part) for part in command],
        cwd=cwd,
        env={**os.environ, **(env or {})},
        capture_output=True,
        text=True,
        check=False,
    )
    return done.returncode, done.stdout + done.stderr


def diagnostics(generator: str, output: str) -> list[str]:
    """The warnings and errors a generator printed, one normalised line each (paths and colours removed)."""
    lines = []
    for raw in output.splitlines():
        line = re.sub(r"\x1b\[[0-9;]*m", "", raw).replace(str(ROOT), "<root>").strip()
        line = re.sub(r"^\[[\w-]+\]\s*", "", line)
        # openapi-generator logs "WARN  ..." / "ERROR ..."; openapi-ts marks its problems with ❌ / ⚠
        if re.match(r"(WARN|WARNING|ERROR)\b", line, re.IGNORECASE) or re.search("❌|⚠", line):
            lines.append(f"{generator}: {line}")
    return lines


def is_error(line: str) -> bool:
    """Whether a diagnostic line (as `diagnostics` returns it) is an error rather than a warning."""
    return bool(re.match(r"[\w-]+: (ERROR\b|.*❌)", line, re.IGNORECASE))


def generate_openapi(spec: OpenApiGenerator, row: Row, seen: list[str]) -> Path:
    """Run openapi-generator for one target; record its diagnostics and the createPayment check."""
    shutil.rmtree(OUT / spec.name, ignore_errors=True)
    target = OUT / spec.name / spec.output
    cli = shutil.which("openapi-generator-cli") or "openapi-generator-cli"
    command: list[str | Path] = [cli, "generate", "-g", spec.name, "-i", SPEC, "-o", target, *spec.options]
    status, output = run([*command, "--additional-properties=hideGenerationTimestamp=true"])
    found = diagnostics(spec.name, output)
    seen.extend(found)
    row.failures.extend(f"generator error: {line}" for line in found if is_error(line))
    if status != 0:
        row.failures.append(f"openapi-generator exited {status}:\n{output[-2000:]}")
        return target
    api = target / spec.payments_api
    if not api.exists() or spec.create_payment not in api.read_text():
        row.failures.append(f"{spec.payments_api} has no createPayment")
        return target
    row.generated = "yes"
    return target


def generate_hey_api(row: Row, seen: list[str]) -> Path:
    """Run @hey-api/openapi-ts (fetch client) into build/portability/hey-api/client."""
    target = OUT / "hey-api"
    shutil.rmtree(target, ignore_errors=True)
    command: list[str | Path] = [NODE_BIN / "openapi-ts", "-i", f"./{SPEC.relative_to(ROOT)}", "-o", target / "client"]
    status, output = run([*command, "-c", "@hey-api/client-fetch", "--no-log-file"])
    found = diagnostics("hey-api", output)
    seen.extend(found)
    row.failures.extend(f"generator error: {line}" for line in found if is_error(line))
    sdk = target / "client" / "sdk.gen.ts"
    if status != 0 or not sdk.exists():
        row.failures.append(f"openapi-ts exited {status}:\n{output[-2000:]}")
    elif "export const createPayment" not in sdk.read_text():
        row.failures.append("sdk.gen.ts has no createPayment")
    else:
        row.generated = "yes"
    return target


def compile_typescript(row: Row, target: Path, purchase: str, unsigned: str) -> Path | None:
    """Compile the purchase program with the client under `tsc --strict`; the unsigned one must not compile."""
    for program in (purchase, unsigned):
        shutil.copy(HERE / "typescript" / program, target / program)
    tsc = NODE_BIN / "tsc"
    status, output = run([tsc, *TSC_FLAGS, "--outDir", target / "js", target / purchase])
    if status != 0:
        row.compiled = "no"
        row.failures.append(f"tsc --strict failed:\n{output[-4000:]}")
        return None
    row.compiled = "yes (tsc --strict)"
    status, output = run([tsc, *TSC_FLAGS, "--noEmit", target / unsigned])
    if status == 0 or not re.search(r"checksum", output, re.IGNORECASE):
        row.failures.append(f"a purchase without its checksum compiled (or failed for another reason):\n{output}")
    else:
        row.compiled += ", unsigned purchase refused"
    return target / "js" / purchase.replace(".ts", ".js")


def compile_go(row: Row, target: Path) -> Path | None:
    """Build the go client and the purchase program with the Debian toolchain (no module downloads)."""
    if shutil.which("go") is None:
        row.compiled = "no (go not installed)"
        row.failures.append("go is not installed (Debian: golang-go)")
        return None
    program = target / "cmd" / "purchase"
    program.mkdir(parents=True, exist_ok=True)
    shutil.copy(HERE / "go" / "purchase.go", program / "main.go")
    env = {"GOFLAGS": "-mod=mod", "GOPROXY": "off", "GOTOOLCHAIN": "local", "GOTELEMETRY": "off"}
    binary = OUT / "go-purchase"
    status, output = run(["go", "build", "./..."], cwd=target, env=env)
    if status == 0:
        status, output = run(["go", "build", "-o", binary, "./cmd/purchase"], cwd=target, env=env)
    if status != 0:
        row.compiled = "no"
        row.failures.append(f"go build failed:\n{output[-4000:]}")
        return None
    _, version = run(["go", "version"])
    row.compiled = f"yes ({version.split()[2]})"
    return binary


def compile_java(row: Row, target: Path) -> None:
    """Compile the java client with javac against Debian's jars; name what Debian does not package."""
    javac = shutil.which("javac")
    jars = [Path("/usr/share/java") / f"{name}.jar" for name in JAVA_JARS]
    absent = [jar.name for jar in jars if not jar.exists()]
    if javac is None or absent:
        row.compiled = "no (javac or Debian jars not installed)"
        row.failures.append(f"javac or Debian jars missing: {absent}")
        return
    sources = sorted(str(path) for path in (target / "src" / "main" / "java").rglob("*.java"))
    classes = OUT / "java-classes"
    shutil.rmtree(classes, ignore_errors=True)
    command: list[str | Path] = [
        javac,
        "-nowarn",
        "-Xmaxerrs",
        "100000",
        "-d",
        classes,
        "-cp",
        ":".join(map(str, jars)),
        *sources,
    ]
    status, output = run(command)
    if status == 0:
        row.compiled = "yes (javac, Debian jars)"
        return
    failing = {
        line.split(".java:")[0] + ".java" for line in output.splitlines() if ".java:" in line and "error:" in line
    }
    # the files that import the missing packages, and the files that use those files' classes
    importing = {
        str(path) for path in map(Path, sources) if any(f"import {p}" in path.read_text() for p in JAVA_MISSING)
    }
    names = {Path(source).stem for source in importing}
    explained = {
        source
        for source in failing
        if source in importing or any(re.search(rf"\b{n}\b", Path(source).read_text()) for n in names)
    }
    if failing and failing == explained:
        missing = ", ".join(sorted(JAVA_MISSING.values()))
        row.compiled = f"no: {missing} is not packaged in Debian ({len(failing)} files use it; the rest compile)"
    else:
        row.compiled = "no"
        row.failures.append(f"javac failed beyond the missing Debian packages:\n{output[-4000:]}")


@contextmanager
def sandbox_env() -> Iterator[dict[str, str]]:
    """Start the sandbox on a free loopback port; yield the environment the purchase programs read."""
    from transaction_services_sandbox.server import Sandbox

    with Sandbox() as sandbox:
        config = sandbox.config
        yield {
            "SANDBOX_URL": sandbox.url,
            "MEMBER_ID": config.member_id,
            "SECURE_KEY": config.secure_key,
            "PARTNER_ID": config.partner_id,
            "MERCHANT_USERNAME": config.username,
            "TERMINAL_ID": config.terminal_id,
        }


def live_call(row: Row, command: Sequence[str | Path], env: dict[str, str]) -> None:
    """Run a purchase program against the sandbox; it exits 0 only on an approved payment."""
    status, output = run(command, env=env)
    approved = re.search(r"approved payment (\d+)", output)
    if status == 0 and approved:
        row.live_call = f"approved (paymentId {approved.group(1)})"
    else:
        row.live_call = "failed"
        row.failures.append(f"live purchase failed (exit {status}):\n{output[-3000:]}")


def compare_warnings(seen: list[str], update: bool, baseline: Path = BASELINE) -> list[str]:
    """Diagnostics of this run missing from the baseline (the baseline is rewritten when asked)."""
    current = sorted(set(seen))
    if update:
        baseline.write_text(
            "# Generator warnings accepted by `nox -s portability` (one per line; regenerate with\n"
            "# `python portability/run.py --update-baseline` after reviewing them).\n"
            + "".join(f"{line}\n" for line in current)
        )
        return []
    known = {line for line in baseline.read_text().splitlines() if line and not line.startswith("#")}
    gone = sorted(known - set(current))
    if gone:
        print("warnings of the baseline this run no longer has (update the baseline to drop them):")
        print("\n".join(f"  {line}" for line in gone))
    return [line for line in current if line not in known]


def main(argv: Sequence[str] | None = None) -> int:
    """Generate, compile and call; print the table; return 1 on any failure."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--update-baseline", action="store_true", help="accept this run's generator warnings")
    args = parser.parse_args(argv)
    OUT.mkdir(parents=True, exist_ok=True)
    seen: list[str] = []
    rows = {name: Row(name) for name in ["typescript-fetch", "hey-api", "go", "java", "kotlin"]}
    targets = {spec.name: generate_openapi(spec, rows[spec.name], seen) for spec in OPENAPI_GENERATORS}
    generate_hey_api(rows["hey-api"], seen)
    programs: dict[str, list[str | Path]] = {}
    for name, (purchase, unsigned) in TS_PROGRAMS.items():
        if rows[name].generated == "yes":
            js = compile_typescript(rows[name], OUT / name, purchase, unsigned)
            if js:
                programs[name] = ["node", js]
    if rows["go"].generated == "yes":
        binary = compile_go(rows["go"], targets["go"])
        if binary:
            programs["go"] = [binary]
    if rows["java"].generated == "yes":
        compile_java(rows["java"], targets["java"])
    rows["kotlin"].compiled = "not tried (no Kotlin compiler or Gradle in Debian)"
    if programs:
        with sandbox_env() as env:
            for name, command in programs.items():
                live_call(rows[name], command, env)
    new_warnings = compare_warnings(seen, args.update_baseline)
    print_table(rows.values())
    failures = [f"[{row.generator}] {failure}" for row in rows.values() for failure in row.failures]
    failures.extend(f"new generator warning (not in {BASELINE.relative_to(ROOT)}): {line}" for line in new_warnings)
    for failure in failures:
        print(f"FAIL {failure}", file=sys.stderr)
    return 1 if failures else 0


def print_table(rows: Iterable[Row]) -> None:
    """Print the generator / generated / compiled / live call table (Markdown)."""
    print("\n| generator | generated | compiled | live call |\n|---|---|---|---|")
    for row in rows:
        print(f"| {row.generator} | {row.generated} | {row.compiled} | {row.live_call} |")


if __name__ == "__main__":
    raise SystemExit(main())
