from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="QrCheckoutRequest")


@_attrs_define
class QrCheckoutRequest:
    """Fields of `createQrCheckout`."""

    authentication_member_id: str
    """ The merchant's member id; the first value of most checksums. """
    merchant_transaction_id: str
    """ The merchant's order reference (rule Description) - a non-space first character, then letters, digits,
    space, `.`, `-`, `_`; up to 100 characters. Part of C-SALE, C-IN-MID and C-PAYOUT. """
    amount: str
    """ Amount with exactly two decimals, up to 10 integer digits (rule tenDigitAmount), also for zero-decimal
    currencies (`100.00` JPY). Hashed exactly as sent. """
    currency: str
    """ ISO 4217 currency code in letters (EUR, USD, JPY), or a crypto code (BTC, ETH) for QR. """
    payment_mode: str
    """ Payment method family, configured per deployment (open set) - `CC` credit card, `DC` debit card, `SEPA`,
    `MMA` mobile money, `NB` net banking (asynchronous), `EW` e-wallet (asynchronous; `QR` brand for QR checkout),
    `PV` prepaid voucher, `ECO`, `NBI`, `EWI`, `UPI`, ... """
    payment_brand: str
    """ Brand within the payment mode (open set; may contain spaces) - `VISA`, `MC`, `AMEX`, `SEPAEXPRESS`,
    `DIRECTDEBIT`, `SOFORT`, `Airtel Uganda`, `QR`, ... """
    notification_url: str
    """ A URL of the merchant's (rule URL, permissive); up to 1055 characters. Hashed exactly as sent where a
    checksum includes it. """
    authentication_checksum: str | Unset = UNSET
    """ The operation's checksum (formula named in the operation's description). """
    authentication_terminal_id: str | Unset = UNSET
    """ The merchant's processing terminal. Required on payments unless the merchant is configured to auto-select a
    terminal. """
    authentication_account_id: str | Unset = UNSET
    """ Optional numeric account id. """
    authentication_partner_id: str | Unset = UNSET
    """ The white-label partner's id; partner-level calls send it instead of the member id and sign with the partner
    key. """
    merchant_redirect_url: str | Unset = UNSET
    """ Where the customer's browser returns after paying; QR checkout is an asynchronous (`EW`) method. """
    order_descriptor: str | Unset = UNSET
    """ Order description. """
    tmpl_amount: str | Unset = UNSET
    """ Customer-facing amount. """
    tmpl_currency: str | Unset = UNSET
    """ Currency of `tmpl_amount`. """
    customer_email: str | Unset = UNSET
    """ Customer e-mail. """
    customer_customer_id: str | Unset = UNSET
    """ The merchant's customer id. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        authentication_member_id = self.authentication_member_id

        merchant_transaction_id = self.merchant_transaction_id

        amount = self.amount

        currency = self.currency

        payment_mode = self.payment_mode

        payment_brand = self.payment_brand

        notification_url = self.notification_url

        authentication_checksum = self.authentication_checksum

        authentication_terminal_id = self.authentication_terminal_id

        authentication_account_id = self.authentication_account_id

        authentication_partner_id = self.authentication_partner_id

        merchant_redirect_url = self.merchant_redirect_url

        order_descriptor = self.order_descriptor

        tmpl_amount = self.tmpl_amount

        tmpl_currency = self.tmpl_currency

        customer_email = self.customer_email

        customer_customer_id = self.customer_customer_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "authentication.memberId": authentication_member_id,
                "merchantTransactionId": merchant_transaction_id,
                "amount": amount,
                "currency": currency,
                "paymentMode": payment_mode,
                "paymentBrand": payment_brand,
                "notificationUrl": notification_url,
            }
        )
        if authentication_checksum is not UNSET:
            field_dict["authentication.checksum"] = authentication_checksum
        if authentication_terminal_id is not UNSET:
            field_dict["authentication.terminalId"] = authentication_terminal_id
        if authentication_account_id is not UNSET:
            field_dict["authentication.accountId"] = authentication_account_id
        if authentication_partner_id is not UNSET:
            field_dict["authentication.partnerId"] = authentication_partner_id
        if merchant_redirect_url is not UNSET:
            field_dict["merchantRedirectUrl"] = merchant_redirect_url
        if order_descriptor is not UNSET:
            field_dict["orderDescriptor"] = order_descriptor
        if tmpl_amount is not UNSET:
            field_dict["tmpl_amount"] = tmpl_amount
        if tmpl_currency is not UNSET:
            field_dict["tmpl_currency"] = tmpl_currency
        if customer_email is not UNSET:
            field_dict["customer.email"] = customer_email
        if customer_customer_id is not UNSET:
            field_dict["customer.customerId"] = customer_customer_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        authentication_member_id = d.pop("authentication.memberId")

        merchant_transaction_id = d.pop("merchantTransactionId")

        amount = d.pop("amount")

        currency = d.pop("currency")

        payment_mode = d.pop("paymentMode")

        payment_brand = d.pop("paymentBrand")

        notification_url = d.pop("notificationUrl")

        authentication_checksum = d.pop("authentication.checksum", UNSET)

        authentication_terminal_id = d.pop("authentication.terminalId", UNSET)

        authentication_account_id = d.pop("authentication.accountId", UNSET)

        authentication_partner_id = d.pop("authentication.partnerId", UNSET)

        merchant_redirect_url = d.pop("merchantRedirectUrl", UNSET)

        order_descriptor = d.pop("orderDescriptor", UNSET)

        tmpl_amount = d.pop("tmpl_amount", UNSET)

        tmpl_currency = d.pop("tmpl_currency", UNSET)

        customer_email = d.pop("customer.email", UNSET)

        customer_customer_id = d.pop("customer.customerId", UNSET)

        qr_checkout_request = cls(
            authentication_member_id=authentication_member_id,
            merchant_transaction_id=merchant_transaction_id,
            amount=amount,
            currency=currency,
            payment_mode=payment_mode,
            payment_brand=payment_brand,
            notification_url=notification_url,
            authentication_checksum=authentication_checksum,
            authentication_terminal_id=authentication_terminal_id,
            authentication_account_id=authentication_account_id,
            authentication_partner_id=authentication_partner_id,
            merchant_redirect_url=merchant_redirect_url,
            order_descriptor=order_descriptor,
            tmpl_amount=tmpl_amount,
            tmpl_currency=tmpl_currency,
            customer_email=customer_email,
            customer_customer_id=customer_customer_id,
        )

        qr_checkout_request.additional_properties = d
        return qr_checkout_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

from ..types import repr_without_unset as _repr_without_unset  # noqa: E402

QrCheckoutRequest.__repr__ = _repr_without_unset  # type: ignore[method-assign]
