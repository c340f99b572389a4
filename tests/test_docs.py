"""The SDK's API reference builds (pdoc, as `nox -s docs` runs it) and documents the public surface."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_api_reference_documents_the_public_surface(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "pdoc", "--docformat", "restructuredtext", "-o", str(tmp_path), "transaction_services"],
        check=True,
        capture_output=True,
        timeout=120,
    )
    page = (tmp_path / "transaction_services.html").read_text()
    for name in ["Gateway", "AsyncGateway", "Invoices", "Partner", "Payment", "ValidationError"]:
        assert f'id="{name}"' in page, name
    for method in ["Gateway.purchase", "Gateway.with_options", "Gateway.qr_checkout", "Invoices.list"]:
        assert f'id="{method}"' in page, method
    assert '<script src="http' not in page  # nothing fetched from the network when the page is opened


def test_docs_session_builds_both_references_where_the_readme_links_them() -> None:
    noxfile = (ROOT / "noxfile.py").read_text()
    readme = (ROOT / "README.md").read_text()
    assert re.search(r'"build-docs", SPEC, "--output", "build/docs/contract/index.html"', noxfile)
    assert '"--output-directory", "build/docs/sdk", "transaction_services"' in noxfile
    assert "(build/docs/contract/index.html)" in readme
    assert "(build/docs/sdk/transaction_services.html)" in readme
