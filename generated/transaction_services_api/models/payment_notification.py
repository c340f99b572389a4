from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.long_status import LongStatus, check_long_status
from ..models.short_status import ShortStatus, check_short_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.card_details import CardDetails
    from ..models.customer_details import CustomerDetails
    from ..models.result import Result


T = TypeVar("T", bound="PaymentNotification")


@_attrs_define
class PaymentNotification:
    """Body of the `paymentNotification` webhook. Verify `checksum` (C-NOTIFY) before reading anything else; only
    `paymentId` and `checksum` are reliably present.

    """

    payment_id: str
    """ The gateway payment id. """
    merchant_transaction_id: str | Unset = UNSET
    """ The merchant's order reference. """
    amount: str | Unset = UNSET
    """ Amount exactly as hashed (JPY - an integer string). """
    currency: str | Unset = UNSET
    """ Currency. """
    status: LongStatus | str | Unset = UNSET
    """ Long status - act on it after verifying the checksum. """
    transaction_status: ShortStatus | str | Unset = UNSET
    """ Short status `Y`/`N`/`P`/`C`, the status hashed into C-NOTIFY. """
    checksum: str | Unset = UNSET
    """ C-NOTIFY, md5 of `paymentId|merchantTransactionId|amount|transactionStatus|secureKey`. """
    payment_brand: str | Unset = UNSET
    """ Brand. """
    payment_mode: str | Unset = UNSET
    """ Mode. """
    first_name: str | Unset = UNSET
    """ Customer first name. """
    last_name: str | Unset = UNSET
    """ Customer last name. """
    descriptor: str | Unset = UNSET
    """ Billing descriptor. """
    remark: str | Unset = UNSET
    """ Acquirer message. """
    tmpl_amount: str | Unset = UNSET
    """ Customer-facing amount. """
    tmpl_currency: str | Unset = UNSET
    """ Currency of `tmpl_amount`. """
    eci: str | Unset = UNSET
    """ 3-D Secure ECI. """
    terminal_id: str | Unset = UNSET
    """ Terminal id. """
    bank_reference_id: str | Unset = UNSET
    """ Acquirer reference. """
    refund_amount: str | Unset = UNSET
    """ Refunded amount. """
    payout_amount: str | Unset = UNSET
    """ Paid-out amount. """
    registration_id: str | Unset = UNSET
    """ Token created during the payment. """
    timestamp: str | Unset = UNSET
    """ Server local time without zone, `yyyy-MM-dd HH:mm:ss`, in lists with a `.0` fraction (`2021-08-10
    13:51:19.0`). Interpret in the deployment's time zone. """
    result: Result | Unset = UNSET
    """ The outcome block. `code` is the API result code (a string, mostly five digits, e.g. `00001`;
    `200`/`401`/`403` on the token layer; several codes may be joined when several validations failed); interpret it
    together with the operation and the statuses. """
    customer: CustomerDetails | Unset = UNSET
    """ Customer data echoed by the gateway. """
    card: CardDetails | Unset = UNSET
    """ A masked card; `last4Digits` and `lastFourDigits` are both used (payments and lists respectively) - read
    either. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payment_id = self.payment_id

        merchant_transaction_id = self.merchant_transaction_id

        amount = self.amount

        currency = self.currency

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        transaction_status: str | Unset
        if isinstance(self.transaction_status, Unset):
            transaction_status = UNSET
        elif isinstance(self.transaction_status, str):
            transaction_status = self.transaction_status
        else:
            transaction_status = self.transaction_status

        checksum = self.checksum

        payment_brand = self.payment_brand

        payment_mode = self.payment_mode

        first_name = self.first_name

        last_name = self.last_name

        descriptor = self.descriptor

        remark = self.remark

        tmpl_amount = self.tmpl_amount

        tmpl_currency = self.tmpl_currency

        eci = self.eci

        terminal_id = self.terminal_id

        bank_reference_id = self.bank_reference_id

        refund_amount = self.refund_amount

        payout_amount = self.payout_amount

        registration_id = self.registration_id

        timestamp = self.timestamp

        result: dict[str, Any] | Unset = UNSET
        if not isinstance(self.result, Unset):
            result = self.result.to_dict()

        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        card: dict[str, Any] | Unset = UNSET
        if not isinstance(self.card, Unset):
            card = self.card.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "paymentId": payment_id,
            }
        )
        if merchant_transaction_id is not UNSET:
            field_dict["merchantTransactionId"] = merchant_transaction_id
        if amount is not UNSET:
            field_dict["amount"] = amount
        if currency is not UNSET:
            field_dict["currency"] = currency
        if status is not UNSET:
            field_dict["status"] = status
        if transaction_status is not UNSET:
            field_dict["transactionStatus"] = transaction_status
        if checksum is not UNSET:
            field_dict["checksum"] = checksum
        if payment_brand is not UNSET:
            field_dict["paymentBrand"] = payment_brand
        if payment_mode is not UNSET:
            field_dict["paymentMode"] = payment_mode
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if descriptor is not UNSET:
            field_dict["descriptor"] = descriptor
        if remark is not UNSET:
            field_dict["remark"] = remark
        if tmpl_amount is not UNSET:
            field_dict["tmpl_amount"] = tmpl_amount
        if tmpl_currency is not UNSET:
            field_dict["tmpl_currency"] = tmpl_currency
        if eci is not UNSET:
            field_dict["eci"] = eci
        if terminal_id is not UNSET:
            field_dict["terminalId"] = terminal_id
        if bank_reference_id is not UNSET:
            field_dict["bankReferenceId"] = bank_reference_id
        if refund_amount is not UNSET:
            field_dict["refundAmount"] = refund_amount
        if payout_amount is not UNSET:
            field_dict["payoutAmount"] = payout_amount
        if registration_id is not UNSET:
            field_dict["registrationId"] = registration_id
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if result is not UNSET:
            field_dict["result"] = result
        if customer is not UNSET:
            field_dict["customer"] = customer
        if card is not UNSET:
            field_dict["card"] = card

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.card_details import CardDetails  # noqa: PLC0415
        from ..models.customer_details import CustomerDetails  # noqa: PLC0415
        from ..models.result import Result  # noqa: PLC0415

        d = dict(src_dict)
        payment_id = d.pop("paymentId")

        merchant_transaction_id = d.pop("merchantTransactionId", UNSET)

        amount = d.pop("amount", UNSET)

        currency = d.pop("currency", UNSET)

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

        def _parse_transaction_status(data: object) -> ShortStatus | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                transaction_status_type_0 = check_short_status(data)

                return transaction_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ShortStatus | str | Unset, data)

        transaction_status = _parse_transaction_status(d.pop("transactionStatus", UNSET))

        checksum = d.pop("checksum", UNSET)

        payment_brand = d.pop("paymentBrand", UNSET)

        payment_mode = d.pop("paymentMode", UNSET)

        first_name = d.pop("firstName", UNSET)

        last_name = d.pop("lastName", UNSET)

        descriptor = d.pop("descriptor", UNSET)

        remark = d.pop("remark", UNSET)

        tmpl_amount = d.pop("tmpl_amount", UNSET)

        tmpl_currency = d.pop("tmpl_currency", UNSET)

        eci = d.pop("eci", UNSET)

        terminal_id = d.pop("terminalId", UNSET)

        bank_reference_id = d.pop("bankReferenceId", UNSET)

        refund_amount = d.pop("refundAmount", UNSET)

        payout_amount = d.pop("payoutAmount", UNSET)

        registration_id = d.pop("registrationId", UNSET)

        timestamp = d.pop("timestamp", UNSET)

        _result = d.pop("result", UNSET)
        result: Result | Unset
        if isinstance(_result, Unset):
            result = UNSET
        else:
            result = Result.from_dict(_result)

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

        payment_notification = cls(
            payment_id=payment_id,
            merchant_transaction_id=merchant_transaction_id,
            amount=amount,
            currency=currency,
            status=status,
            transaction_status=transaction_status,
            checksum=checksum,
            payment_brand=payment_brand,
            payment_mode=payment_mode,
            first_name=first_name,
            last_name=last_name,
            descriptor=descriptor,
            remark=remark,
            tmpl_amount=tmpl_amount,
            tmpl_currency=tmpl_currency,
            eci=eci,
            terminal_id=terminal_id,
            bank_reference_id=bank_reference_id,
            refund_amount=refund_amount,
            payout_amount=payout_amount,
            registration_id=registration_id,
            timestamp=timestamp,
            result=result,
            customer=customer,
            card=card,
        )

        payment_notification.additional_properties = d
        return payment_notification

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

PaymentNotification.__repr__ = _repr_without_unset  # type: ignore[method-assign]
