"""`GET /openapi.yaml` and `GET /docs`: the contract this sandbox implements and its HTML reference.

Both files ship inside the ``transaction_services_api`` package (``openapi/``, written by
tools/generate.py from openapi/transaction-services.yaml). They are located with
``importlib.util.find_spec``, which finds a top-level package without importing it: the sandbox
never runs the generated client's code.
"""

from __future__ import annotations

import functools
import importlib.util
from pathlib import Path

from starlette.requests import Request
from starlette.responses import FileResponse, PlainTextResponse, Response
from starlette.routing import BaseRoute, Route

__all__ = ["contract_folder", "contract_routes"]

CONTRACT_PACKAGE = "transaction_services_api"
CONTRACT_FILE = "transaction-services.yaml"
REFERENCE_FILE = "index.html"


@functools.cache
def contract_folder() -> Path | None:
    """The folder holding the shipped contract and its HTML reference, or None when not installed."""
    spec = importlib.util.find_spec(CONTRACT_PACKAGE)
    for location in (spec.submodule_search_locations or []) if spec else []:
        folder = Path(location) / "openapi"
        if (folder / CONTRACT_FILE).is_file():
            return folder
    return None


def _file(name: str, media_type: str) -> Response:
    folder = contract_folder()
    if folder is None or not (folder / name).is_file():
        return PlainTextResponse(f"{name} is not installed with this sandbox", status_code=404)
    return FileResponse(folder / name, media_type=media_type)


async def openapi_yaml(request: Request) -> Response:
    """The OpenAPI document of the gateway, exactly as shipped."""
    return _file(CONTRACT_FILE, "application/yaml")


async def docs(request: Request) -> Response:
    """The Redocly HTML reference of that document (self-contained: works offline)."""
    return _file(REFERENCE_FILE, "text/html; charset=utf-8")


def contract_routes() -> list[BaseRoute]:
    """The two read-only routes, outside the gateway's prefixes."""
    return [Route("/openapi.yaml", openapi_yaml, methods=["GET"]), Route("/docs", docs, methods=["GET"])]
