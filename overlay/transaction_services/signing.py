"""Checksums of the gateway, one pure function per formula of reference §5.2.

Every formula is MD5 over the listed values joined with ``|``, returned as 32 lowercase hex digits
(the gateway compares case-sensitively, §5.1). Values are hashed exactly as they are sent: ``"50.00"``
and ``"50"`` differ, nothing is trimmed or URL-encoded. Pass the wire strings, not numbers. The secret
is the merchant's secure key, or the partner key for partner-level variants; its position differs per
formula (second in most, last in payout, notification and redirect).

Verification goes through :func:`verify_checksum`, which compares in constant time.
"""

from __future__ import annotations

import hashlib
import hmac
import zlib

__all__ = [
    "adler32_checksum",
    "capture_refund_checksum",
    "delete_registration_checksum",
    "inquiry_by_merchant_id_checksum",
    "invoice_action_checksum",
    "invoice_config_checksum",
    "invoice_generate_checksum",
    "invoice_status_checksum",
    "list_checksum",
    "md5_checksum",
    "notification_checksum",
    "payout_checksum",
    "redirect_checksum",
    "registration_checksum",
    "repeat_checksum",
    "reversal_inquiry_checksum",
    "sale_checksum",
    "standard_checkout_checksum",
    "token_payment_checksum",
    "verify_checksum",
]


def md5_checksum(*values: str) -> str:
    """MD5 of the values joined with ``|``, as lowercase hex (§5.1 rules 1-3)."""
    return hashlib.md5("|".join(values).encode("utf-8"), usedforsecurity=False).hexdigest()


def adler32_checksum(*values: str) -> str:
    """Decimal Adler-32 of the values joined with ``|`` (merchants with ``checksumAlgo=Adler32``, §5.1)."""
    return str(zlib.adler32("|".join(values).encode("utf-8")))


def sale_checksum(member_id: str, secure_key: str, merchant_transaction_id: str, amount: str) -> str:
    """C-SALE: ``memberId|secureKey|merchantTransactionId|amount`` for ``POST /payments`` (PA/DB)."""
    return md5_checksum(member_id, secure_key, merchant_transaction_id, amount)


def capture_refund_checksum(member_id: str, secure_key: str, payment_id: str, amount: str) -> str:
    """C-CP-RF: ``memberId|secureKey|paymentId|amount`` for capture (CP) and refund (RF)."""
    return md5_checksum(member_id, secure_key, payment_id, amount)


def repeat_checksum(member_id: str, secure_key: str, payment_id: str, amount: str) -> str:
    """C-REPEAT-PID: ``memberId|secureKey|paymentId|amount`` for a repeated recurring payment."""
    return md5_checksum(member_id, secure_key, payment_id, amount)


def reversal_inquiry_checksum(member_id: str, secure_key: str, payment_id: str) -> str:
    """C-RV-IN: ``memberId|secureKey|paymentId`` for reversal (RV) and inquiry by payment id (IN, PID)."""
    return md5_checksum(member_id, secure_key, payment_id)


def inquiry_by_merchant_id_checksum(member_id: str, secure_key: str, merchant_transaction_id: str) -> str:
    """C-IN-MID: ``memberId|secureKey|merchantTransactionId`` for an inquiry with ``idType=MID``."""
    return md5_checksum(member_id, secure_key, merchant_transaction_id)


def token_payment_checksum(member_id: str, secure_key: str, registration_id: str, amount: str) -> str:
    """C-TOKEN: ``memberId|secureKey|registrationId|amount`` for ``POST /paywithtoken/{registrationId}``."""
    return md5_checksum(member_id, secure_key, registration_id, amount)


def delete_registration_checksum(member_or_partner_id: str, key: str, registration_id: str) -> str:
    """C-DEL-REG: ``memberId|secureKey|registrationId`` (partner: ``partnerId|partnerKey|registrationId``)."""
    return md5_checksum(member_or_partner_id, key, registration_id)


def registration_checksum(member_or_partner_id: str, key: str, card_number_or_bic_or_account_number: str) -> str:
    """C-REG: ``memberId|secureKey|cardNumber`` (SEPA: BIC, ACH: account number; partner alike)."""
    return md5_checksum(member_or_partner_id, key, card_number_or_bic_or_account_number)


def list_checksum(member_or_partner_id: str, key: str) -> str:
    """C-LIST: ``memberId|secureKey`` (partner: ``partnerId|partnerKey``) for lists and invoice config."""
    return md5_checksum(member_or_partner_id, key)


def payout_checksum(member_id: str, merchant_transaction_id: str, amount: str, secure_key: str) -> str:
    """C-PAYOUT: ``memberId|merchantTransactionId|amount|secureKey`` (key last) for ``POST /payout``."""
    return md5_checksum(member_id, merchant_transaction_id, amount, secure_key)


def notification_checksum(
    payment_id: str, merchant_transaction_id: str, amount: str, short_status: str, secure_key: str
) -> str:
    """C-NOTIFY: ``paymentId|merchantTransactionId|amount|shortStatus|secureKey`` of a notification."""
    return md5_checksum(payment_id, merchant_transaction_id, amount, short_status, secure_key)


def redirect_checksum(payment_id: str, merchant_transaction_id: str, amount: str, status: str, secure_key: str) -> str:
    """C-REDIRECT: ``paymentId|merchantTransactionId|amount|status|secureKey`` (status Y/N/P)."""
    return md5_checksum(payment_id, merchant_transaction_id, amount, status, secure_key)


def standard_checkout_checksum(
    member_id: str,
    totype: str,
    amount: str,
    merchant_transaction_id: str,
    merchant_redirect_url: str,
    secure_key: str,
) -> str:
    """C-STD: ``memberId|totype|amount|merchantTransactionId|merchantRedirectUrl|secureKey`` (hosted page)."""
    return md5_checksum(member_id, totype, amount, merchant_transaction_id, merchant_redirect_url, secure_key)


def invoice_generate_checksum(
    member_id: str, secure_key: str, merchant_invoice_id: str, amount: str, merchant_redirect_url: str
) -> str:
    """C-INV-GEN: ``memberId|secureKey|merchantInvoiceId|amount|merchantRedirectUrl`` (``generate``)."""
    return md5_checksum(member_id, secure_key, merchant_invoice_id, amount, merchant_redirect_url)


def invoice_action_checksum(invoice_id: str, member_id: str, secure_key: str, merchant_redirect_url: str) -> str:
    """C-INV-ACT: ``invoiceId|memberId|secureKey|merchantRedirectUrl`` (cancel, regenerate, remind)."""
    return md5_checksum(invoice_id, member_id, secure_key, merchant_redirect_url)


def invoice_status_checksum(member_id: str, secure_key: str, merchant_invoice_id: str) -> str:
    """C-INV-STATUS: ``memberId|secureKey|merchantInvoiceId`` for invoice ``inquiry`` and ``invoiceTransInquiry``.

    The platform's code checks this one (InvoiceInputValidator.performInquiryInvoiceValidation, with
    ``description`` read from ``merchantInvoiceId`` by ReadInvoiceRequest); the docs checksum sample's
    ``invoiceId|memberId|secureKey`` is refused.
    """
    return md5_checksum(member_id, secure_key, merchant_invoice_id)


def invoice_config_checksum(member_id: str, secure_key: str, merchant_redirect_url: str) -> str:
    """C-INV-CONFIG: ``memberId|secureKey|merchantRedirectUrl`` for ``updateInvoiceConfig``.

    InvoiceInputValidator.performSetInvoiceConfigDetailsValidation checks this one; the plain C-LIST
    check the docs describe is commented out in the platform's code.
    """
    return md5_checksum(member_id, secure_key, merchant_redirect_url)


def verify_checksum(expected: str, received: str) -> bool:
    """Compare a computed and a received checksum in constant time (received stripped, lowercased)."""
    return hmac.compare_digest(expected.encode("utf-8"), received.strip().lower().encode("utf-8"))
