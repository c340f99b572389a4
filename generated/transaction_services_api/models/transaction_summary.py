from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.long_status import LongStatus, check_long_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.card_details import CardDetails
    from ..models.customer_details import CustomerDetails


T = TypeVar("T", bound="TransactionSummary")


@_attrs_define
class TransactionSummary:
    """An item of `listTransactions`; `transactionStatus` holds the **long** status here, dates carry a `.0` fraction."""

    system_payment_id: str | Unset = UNSET
    """ The gateway payment id. """
    payment_id: str | Unset = UNSET
    """ The gateway payment id: the same as `systemPaymentId`, in the spelling of builds that serialize the item
    with the common response field name. """
    trackingid: str | Unset = UNSET
    """ The gateway payment id: the same as `systemPaymentId`, in the spelling of builds that use the platform's
    internal name (trackingid). """
    merchant_transaction_id: str | Unset = UNSET
    """ The merchant's order reference. """
    transaction_status: LongStatus | str | Unset = UNSET
    """ Long status, e.g. `capturesuccess`. """
    status: LongStatus | str | Unset = UNSET
    """ Long status - the same as `transactionStatus`, in the spelling of builds that serialize the item with the
    common response field name. """
    amount: str | Unset = UNSET
    """ Amount. """
    currency: str | Unset = UNSET
    """ Currency. """
    descriptor: str | Unset = UNSET
    """ Billing descriptor. """
    captureamount: str | Unset = UNSET
    """ Captured amount. """
    refundamount: str | Unset = UNSET
    """ Refunded amount. """
    chargebackamount: str | Unset = UNSET
    """ Charged-back amount. """
    payoutamount: str | Unset = UNSET
    """ Paid-out amount. """
    count: str | Unset = UNSET
    """ Undocumented count. """
    date: str | Unset = UNSET
    """ Server local time without zone, `yyyy-MM-dd HH:mm:ss`, in lists with a `.0` fraction (`2021-08-10
    13:51:19.0`). Interpret in the deployment's time zone. """
    transaction_date: str | Unset = UNSET
    """ Server local time without zone, `yyyy-MM-dd HH:mm:ss`, in lists with a `.0` fraction (`2021-08-10
    13:51:19.0`). Interpret in the deployment's time zone. """
    remark: str | Unset = UNSET
    """ Acquirer message. """
    payment_brand: str | Unset = UNSET
    """ Brand. """
    payment_mode: str | Unset = UNSET
    """ Mode. """
    customer: CustomerDetails | Unset = UNSET
    """ Customer data echoed by the gateway. """
    card: CardDetails | Unset = UNSET
    """ A masked card; `last4Digits` and `lastFourDigits` are both used (payments and lists respectively) - read
    either. """
    transaction_receipt_img: str | Unset = UNSET
    """ Receipt image (base64 or empty). """
    bank_reference_id: str | Unset = UNSET
    """ Acquirer reference. """
    terminalid: str | Unset = UNSET
    """ Terminal id (lower-case i, sic). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        system_payment_id = self.system_payment_id

        payment_id = self.payment_id

        trackingid = self.trackingid

        merchant_transaction_id = self.merchant_transaction_id

        transaction_status: str | Unset
        if isinstance(self.transaction_status, Unset):
            transaction_status = UNSET
        elif isinstance(self.transaction_status, str):
            transaction_status = self.transaction_status
        else:
            transaction_status = self.transaction_status

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        amount = self.amount

        currency = self.currency

        descriptor = self.descriptor

        captureamount = self.captureamount

        refundamount = self.refundamount

        chargebackamount = self.chargebackamount

        payoutamount = self.payoutamount

        count = self.count

        date = self.date

        transaction_date = self.transaction_date

        remark = self.remark

        payment_brand = self.payment_brand

        payment_mode = self.payment_mode

        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        card: dict[str, Any] | Unset = UNSET
        if not isinstance(self.card, Unset):
            card = self.card.to_dict()

        transaction_receipt_img = self.transaction_receipt_img

        bank_reference_id = self.bank_reference_id

        terminalid = self.terminalid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if system_payment_id is not UNSET:
            field_dict["systemPaymentId"] = system_payment_id
        if payment_id is not UNSET:
            field_dict["paymentId"] = payment_id
        if trackingid is not UNSET:
            field_dict["trackingid"] = trackingid
        if merchant_transaction_id is not UNSET:
            field_dict["merchantTransactionId"] = merchant_transaction_id
        if transaction_status is not UNSET:
            field_dict["transactionStatus"] = transaction_status
        if status is not UNSET:
            field_dict["status"] = status
        if amount is not UNSET:
            field_dict["amount"] = amount
        if currency is not UNSET:
            field_dict["currency"] = currency
        if descriptor is not UNSET:
            field_dict["descriptor"] = descriptor
        if captureamount is not UNSET:
            field_dict["captureamount"] = captureamount
        if refundamount is not UNSET:
            field_dict["refundamount"] = refundamount
        if chargebackamount is not UNSET:
            field_dict["chargebackamount"] = chargebackamount
        if payoutamount is not UNSET:
            field_dict["payoutamount"] = payoutamount
        if count is not UNSET:
            field_dict["count"] = count
        if date is not UNSET:
            field_dict["date"] = date
        if transaction_date is not UNSET:
            field_dict["transactionDate"] = transaction_date
        if remark is not UNSET:
            field_dict["remark"] = remark
        if payment_brand is not UNSET:
            field_dict["paymentBrand"] = payment_brand
        if payment_mode is not UNSET:
            field_dict["paymentMode"] = payment_mode
        if customer is not UNSET:
            field_dict["customer"] = customer
        if card is not UNSET:
            field_dict["card"] = card
        if transaction_receipt_img is not UNSET:
            field_dict["transactionReceiptImg"] = transaction_receipt_img
        if bank_reference_id is not UNSET:
            field_dict["bankReferenceId"] = bank_reference_id
        if terminalid is not UNSET:
            field_dict["terminalid"] = terminalid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.card_details import CardDetails  # noqa: PLC0415
        from ..models.customer_details import CustomerDetails  # noqa: PLC0415

        d = dict(src_dict)
        system_payment_id = d.pop("systemPaymentId", UNSET)

        payment_id = d.pop("paymentId", UNSET)

        trackingid = d.pop("trackingid", UNSET)

        merchant_transaction_id = d.pop("merchantTransactionId", UNSET)

        def _parse_transaction_status(data: object) -> LongStatus | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                transaction_status_type_0 = check_long_status(data)

                return transaction_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LongStatus | str | Unset, data)

        transaction_status = _parse_transaction_status(d.pop("transactionStatus", UNSET))

        def _parse_status(data: object) -> LongStatus | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_long_status(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LongStatus | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        amount = d.pop("amount", UNSET)

        currency = d.pop("currency", UNSET)

        descriptor = d.pop("descriptor", UNSET)

        captureamount = d.pop("captureamount", UNSET)

        refundamount = d.pop("refundamount", UNSET)

        chargebackamount = d.pop("chargebackamount", UNSET)

        payoutamount = d.pop("payoutamount", UNSET)

        count = d.pop("count", UNSET)

        date = d.pop("date", UNSET)

        transaction_date = d.pop("transactionDate", UNSET)

        remark = d.pop("remark", UNSET)

        payment_brand = d.pop("paymentBrand", UNSET)

        payment_mode = d.pop("paymentMode", UNSET)

        _customer = d.pop("customer", UNSET)
        customer: CustomerDetails | Unset
        if isinstance(_customer, Unset):
            customer = UNSET
        else:
            customer = CustomerDetails.from_dict(_customer)

        _card = d.pop("card", UNSET)
        card: CardDetails | Unset
        if isinstance(_card, Unset):
            card = UNSET
        else:
            card = CardDetails.from_dict(_card)

        transaction_receipt_img = d.pop("transactionReceiptImg", UNSET)

        bank_reference_id = d.pop("bankReferenceId", UNSET)

        terminalid = d.pop("terminalid", UNSET)

        transaction_summary = cls(
            system_payment_id=system_payment_id,
            payment_id=payment_id,
            trackingid=trackingid,
            merchant_transaction_id=merchant_transaction_id,
            transaction_status=transaction_status,
            status=status,
            amount=amount,
            currency=currency,
            descriptor=descriptor,
            captureamount=captureamount,
            refundamount=refundamount,
            chargebackamount=chargebackamount,
            payoutamount=payoutamount,
            count=count,
            date=date,
            transaction_date=transaction_date,
            remark=remark,
            payment_brand=payment_brand,
            payment_mode=payment_mode,
            customer=customer,
            card=card,
            transaction_receipt_img=transaction_receipt_img,
            bank_reference_id=bank_reference_id,
            terminalid=terminalid,
        )

        transaction_summary.additional_properties = d
        return transaction_summary

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

TransactionSummary.__repr__ = _repr_without_unset  # type: ignore[method-assign]
