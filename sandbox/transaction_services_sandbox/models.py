"""Records the ledger keeps: payments (incl. payouts and QR), registrations, invoices, notifications."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

__all__ = ["Invoice", "NotificationRecord", "Payment", "Registration"]


@dataclass
class Payment:
    """A transaction: sale, authorization, payout or QR payment, with its running totals."""

    payment_id: int
    kind: str  # "payment", "payout" or "qr"
    payment_type: str  # PA, DB, or PO for payouts
    status: str  # long status (reference §8.4)
    amount: str
    currency: str
    merchant_transaction_id: str
    created_at: float
    updated_at: float
    member_id: str = ""
    payment_mode: str = ""
    payment_brand: str = ""
    captured_amount: str = "0.00"
    refunded_amount: str = "0.00"
    payout_amount: str = "0.00"
    card_bin: str = ""
    card_last4: str = ""
    card_holder: str = ""
    card_expiry_month: str = ""
    card_expiry_year: str = ""
    iban_masked: str = ""
    bic: str = ""
    bank_country: str = ""
    customer: dict[str, str] = field(default_factory=dict)
    merchant_redirect_url: str = ""
    redirect_method: str = "POST"
    notification_url: str = ""
    registration_id: str = ""
    recurring_type: str = ""
    original_payment_id: str = ""
    terminal_id: str = ""
    tmpl_amount: str = ""
    tmpl_currency: str = ""
    descriptor: str = ""
    remark: str = ""
    order_description: str = ""
    eci: str = ""
    result_code: str = ""
    result_description: str = ""
    approval_token: str = ""
    approval_kind: str = ""  # "3D" or "async" while the customer has to act
    due_at: float | None = None  # when a pending refund or payout completes
    settle_outcome: str = ""  # final status a bank payout settles to
    invoice_id: str = ""
    transfer_type: str = ""

    def to_dict(self) -> dict[str, Any]:
        """Plain dict for storage."""
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Payment:
        """Rebuild from storage, ignoring keys this version does not know."""
        known = {f.name for f in dataclasses.fields(cls)}
        return cls(**{key: value for key, value in data.items() if key in known})


@dataclass
class Registration:
    """A stored card or bank account (a token); the PAN is kept for pay-with-token, never returned."""

    registration_id: str
    kind: str  # "card", "sepa" or "ach"
    status: str  # "Y" active, "D" deleted
    created_at: float
    member_id: str = ""
    customer_id: str = ""
    owner: str = "merchant"
    payment_brand: str = ""
    payment_mode: str = ""
    card_number: str = ""
    card_bin: str = ""
    card_last4: str = ""
    card_expiry_month: str = ""
    card_expiry_year: str = ""
    card_holder: str = ""
    iban: str = ""
    bic: str = ""
    account_number: str = ""
    routing_number: str = ""
    holder: str = ""
    payment_id: str = ""

    def to_dict(self) -> dict[str, Any]:
        """Plain dict for storage."""
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Registration:
        """Rebuild from storage."""
        known = {f.name for f in dataclasses.fields(cls)}
        return cls(**{key: value for key, value in data.items() if key in known})

    def masked(self) -> dict[str, Any]:
        """Storage dict without the full PAN, for the control API."""
        data = self.to_dict()
        data.pop("card_number", None)
        if self.iban:
            data["iban"] = mask_iban(self.iban)
        return data


@dataclass
class Invoice:
    """A payment invoice with its pay link."""

    invoice_id: int
    merchant_invoice_id: str
    amount: str
    currency: str
    status: str  # generated, mailsent, processed, cancelled (expired is derived)
    created_at: float
    expires_at: float
    expiration_days: str
    pay_token: str
    member_id: str = ""
    merchant_redirect_url: str = ""
    notification_url: str = ""
    customer_email: str = ""
    customer_name: str = ""
    customer_mobile: str = ""
    telnocc: str = ""
    merchant_order_description: str = ""
    products: list[dict[str, str]] = field(default_factory=list)
    payment_id: str = ""
    order_id: str = ""
    reminders: int = 0
    cancel_reason: str = ""

    def to_dict(self) -> dict[str, Any]:
        """Plain dict for storage."""
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Invoice:
        """Rebuild from storage."""
        known = {f.name for f in dataclasses.fields(cls)}
        return cls(**{key: value for key, value in data.items() if key in known})

    def status_at(self, now: float) -> str:
        """Status as reported at `now`: open invoices past their expiry read `expired`."""
        if self.status in ("generated", "mailsent") and now >= self.expires_at:
            return "expired"
        return self.status


@dataclass
class NotificationRecord:
    """A notification POSTed (or to be POSTed) to a merchant's `notificationUrl`."""

    notification_id: int
    payment_id: str
    url: str
    body: dict[str, Any]
    created_at: float
    attempts: int = 0
    last_status: int | None = None
    last_error: str = ""
    delivered: bool = False

    def to_public(self) -> dict[str, Any]:
        """JSON-ready view for the control API."""
        return dataclasses.asdict(self)


def mask_iban(iban: str) -> str:
    """IBAN masked as the gateway shows it: stars and the last four characters."""
    return "*" * max(len(iban) - 4, 0) + iban[-4:]
