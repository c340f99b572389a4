from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoiceGenerateRequest")


@_attrs_define
class InvoiceGenerateRequest:
    """Fields of `generateInvoice` (C-INV-GEN)."""

    authentication_member_id: str
    """ The merchant's member id; the first value of most checksums. """
    authentication_checksum: str
    """ The operation's checksum (formula named in the operation's description). """
    amount: str
    """ Amount with exactly two decimals, up to 10 integer digits (rule tenDigitAmount), also for zero-decimal
    currencies (`100.00` JPY). Hashed exactly as sent. """
    currency: str
    """ ISO 4217 currency code in letters (EUR, USD, JPY), or a crypto code (BTC, ETH) for QR. """
    merchant_invoice_id: str
    """ The merchant's invoice reference; part of C-INV-GEN. """
    merchant_redirect_url: str
    """ Where the customer returns after paying; part of C-INV-GEN. """
    authentication_terminal_id: str | Unset = UNSET
    """ The merchant's processing terminal. Required on payments unless the merchant is configured to auto-select a
    terminal. """
    authentication_account_id: str | Unset = UNSET
    """ Optional numeric account id. """
    authentication_partner_id: str | Unset = UNSET
    """ The white-label partner's id; partner-level calls send it instead of the member id and sign with the partner
    key. """
    customer_given_name: str | Unset = UNSET
    """ First name (rule SafeString); required for card payments and SEPA holders. """
    customer_surname: str | Unset = UNSET
    """ Last name (rule SafeString); required for card payments and SEPA holders. """
    customer_email: str | Unset = UNSET
    """ E-mail address (rule Email); mandatory when the merchant is configured so. """
    customer_ip: str | Unset = UNSET
    """ Customer IPv4 or IPv6 address; required when the merchant has IP whitelisting. """
    customer_phone: str | Unset = UNSET
    """ Phone number (rule Phone). """
    customer_telnocc: str | Unset = UNSET
    """ Dialling code, e.g. `+44` or `091`. """
    customer_mobile: str | Unset = UNSET
    """ Mobile number. """
    customer_birth_date: str | Unset = UNSET
    """ Birth date `yyyyMMdd`, not in the future. """
    customer_customer_id: str | Unset = UNSET
    """ The merchant's customer id; groups stored tokens for `listCardsAndAccounts`. """
    customer_country: str | Unset = UNSET
    """ Country code (rule CountryCode). """
    customer_city: str | Unset = UNSET
    """ City. """
    customer_postcode: str | Unset = UNSET
    """ Postcode (rule Zip). """
    customer_street: str | Unset = UNSET
    """ Street address. """
    customer_sex: str | Unset = UNSET
    """ Sex (meaning known from the name only). """
    customer_language: str | Unset = UNSET
    """ Language, e.g. `ENG`. """
    notification_url: str | Unset = UNSET
    """ A URL of the merchant's (rule URL, permissive); up to 1055 characters. Hashed exactly as sent where a
    checksum includes it. """
    merchant_order_description: str | Unset = UNSET
    """ Description shown on the invoice. """
    merchant_order_id: str | Unset = UNSET
    """ Order id (see `getNextOrderId`). """
    invoice_expiration_period: str | Unset = UNSET
    """ Days until the pay link expires. """
    telnocc: str | Unset = UNSET
    """ Customer's dialling code (a bare `telnocc` in the docs sample). """
    payment_mode: str | Unset = UNSET
    """ Payment method family, configured per deployment (open set) - `CC` credit card, `DC` debit card, `SEPA`,
    `MMA` mobile money, `NB` net banking (asynchronous), `EW` e-wallet (asynchronous; `QR` brand for QR checkout),
    `PV` prepaid voucher, `ECO`, `NBI`, `EWI`, `UPI`, ... """
    payment_brand: str | Unset = UNSET
    """ Brand within the payment mode (open set; may contain spaces) - `VISA`, `MC`, `AMEX`, `SEPAEXPRESS`,
    `DIRECTDEBIT`, `SOFORT`, `Airtel Uganda`, `QR`, ... """
    product_product_description: str | Unset = UNSET
    """ Product line description. """
    product_product_amount: str | Unset = UNSET
    """ Unit price. """
    product_quantity: str | Unset = UNSET
    """ Quantity. """
    product_product_total: str | Unset = UNSET
    """ Line total. """
    product_product_unit: str | Unset = UNSET
    """ Unit. """
    product_tax: str | Unset = UNSET
    """ Tax. """
    gst: str | Unset = UNSET
    """ Tax percentage. """
    issms: str | Unset = UNSET
    """ `Y` to send the pay link by SMS. """
    isemail: str | Unset = UNSET
    """ `Y` to send the pay link by e-mail. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        authentication_member_id = self.authentication_member_id

        authentication_checksum = self.authentication_checksum

        amount = self.amount

        currency = self.currency

        merchant_invoice_id = self.merchant_invoice_id

        merchant_redirect_url = self.merchant_redirect_url

        authentication_terminal_id = self.authentication_terminal_id

        authentication_account_id = self.authentication_account_id

        authentication_partner_id = self.authentication_partner_id

        customer_given_name = self.customer_given_name

        customer_surname = self.customer_surname

        customer_email = self.customer_email

        customer_ip = self.customer_ip

        customer_phone = self.customer_phone

        customer_telnocc = self.customer_telnocc

        customer_mobile = self.customer_mobile

        customer_birth_date = self.customer_birth_date

        customer_customer_id = self.customer_customer_id

        customer_country = self.customer_country

        customer_city = self.customer_city

        customer_postcode = self.customer_postcode

        customer_street = self.customer_street

        customer_sex = self.customer_sex

        customer_language = self.customer_language

        notification_url = self.notification_url

        merchant_order_description = self.merchant_order_description

        merchant_order_id = self.merchant_order_id

        invoice_expiration_period = self.invoice_expiration_period

        telnocc = self.telnocc

        payment_mode = self.payment_mode

        payment_brand = self.payment_brand

        product_product_description = self.product_product_description

        product_product_amount = self.product_product_amount

        product_quantity = self.product_quantity

        product_product_total = self.product_product_total

        product_product_unit = self.product_product_unit

        product_tax = self.product_tax

        gst = self.gst

        issms = self.issms

        isemail = self.isemail

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "authentication.memberId": authentication_member_id,
                "authentication.checksum": authentication_checksum,
                "amount": amount,
                "currency": currency,
                "merchantInvoiceId": merchant_invoice_id,
                "merchantRedirectUrl": merchant_redirect_url,
            }
        )
        if authentication_terminal_id is not UNSET:
            field_dict["authentication.terminalId"] = authentication_terminal_id
        if authentication_account_id is not UNSET:
            field_dict["authentication.accountId"] = authentication_account_id
        if authentication_partner_id is not UNSET:
            field_dict["authentication.partnerId"] = authentication_partner_id
        if customer_given_name is not UNSET:
            field_dict["customer.givenName"] = customer_given_name
        if customer_surname is not UNSET:
            field_dict["customer.surname"] = customer_surname
        if customer_email is not UNSET:
            field_dict["customer.email"] = customer_email
        if customer_ip is not UNSET:
            field_dict["customer.ip"] = customer_ip
        if customer_phone is not UNSET:
            field_dict["customer.phone"] = customer_phone
        if customer_telnocc is not UNSET:
            field_dict["customer.telnocc"] = customer_telnocc
        if customer_mobile is not UNSET:
            field_dict["customer.mobile"] = customer_mobile
        if customer_birth_date is not UNSET:
            field_dict["customer.birthDate"] = customer_birth_date
        if customer_customer_id is not UNSET:
            field_dict["customer.customerId"] = customer_customer_id
        if customer_country is not UNSET:
            field_dict["customer.country"] = customer_country
        if customer_city is not UNSET:
            field_dict["customer.city"] = customer_city
        if customer_postcode is not UNSET:
            field_dict["customer.postcode"] = customer_postcode
        if customer_street is not UNSET:
            field_dict["customer.street"] = customer_street
        if customer_sex is not UNSET:
            field_dict["customer.sex"] = customer_sex
        if customer_language is not UNSET:
            field_dict["customer.language"] = customer_language
        if notification_url is not UNSET:
            field_dict["notificationUrl"] = notification_url
        if merchant_order_description is not UNSET:
            field_dict["merchantOrderDescription"] = merchant_order_description
        if merchant_order_id is not UNSET:
            field_dict["merchantOrderId"] = merchant_order_id
        if invoice_expiration_period is not UNSET:
            field_dict["invoiceExpirationPeriod"] = invoice_expiration_period
        if telnocc is not UNSET:
            field_dict["telnocc"] = telnocc
        if payment_mode is not UNSET:
            field_dict["paymentMode"] = payment_mode
        if payment_brand is not UNSET:
            field_dict["paymentBrand"] = payment_brand
        if product_product_description is not UNSET:
            field_dict["product.productDescription"] = product_product_description
        if product_product_amount is not UNSET:
            field_dict["product.productAmount"] = product_product_amount
        if product_quantity is not UNSET:
            field_dict["product.quantity"] = product_quantity
        if product_product_total is not UNSET:
            field_dict["product.productTotal"] = product_product_total
        if product_product_unit is not UNSET:
            field_dict["product.productUnit"] = product_product_unit
        if product_tax is not UNSET:
            field_dict["product.tax"] = product_tax
        if gst is not UNSET:
            field_dict["gst"] = gst
        if issms is not UNSET:
            field_dict["issms"] = issms
        if isemail is not UNSET:
            field_dict["isemail"] = isemail

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        authentication_member_id = d.pop("authentication.memberId")

        authentication_checksum = d.pop("authentication.checksum")

        amount = d.pop("amount")

        currency = d.pop("currency")

        merchant_invoice_id = d.pop("merchantInvoiceId")

        merchant_redirect_url = d.pop("merchantRedirectUrl")

        authentication_terminal_id = d.pop("authentication.terminalId", UNSET)

        authentication_account_id = d.pop("authentication.accountId", UNSET)

        authentication_partner_id = d.pop("authentication.partnerId", UNSET)

        customer_given_name = d.pop("customer.givenName", UNSET)

        customer_surname = d.pop("customer.surname", UNSET)

        customer_email = d.pop("customer.email", UNSET)

        customer_ip = d.pop("customer.ip", UNSET)

        customer_phone = d.pop("customer.phone", UNSET)

        customer_telnocc = d.pop("customer.telnocc", UNSET)

        customer_mobile = d.pop("customer.mobile", UNSET)

        customer_birth_date = d.pop("customer.birthDate", UNSET)

        customer_customer_id = d.pop("customer.customerId", UNSET)

        customer_country = d.pop("customer.country", UNSET)

        customer_city = d.pop("customer.city", UNSET)

        customer_postcode = d.pop("customer.postcode", UNSET)

        customer_street = d.pop("customer.street", UNSET)

        customer_sex = d.pop("customer.sex", UNSET)

        customer_language = d.pop("customer.language", UNSET)

        notification_url = d.pop("notificationUrl", UNSET)

        merchant_order_description = d.pop("merchantOrderDescription", UNSET)

        merchant_order_id = d.pop("merchantOrderId", UNSET)

        invoice_expiration_period = d.pop("invoiceExpirationPeriod", UNSET)

        telnocc = d.pop("telnocc", UNSET)

        payment_mode = d.pop("paymentMode", UNSET)

        payment_brand = d.pop("paymentBrand", UNSET)

        product_product_description = d.pop("product.productDescription", UNSET)

        product_product_amount = d.pop("product.productAmount", UNSET)

        product_quantity = d.pop("product.quantity", UNSET)

        product_product_total = d.pop("product.productTotal", UNSET)

        product_product_unit = d.pop("product.productUnit", UNSET)

        product_tax = d.pop("product.tax", UNSET)

        gst = d.pop("gst", UNSET)

        issms = d.pop("issms", UNSET)

        isemail = d.pop("isemail", UNSET)

        invoice_generate_request = cls(
            authentication_member_id=authentication_member_id,
            authentication_checksum=authentication_checksum,
            amount=amount,
            currency=currency,
            merchant_invoice_id=merchant_invoice_id,
            merchant_redirect_url=merchant_redirect_url,
            authentication_terminal_id=authentication_terminal_id,
            authentication_account_id=authentication_account_id,
            authentication_partner_id=authentication_partner_id,
            customer_given_name=customer_given_name,
            customer_surname=customer_surname,
            customer_email=customer_email,
            customer_ip=customer_ip,
            customer_phone=customer_phone,
            customer_telnocc=customer_telnocc,
            customer_mobile=customer_mobile,
            customer_birth_date=customer_birth_date,
            customer_customer_id=customer_customer_id,
            customer_country=customer_country,
            customer_city=customer_city,
            customer_postcode=customer_postcode,
            customer_street=customer_street,
            customer_sex=customer_sex,
            customer_language=customer_language,
            notification_url=notification_url,
            merchant_order_description=merchant_order_description,
            merchant_order_id=merchant_order_id,
            invoice_expiration_period=invoice_expiration_period,
            telnocc=telnocc,
            payment_mode=payment_mode,
            payment_brand=payment_brand,
            product_product_description=product_product_description,
            product_product_amount=product_product_amount,
            product_quantity=product_quantity,
            product_product_total=product_product_total,
            product_product_unit=product_product_unit,
            product_tax=product_tax,
            gst=gst,
            issms=issms,
            isemail=isemail,
        )

        invoice_generate_request.additional_properties = d
        return invoice_generate_request

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

InvoiceGenerateRequest.__repr__ = _repr_without_unset  # type: ignore[method-assign]
