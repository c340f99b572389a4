"""The SQLite ledger (other half: ledger.py)."""

from __future__ import annotations

from pathlib import Path

from transaction_services_sandbox.ledger import FIRST_PAYMENT_ID, Ledger
from transaction_services_sandbox.models import Invoice, Payment, Registration


def payment(ledger: Ledger, merchant_id: str = "Order 1") -> Payment:
    record = Payment(ledger.next_payment_id(), "payment", "DB", "capturesuccess", "1.00", "EUR", merchant_id, 1.0, 1.0)
    ledger.insert_payment(record)
    return record


def test_ids_and_lookups() -> None:
    ledger = Ledger()
    first = payment(ledger, "A")
    second = payment(ledger, "A")
    assert (first.payment_id, second.payment_id) == (FIRST_PAYMENT_ID, FIRST_PAYMENT_ID + 1)
    found = ledger.find_payment_by_merchant_id("", "A")
    assert found is not None
    assert found.payment_id == second.payment_id
    assert ledger.get_payment("nope") is None


def test_update_is_atomic_and_persisted() -> None:
    ledger = Ledger()
    record = payment(ledger)

    def refund(current: Payment) -> Payment:
        current.status, current.refunded_amount = "markedforreversal", "1.00"
        return current

    ledger.update_payment(record.payment_id, refund)
    stored = ledger.get_payment(record.payment_id)
    assert stored is not None
    assert (stored.status, stored.refunded_amount) == ("markedforreversal", "1.00")


def test_file_ledger_survives_reopen(tmp_path: Path) -> None:
    path = str(tmp_path / "ledger.sqlite")
    ledger = Ledger(path)
    record = payment(ledger)
    ledger.save_registration(Registration("R" * 32, "card", "Y", 1.0, card_number="4000000000000051"))
    ledger.save_invoice(Invoice(ledger.next_invoice_id(), "Inv", "1.00", "EUR", "generated", 1.0, 2.0, "1", "ct"))
    notification = ledger.add_notification(str(record.payment_id), "http://x", {"a": "b"}, 1.0)
    secret = ledger.jwt_secret()
    ledger.close()

    reopened = Ledger(path)
    assert reopened.get_payment(record.payment_id) is not None
    assert reopened.get_registration("R" * 32) is not None
    assert len(reopened.invoices()) == 1
    assert reopened.get_notification(notification) is not None
    assert reopened.jwt_secret() == secret
    assert payment(reopened).payment_id == record.payment_id + 1


def test_snapshot_never_holds_card_numbers() -> None:
    ledger = Ledger()
    ledger.save_registration(Registration("R" * 32, "card", "Y", 1.0, card_number="4000000000000051"))
    assert "4000000000000051" not in str(ledger.snapshot())


def test_reset_keeps_the_secret() -> None:
    ledger = Ledger()
    secret = ledger.jwt_secret()
    payment(ledger)
    ledger.reset()
    assert ledger.payments() == []
    assert ledger.jwt_secret() == secret
