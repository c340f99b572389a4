from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RedirectReturn")


@_attrs_define
class RedirectReturn:
    """Fields of the browser return to `merchantRedirectUrl`. Verify `checksum` (C-REDIRECT) before use; confirm with an
    inquiry before fulfilling. Other fields may arrive too.

    """

    payment_id: str
    """ The gateway payment id. """
    status: str
    """ Short status `Y`, `N` or `P` (hashed into C-REDIRECT). """
    checksum: str
    """ C-REDIRECT, md5 of `paymentId|merchantTransactionId|amount|status|secureKey`. """
    trackingid: str | Unset = UNSET
    """ The gateway payment id (same as `paymentId`). """
    desc: str | Unset = UNSET
    """ The merchant's order reference (same as `merchantTransactionId`). """
    merchant_transaction_id: str | Unset = UNSET
    """ The merchant's order reference. """
    amount: str | Unset = UNSET
    """ Amount as hashed. """
    currency: str | Unset = UNSET
    """ Currency. """
    token: str | Unset = UNSET
    """ Registration id when a token was created. """
    registration_id: str | Unset = UNSET
    """ Registration id when a token was created. """
    descriptor: str | Unset = UNSET
    """ Billing descriptor. """
    result_code: str | Unset = UNSET
    """ Result code. """
    result_description: str | Unset = UNSET
    """ Result description. """
    remark: str | Unset = UNSET
    """ Acquirer message. """
    payment_mode: str | Unset = UNSET
    """ Mode. """
    payment_brand: str | Unset = UNSET
    """ Brand. """
    first_name: str | Unset = UNSET
    """ Customer first name. """
    last_name: str | Unset = UNSET
    """ Customer last name. """
    tmpl_amount: str | Unset = UNSET
    """ Customer-facing amount. """
    tmpl_currency: str | Unset = UNSET
    """ Currency of `tmpl_amount`. """
    timestamp: str | Unset = UNSET
    """ Server local time without zone, `yyyy-MM-dd HH:mm:ss`, in lists with a `.0` fraction (`2021-08-10
    13:51:19.0`). Interpret in the deployment's time zone. """
    card_bin: str | Unset = UNSET
    """ First six digits of the card. """
    card_last_4_digits: str | Unset = UNSET
    """ Last four digits of the card. """
    eci: str | Unset = UNSET
    """ 3-D Secure ECI. """
    split_transaction: str | Unset = UNSET
    """ Split-transaction details. """
    mandateid: str | Unset = UNSET
    """ SEPA mandate id. """
    bank_code: str | Unset = UNSET
    """ Bank code. """
    bank_description: str | Unset = UNSET
    """ Bank message. """
    cust_email: str | Unset = UNSET
    """ Customer e-mail. """
    cust_bank_id: str | Unset = UNSET
    """ Customer bank id. """
    cust_merchant_id: str | Unset = UNSET
    """ Customer id at the merchant. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payment_id = self.payment_id

        status = self.status

        checksum = self.checksum

        trackingid = self.trackingid

        desc = self.desc

        merchant_transaction_id = self.merchant_transaction_id

        amount = self.amount

        currency = self.currency

        token = self.token

        registration_id = self.registration_id

        descriptor = self.descriptor

        result_code = self.result_code

        result_description = self.result_description

        remark = self.remark

        payment_mode = self.payment_mode

        payment_brand = self.payment_brand

        first_name = self.first_name

        last_name = self.last_name

        tmpl_amount = self.tmpl_amount

        tmpl_currency = self.tmpl_currency

        timestamp = self.timestamp

        card_bin = self.card_bin

        card_last_4_digits = self.card_last_4_digits

        eci = self.eci

        split_transaction = self.split_transaction

        mandateid = self.mandateid

        bank_code = self.bank_code

        bank_description = self.bank_description

        cust_email = self.cust_email

        cust_bank_id = self.cust_bank_id

        cust_merchant_id = self.cust_merchant_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "paymentId": payment_id,
                "status": status,
                "checksum": checksum,
            }
        )
        if trackingid is not UNSET:
            field_dict["trackingid"] = trackingid
        if desc is not UNSET:
            field_dict["desc"] = desc
        if merchant_transaction_id is not UNSET:
            field_dict["merchantTransactionId"] = merchant_transaction_id
        if amount is not UNSET:
            field_dict["amount"] = amount
        if currency is not UNSET:
            field_dict["currency"] = currency
        if token is not UNSET:
            field_dict["token"] = token
        if registration_id is not UNSET:
            field_dict["registrationId"] = registration_id
        if descriptor is not UNSET:
            field_dict["descriptor"] = descriptor
        if result_code is not UNSET:
            field_dict["resultCode"] = result_code
        if result_description is not UNSET:
            field_dict["resultDescription"] = result_description
        if remark is not UNSET:
            field_dict["remark"] = remark
        if payment_mode is not UNSET:
            field_dict["paymentMode"] = payment_mode
        if payment_brand is not UNSET:
            field_dict["paymentBrand"] = payment_brand
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if tmpl_amount is not UNSET:
            field_dict["tmpl_amount"] = tmpl_amount
        if tmpl_currency is not UNSET:
            field_dict["tmpl_currency"] = tmpl_currency
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if card_bin is not UNSET:
            field_dict["cardBin"] = card_bin
        if card_last_4_digits is not UNSET:
            field_dict["cardLast4Digits"] = card_last_4_digits
        if eci is not UNSET:
            field_dict["eci"] = eci
        if split_transaction is not UNSET:
            field_dict["splitTransaction"] = split_transaction
        if mandateid is not UNSET:
            field_dict["mandateid"] = mandateid
        if bank_code is not UNSET:
            field_dict["bankCode"] = bank_code
        if bank_description is not UNSET:
            field_dict["bankDescription"] = bank_description
        if cust_email is not UNSET:
            field_dict["custEmail"] = cust_email
        if cust_bank_id is not UNSET:
            field_dict["custBankId"] = cust_bank_id
        if cust_merchant_id is not UNSET:
            field_dict["custMerchantId"] = cust_merchant_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        payment_id = d.pop("paymentId")

        status = d.pop("status")

        checksum = d.pop("checksum")

        trackingid = d.pop("trackingid", UNSET)

        desc = d.pop("desc", UNSET)

        merchant_transaction_id = d.pop("merchantTransactionId", UNSET)

        amount = d.pop("amount", UNSET)

        currency = d.pop("currency", UNSET)

        token = d.pop("token", UNSET)

        registration_id = d.pop("registrationId", UNSET)

        descriptor = d.pop("descriptor", UNSET)

        result_code = d.pop("resultCode", UNSET)

        result_description = d.pop("resultDescription", UNSET)

        remark = d.pop("remark", UNSET)

        payment_mode = d.pop("paymentMode", UNSET)

        payment_brand = d.pop("paymentBrand", UNSET)

        first_name = d.pop("firstName", UNSET)

        last_name = d.pop("lastName", UNSET)

        tmpl_amount = d.pop("tmpl_amount", UNSET)

        tmpl_currency = d.pop("tmpl_currency", UNSET)

        timestamp = d.pop("timestamp", UNSET)

        card_bin = d.pop("cardBin", UNSET)

        card_last_4_digits = d.pop("cardLast4Digits", UNSET)

        eci = d.pop("eci", UNSET)

        split_transaction = d.pop("splitTransaction", UNSET)

        mandateid = d.pop("mandateid", UNSET)

        bank_code = d.pop("bankCode", UNSET)

        bank_description = d.pop("bankDescription", UNSET)

        cust_email = d.pop("custEmail", UNSET)

        cust_bank_id = d.pop("custBankId", UNSET)

        cust_merchant_id = d.pop("custMerchantId", UNSET)

        redirect_return = cls(
            payment_id=payment_id,
            status=status,
            checksum=checksum,
            trackingid=trackingid,
            desc=desc,
            merchant_transaction_id=merchant_transaction_id,
            amount=amount,
            currency=currency,
            token=token,
            registration_id=registration_id,
            descriptor=descriptor,
            result_code=result_code,
            result_description=result_description,
            remark=remark,
            payment_mode=payment_mode,
            payment_brand=payment_brand,
            first_name=first_name,
            last_name=last_name,
            tmpl_amount=tmpl_amount,
            tmpl_currency=tmpl_currency,
            timestamp=timestamp,
            card_bin=card_bin,
            card_last_4_digits=card_last_4_digits,
            eci=eci,
            split_transaction=split_transaction,
            mandateid=mandateid,
            bank_code=bank_code,
            bank_description=bank_description,
            cust_email=cust_email,
            cust_bank_id=cust_bank_id,
            cust_merchant_id=cust_merchant_id,
        )

        redirect_return.additional_properties = d
        return redirect_return

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

RedirectReturn.__repr__ = _repr_without_unset  # type: ignore[method-assign]
