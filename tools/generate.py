"""Rebuild the generated client from the hand-maintained contract.

    python tools/generate.py            # rewrite generated/
    python tools/generate.py --check    # regenerate into a temporary folder and fail on any difference

Steps: copy the contract for the generator (tools/prepare_spec.py), run the pinned
openapi-python-client, make ``models/__init__.py`` lazy (PEP 562) so importing one endpoint does not
import every model, then run the pinned ruff on that file exactly as the generator's own post-hooks
do, so the result is byte-for-byte reproducible. Last, the package gets the contract itself and its
HTML reference (``transaction_services_api/openapi/``: the wheel ships them, ``importlib.resources``
reads them, the sandbox serves them), built offline by the pinned Redocly CLI with its scripts inlined.
"""

from __future__ import annotations

import argparse
import ast
import filecmp
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from prepare_spec import prepare_spec

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "transaction-services.yaml"
CONFIG = ROOT / "generator-config.yaml"
TARGET = ROOT / "generated"
PACKAGE = "transaction_services_api"
REDOCLY = ROOT / "node_modules" / ".bin" / "redocly"

LAZY_TEMPLATE = '''"""Contains all the data models used in inputs/outputs.

Loaded lazily (PEP 562): importing one endpoint imports only the models it uses.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
{type_imports}

_MODULES = {{
{modules}
}}

__all__ = (
{names}
)


def __getattr__(name: str) -> Any:
    try:
        module = _MODULES[name]
    except KeyError:
        raise AttributeError(f"module {{__name__!r}} has no attribute {{name!r}}") from None
    value = getattr(import_module(f".{{module}}", __name__), name)
    globals()[name] = value
    return value
'''


def make_models_lazy(init_file: Path) -> None:
    """Rewrite the generator's eager ``models/__init__.py`` as a lazy loader with the same names."""
    tree = ast.parse(init_file.read_text())
    pairs: list[tuple[str, str]] = []
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.level == 1 and node.module:
            pairs.extend((alias.asname or alias.name, node.module) for alias in node.names)
    pairs.sort()
    init_file.write_text(
        LAZY_TEMPLATE.format(
            type_imports="\n".join(f"    from .{module} import {name}" for name, module in pairs),
            modules="\n".join(f'    "{name}": "{module}",' for name, module in pairs),
            names="\n".join(f'    "{name}",' for name, _ in pairs),
        )
    )


REPR_HELPER = '''

def repr_without_unset(self: object) -> str:
    """A model's repr showing only the fields that are set (attrs' own repr lists every UNSET field)."""
    shown = []
    for field in getattr(type(self), "__attrs_attrs__", ()):
        value = getattr(self, field.name)
        if isinstance(value, Unset) or (field.name == "additional_properties" and not value):
            continue
        shown.append(f"{field.name}={value!r}")
    return f"{type(self).__name__}({', '.join(shown)})"
'''
_MODEL_CLASS = re.compile(r"^@_attrs_define\nclass (\w+)", flags=re.M)


def hide_unset_in_reprs(package: Path) -> None:
    """Give every model a repr without its UNSET fields, so printing a model shows what it carries."""
    types_file = package / "types.py"
    types_file.write_text(types_file.read_text() + REPR_HELPER)
    for module in sorted((package / "models").glob("*.py")):
        names = _MODEL_CLASS.findall(module.read_text())
        if not names:
            continue
        tail = "\nfrom ..types import repr_without_unset as _repr_without_unset  # noqa: E402\n\n" + "".join(
            f"{name}.__repr__ = _repr_without_unset  # type: ignore[method-assign]\n" for name in names
        )
        module.write_text(module.read_text() + tail)


def run_ruff(path: Path) -> None:
    """Format like the generator's post-hooks (isolated from the repository's ruff settings)."""
    ruff = shutil.which("ruff") or "ruff"
    check = [ruff, "check", str(path), "--isolated", "--no-cache", "--target-version", "py311"]
    subprocess.run([*check, "--select", "F,I,UP", "--fix-only", "--quiet"], check=True)
    subprocess.run(
        [ruff, "format", str(path), "--isolated", "--no-cache", "--line-length", "120", "--quiet"], check=True
    )


def add_contract(folder: Path) -> None:
    """Put the contract and its self-contained HTML reference (no network needed to read it) in ``folder``."""
    if not REDOCLY.exists():
        raise SystemExit("the Redocly CLI is missing: run `npm ci` first")
    folder.mkdir()
    shutil.copyfile(SPEC, folder / SPEC.name)
    command = [str(REDOCLY), "build-docs", str(SPEC), "--inlineBundle", "--output", str(folder / "index.html")]
    result = subprocess.run(command, capture_output=True, text=True, env={**os.environ, "REDOCLY_TELEMETRY": "off"})
    if result.returncode != 0:
        sys.stderr.write(result.stdout + result.stderr)
        raise SystemExit("redocly build-docs failed; see above")


def generate(destination: Path) -> float:
    """Generate the client into ``destination`` (replaced whole); return the seconds it took."""
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="ts-generate-") as scratch:
        prepared = Path(scratch) / "openapi.generator.json"
        prepare_spec(SPEC, prepared)
        output = Path(scratch) / "generated"
        command = [
            "openapi-python-client", "generate",
            "--path", str(prepared),
            "--config", str(CONFIG),
            "--output-path", str(output),
            "--meta", "uv",
            "--fail-on-warning",
        ]  # fmt: skip
        # a fixed hash seed: the generator iterates sets of enum values
        env = {**os.environ, "PYTHONHASHSEED": "0"}
        result = subprocess.run(command, capture_output=True, text=True, env=env)
        if result.returncode != 0 or "Warning" in result.stdout or "Error" in result.stdout:
            sys.stderr.write(result.stdout + result.stderr)
            raise SystemExit("openapi-python-client failed or warned; see above")
        init_file = output / PACKAGE / "models" / "__init__.py"
        make_models_lazy(init_file)
        run_ruff(init_file)
        add_contract(output / PACKAGE / "openapi")
        hide_unset_in_reprs(output / PACKAGE)
        if destination.exists():
            shutil.rmtree(destination)
        shutil.copytree(output, destination)
    return time.perf_counter() - started


def differences(left: Path, right: Path) -> list[str]:
    """List files that differ, or exist on one side only, between two trees."""
    found: list[str] = []

    def walk(cmp: filecmp.dircmp[str], prefix: str) -> None:
        found.extend(f"{prefix}{name} (only in {left})" for name in cmp.left_only)
        found.extend(f"{prefix}{name} (only in {right})" for name in cmp.right_only)
        _, mismatch, errors = filecmp.cmpfiles(cmp.left, cmp.right, cmp.common_files, shallow=False)
        found.extend(f"{prefix}{name}" for name in mismatch + errors)
        for name, sub in cmp.subdirs.items():
            walk(sub, f"{prefix}{name}/")

    walk(filecmp.dircmp(left, right, ignore=["__pycache__"]), "")
    return found


def main() -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="fail if generated/ is not what the contract gives")
    args = parser.parse_args()
    if not args.check:
        seconds = generate(TARGET)
        print(f"generated/ rebuilt from {SPEC.relative_to(ROOT)} in {seconds:.2f} s")
        return 0
    with tempfile.TemporaryDirectory(prefix="ts-generated-check-") as scratch:
        fresh = Path(scratch) / "generated"
        seconds = generate(fresh)
        diff = differences(TARGET, fresh)
    if diff:
        print("generated/ is out of date with the contract; run `nox -s generate`. Differences:")
        print("\n".join(f"  {line}" for line in diff))
        return 1
    print(f"generated/ is up to date (regenerated in {seconds:.2f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
