"""`transaction-services sandbox [--host --port --db --member-id ...]`: run the sandbox until Ctrl-C."""

from __future__ import annotations

import argparse
import logging
import threading
from collections.abc import Sequence

from .config import SandboxConfig
from .server import Sandbox

__all__ = ["build_parser", "config_from_args", "describe", "main"]


def build_parser() -> argparse.ArgumentParser:
    """The command-line options, with the documented defaults."""
    defaults = SandboxConfig()
    parser = argparse.ArgumentParser(
        prog="transaction-services sandbox",
        description="Run a local transactionServices REST v1 sandbox.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default: %(default)s)")
    parser.add_argument("--port", type=int, default=8080, help="port, 0 for a free one (default: %(default)s)")
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
    return "\n".join(
        [
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
    logging.basicConfig(level=args.log_level.upper(), format="%(asctime)s %(name)s %(levelname)s %(message)s")
    sandbox = Sandbox(config_from_args(args), host=args.host, port=args.port)
    try:
        sandbox.start()
    except OSError as exc:
        print(f"cannot start the sandbox: {exc}")
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
