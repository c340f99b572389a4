"""`transaction-services sandbox [--host --port --db --member-id ...]`: run the sandbox until Ctrl-C."""

from __future__ import annotations

import argparse
import logging
import sqlite3
import sys
import threading
from collections.abc import Sequence
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .config import SandboxConfig
from .control import CONTROL_TOKEN_HEADER
from .server import Sandbox

# Exit status of a usage mistake (as argparse uses).
USAGE_ERROR = 2

__all__ = ["build_parser", "config_from_args", "describe", "main"]


def build_parser() -> argparse.ArgumentParser:
    """The command-line options, with the documented defaults."""
    defaults = SandboxConfig()
    parser = argparse.ArgumentParser(
        prog="transaction-services sandbox",
        description="Run a local transactionServices REST v1 sandbox.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default: %(default)s)")
    parser.add_argument("--port", default="8080", help="port, 0 for a free one (default: %(default)s)")
    parser.add_argument("--db", default=defaults.db_path, help="SQLite ledger file (default: in memory)")
    parser.add_argument("--member-id", default=defaults.member_id)
    parser.add_argument("--secure-key", default=defaults.secure_key)
    parser.add_argument("--partner-id", default=defaults.partner_id)
    parser.add_argument("--username", default=defaults.username, help="merchant login name")
    parser.add_argument("--terminal-id", default=defaults.terminal_id)
    parser.add_argument("--partner-username", default=defaults.partner_username)
    parser.add_argument("--partner-key", default=defaults.partner_key)
    parser.add_argument("--timezone", default=defaults.timezone, help="IANA zone of timestamps")
    parser.add_argument(
        "--notify-sync", action="store_true", help="also notify notificationUrl for synchronous payments"
    )
    parser.add_argument("--log-level", default="INFO", help="logging level (default: %(default)s)")
    return parser


def check_args(args: argparse.Namespace) -> str | None:
    """The first usage mistake in the options, as one line, or None."""
    if not args.port.isdigit() or not 0 <= int(args.port) <= 65535:
        return f"--port must be a number from 0 to 65535, not {args.port!r}"
    try:
        ZoneInfo(args.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        return f"--timezone {args.timezone!r} is not a known IANA time zone"
    if args.db != ":memory:":
        try:
            sqlite3.connect(args.db).close()
        except sqlite3.Error as exc:
            return f"--db {args.db!r} cannot be opened: {exc}"
    if logging.getLevelName(args.log_level.upper()) not in range(0, 100):
        return f"--log-level {args.log_level!r} is not a logging level"
    return None


def config_from_args(args: argparse.Namespace) -> SandboxConfig:
    """A `SandboxConfig` from parsed options."""
    return SandboxConfig(
        member_id=args.member_id,
        secure_key=args.secure_key,
        partner_id=args.partner_id,
        username=args.username,
        terminal_id=args.terminal_id,
        partner_username=args.partner_username,
        partner_key=args.partner_key,
        timezone=args.timezone,
        db_path=args.db,
        notify_sync_payments=args.notify_sync,
    )


def describe(sandbox: Sandbox) -> str:
    """The banner printed at start: URLs and credentials (test credentials, printed on purpose)."""
    config = sandbox.config
    guard = []
    if sandbox.control_token is not None:
        guard = [
            f"WARNING: listening on {sandbox.host}, not loopback: anyone who can reach this address can pay,",
            "  inquire and read test data. The control API requires the header",
            f"  {CONTROL_TOKEN_HEADER}: {sandbox.control_token}",
        ]
    return "\n".join(
        [
            *guard,
            f"transactionServices sandbox listening on {sandbox.url}",
            f"  transactionServices: {sandbox.transaction_url}",
            f"  invoiceServices:     {sandbox.invoice_url}",
            f"  control API:         {sandbox.url}/_sandbox/",
            f"  ledger:              {config.db_path}",
            "merchant:",
            f"  memberId={config.member_id} terminalId={config.terminal_id} partnerId={config.partner_id}",
            f"  username={config.username} secureKey={config.secure_key}",
            "partner:",
            f"  partnerId={config.partner_id} userName={config.partner_username} partnerKey={config.partner_key}",
            "Press Ctrl-C to stop.",
        ]
    )


def main(argv: Sequence[str] | None = None, *, stop: threading.Event | None = None) -> int:
    """Run the sandbox until interrupted (or until `stop` is set); return the exit status."""
    args = build_parser().parse_args(argv)
    mistake = check_args(args)
    if mistake is not None:
        print(f"transaction-services sandbox: error: {mistake}", file=sys.stderr)
        return USAGE_ERROR
    logging.basicConfig(level=args.log_level.upper(), format="%(asctime)s %(name)s %(levelname)s %(message)s")
    sandbox = Sandbox(config_from_args(args), host=args.host, port=int(args.port))
    try:
        sandbox.start()
    except OSError as exc:
        print(f"transaction-services sandbox: error: cannot listen on {args.host}:{args.port}: {exc}", file=sys.stderr)
        return 1
    print(describe(sandbox), flush=True)
    waiter = stop or threading.Event()
    try:
        while not waiter.wait(0.5):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        sandbox.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
