"""The durable ledger: SQLite (standard library), in memory by default or in a file.

One connection guarded by a lock serves every thread (the server's event loop, the test thread
reading it through `Sandbox.ledger`). Each write commits before the call returns, so a sandbox
restarted on the same file sees every payment, token, invoice and notification.
"""

from __future__ import annotations

import json
import secrets
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from .models import Invoice, NotificationRecord, Payment, Registration

__all__ = ["FIRST_INVOICE_ID", "FIRST_PAYMENT_ID", "LIST_FILTERS", "Ledger"]

# Ids look like the gateway's (five or six digits) and never collide with docs sample ids.
FIRST_PAYMENT_ID = 100001
FIRST_INVOICE_ID = 5001

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS payments (
    payment_id INTEGER PRIMARY KEY,
    member_id TEXT NOT NULL DEFAULT '',
    merchant_transaction_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    status TEXT NOT NULL,
    created_at REAL NOT NULL,
    due_at REAL,
    approval_token TEXT,
    data TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS payments_member_mtid ON payments (member_id, merchant_transaction_id);
CREATE INDEX IF NOT EXISTS payments_member_id ON payments (member_id, payment_id);
CREATE INDEX IF NOT EXISTS payments_member_created ON payments (member_id, created_at);
CREATE INDEX IF NOT EXISTS payments_due_only ON payments (due_at) WHERE due_at IS NOT NULL;
CREATE INDEX IF NOT EXISTS payments_approval ON payments (approval_token);
CREATE TABLE IF NOT EXISTS operations (
    operation_id INTEGER PRIMARY KEY AUTOINCREMENT,
    payment_id INTEGER NOT NULL,
    operation TEXT NOT NULL,
    amount TEXT NOT NULL,
    result_code TEXT NOT NULL,
    status_after TEXT NOT NULL,
    created_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS registrations (
    registration_id TEXT PRIMARY KEY,
    member_id TEXT NOT NULL DEFAULT '',
    customer_id TEXT NOT NULL,
    status TEXT NOT NULL,
    created_at REAL NOT NULL,
    data TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS invoices (
    invoice_id INTEGER PRIMARY KEY,
    member_id TEXT NOT NULL DEFAULT '',
    merchant_invoice_id TEXT NOT NULL,
    pay_token TEXT NOT NULL,
    created_at REAL NOT NULL,
    data TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS invoices_member_reference ON invoices (member_id, merchant_invoice_id);
CREATE TABLE IF NOT EXISTS notifications (
    notification_id INTEGER PRIMARY KEY AUTOINCREMENT,
    payment_id TEXT NOT NULL,
    url TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at REAL NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    last_status INTEGER,
    last_error TEXT NOT NULL DEFAULT '',
    delivered INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS tokens_issued (
    token_id INTEGER PRIMARY KEY AUTOINCREMENT,
    operation TEXT NOT NULL,
    subject TEXT NOT NULL,
    role TEXT NOT NULL,
    issued_at REAL NOT NULL,
    expires_at REAL NOT NULL
);
"""


class Ledger:
    """Thread-safe store of everything the sandbox remembers."""

    def __init__(self, path: str = ":memory:") -> None:
        self.path = path
        self._lock = threading.RLock()
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._db.row_factory = sqlite3.Row
        if path != ":memory:":
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
        self._migrate()
        self._db.executescript(_SCHEMA)

    def _migrate(self) -> None:
        # Ledger files written before records were scoped by member lack the column.
        for table in ("payments", "registrations", "invoices"):
            columns = {row["name"] for row in self._db.execute(f"PRAGMA table_info({table})")}
            if columns and "member_id" not in columns:
                self._db.execute(f"ALTER TABLE {table} ADD COLUMN member_id TEXT NOT NULL DEFAULT ''")
        self._db.execute("DROP INDEX IF EXISTS payments_mtid")
        self._db.execute("DROP INDEX IF EXISTS payments_due")

    def close(self) -> None:
        """Close the connection."""
        with self._lock:
            self._db.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """Run several statements atomically under the ledger lock."""
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    # -- meta and counters -------------------------------------------------------------------

    def get_meta(self, key: str) -> str | None:
        """A stored setting, or None."""
        with self._lock:
            row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row["value"])

    def set_meta(self, key: str, value: str) -> None:
        """Store a setting."""
        with self._lock:
            self._db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))

    def increment(self, counter: str, start: int = 0) -> int:
        """Increment a named counter and return the new value (the first call returns start + 1)."""
        with self.transaction() as db:
            row = db.execute("SELECT value FROM meta WHERE key = ?", (f"counter:{counter}",)).fetchone()
            value = (int(row["value"]) if row else start) + 1
            db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (f"counter:{counter}", str(value)))
        return value

    def counter(self, counter: str) -> int:
        """Current value of a named counter (0 when never incremented)."""
        value = self.get_meta(f"counter:{counter}")
        return int(value) if value else 0

    def jwt_secret(self) -> str:
        """The HS256 secret of this ledger, created on first use and kept with the data."""
        with self._lock:
            secret = self.get_meta("jwt_secret")
            if secret is None:
                secret = secrets.token_urlsafe(32)
                self.set_meta("jwt_secret", secret)
            return secret

    def get_json_meta(self, key: str) -> dict[str, str]:
        """A stored JSON object setting (empty when unset)."""
        raw = self.get_meta(key)
        return dict(json.loads(raw)) if raw else {}

    def set_json_meta(self, key: str, value: dict[str, str]) -> None:
        """Store a JSON object setting."""
        self.set_meta(key, json.dumps(value, sort_keys=True))

    # -- tokens ------------------------------------------------------------------------------

    def record_token(self, operation: str, subject: str, role: str, issued_at: float, expires_at: float) -> None:
        """Remember an issued token (metadata only, never the token)."""
        with self._lock:
            self._db.execute(
                "INSERT INTO tokens_issued (operation, subject, role, issued_at, expires_at) VALUES (?,?,?,?,?)",
                (operation, subject, role, issued_at, expires_at),
            )

    def tokens_issued(self) -> list[dict[str, Any]]:
        """Every issued token's metadata, oldest first."""
        with self._lock:
            rows = self._db.execute("SELECT * FROM tokens_issued ORDER BY token_id").fetchall()
        return [dict(row) for row in rows]

    # -- payments ----------------------------------------------------------------------------

    def next_payment_id(self) -> int:
        """Allocate a new payment id."""
        with self._lock:
            row = self._db.execute("SELECT MAX(payment_id) AS top FROM payments").fetchone()
            top = row["top"]
            reserved = self.counter("payment_id")
            candidate = max(FIRST_PAYMENT_ID - 1, int(top or 0), reserved) + 1
            self.set_meta("counter:payment_id", str(candidate))
            return candidate

    def order_id_taken(self, member_id: str, merchant_transaction_id: str, freeing: tuple[str, ...]) -> bool:
        """Whether the member has a payment with this merchantTransactionId in a status not in `freeing`."""
        marks = ",".join("?" * len(freeing))
        with self._lock:
            row = self._db.execute(
                "SELECT 1 FROM payments WHERE member_id = ? AND merchant_transaction_id = ?"  # noqa: S608 - only marks
                f" AND status NOT IN ({marks}) LIMIT 1",
                (member_id, merchant_transaction_id, *freeing),
            ).fetchone()
        return row is not None

    def insert_payment_unique(self, payment: Payment, freeing: tuple[str, ...]) -> bool:
        """Store a new payment unless its order id is taken (see `order_id_taken`); atomic. False when taken."""
        with self._lock:
            if self.order_id_taken(payment.member_id, payment.merchant_transaction_id, freeing):
                return False
            self.insert_payment(payment)
            return True

    def insert_payment(self, payment: Payment) -> None:
        """Store a new payment."""
        with self._lock:
            self._db.execute(
                "INSERT INTO payments (payment_id, member_id, merchant_transaction_id, kind, status, created_at,"
                " due_at, approval_token, data) VALUES (?,?,?,?,?,?,?,?,?)",
                (
                    payment.payment_id,
                    payment.member_id,
                    payment.merchant_transaction_id,
                    payment.kind,
                    payment.status,
                    payment.created_at,
                    payment.due_at,
                    payment.approval_token or None,
                    json.dumps(payment.to_dict()),
                ),
            )

    def save_payment(self, payment: Payment) -> None:
        """Write back a changed payment."""
        with self._lock:
            self._db.execute(
                "UPDATE payments SET status = ?, due_at = ?, approval_token = ?, data = ? WHERE payment_id = ?",
                (
                    payment.status,
                    payment.due_at,
                    payment.approval_token or None,
                    json.dumps(payment.to_dict()),
                    payment.payment_id,
                ),
            )

    def get_payment(self, payment_id: int | str, member_id: str | None = None) -> Payment | None:
        """A payment by id (of this member when given), or None."""
        key = _sqlite_id(payment_id)
        if key is None:
            return None
        with self._lock:
            row = self._db.execute("SELECT member_id, data FROM payments WHERE payment_id = ?", (key,)).fetchone()
        if row is None or (member_id is not None and row["member_id"] != member_id):
            return None
        return Payment.from_dict(json.loads(row["data"]))

    def find_payment_by_merchant_id(self, member_id: str, merchant_transaction_id: str) -> Payment | None:
        """The member's most recent payment with this merchantTransactionId, or None."""
        with self._lock:
            row = self._db.execute(
                "SELECT data FROM payments WHERE member_id = ? AND merchant_transaction_id = ?"
                " ORDER BY payment_id DESC LIMIT 1",
                (member_id, merchant_transaction_id),
            ).fetchone()
        return None if row is None else Payment.from_dict(json.loads(row["data"]))

    def list_payments(
        self,
        member_id: str,
        *,
        created_from: float | None = None,
        created_before: float | None = None,
        filters: dict[str, str] | None = None,
        offset: int = 0,
        limit: int = 30,
    ) -> list[Payment]:
        """One page of the member's payments, newest first, filtered in SQL (see `LIST_FILTERS`)."""
        query = "SELECT data FROM payments INDEXED BY payments_member_created WHERE member_id = ?"
        params: list[Any] = [member_id]
        if created_from is not None:
            query += " AND created_at >= ?"
            params.append(created_from)
        if created_before is not None:
            query += " AND created_at < ?"
            params.append(created_before)
        for name, value in (filters or {}).items():
            query += f" AND {LIST_FILTERS[name]} = ?"
            params.append(value)
        # Newest first along the (member_id, created_at) index, so a page costs the same at any ledger size.
        query += " ORDER BY created_at DESC, payment_id DESC LIMIT ? OFFSET ?"
        params += [limit, offset]
        with self._lock:
            rows = self._db.execute(query, params).fetchall()
        return [Payment.from_dict(json.loads(row["data"])) for row in rows]

    def newest_record_time(self) -> float | None:
        """The latest creation time of any payment, operation, invoice or issued token (None when empty)."""
        with self._lock:
            row = self._db.execute(
                "SELECT MAX(t) FROM (SELECT MAX(created_at) AS t FROM payments"
                " UNION ALL SELECT MAX(created_at) FROM operations UNION ALL SELECT MAX(created_at) FROM invoices"
                " UNION ALL SELECT MAX(issued_at) FROM tokens_issued)"
            ).fetchone()
        return None if row[0] is None else float(row[0])

    def count_payments(self) -> int:
        """How many payments the ledger holds."""
        with self._lock:
            return int(self._db.execute("SELECT COUNT(*) FROM payments").fetchone()[0])

    def find_payment_by_approval_token(self, token: str) -> Payment | None:
        """The payment whose approval page carries this token, or None."""
        with self._lock:
            row = self._db.execute("SELECT data FROM payments WHERE approval_token = ?", (token,)).fetchone()
        return None if row is None else Payment.from_dict(json.loads(row["data"]))

    def update_payment(
        self, payment_id: int, change: Callable[[Payment], Payment], member_id: str | None = None
    ) -> Payment | None:
        """Load, change and save a payment atomically; None when it does not exist (for this member)."""
        with self._lock:
            payment = self.get_payment(payment_id, member_id)
            if payment is None:
                return None
            updated = change(payment)
            self.save_payment(updated)
            return updated

    def payments(self, kind: str | None = None) -> list[Payment]:
        """All payments (optionally of one kind), newest first."""
        with self._lock:
            if kind is None:
                rows = self._db.execute("SELECT data FROM payments ORDER BY payment_id DESC").fetchall()
            else:
                rows = self._db.execute(
                    "SELECT data FROM payments WHERE kind = ? ORDER BY payment_id DESC", (kind,)
                ).fetchall()
        return [Payment.from_dict(json.loads(row["data"])) for row in rows]

    def due_payments(self, now: float) -> list[Payment]:
        """Payments with a pending refund or payout that is due at `now`."""
        with self._lock:
            # Ordered by the partial index's own key, so the planner walks only the due rows.
            rows = self._db.execute(
                "SELECT data FROM payments INDEXED BY payments_due_only"
                " WHERE due_at IS NOT NULL AND due_at <= ? ORDER BY due_at",
                (now,),
            ).fetchall()
        return [Payment.from_dict(json.loads(row["data"])) for row in rows]

    def add_operation(
        self, payment_id: int, operation: str, amount: str, result_code: str, status_after: str, created_at: float
    ) -> None:
        """Record a follow-up operation (capture, refund, reversal, inquiry ...) on a payment."""
        with self._lock:
            self._db.execute(
                "INSERT INTO operations (payment_id, operation, amount, result_code, status_after, created_at)"
                " VALUES (?,?,?,?,?,?)",
                (payment_id, operation, amount, result_code, status_after, created_at),
            )

    def operations(self, payment_id: int | None = None) -> list[dict[str, Any]]:
        """Recorded operations, oldest first (optionally of one payment)."""
        with self._lock:
            if payment_id is None:
                rows = self._db.execute("SELECT * FROM operations ORDER BY operation_id").fetchall()
            else:
                rows = self._db.execute(
                    "SELECT * FROM operations WHERE payment_id = ? ORDER BY operation_id", (payment_id,)
                ).fetchall()
        return [dict(row) for row in rows]

    # -- registrations -----------------------------------------------------------------------

    def save_registration(self, registration: Registration) -> None:
        """Insert or replace a registration."""
        with self._lock:
            self._db.execute(
                "INSERT OR REPLACE INTO registrations (registration_id, member_id, customer_id, status, created_at,"
                " data) VALUES (?,?,?,?,?,?)",
                (
                    registration.registration_id,
                    registration.member_id,
                    registration.customer_id,
                    registration.status,
                    registration.created_at,
                    json.dumps(registration.to_dict()),
                ),
            )

    def get_registration(self, registration_id: str, member_id: str | None = None) -> Registration | None:
        """A registration by id (active or deleted), or None; with `member_id`, only the member's own or
        the partner's (registered without a member)."""
        with self._lock:
            row = self._db.execute(
                "SELECT member_id, data FROM registrations WHERE registration_id = ?", (registration_id,)
            ).fetchone()
        if row is None or (member_id is not None and row["member_id"] not in (member_id, "")):
            return None
        return Registration.from_dict(json.loads(row["data"]))

    def registrations(
        self, customer_id: str | None = None, *, active_only: bool = True, member_id: str | None = None
    ) -> list[Registration]:
        """Registrations, oldest first, optionally of one customer and one member (plus the partner's)."""
        query = "SELECT data FROM registrations WHERE 1 = 1"
        params: list[str] = []
        if member_id is not None:
            query += " AND member_id IN (?, '')"
            params.append(member_id)
        if customer_id is not None:
            query += " AND customer_id = ?"
            params.append(customer_id)
        if active_only:
            query += " AND status = 'Y'"
        with self._lock:
            rows = self._db.execute(query + " ORDER BY created_at, registration_id", params).fetchall()
        return [Registration.from_dict(json.loads(row["data"])) for row in rows]

    # -- invoices ----------------------------------------------------------------------------

    def next_invoice_id(self) -> int:
        """Allocate a new invoice id."""
        with self._lock:
            row = self._db.execute("SELECT MAX(invoice_id) AS top FROM invoices").fetchone()
            return max(FIRST_INVOICE_ID - 1, int(row["top"] or 0)) + 1

    def save_invoice(self, invoice: Invoice) -> None:
        """Insert or replace an invoice."""
        with self._lock:
            self._db.execute(
                "INSERT OR REPLACE INTO invoices (invoice_id, member_id, merchant_invoice_id, pay_token, created_at,"
                " data) VALUES (?,?,?,?,?,?)",
                (
                    invoice.invoice_id,
                    invoice.member_id,
                    invoice.merchant_invoice_id,
                    invoice.pay_token,
                    invoice.created_at,
                    json.dumps(invoice.to_dict()),
                ),
            )

    def get_invoice(self, invoice_id: int | str, member_id: str | None = None) -> Invoice | None:
        """An invoice by id (of this member when given), or None."""
        key = _sqlite_id(invoice_id)
        if key is None:
            return None
        with self._lock:
            row = self._db.execute("SELECT member_id, data FROM invoices WHERE invoice_id = ?", (key,)).fetchone()
        if row is None or (member_id is not None and row["member_id"] != member_id):
            return None
        return Invoice.from_dict(json.loads(row["data"]))

    def find_invoice_by_merchant_id(
        self, member_id: str, merchant_invoice_id: str, invoice_id: str | None = None
    ) -> Invoice | None:
        """The member's most recent invoice with this merchantInvoiceId (and this invoice id when given)."""
        query = "SELECT data FROM invoices WHERE member_id = ? AND merchant_invoice_id = ?"
        params: list[Any] = [member_id, merchant_invoice_id]
        if invoice_id is not None:
            query += " AND CAST(invoice_id AS TEXT) = ?"
            params.append(invoice_id)
        with self._lock:
            row = self._db.execute(query + " ORDER BY invoice_id DESC LIMIT 1", params).fetchone()
        return None if row is None else Invoice.from_dict(json.loads(row["data"]))

    def invoices(self, member_id: str | None = None) -> list[Invoice]:
        """All invoices (of one member when given), newest first."""
        with self._lock:
            if member_id is None:
                rows = self._db.execute("SELECT data FROM invoices ORDER BY invoice_id DESC").fetchall()
            else:
                rows = self._db.execute(
                    "SELECT data FROM invoices WHERE member_id = ? ORDER BY invoice_id DESC", (member_id,)
                ).fetchall()
        return [Invoice.from_dict(json.loads(row["data"])) for row in rows]

    # -- notifications -----------------------------------------------------------------------

    def add_notification(self, payment_id: str, url: str, body: dict[str, Any], created_at: float) -> int:
        """Record a notification to send; return its id."""
        with self._lock:
            cursor = self._db.execute(
                "INSERT INTO notifications (payment_id, url, body, created_at) VALUES (?,?,?,?)",
                (payment_id, url, json.dumps(body), created_at),
            )
            return int(cursor.lastrowid or 0)

    def record_delivery(self, notification_id: int, status: int | None, error: str) -> None:
        """Record one delivery attempt."""
        delivered = status is not None and 200 <= status < 300
        with self._lock:
            self._db.execute(
                "UPDATE notifications SET attempts = attempts + 1, last_status = ?, last_error = ?,"
                " delivered = MAX(delivered, ?) WHERE notification_id = ?",
                (status, error, int(delivered), notification_id),
            )

    def get_notification(self, notification_id: int) -> NotificationRecord | None:
        """A notification by id, or None."""
        with self._lock:
            row = self._db.execute(
                "SELECT * FROM notifications WHERE notification_id = ?", (notification_id,)
            ).fetchone()
        return None if row is None else _notification(row)

    def notifications(self, payment_id: str | None = None) -> list[NotificationRecord]:
        """Notifications, oldest first (optionally of one payment)."""
        with self._lock:
            if payment_id is None:
                rows = self._db.execute("SELECT * FROM notifications ORDER BY notification_id").fetchall()
            else:
                rows = self._db.execute(
                    "SELECT * FROM notifications WHERE payment_id = ? ORDER BY notification_id", (payment_id,)
                ).fetchall()
        return [_notification(row) for row in rows]

    # -- whole ledger ------------------------------------------------------------------------

    def snapshot(self) -> dict[str, Any]:
        """Everything, JSON-ready, with card numbers left out."""
        return {
            "payments": [payment.to_dict() for payment in self.payments()],
            "operations": self.operations(),
            "registrations": [registration.masked() for registration in self.registrations(active_only=False)],
            "invoices": [invoice.to_dict() for invoice in self.invoices()],
            "notifications": [record.to_public() for record in self.notifications()],
            "tokens_issued": self.tokens_issued(),
        }

    def reset(self) -> None:
        """Delete every record (the JWT secret stays, so issued tokens keep their signature)."""
        with self.transaction() as db:
            for table in ("payments", "operations", "registrations", "invoices", "notifications", "tokens_issued"):
                db.execute(f"DELETE FROM {table}")  # noqa: S608 - fixed table names
            db.execute("DELETE FROM meta WHERE key != 'jwt_secret'")


# getTransactionList filters: request field -> SQL expression over a payment row.
LIST_FILTERS = {
    "status": "status",
    "customer.email": "json_extract(data, '$.customer.email')",
    "customer.givenName": "json_extract(data, '$.customer.givenName')",
    "customer.surname": "json_extract(data, '$.customer.surname')",
    "card.firstsix": "json_extract(data, '$.card_bin')",
    "card.lastfour": "json_extract(data, '$.card_last4')",
    "paymentId": "CAST(payment_id AS TEXT)",
    "currency": "json_extract(data, '$.currency')",
}
# SQLite integers are signed 64-bit; a larger id names no record.
_SQLITE_MAX_INT = 2**63 - 1


def _sqlite_id(value: int | str) -> int | None:
    try:
        key = int(value)
    except (TypeError, ValueError):
        return None
    return key if 0 <= key <= _SQLITE_MAX_INT else None


def _notification(row: sqlite3.Row) -> NotificationRecord:
    return NotificationRecord(
        notification_id=int(row["notification_id"]),
        payment_id=str(row["payment_id"]),
        url=str(row["url"]),
        body=json.loads(row["body"]),
        created_at=float(row["created_at"]),
        attempts=int(row["attempts"]),
        last_status=None if row["last_status"] is None else int(row["last_status"]),
        last_error=str(row["last_error"]),
        delivered=bool(row["delivered"]),
    )
