from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.recurring_type import RecurringType, check_recurring_type
from ..models.redirect_method import RedirectMethod, check_redirect_method
from ..models.token_payment_type import TokenPaymentType, check_token_payment_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="TokenPaymentRequest")


@_attrs_define
class TokenPaymentRequest:
    """Fields of `payWithToken` - a payment with the token (`PA`/`DB`, C-TOKEN) or its deletion (`DL`, C-DEL-REG)."""

    authentication_checksum: str
    """ The operation's checksum (formula named in the operation's description). """
    payment_type: TokenPaymentType
    """ `DB` sale or `PA` pre-authorization with the token, or `DL` delete the token. """
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
    device_details_user_agent: str | Unset = UNSET
    """ The browser's User-Agent. """
    device_details_browser_language: str | Unset = UNSET
    """ Browser language, e.g. `en-US`. """
    device_details_browser_timezone_offset: str | Unset = UNSET
    """ Browser time-zone offset in minutes. """
    device_details_browser_color_depth: str | Unset = UNSET
    """ Screen colour depth. """
    device_details_browser_accept_header: str | Unset = UNSET
    """ The browser's Accept header. """
    device_details_browser_screen_height: str | Unset = UNSET
    """ Screen height in pixels. """
    device_details_browser_screen_width: str | Unset = UNSET
    """ Screen width in pixels. """
    device_details_browser_java_enabled: str | Unset = UNSET
    """ `true` or `false`. """
    three_d_secure_eci: str | Unset = UNSET
    """ ECI of an external 3-D Secure authentication. """
    three_d_secure_verification_id: str | Unset = UNSET
    """ CAVV / authentication value of an external 3-D Secure authentication. """
    three_d_secure_xid: str | Unset = UNSET
    """ XID / directory-server transaction id of an external authentication. """
    card_holder_account_info_acc_activation_date: str | Unset = UNSET
    """ Date the customer's account was opened. """
    card_holder_account_info_acc_change_date: str | Unset = UNSET
    """ Date the account last changed. """
    card_holder_account_info_acc_pw_change_date: str | Unset = UNSET
    """ Date the account password last changed. """
    card_holder_account_info_address_use_date: str | Unset = UNSET
    """ Date the shipping address was first used. """
    card_holder_account_info_payment_acc_activation_date: str | Unset = UNSET
    """ Date the payment account was added. """
    amount: str | Unset = UNSET
    """ Required for `PA`/`DB`. """
    currency: str | Unset = UNSET
    """ ISO 4217 currency code in letters (EUR, USD, JPY), or a crypto code (BTC, ETH) for QR. """
    merchant_transaction_id: str | Unset = UNSET
    """ The merchant's order reference (rule Description) - a non-space first character, then letters, digits,
    space, `.`, `-`, `_`; up to 100 characters. Part of C-SALE, C-IN-MID and C-PAYOUT. """
    merchant_redirect_url: str | Unset = UNSET
    """ Required for `PA`/`DB`. """
    notification_url: str | Unset = UNSET
    """ A URL of the merchant's (rule URL, permissive); up to 1055 characters. Hashed exactly as sent where a
    checksum includes it. """
    payment_mode: str | Unset = UNSET
    """ Payment method family, configured per deployment (open set) - `CC` credit card, `DC` debit card, `SEPA`,
    `MMA` mobile money, `NB` net banking (asynchronous), `EW` e-wallet (asynchronous; `QR` brand for QR checkout),
    `PV` prepaid voucher, `ECO`, `NBI`, `EWI`, `UPI`, ... """
    payment_brand: str | Unset = UNSET
    """ Brand within the payment mode (open set; may contain spaces) - `VISA`, `MC`, `AMEX`, `SEPAEXPRESS`,
    `DIRECTDEBIT`, `SOFORT`, `Airtel Uganda`, `QR`, ... """
    card_cvv: str | Unset = UNSET
    """ Optional CVV; validated only when sent without `recurringType`. """
    recurring_type: RecurringType | Unset = UNSET
    """ `INITIAL` starts a recurring series; `REPEATED` charges again on an earlier payment or token (the server
    also accepts lower case; send upper case). """
    redirect_method: RedirectMethod | Unset = UNSET
    """ How the customer's browser returns to `merchantRedirectUrl` - `POST` (default, auto-submitted form) or `GET`
    (query parameters). """
    installment: str | Unset = UNSET
    """ Number of installments. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        authentication_checksum = self.authentication_checksum

        payment_type: str = self.payment_type

        authentication_member_id = self.authentication_member_id

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

        device_details_user_agent = self.device_details_user_agent

        device_details_browser_language = self.device_details_browser_language

        device_details_browser_timezone_offset = self.device_details_browser_timezone_offset

        device_details_browser_color_depth = self.device_details_browser_color_depth

        device_details_browser_accept_header = self.device_details_browser_accept_header

        device_details_browser_screen_height = self.device_details_browser_screen_height

        device_details_browser_screen_width = self.device_details_browser_screen_width

        device_details_browser_java_enabled = self.device_details_browser_java_enabled

        three_d_secure_eci = self.three_d_secure_eci

        three_d_secure_verification_id = self.three_d_secure_verification_id

        three_d_secure_xid = self.three_d_secure_xid

        card_holder_account_info_acc_activation_date = self.card_holder_account_info_acc_activation_date

        card_holder_account_info_acc_change_date = self.card_holder_account_info_acc_change_date

        card_holder_account_info_acc_pw_change_date = self.card_holder_account_info_acc_pw_change_date

        card_holder_account_info_address_use_date = self.card_holder_account_info_address_use_date

        card_holder_account_info_payment_acc_activation_date = self.card_holder_account_info_payment_acc_activation_date

        amount = self.amount

        currency = self.currency

        merchant_transaction_id = self.merchant_transaction_id

        merchant_redirect_url = self.merchant_redirect_url

        notification_url = self.notification_url

        payment_mode = self.payment_mode

        payment_brand = self.payment_brand

        card_cvv = self.card_cvv

        recurring_type: str | Unset = UNSET
        if not isinstance(self.recurring_type, Unset):
            recurring_type = self.recurring_type

        redirect_method: str | Unset = UNSET
        if not isinstance(self.redirect_method, Unset):
            redirect_method = self.redirect_method

        installment = self.installment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "authentication.checksum": authentication_checksum,
                "paymentType": payment_type,
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
        if device_details_user_agent is not UNSET:
            field_dict["deviceDetails.user_Agent"] = device_details_user_agent
        if device_details_browser_language is not UNSET:
            field_dict["deviceDetails.browserLanguage"] = device_details_browser_language
        if device_details_browser_timezone_offset is not UNSET:
            field_dict["deviceDetails.browserTimezoneOffset"] = device_details_browser_timezone_offset
        if device_details_browser_color_depth is not UNSET:
            field_dict["deviceDetails.browserColorDepth"] = device_details_browser_color_depth
        if device_details_browser_accept_header is not UNSET:
            field_dict["deviceDetails.browserAcceptHeader"] = device_details_browser_accept_header
        if device_details_browser_screen_height is not UNSET:
            field_dict["deviceDetails.browserScreenHeight"] = device_details_browser_screen_height
        if device_details_browser_screen_width is not UNSET:
            field_dict["deviceDetails.browserScreenWidth"] = device_details_browser_screen_width
        if device_details_browser_java_enabled is not UNSET:
            field_dict["deviceDetails.browserJavaEnabled"] = device_details_browser_java_enabled
        if three_d_secure_eci is not UNSET:
            field_dict["threeDSecure.eci"] = three_d_secure_eci
        if three_d_secure_verification_id is not UNSET:
            field_dict["threeDSecure.verificationId"] = three_d_secure_verification_id
        if three_d_secure_xid is not UNSET:
            field_dict["threeDSecure.xid"] = three_d_secure_xid
        if card_holder_account_info_acc_activation_date is not UNSET:
            field_dict["cardHolderAccountInfo.accActivationDate"] = card_holder_account_info_acc_activation_date
        if card_holder_account_info_acc_change_date is not UNSET:
            field_dict["cardHolderAccountInfo.accChangeDate"] = card_holder_account_info_acc_change_date
        if card_holder_account_info_acc_pw_change_date is not UNSET:
            field_dict["cardHolderAccountInfo.accPwChangeDate"] = card_holder_account_info_acc_pw_change_date
        if card_holder_account_info_address_use_date is not UNSET:
            field_dict["cardHolderAccountInfo.addressUseDate"] = card_holder_account_info_address_use_date
        if card_holder_account_info_payment_acc_activation_date is not UNSET:
            field_dict["cardHolderAccountInfo.paymentAccActivationDate"] = (
                card_holder_account_info_payment_acc_activation_date
            )
        if amount is not UNSET:
            field_dict["amount"] = amount
        if currency is not UNSET:
            field_dict["currency"] = currency
        if merchant_transaction_id is not UNSET:
            field_dict["merchantTransactionId"] = merchant_transaction_id
        if merchant_redirect_url is not UNSET:
            field_dict["merchantRedirectUrl"] = merchant_redirect_url
        if notification_url is not UNSET:
            field_dict["notificationUrl"] = notification_url
        if payment_mode is not UNSET:
            field_dict["paymentMode"] = payment_mode
        if payment_brand is not UNSET:
            field_dict["paymentBrand"] = payment_brand
        if card_cvv is not UNSET:
            field_dict["card.cvv"] = card_cvv
        if recurring_type is not UNSET:
            field_dict["recurringType"] = recurring_type
        if redirect_method is not UNSET:
            field_dict["redirectMethod"] = redirect_method
        if installment is not UNSET:
            field_dict["installment"] = installment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        authentication_checksum = d.pop("authentication.checksum")

        payment_type = check_token_payment_type(d.pop("paymentType"))

        authentication_member_id = d.pop("authentication.memberId", UNSET)

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

        device_details_user_agent = d.pop("deviceDetails.user_Agent", UNSET)

        device_details_browser_language = d.pop("deviceDetails.browserLanguage", UNSET)

        device_details_browser_timezone_offset = d.pop("deviceDetails.browserTimezoneOffset", UNSET)

        device_details_browser_color_depth = d.pop("deviceDetails.browserColorDepth", UNSET)

        device_details_browser_accept_header = d.pop("deviceDetails.browserAcceptHeader", UNSET)

        device_details_browser_screen_height = d.pop("deviceDetails.browserScreenHeight", UNSET)

        device_details_browser_screen_width = d.pop("deviceDetails.browserScreenWidth", UNSET)

        device_details_browser_java_enabled = d.pop("deviceDetails.browserJavaEnabled", UNSET)

        three_d_secure_eci = d.pop("threeDSecure.eci", UNSET)

        three_d_secure_verification_id = d.pop("threeDSecure.verificationId", UNSET)

        three_d_secure_xid = d.pop("threeDSecure.xid", UNSET)

        card_holder_account_info_acc_activation_date = d.pop("cardHolderAccountInfo.accActivationDate", UNSET)

        card_holder_account_info_acc_change_date = d.pop("cardHolderAccountInfo.accChangeDate", UNSET)

        card_holder_account_info_acc_pw_change_date = d.pop("cardHolderAccountInfo.accPwChangeDate", UNSET)

        card_holder_account_info_address_use_date = d.pop("cardHolderAccountInfo.addressUseDate", UNSET)

        card_holder_account_info_payment_acc_activation_date = d.pop(
            "cardHolderAccountInfo.paymentAccActivationDate", UNSET
        )

        amount = d.pop("amount", UNSET)

        currency = d.pop("currency", UNSET)

        merchant_transaction_id = d.pop("merchantTransactionId", UNSET)

        merchant_redirect_url = d.pop("merchantRedirectUrl", UNSET)

        notification_url = d.pop("notificationUrl", UNSET)

        payment_mode = d.pop("paymentMode", UNSET)

        payment_brand = d.pop("paymentBrand", UNSET)

        card_cvv = d.pop("card.cvv", UNSET)

        _recurring_type = d.pop("recurringType", UNSET)
        recurring_type: RecurringType | Unset
        if isinstance(_recurring_type, Unset):
            recurring_type = UNSET
        else:
            recurring_type = check_recurring_type(_recurring_type)

        _redirect_method = d.pop("redirectMethod", UNSET)
        redirect_method: RedirectMethod | Unset
        if isinstance(_redirect_method, Unset):
            redirect_method = UNSET
        else:
            redirect_method = check_redirect_method(_redirect_method)

        installment = d.pop("installment", UNSET)

        token_payment_request = cls(
            authentication_checksum=authentication_checksum,
            payment_type=payment_type,
            authentication_member_id=authentication_member_id,
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
            device_details_user_agent=device_details_user_agent,
            device_details_browser_language=device_details_browser_language,
            device_details_browser_timezone_offset=device_details_browser_timezone_offset,
            device_details_browser_color_depth=device_details_browser_color_depth,
            device_details_browser_accept_header=device_details_browser_accept_header,
            device_details_browser_screen_height=device_details_browser_screen_height,
            device_details_browser_screen_width=device_details_browser_screen_width,
            device_details_browser_java_enabled=device_details_browser_java_enabled,
            three_d_secure_eci=three_d_secure_eci,
            three_d_secure_verification_id=three_d_secure_verification_id,
            three_d_secure_xid=three_d_secure_xid,
            card_holder_account_info_acc_activation_date=card_holder_account_info_acc_activation_date,
            card_holder_account_info_acc_change_date=card_holder_account_info_acc_change_date,
            card_holder_account_info_acc_pw_change_date=card_holder_account_info_acc_pw_change_date,
            card_holder_account_info_address_use_date=card_holder_account_info_address_use_date,
            card_holder_account_info_payment_acc_activation_date=card_holder_account_info_payment_acc_activation_date,
            amount=amount,
            currency=currency,
            merchant_transaction_id=merchant_transaction_id,
            merchant_redirect_url=merchant_redirect_url,
            notification_url=notification_url,
            payment_mode=payment_mode,
            payment_brand=payment_brand,
            card_cvv=card_cvv,
            recurring_type=recurring_type,
            redirect_method=redirect_method,
            installment=installment,
        )

        token_payment_request.additional_properties = d
        return token_payment_request

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

TokenPaymentRequest.__repr__ = _repr_without_unset  # type: ignore[method-assign]
