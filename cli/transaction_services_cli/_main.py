"""Argument parsing of the ``transaction-services`` command."""

from __future__ import annotations

import argparse
import platform
import sys
from collections.abc import Sequence

import transaction_services

__all__ = ["main"]

DESCRIPTION = "The transactionServices REST v1 SDK's command: a demo of every flow, and a local sandbox gateway."


def _version() -> str:
    return f"transaction-services {transaction_services.__version__} (Python {platform.python_version()})"


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``transaction-services`` console script."""
    parser = argparse.ArgumentParser(prog="transaction-services", description=DESCRIPTION)
    parser.add_argument("--version", action="version", version=_version())
    commands = parser.add_subparsers(dest="command", required=True)
    demo = commands.add_parser(
        "demo",
        help="run every flow of the SDK against an embedded sandbox (or a real test gateway) and print a table",
        description="Run every flow of the SDK and print a table of the outcomes; exit status 1 if one fails.",
    )
    demo.add_argument(
        "--base-url",
        help="a real test gateway instead of the embedded sandbox; credentials come from "
        "TRANSACTION_SERVICES_MEMBER_ID, _SECURE_KEY, _PARTNER_ID, _USERNAME and _TERMINAL_ID",
    )
    commands.add_parser(
        "sandbox", help="run a local sandbox gateway (see `transaction-services sandbox --help`)", add_help=False
    )
    args, rest = parser.parse_known_args(argv)
    if args.command == "sandbox":
        try:
            from transaction_services_sandbox.cli import main as sandbox_main
        except ImportError:
            print("the sandbox needs its extra: pip install '.[sandbox]' (from a checkout)", file=sys.stderr)
            return 2
        return sandbox_main(rest)
    if rest:
        parser.error(f"unrecognized arguments: {' '.join(rest)}")
    from .demo import run_demo

    return run_demo(args.base_url, progress=sys.stderr if sys.stderr.isatty() else None)
