"""Signed callbacks to the merchant: the notification body (§7.1) and the browser-return fields (§7.2)."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from . import checksums
from .models import Payment
from .statemachine import notification_status_shared, notification_status_transaction, redirect_status

__all__ = ["NotificationPath", "notification_body", "redirect_fields"]


class NotificationPath(StrEnum):
    """Which of the gateway's two notification builders a change goes through (§7.1)."""

    TRANSACTION = "transaction"  # 3-D Secure / asynchronous completion
    SHARED = "shared"  # back-office or scheduled change (refund, payout result)


def _put(body: dict[str, Any], key: str, value: str) -> None:
    if value:
        body[key] = value


def notification_body(
    payment: Payment,
    secure_key: str,
    timestamp: str,
    path: NotificationPath,
    result_code: str,
    result_description: str,
) -> dict[str, Any]:
    """The JSON body POSTed to `notificationUrl`, signed with C-NOTIFY (short status, JPY as integer)."""
    if path is NotificationPath.TRANSACTION:
        short = notification_status_transaction(payment.status)
    else:
        short = notification_status_shared(payment.status)
    amount = checksums.notification_amount(payment.amount, payment.currency)
    payment_id = str(payment.payment_id)
    body: dict[str, Any] = {
        "paymentId": payment_id,
        "status": payment.status,
        "transactionStatus": short,
        "paymentBrand": payment.payment_brand,
        "paymentMode": payment.payment_mode,
    }
    _put(body, "firstName", payment.customer.get("givenName", ""))
    _put(body, "lastName", payment.customer.get("surname", ""))
    body["amount"] = amount
    body["currency"] = payment.currency
    _put(body, "descriptor", payment.descriptor)
    body["merchantTransactionId"] = payment.merchant_transaction_id
    _put(body, "remark", payment.remark)
    _put(body, "tmpl_amount", payment.tmpl_amount)
    _put(body, "tmpl_currency", payment.tmpl_currency)
    _put(body, "eci", payment.eci)
    body["checksum"] = checksums.c_notify(payment_id, payment.merchant_transaction_id, amount, short, secure_key)
    _put(body, "terminalId", payment.terminal_id)
    if payment.refunded_amount != "0.00":
        body["refundAmount"] = payment.refunded_amount
    if payment.kind == "payout":
        body["payoutAmount"] = payment.amount
    _put(body, "registrationId", payment.registration_id)
    body["timestamp"] = timestamp
    body["result"] = {"code": result_code, "description": result_description}
    customer: dict[str, str] = {}
    _put(customer, "email", payment.customer.get("email", ""))
    _put(customer, "id", payment.customer.get("customerId", ""))
    if customer:
        body["customer"] = customer
    if payment.card_bin:
        body["card"] = {
            "bin": payment.card_bin,
            "lastFourDigits": payment.card_last4,
            "last4Digits": payment.card_last4,
            "expiryMonth": payment.card_expiry_month,
            "expiryYear": payment.card_expiry_year,
        }
        _put(body["card"], "holder", payment.card_holder)
    return body


def redirect_fields(payment: Payment, secure_key: str, timestamp: str) -> dict[str, str]:
    """The hidden fields of the browser return to `merchantRedirectUrl`, signed with C-REDIRECT."""
    status = redirect_status(payment.status)
    payment_id = str(payment.payment_id)
    fields: dict[str, str] = {
        "trackingid": payment_id,
        "paymentId": payment_id,
        "desc": payment.merchant_transaction_id,
        "merchantTransactionId": payment.merchant_transaction_id,
        "status": status,
        "checksum": checksums.c_redirect(
            payment_id, payment.merchant_transaction_id, payment.amount, status, secure_key
        ),
        "amount": payment.amount,
        "currency": payment.currency,
        "timestamp": timestamp,
        "resultCode": payment.result_code,
        "resultDescription": payment.result_description,
        "paymentMode": payment.payment_mode,
        "paymentBrand": payment.payment_brand,
    }
    _put(fields, "descriptor", payment.descriptor)
    _put(fields, "token", payment.registration_id)
    _put(fields, "registrationId", payment.registration_id)
    _put(fields, "firstName", payment.customer.get("givenName", ""))
    _put(fields, "lastName", payment.customer.get("surname", ""))
    _put(fields, "tmpl_amount", payment.tmpl_amount)
    _put(fields, "tmpl_currency", payment.tmpl_currency)
    _put(fields, "remark", payment.remark)
    _put(fields, "cardBin", payment.card_bin)
    _put(fields, "cardLast4Digits", payment.card_last4)
    _put(fields, "bankIBAN", payment.iban_masked)
    _put(fields, "bankAccountBIC", payment.bic)
    _put(fields, "custEmail", payment.customer.get("email", ""))
    _put(fields, "eci", payment.eci)
    return fields
