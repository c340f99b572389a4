"""Everything one sandbox instance holds; hung on `app.state.sandbox`, never in module globals."""

from __future__ import annotations

import threading
from collections import Counter

from . import codes
from .callbacks import NotificationPath
from .clock import SandboxClock
from .config import SandboxConfig
from .faults import ConnectionCloser, FaultInjector
from .ledger import Ledger
from .notifier import Notifier
from .statemachine import PAYOUTSTARTED
from .tokens import TokenIssuer

__all__ = ["SandboxState"]


class SandboxState:
    """Config, ledger, clock, token issuer, notifier, faults and request statistics of one sandbox."""

    def __init__(self, config: SandboxConfig, ledger: Ledger | None = None, clock: SandboxClock | None = None) -> None:
        self.config = config
        self.ledger = ledger or Ledger(config.db_path)
        self.clock = clock or SandboxClock(config.timezone)
        self.tokens = TokenIssuer(config.jwt_secret or self.ledger.jwt_secret())
        self.notifier = Notifier(config, self.ledger, self.clock)
        self.faults = FaultInjector()
        # Set by the server that runs the app: closes a client's connection (for drop faults).
        self.connection_closer: ConnectionCloser | None = None
        # Required by the control API when set (the sandbox is bound to a non-loopback address).
        self.control_token: str | None = None
        self._stats_lock = threading.Lock()
        self._requests: Counter[str] = Counter()

    def count_request(self, operation: str) -> None:
        """Count one request to an operation."""
        with self._stats_lock:
            self._requests[operation] += 1

    def request_counts(self) -> dict[str, int]:
        """Requests per operation since start (or the last reset)."""
        with self._stats_lock:
            return dict(self._requests)

    def reset_stats(self) -> None:
        """Forget the request counts."""
        with self._stats_lock:
            self._requests.clear()

    def sweep(self) -> int:
        """Complete what is due at the current sandbox time (bank payouts); return how many.

        Each completion is notified through the gateway's shared (back-office) code path.
        """
        now = self.clock.epoch()
        done = 0
        for payment in self.ledger.due_payments(now):
            if payment.status == PAYOUTSTARTED:
                payment.status = payment.settle_outcome
                result = codes.SUCCEEDED if payment.status == "payoutsuccessful" else codes.DECLINED
                payment.result_code, payment.result_description = result.code, result.description
                payment.remark = "Payout processed" if result is codes.SUCCEEDED else "Payout failed"
                operation = "PO-SETTLED"
            else:
                payment.due_at = None
                self.ledger.save_payment(payment)
                continue
            payment.due_at = None
            payment.updated_at = now
            self.ledger.save_payment(payment)
            self.ledger.add_operation(payment.payment_id, operation, payment.amount, result.code, payment.status, now)
            self.notifier.notify(payment, NotificationPath.SHARED, result.code, result.description)
            done += 1
        return done
