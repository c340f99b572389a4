from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RegistrationRequest")


@_attrs_define
class RegistrationRequest:
    """Fields of `createRegistration` - a card, a SEPA account or an ACH account to store (C-REG)."""

    authentication_checksum: str
    """ The operation's checksum (formula named in the operation's description). """
    authentication_member_id: str | Unset = UNSET
    """ The merchant's member id; the first value of most checksums. """
    authentication_terminal_id: str | Unset = UNSET
    """ The merchant's processing terminal. Required on payments unless the merchant is configured to auto-select a
    terminal. """
    authentication_account_id: str | Unset = UNSET
    """ Optional numeric account id. """
    authentication_partner_id: str | Unset = UNSET
    """ The white-label partner's id; partner-level calls send it instead of the member id and sign with the partner
    key. """
    card_number: str | Unset = UNSET
    """ The card number (PAN), 12 to 19 digits, brand-prefix and Luhn valid. Part of C-REG. """
    card_expiry_month: str | Unset = UNSET
    """ Expiry month, `1`-`12` or two digits `01`-`12` (rule Months). """
    card_expiry_year: str | Unset = UNSET
    """ Expiry year, four digits 2000-2039 (rule Years). """
    card_cvv: str | Unset = UNSET
    """ Card verification code, 3 or 4 digits; optional for repeated recurring and token payments. """
    card_holder: str | Unset = UNSET
    """ Cardholder name; ignored by the server (it reads `customer.givenName`/`customer.surname`), sent by some docs
    samples. """
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
    shipping_given_name: str | Unset = UNSET
    """ Shipping first name. """
    shipping_surname: str | Unset = UNSET
    """ Shipping last name. """
    shipping_street1: str | Unset = UNSET
    """ Shipping street. """
    shipping_city: str | Unset = UNSET
    """ Shipping city. """
    shipping_state: str | Unset = UNSET
    """ Shipping state (`NA` when none). """
    shipping_postcode: str | Unset = UNSET
    """ Shipping postcode (rule Zip). """
    shipping_country: str | Unset = UNSET
    """ Shipping country code (`UK`, `IN`). """
    shipping_language: str | Unset = UNSET
    """ Sent by docs samples (`ENG`); ignored by the server. """
    billing_given_name: str | Unset = UNSET
    """ Billing first name. """
    billing_surname: str | Unset = UNSET
    """ Billing last name. """
    billing_street: str | Unset = UNSET
    """ Billing street. """
    billing_city: str | Unset = UNSET
    """ Billing city. """
    billing_state: str | Unset = UNSET
    """ Billing state. """
    billing_postcode: str | Unset = UNSET
    """ Billing postcode. """
    billing_country: str | Unset = UNSET
    """ Billing country code. """
    billing_language: str | Unset = UNSET
    """ Billing language `ENG`, `CHN` or `RUS`. """
    bank_account_iban: str | Unset = UNSET
    """ SEPA IBAN (mod-97 valid), e.g. `DE23100000001234567890`. """
    bank_account_bic: str | Unset = UNSET
    """ SEPA BIC; part of C-REG for SEPA accounts. """
    bank_account_mandate_id: str | Unset = UNSET
    """ SEPA mandate reference. """
    bank_account_country: str | Unset = UNSET
    """ Country of the account. """
    bank_account_account_number: str | Unset = UNSET
    """ ACH/eCheck account number; part of C-REG for ACH accounts. """
    bank_account_routing_number: str | Unset = UNSET
    """ ACH routing number. """
    bank_account_account_type: str | Unset = UNSET
    """ Account type (ACH; JPBank payouts). """
    bank_account_check_number: str | Unset = UNSET
    """ eCheck number. """
    bank_account_transfer_type: str | Unset = UNSET
    """ Payout transfer type when there is no `paymentId`: `BT` bank transfer, `IMPS`, `TigerPayWallet`, `JPBank`,
    or a wallet name such as `Airtel Uganda`. """
    bank_account_bank_account_name: str | Unset = UNSET
    """ Payout beneficiary name. """
    bank_account_bank_account_number: str | Unset = UNSET
    """ Payout beneficiary account number. """
    bank_account_bank_ifsc: str | Unset = UNSET
    """ Payout IFSC code (IMPS). """
    bank_account_bank_name: str | Unset = UNSET
    """ Payout bank name (JPBank). """
    bank_account_branch_name: str | Unset = UNSET
    """ Payout branch name (JPBank). """
    bank_account_bank_code: str | Unset = UNSET
    """ Payout bank code (JPBank). """
    bank_account_branch_code: str | Unset = UNSET
    """ Payout branch code (JPBank). """
    payment_mode: str | Unset = UNSET
    """ Payment method family, configured per deployment (open set) - `CC` credit card, `DC` debit card, `SEPA`,
    `MMA` mobile money, `NB` net banking (asynchronous), `EW` e-wallet (asynchronous; `QR` brand for QR checkout),
    `PV` prepaid voucher, `ECO`, `NBI`, `EWI`, `UPI`, ... """
    payment_brand: str | Unset = UNSET
    """ Brand within the payment mode (open set; may contain spaces) - `VISA`, `MC`, `AMEX`, `SEPAEXPRESS`,
    `DIRECTDEBIT`, `SOFORT`, `Airtel Uganda`, `QR`, ... """
    currency: str | Unset = UNSET
    """ ISO 4217 currency code in letters (EUR, USD, JPY), or a crypto code (BTC, ETH) for QR. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        authentication_checksum = self.authentication_checksum

        authentication_member_id = self.authentication_member_id

        authentication_terminal_id = self.authentication_terminal_id

        authentication_account_id = self.authentication_account_id

        authentication_partner_id = self.authentication_partner_id

        card_number = self.card_number

        card_expiry_month = self.card_expiry_month

        card_expiry_year = self.card_expiry_year

        card_cvv = self.card_cvv

        card_holder = self.card_holder

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

        shipping_given_name = self.shipping_given_name

        shipping_surname = self.shipping_surname

        shipping_street1 = self.shipping_street1

        shipping_city = self.shipping_city

        shipping_state = self.shipping_state

        shipping_postcode = self.shipping_postcode

        shipping_country = self.shipping_country

        shipping_language = self.shipping_language

        billing_given_name = self.billing_given_name

        billing_surname = self.billing_surname

        billing_street = self.billing_street

        billing_city = self.billing_city

        billing_state = self.billing_state

        billing_postcode = self.billing_postcode

        billing_country = self.billing_country

        billing_language = self.billing_language

        bank_account_iban = self.bank_account_iban

        bank_account_bic = self.bank_account_bic

        bank_account_mandate_id = self.bank_account_mandate_id

        bank_account_country = self.bank_account_country

        bank_account_account_number = self.bank_account_account_number

        bank_account_routing_number = self.bank_account_routing_number

        bank_account_account_type = self.bank_account_account_type

        bank_account_check_number = self.bank_account_check_number

        bank_account_transfer_type = self.bank_account_transfer_type

        bank_account_bank_account_name = self.bank_account_bank_account_name

        bank_account_bank_account_number = self.bank_account_bank_account_number

        bank_account_bank_ifsc = self.bank_account_bank_ifsc

        bank_account_bank_name = self.bank_account_bank_name

        bank_account_branch_name = self.bank_account_branch_name

        bank_account_bank_code = self.bank_account_bank_code

        bank_account_branch_code = self.bank_account_branch_code

        payment_mode = self.payment_mode

        payment_brand = self.payment_brand

        currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "authentication.checksum": authentication_checksum,
            }
        )
        if authentication_member_id is not UNSET:
            field_dict["authentication.memberId"] = authentication_member_id
        if authentication_terminal_id is not UNSET:
            field_dict["authentication.terminalId"] = authentication_terminal_id
        if authentication_account_id is not UNSET:
            field_dict["authentication.accountId"] = authentication_account_id
        if authentication_partner_id is not UNSET:
            field_dict["authentication.partnerId"] = authentication_partner_id
        if card_number is not UNSET:
            field_dict["card.number"] = card_number
        if card_expiry_month is not UNSET:
            field_dict["card.expiryMonth"] = card_expiry_month
        if card_expiry_year is not UNSET:
            field_dict["card.expiryYear"] = card_expiry_year
        if card_cvv is not UNSET:
            field_dict["card.cvv"] = card_cvv
        if card_holder is not UNSET:
            field_dict["card.holder"] = card_holder
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
        if shipping_given_name is not UNSET:
            field_dict["shipping.givenName"] = shipping_given_name
        if shipping_surname is not UNSET:
            field_dict["shipping.surname"] = shipping_surname
        if shipping_street1 is not UNSET:
            field_dict["shipping.street1"] = shipping_street1
        if shipping_city is not UNSET:
            field_dict["shipping.city"] = shipping_city
        if shipping_state is not UNSET:
            field_dict["shipping.state"] = shipping_state
        if shipping_postcode is not UNSET:
            field_dict["shipping.postcode"] = shipping_postcode
        if shipping_country is not UNSET:
            field_dict["shipping.country"] = shipping_country
        if shipping_language is not UNSET:
            field_dict["shipping.language"] = shipping_language
        if billing_given_name is not UNSET:
            field_dict["billing.givenName"] = billing_given_name
        if billing_surname is not UNSET:
            field_dict["billing.surname"] = billing_surname
        if billing_street is not UNSET:
            field_dict["billing.street"] = billing_street
        if billing_city is not UNSET:
            field_dict["billing.city"] = billing_city
        if billing_state is not UNSET:
            field_dict["billing.state"] = billing_state
        if billing_postcode is not UNSET:
            field_dict["billing.postcode"] = billing_postcode
        if billing_country is not UNSET:
            field_dict["billing.country"] = billing_country
        if billing_language is not UNSET:
            field_dict["billing.language"] = billing_language
        if bank_account_iban is not UNSET:
            field_dict["bankAccount.iban"] = bank_account_iban
        if bank_account_bic is not UNSET:
            field_dict["bankAccount.bic"] = bank_account_bic
        if bank_account_mandate_id is not UNSET:
            field_dict["bankAccount.mandateId"] = bank_account_mandate_id
        if bank_account_country is not UNSET:
            field_dict["bankAccount.country"] = bank_account_country
        if bank_account_account_number is not UNSET:
            field_dict["bankAccount.accountNumber"] = bank_account_account_number
        if bank_account_routing_number is not UNSET:
            field_dict["bankAccount.routingNumber"] = bank_account_routing_number
        if bank_account_account_type is not UNSET:
            field_dict["bankAccount.accountType"] = bank_account_account_type
        if bank_account_check_number is not UNSET:
            field_dict["bankAccount.checkNumber"] = bank_account_check_number
        if bank_account_transfer_type is not UNSET:
            field_dict["bankAccount.transferType"] = bank_account_transfer_type
        if bank_account_bank_account_name is not UNSET:
            field_dict["bankAccount.bankAccountName"] = bank_account_bank_account_name
        if bank_account_bank_account_number is not UNSET:
            field_dict["bankAccount.bankAccountNumber"] = bank_account_bank_account_number
        if bank_account_bank_ifsc is not UNSET:
            field_dict["bankAccount.bankIfsc"] = bank_account_bank_ifsc
        if bank_account_bank_name is not UNSET:
            field_dict["bankAccount.bankName"] = bank_account_bank_name
        if bank_account_branch_name is not UNSET:
            field_dict["bankAccount.branchName"] = bank_account_branch_name
        if bank_account_bank_code is not UNSET:
            field_dict["bankAccount.bankCode"] = bank_account_bank_code
        if bank_account_branch_code is not UNSET:
            field_dict["bankAccount.branchCode"] = bank_account_branch_code
        if payment_mode is not UNSET:
            field_dict["paymentMode"] = payment_mode
        if payment_brand is not UNSET:
            field_dict["paymentBrand"] = payment_brand
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        authentication_checksum = d.pop("authentication.checksum")

        authentication_member_id = d.pop("authentication.memberId", UNSET)

        authentication_terminal_id = d.pop("authentication.terminalId", UNSET)

        authentication_account_id = d.pop("authentication.accountId", UNSET)

        authentication_partner_id = d.pop("authentication.partnerId", UNSET)

        card_number = d.pop("card.number", UNSET)

        card_expiry_month = d.pop("card.expiryMonth", UNSET)

        card_expiry_year = d.pop("card.expiryYear", UNSET)

        card_cvv = d.pop("card.cvv", UNSET)

        card_holder = d.pop("card.holder", UNSET)

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

        shipping_given_name = d.pop("shipping.givenName", UNSET)

        shipping_surname = d.pop("shipping.surname", UNSET)

        shipping_street1 = d.pop("shipping.street1", UNSET)

        shipping_city = d.pop("shipping.city", UNSET)

        shipping_state = d.pop("shipping.state", UNSET)

        shipping_postcode = d.pop("shipping.postcode", UNSET)

        shipping_country = d.pop("shipping.country", UNSET)

        shipping_language = d.pop("shipping.language", UNSET)

        billing_given_name = d.pop("billing.givenName", UNSET)

        billing_surname = d.pop("billing.surname", UNSET)

        billing_street = d.pop("billing.street", UNSET)

        billing_city = d.pop("billing.city", UNSET)

        billing_state = d.pop("billing.state", UNSET)

        billing_postcode = d.pop("billing.postcode", UNSET)

        billing_country = d.pop("billing.country", UNSET)

        billing_language = d.pop("billing.language", UNSET)

        bank_account_iban = d.pop("bankAccount.iban", UNSET)

        bank_account_bic = d.pop("bankAccount.bic", UNSET)

        bank_account_mandate_id = d.pop("bankAccount.mandateId", UNSET)

        bank_account_country = d.pop("bankAccount.country", UNSET)

        bank_account_account_number = d.pop("bankAccount.accountNumber", UNSET)

        bank_account_routing_number = d.pop("bankAccount.routingNumber", UNSET)

        bank_account_account_type = d.pop("bankAccount.accountType", UNSET)

        bank_account_check_number = d.pop("bankAccount.checkNumber", UNSET)

        bank_account_transfer_type = d.pop("bankAccount.transferType", UNSET)

        bank_account_bank_account_name = d.pop("bankAccount.bankAccountName", UNSET)

        bank_account_bank_account_number = d.pop("bankAccount.bankAccountNumber", UNSET)

        bank_account_bank_ifsc = d.pop("bankAccount.bankIfsc", UNSET)

        bank_account_bank_name = d.pop("bankAccount.bankName", UNSET)

        bank_account_branch_name = d.pop("bankAccount.branchName", UNSET)

        bank_account_bank_code = d.pop("bankAccount.bankCode", UNSET)

        bank_account_branch_code = d.pop("bankAccount.branchCode", UNSET)

        payment_mode = d.pop("paymentMode", UNSET)

        payment_brand = d.pop("paymentBrand", UNSET)

        currency = d.pop("currency", UNSET)

        registration_request = cls(
            authentication_checksum=authentication_checksum,
            authentication_member_id=authentication_member_id,
            authentication_terminal_id=authentication_terminal_id,
            authentication_account_id=authentication_account_id,
            authentication_partner_id=authentication_partner_id,
            card_number=card_number,
            card_expiry_month=card_expiry_month,
            card_expiry_year=card_expiry_year,
            card_cvv=card_cvv,
            card_holder=card_holder,
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
            shipping_given_name=shipping_given_name,
            shipping_surname=shipping_surname,
            shipping_street1=shipping_street1,
            shipping_city=shipping_city,
            shipping_state=shipping_state,
            shipping_postcode=shipping_postcode,
            shipping_country=shipping_country,
            shipping_language=shipping_language,
            billing_given_name=billing_given_name,
            billing_surname=billing_surname,
            billing_street=billing_street,
            billing_city=billing_city,
            billing_state=billing_state,
            billing_postcode=billing_postcode,
            billing_country=billing_country,
            billing_language=billing_language,
            bank_account_iban=bank_account_iban,
            bank_account_bic=bank_account_bic,
            bank_account_mandate_id=bank_account_mandate_id,
            bank_account_country=bank_account_country,
            bank_account_account_number=bank_account_account_number,
            bank_account_routing_number=bank_account_routing_number,
            bank_account_account_type=bank_account_account_type,
            bank_account_check_number=bank_account_check_number,
            bank_account_transfer_type=bank_account_transfer_type,
            bank_account_bank_account_name=bank_account_bank_account_name,
            bank_account_bank_account_number=bank_account_bank_account_number,
            bank_account_bank_ifsc=bank_account_bank_ifsc,
            bank_account_bank_name=bank_account_bank_name,
            bank_account_branch_name=bank_account_branch_name,
            bank_account_bank_code=bank_account_bank_code,
            bank_account_branch_code=bank_account_branch_code,
            payment_mode=payment_mode,
            payment_brand=payment_brand,
            currency=currency,
        )

        registration_request.additional_properties = d
        return registration_request

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

RegistrationRequest.__repr__ = _repr_without_unset  # type: ignore[method-assign]
