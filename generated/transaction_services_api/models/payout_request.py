from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PayoutRequest")


@_attrs_define
class PayoutRequest:
    """Fields of `createPayout` (C-PAYOUT, key last) - `paymentId` for a card payout, else `bankAccount.transferType` and
    its bank fields.

    """

    authentication_member_id: str
    """ The merchant's member id; the first value of most checksums. """
    authentication_checksum: str
    """ The operation's checksum (formula named in the operation's description). """
    merchant_transaction_id: str
    """ The merchant's order reference (rule Description) - a non-space first character, then letters, digits,
    space, `.`, `-`, `_`; up to 100 characters. Part of C-SALE, C-IN-MID and C-PAYOUT. """
    amount: str
    """ Amount with exactly two decimals, up to 10 integer digits (rule tenDigitAmount), also for zero-decimal
    currencies (`100.00` JPY). Hashed exactly as sent. """
    authentication_terminal_id: str | Unset = UNSET
    """ The merchant's processing terminal. Required on payments unless the merchant is configured to auto-select a
    terminal. """
    authentication_account_id: str | Unset = UNSET
    """ Optional numeric account id. """
    authentication_partner_id: str | Unset = UNSET
    """ The white-label partner's id; partner-level calls send it instead of the member id and sign with the partner
    key. """
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
    payment_id: str | Unset = UNSET
    """ Card payout - the original successful payment; the money goes back to its card. """
    currency: str | Unset = UNSET
    """ ISO 4217 currency code in letters (EUR, USD, JPY), or a crypto code (BTC, ETH) for QR. """
    payment_mode: str | Unset = UNSET
    """ Payment method family, configured per deployment (open set) - `CC` credit card, `DC` debit card, `SEPA`,
    `MMA` mobile money, `NB` net banking (asynchronous), `EW` e-wallet (asynchronous; `QR` brand for QR checkout),
    `PV` prepaid voucher, `ECO`, `NBI`, `EWI`, `UPI`, ... """
    payment_brand: str | Unset = UNSET
    """ Brand within the payment mode (open set; may contain spaces) - `VISA`, `MC`, `AMEX`, `SEPAEXPRESS`,
    `DIRECTDEBIT`, `SOFORT`, `Airtel Uganda`, `QR`, ... """
    notification_url: str | Unset = UNSET
    """ Where the final payout status is notified. """
    order_description: str | Unset = UNSET
    """ Payout description. """
    payout_type: str | Unset = UNSET
    """ Payout type (meaning per build). """
    merchant_email: str | Unset = UNSET
    """ The merchant's e-mail (docs samples send it). """
    customer_email: str | Unset = UNSET
    """ Beneficiary e-mail; required when the merchant validates personal information. """
    customer_phone: str | Unset = UNSET
    """ Beneficiary phone (wallet payouts). """
    customer_telnocc: str | Unset = UNSET
    """ Beneficiary dialling code. """
    customer_country: str | Unset = UNSET
    """ Beneficiary country. """
    customer_wallet_id: str | Unset = UNSET
    """ Beneficiary wallet id. """
    payment_type: str | Unset = UNSET
    """ Ignored; some clients send `PO`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        authentication_member_id = self.authentication_member_id

        authentication_checksum = self.authentication_checksum

        merchant_transaction_id = self.merchant_transaction_id

        amount = self.amount

        authentication_terminal_id = self.authentication_terminal_id

        authentication_account_id = self.authentication_account_id

        authentication_partner_id = self.authentication_partner_id

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

        payment_id = self.payment_id

        currency = self.currency

        payment_mode = self.payment_mode

        payment_brand = self.payment_brand

        notification_url = self.notification_url

        order_description = self.order_description

        payout_type = self.payout_type

        merchant_email = self.merchant_email

        customer_email = self.customer_email

        customer_phone = self.customer_phone

        customer_telnocc = self.customer_telnocc

        customer_country = self.customer_country

        customer_wallet_id = self.customer_wallet_id

        payment_type = self.payment_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "authentication.memberId": authentication_member_id,
                "authentication.checksum": authentication_checksum,
                "merchantTransactionId": merchant_transaction_id,
                "amount": amount,
            }
        )
        if authentication_terminal_id is not UNSET:
            field_dict["authentication.terminalId"] = authentication_terminal_id
        if authentication_account_id is not UNSET:
            field_dict["authentication.accountId"] = authentication_account_id
        if authentication_partner_id is not UNSET:
            field_dict["authentication.partnerId"] = authentication_partner_id
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
        if payment_id is not UNSET:
            field_dict["paymentId"] = payment_id
        if currency is not UNSET:
            field_dict["currency"] = currency
        if payment_mode is not UNSET:
            field_dict["paymentMode"] = payment_mode
        if payment_brand is not UNSET:
            field_dict["paymentBrand"] = payment_brand
        if notification_url is not UNSET:
            field_dict["notificationUrl"] = notification_url
        if order_description is not UNSET:
            field_dict["orderDescription"] = order_description
        if payout_type is not UNSET:
            field_dict["payoutType"] = payout_type
        if merchant_email is not UNSET:
            field_dict["merchant.email"] = merchant_email
        if customer_email is not UNSET:
            field_dict["customer.email"] = customer_email
        if customer_phone is not UNSET:
            field_dict["customer.phone"] = customer_phone
        if customer_telnocc is not UNSET:
            field_dict["customer.telnocc"] = customer_telnocc
        if customer_country is not UNSET:
            field_dict["customer.country"] = customer_country
        if customer_wallet_id is not UNSET:
            field_dict["customer.walletId"] = customer_wallet_id
        if payment_type is not UNSET:
            field_dict["paymentType"] = payment_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        authentication_member_id = d.pop("authentication.memberId")

        authentication_checksum = d.pop("authentication.checksum")

        merchant_transaction_id = d.pop("merchantTransactionId")

        amount = d.pop("amount")

        authentication_terminal_id = d.pop("authentication.terminalId", UNSET)

        authentication_account_id = d.pop("authentication.accountId", UNSET)

        authentication_partner_id = d.pop("authentication.partnerId", UNSET)

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

        payment_id = d.pop("paymentId", UNSET)

        currency = d.pop("currency", UNSET)

        payment_mode = d.pop("paymentMode", UNSET)

        payment_brand = d.pop("paymentBrand", UNSET)

        notification_url = d.pop("notificationUrl", UNSET)

        order_description = d.pop("orderDescription", UNSET)

        payout_type = d.pop("payoutType", UNSET)

        merchant_email = d.pop("merchant.email", UNSET)

        customer_email = d.pop("customer.email", UNSET)

        customer_phone = d.pop("customer.phone", UNSET)

        customer_telnocc = d.pop("customer.telnocc", UNSET)

        customer_country = d.pop("customer.country", UNSET)

        customer_wallet_id = d.pop("customer.walletId", UNSET)

        payment_type = d.pop("paymentType", UNSET)

        payout_request = cls(
            authentication_member_id=authentication_member_id,
            authentication_checksum=authentication_checksum,
            merchant_transaction_id=merchant_transaction_id,
            amount=amount,
            authentication_terminal_id=authentication_terminal_id,
            authentication_account_id=authentication_account_id,
            authentication_partner_id=authentication_partner_id,
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
            payment_id=payment_id,
            currency=currency,
            payment_mode=payment_mode,
            payment_brand=payment_brand,
            notification_url=notification_url,
            order_description=order_description,
            payout_type=payout_type,
            merchant_email=merchant_email,
            customer_email=customer_email,
            customer_phone=customer_phone,
            customer_telnocc=customer_telnocc,
            customer_country=customer_country,
            customer_wallet_id=customer_wallet_id,
            payment_type=payment_type,
        )

        payout_request.additional_properties = d
        return payout_request

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

PayoutRequest.__repr__ = _repr_without_unset  # type: ignore[method-assign]
