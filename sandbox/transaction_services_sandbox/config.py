"""Sandbox configuration: the merchant and partner it knows, its timezone and storage."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

__all__ = [
    "DEFAULT_BANK_PAYOUT_SETTLE_SECONDS",
    "DEFAULT_CURRENCIES",
    "DEFAULT_DB_PATH",
    "DEFAULT_INSTALLMENT_OPTIONS",
    "DEFAULT_INVOICE_EXPIRATION_DAYS",
    "DEFAULT_MEMBER_ID",
    "DEFAULT_MERCHANT_USERNAME",
    "DEFAULT_PARTNER_ID",
    "DEFAULT_PARTNER_KEY",
    "DEFAULT_PARTNER_USERNAME",
    "DEFAULT_SECURE_KEY",
    "DEFAULT_TERMINAL_ID",
    "DEFAULT_TIMEZONE",
    "SECOND_MERCHANT",
    "TOKEN_LIFETIME_SECONDS",
    "MerchantConfig",
    "SandboxConfig",
    "TerminalConfig",
]

# The docs sample identities (reference §1.7, §10), so the docs' worked checksums hold as-is.
DEFAULT_MEMBER_ID = "11344"
DEFAULT_SECURE_KEY = "secureKey"
DEFAULT_PARTNER_ID = "195"
DEFAULT_MERCHANT_USERNAME = "testdoc"
DEFAULT_TERMINAL_ID = "1106"
DEFAULT_PARTNER_USERNAME = "testpartner"
DEFAULT_PARTNER_KEY = "partnerKey"
# The gateway answers in its server's local time without an offset; UTC keeps tests readable.
DEFAULT_TIMEZONE = "UTC"
# In-memory ledger unless a file is asked for.
DEFAULT_DB_PATH = ":memory:"
# Tokens live one hour (reference §2.3).
TOKEN_LIFETIME_SECONDS = 3600
# A bank payout stays `payoutstarted` this long (sandbox time) before it completes.
DEFAULT_BANK_PAYOUT_SETTLE_SECONDS = 60
# Invoice expiry when neither the request nor the invoice configuration names one (days).
DEFAULT_INVOICE_EXPIRATION_DAYS = 7
# Installment counts offered for a stored card (the docs sample answers "3,4").
DEFAULT_INSTALLMENT_OPTIONS = (3, 4)


# Currencies the default terminals accept (the platform checks the terminal's configured currencies).
DEFAULT_CURRENCIES = ("EUR", "USD", "GBP", "JPY", "INR", "CHF", "AUD", "CAD", "VND", "BTC", "ETH")


@dataclass(frozen=True)
class TerminalConfig:
    """One terminal of a merchant and the currencies it accepts."""

    terminal_id: str
    currencies: tuple[str, ...] = DEFAULT_CURRENCIES


@dataclass(frozen=True)
class MerchantConfig:
    """One member of the partner: its credentials, terminals and flags (the platform's merchant settings)."""

    member_id: str
    secure_key: str = field(repr=False)
    username: str
    terminals: tuple[TerminalConfig, ...]
    unique_order_id_required: bool = False
    """`isUniqueOrderIdRequired` (TransactionHelper.checkOrderUniquenessStatus)."""
    partial_refund: bool = True
    """`partialRefund` (RestDirectTransactionManager): N refuses a refund of less than the captured amount."""
    multiple_refund: bool = True
    """`multipleRefund` (RestDirectTransactionManager): N refuses a refund of a `reversed` payment."""
    excess_capture: bool = False
    """`isExcessCaptureAllowed`: Y lets a capture exceed the authorized amount."""

    def terminal(self, terminal_id: str) -> TerminalConfig | None:
        """The merchant's terminal of this id, or None."""
        return next((t for t in self.terminals if t.terminal_id == terminal_id), None)

    def accepts_currency(self, currency: str, terminal_id: str = "") -> bool:
        """Whether the named terminal (or, without one, any of the merchant's terminals) takes `currency`."""
        terminals = self.terminals if not terminal_id else tuple(filter(None, [self.terminal(terminal_id)]))
        return any(currency in terminal.currencies for terminal in terminals)


# A second member of the same partner, so that tests can prove ledgers are scoped by member.
SECOND_MERCHANT = MerchantConfig(
    member_id="11345",
    secure_key="secureKey2",
    username="testdoc2",
    terminals=(TerminalConfig("1107"),),
)


@dataclass(frozen=True)
class SandboxConfig:
    """Everything a sandbox instance needs; every field has a documented default."""

    member_id: str = DEFAULT_MEMBER_ID
    """Merchant id (`authentication.memberId`)."""
    secure_key: str = field(default=DEFAULT_SECURE_KEY, repr=False)
    """Merchant secure key: `authentication.sKey` on `/authToken` and the key of merchant checksums."""
    partner_id: str = DEFAULT_PARTNER_ID
    """Partner id owning the merchant (`authentication.partnerId`)."""
    username: str = DEFAULT_MERCHANT_USERNAME
    """Merchant login name (`merchant.username`), the `sub` of merchant tokens."""
    terminal_id: str = DEFAULT_TERMINAL_ID
    """The merchant's terminal (`authentication.terminalId`)."""
    partner_username: str = DEFAULT_PARTNER_USERNAME
    """Partner login name (`partner.userName`), the `sub` of partner tokens."""
    partner_key: str = field(default=DEFAULT_PARTNER_KEY, repr=False)
    """Partner key: `authentication.sKey` on `/partnerAuthToken` and the key of partner checksums."""
    timezone: str = DEFAULT_TIMEZONE
    """IANA zone in which `timestamp` values and `dd/MM/yyyy` list dates are expressed."""
    db_path: str = DEFAULT_DB_PATH
    """SQLite ledger: `:memory:` (default) or a file path that survives restarts."""
    jwt_secret: str | None = field(default=None, repr=False)
    """HS256 secret of issued tokens; None keeps a random secret stored in the ledger."""
    notify_sync_payments: bool = False
    """Also notify `notificationUrl` for synchronous non-3-D Secure payments (a merchant setting)."""
    bank_payout_settle_seconds: int = DEFAULT_BANK_PAYOUT_SETTLE_SECONDS
    """Sandbox seconds from `payoutstarted` to the final payout status."""
    installment_options: tuple[int, ...] = DEFAULT_INSTALLMENT_OPTIONS
    """Installment counts offered by `/getInstallmentWithToken`."""
    notification_timeout_seconds: float = 5.0
    """Timeout of one notification POST."""
    partial_refund: bool = True
    """Merchant flag `partialRefund`: N refuses a refund of anything but the captured amount."""
    multiple_refund: bool = True
    """Merchant flag `multipleRefund`: N refuses a refund of a payment already `reversed`."""
    excess_capture: bool = False
    """Merchant flag `isExcessCaptureAllowed`: Y lets a capture exceed the authorized amount."""
    currencies: tuple[str, ...] = DEFAULT_CURRENCIES
    """Currencies of the merchant's terminal."""
    other_merchants: tuple[MerchantConfig, ...] = (SECOND_MERCHANT,)
    """Further members of the partner, each with its own key, login, terminals and flags."""
    unique_order_id_required: bool = False
    """Merchant flag `isUniqueOrderIdRequired`: Y lets only `failed` payments free a merchantTransactionId;
    N (the default) also lets `begun` and `authfailed` ones (TransactionHelper.checkOrderUniquenessStatus)."""

    @property
    def merchant(self) -> MerchantConfig:
        """The first merchant, made of the top-level fields."""
        return MerchantConfig(
            member_id=self.member_id,
            secure_key=self.secure_key,
            username=self.username,
            terminals=(TerminalConfig(self.terminal_id, self.currencies),),
            unique_order_id_required=self.unique_order_id_required,
            partial_refund=self.partial_refund,
            multiple_refund=self.multiple_refund,
            excess_capture=self.excess_capture,
        )

    def merchants(self) -> tuple[MerchantConfig, ...]:
        """Every member of the partner, the first merchant first."""
        return (self.merchant, *self.other_merchants)

    def merchant_by_id(self, member_id: str) -> MerchantConfig | None:
        """The member with this id, or None."""
        return next((m for m in self.merchants() if m.member_id == member_id), None)

    def merchant_by_username(self, username: str) -> MerchantConfig | None:
        """The member with this login, or None."""
        return next((m for m in self.merchants() if m.username == username), None)

    def secure_key_of(self, member_id: str) -> str:
        """The secure key signing a member's callbacks (the first merchant's for records without a member)."""
        merchant = self.merchant_by_id(member_id) if member_id else None
        return (merchant or self.merchant).secure_key

    def replace(self, **changes: object) -> SandboxConfig:
        """Return a copy with the given fields changed."""
        return dataclasses.replace(self, **changes)  # type: ignore[arg-type]
