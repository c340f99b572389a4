"""The gateway's checksum formulas (reference §5), implemented independently of the overlay.

Every formula is MD5 over the values joined with `|`, as lowercase hex. The function names carry
the formula ids of §5.2; tests pin each to the worked vectors of §5.4 and §5.5.
"""

from __future__ import annotations

import hashlib
import hmac
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

__all__ = [
    "c_cp_rf",
    "c_del_reg",
    "c_in_mid",
    "c_inv_act",
    "c_inv_config",
    "c_inv_gen",
    "c_inv_status",
    "c_list",
    "c_notify",
    "c_payout",
    "c_redirect",
    "c_reg",
    "c_repeat_pid",
    "c_rv_in",
    "c_sale",
    "c_token",
    "md5_join",
    "notification_amount",
    "verify",
]


def md5_join(*values: str) -> str:
    """MD5 of the values joined with `|`, lowercase hex (reference §5.1)."""
    return hashlib.md5("|".join(values).encode("utf-8")).hexdigest()


def verify(expected: str, received: str) -> bool:
    """Compare a received checksum with the expected one in constant time, case-sensitively.

    The gateway compares with string equality, so uppercase hex is rejected (§5.1 rule 2).
    """
    return hmac.compare_digest(expected.encode("utf-8"), received.encode("utf-8"))


def c_sale(member_id: str, key: str, merchant_transaction_id: str, amount: str) -> str:
    """C-SALE: `memberId|secureKey|merchantTransactionId|amount`."""
    return md5_join(member_id, key, merchant_transaction_id, amount)


def c_cp_rf(member_id: str, key: str, payment_id: str, amount: str) -> str:
    """C-CP-RF: `memberId|secureKey|paymentId|amount` (capture, refund)."""
    return md5_join(member_id, key, payment_id, amount)


def c_repeat_pid(member_id: str, key: str, payment_id: str, amount: str) -> str:
    """C-REPEAT-PID: `memberId|secureKey|paymentId|amount` (repeated recurring by payment id)."""
    return md5_join(member_id, key, payment_id, amount)


def c_rv_in(member_id: str, key: str, payment_id: str) -> str:
    """C-RV-IN: `memberId|secureKey|paymentId` (reversal, inquiry by payment id)."""
    return md5_join(member_id, key, payment_id)


def c_in_mid(member_id: str, key: str, merchant_transaction_id: str) -> str:
    """C-IN-MID: `memberId|secureKey|merchantTransactionId` (inquiry with idType=MID)."""
    return md5_join(member_id, key, merchant_transaction_id)


def c_token(member_id: str, key: str, registration_id: str, amount: str) -> str:
    """C-TOKEN: `memberId|secureKey|registrationId|amount` (pay with a token)."""
    return md5_join(member_id, key, registration_id, amount)


def c_del_reg(owner_id: str, key: str, registration_id: str) -> str:
    """C-DEL-REG: `memberId|secureKey|registrationId` (partner: `partnerId|partnerKey|registrationId`)."""
    return md5_join(owner_id, key, registration_id)


def c_reg(owner_id: str, key: str, instrument: str) -> str:
    """C-REG: `memberId|secureKey|<cardNumber, BIC or accountNumber>` (partner id and key for partners)."""
    return md5_join(owner_id, key, instrument)


def c_list(owner_id: str, key: str) -> str:
    """C-LIST: `memberId|secureKey` (partner: `partnerId|partnerKey`)."""
    return md5_join(owner_id, key)


def c_payout(member_id: str, merchant_transaction_id: str, amount: str, key: str) -> str:
    """C-PAYOUT: `memberId|merchantTransactionId|amount|secureKey` (key last)."""
    return md5_join(member_id, merchant_transaction_id, amount, key)


def c_notify(payment_id: str, merchant_transaction_id: str, amount: str, short_status: str, key: str) -> str:
    """C-NOTIFY: `paymentId|merchantTransactionId|amount|shortStatus|secureKey`."""
    return md5_join(payment_id, merchant_transaction_id, amount, short_status, key)


def c_redirect(payment_id: str, merchant_transaction_id: str, amount: str, status: str, key: str) -> str:
    """C-REDIRECT: `paymentId|merchantTransactionId|amount|status|secureKey` (short status)."""
    return md5_join(payment_id, merchant_transaction_id, amount, status, key)


def c_inv_gen(member_id: str, key: str, merchant_invoice_id: str, amount: str, redirect_url: str) -> str:
    """C-INV-GEN: `memberId|secureKey|merchantInvoiceId|amount|merchantRedirectUrl`."""
    return md5_join(member_id, key, merchant_invoice_id, amount, redirect_url)


def c_inv_act(invoice_id: str, member_id: str, key: str, redirect_url: str) -> str:
    """C-INV-ACT: `invoiceId|memberId|secureKey|merchantRedirectUrl` (cancel, regenerate, remind)."""
    return md5_join(invoice_id, member_id, key, redirect_url)


def c_inv_status(member_id: str, key: str, merchant_invoice_id: str) -> str:
    """C-INV-STATUS: `memberId|secureKey|merchantInvoiceId` (invoice `inquiry`, `invoiceTransInquiry`).

    The platform's code (InvoiceInputValidator.performInquiryInvoiceValidation, `description` read from
    `merchantInvoiceId` by ReadInvoiceRequest); the docs checksum sample's `invoiceId|memberId|secureKey`
    is not accepted.
    """
    return md5_join(member_id, key, merchant_invoice_id)


def c_inv_config(member_id: str, key: str, redirect_url: str) -> str:
    """C-INV-CONFIG: `memberId|secureKey|merchantRedirectUrl` (`updateInvoiceConfig`).

    InvoiceInputValidator.performSetInvoiceConfigDetailsValidation via
    Checksum.verifyMD5ChecksumForMerchantCurrenciesInvoiceConfig; Java concatenation makes an absent
    URL the text `null`.
    """
    return md5_join(member_id, key, redirect_url)


def notification_amount(amount: str, currency: str) -> str:
    """The amount as a notification carries it: JPY as a rounded integer (§5.3), others unchanged."""
    if currency.upper() != "JPY":
        return amount
    try:
        return str(Decimal(amount).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    except InvalidOperation:
        return amount
