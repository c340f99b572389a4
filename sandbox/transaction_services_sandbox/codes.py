"""Result codes and descriptions the sandbox answers with.

Codes documented by the reference (§8.2) keep their documented value and wording. Codes the
reference leaves unnamed are chosen here, in the families of §8.3: `3xxxx` for field validation
(one code per field, see `rules.py`), `9xxxx` for business rejections.
"""

from __future__ import annotations

from typing import NamedTuple

__all__ = [
    "AMOUNT_EXCEEDS_LIMIT",
    "AUTHORIZATION_FAILED",
    "BODY_TOO_DEEP",
    "CANCEL_FAILED",
    "CAPTURE_FAILED",
    "CARD_EXPIRED",
    "CHECKSUM_MISMATCH",
    "DECLINED",
    "DUPLICATE_ORDER",
    "INQUIRY_FOUND",
    "INVOICE_CANCELLED",
    "INVOICE_CANCEL_FAILED",
    "INVOICE_CONFIG_FOUND",
    "INVOICE_CONFIG_UPDATED",
    "INVOICE_FOUND",
    "INVOICE_GENERATED",
    "INVOICE_ORDER_ID",
    "INVOICE_REGENERATED",
    "INVOICE_REGENERATE_FAILED",
    "INVOICE_REMINDED",
    "INVOICE_REMIND_FAILED",
    "LIST_OK",
    "MEMBER_UNKNOWN",
    "NOT_FOUND",
    "OPERATION_NOT_SUPPORTED",
    "PARTNER_MISMATCH",
    "PAYMENT_CANCELLED",
    "PAYMENT_CAPTURED",
    "PAYMENT_REFUNDED",
    "PAYOUT_NOT_ALLOWED",
    "PENDING",
    "QR_OK",
    "RECURRING_NOT_ALLOWED",
    "REFUND_FAILED",
    "REGISTRATION_DELETED",
    "REGISTRATION_OK",
    "SUCCEEDED",
    "TERMINAL_UNKNOWN",
    "THREE_D_PENDING",
    "TOKEN_FORBIDDEN",
    "TOKEN_OK",
    "TOKEN_UNSUPPORTED",
    "TRANSACTION_LIST_OK",
    "Code",
    "duplicate_order",
]


class Code(NamedTuple):
    """A result code with its description."""

    code: str
    description: str


# Documented success codes (reference §6.7, §8.2).
SUCCEEDED = Code("00001", "Transaction succeeded")
REGISTRATION_OK = Code("00002", "Registration successful")
REGISTRATION_DELETED = Code("00003", "Registration successfully deleted")
PAYMENT_CAPTURED = Code("00004", "Transaction captured successfully")
PAYMENT_REFUNDED = Code("00005", "Transaction refunded successfully")
PAYMENT_CANCELLED = Code("00006", "Transaction cancelled successfully")
QR_OK = Code("00008", "Your request processed successfully")
# getCardsAndAccounts answers the four-digit variant (docs sample LISTOFREG_MERCHANT).
LIST_OK = Code("0008", "Your request processed successfully")
INVOICE_GENERATED = Code("00010", "Invoice generated successfully")
INVOICE_CANCELLED = Code("00011", "Invoice cancelled successfully")
INVOICE_REMINDED = Code("00012", "Invoice reminder sent successfully")
INVOICE_REGENERATED = Code("00013", "Invoice regenerated successfully")
INVOICE_FOUND = Code("00014", "Invoice found successfully")
INVOICE_ORDER_ID = Code("00019", "Order ID get successfully for invoice")
INVOICE_CONFIG_UPDATED = Code("00020", "Invoice configuration updated successfully")
# Not named by the reference: getInvoiceConfig success (chosen: the generic "processed" code).
INVOICE_CONFIG_FOUND = Code("00008", "Your request processed successfully")
INQUIRY_FOUND = Code("00026", "Your record found successfully")
TRANSACTION_LIST_OK = Code("00029", "Transaction details retrived successfully.")
TOKEN_OK = Code("200", "Token generated successfully")

# Token layer (reference §2.6). The 401 text is not public; this wording is the sandbox's.
AUTHORIZATION_FAILED = Code("401", "Authorization failed")
TOKEN_FORBIDDEN = Code("403", "Token generation forbidden")

# Documented declines and pending states.
DECLINED = Code("10001", "Transaction declined by authorization system.")
PENDING = Code("10004", "Transaction is pending")
CAPTURE_FAILED = Code("10005", "Capture transaction failed.")
REFUND_FAILED = Code("10006", "Refund transaction failed.")
CANCEL_FAILED = Code("10007", "Cancel transaction failed.")
INVOICE_CANCEL_FAILED = Code("10012", "Invoice canceled failed.")
INVOICE_REMIND_FAILED = Code("10013", "Invoice reminder not sent.")
INVOICE_REGENERATE_FAILED = Code("10014", "Invoice regeneration failed.")
NOT_FOUND = Code("10026", "Your record not found.")
CARD_EXPIRED = Code("11033", "Card expired")
THREE_D_PENDING = Code("90026", "ThreeD Authentication Pending")

# Chosen by the sandbox (unnamed in the reference).
CHECKSUM_MISMATCH = Code("30095", "Invalid checksum")
MEMBER_UNKNOWN = Code("30096", "Invalid memberId, merchant not found")
# SYS_INVALID_TERMINAL: an unknown terminal, or one without the requested currency (TransactionHelper).
TERMINAL_UNKNOWN = Code(
    "30097",
    "Terminal Id provided by you is not valid for your account.Please check your Technical specification.",
)
PARTNER_MISMATCH = Code("30098", "Invalid partnerId, partner does not own the merchant")
OPERATION_NOT_SUPPORTED = Code("90030", "Operation not supported on this endpoint")
AMOUNT_EXCEEDS_LIMIT = Code("90031", "Amount exceeds the remaining amount of the transaction")
RECURRING_NOT_ALLOWED = Code("90032", "Recurring not allowed: the original payment is not a successful INITIAL")
PAYOUT_NOT_ALLOWED = Code("90033", "Payout not allowed: the original payment is not successful")
TOKEN_UNSUPPORTED = Code("90034", "Operation not available for this registration")
# Not named by the reference: a JSON body nested beyond any request of the contract.
BODY_TOO_DEEP = Code("30099", "Invalid request, the JSON body is nested too deeply")
# SYS_UNIQUEORDER (a system check, 2xxxx family); the value is not public, the wording is the source's
# (TransactionHelper.performCommonSystemChecksStep1): "<id>-" + this description.
DUPLICATE_ORDER = Code(
    "20003",
    "Duplicate Order Id OR Your Transaction is already being processed."
    " Kindly try to place transaction with unique orderId.",
)


def duplicate_order(merchant_transaction_id: str) -> Code:
    """The SYS_UNIQUEORDER refusal for one merchantTransactionId, worded as the source words it."""
    return Code(DUPLICATE_ORDER.code, f"{merchant_transaction_id}-{DUPLICATE_ORDER.description}")
