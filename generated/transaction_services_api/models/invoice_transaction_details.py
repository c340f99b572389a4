from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.long_status import LongStatus, check_long_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoiceTransactionDetails")


@_attrs_define
class InvoiceTransactionDetails:
    """The transaction that paid an invoice."""

    amount: str | Unset = UNSET
    """ Amount. """
    currency: str | Unset = UNSET
    """ Currency. """
    descriptor: str | Unset = UNSET
    """ Billing descriptor. """
    payment_id: str | Unset = UNSET
    """ The paying transaction's payment id: the same as `invoiceDetails.paymentId`, where builds put it beside the
    transaction. """
    transaction_status: LongStatus | str | Unset = UNSET
    """ Long status of the transaction. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        currency = self.currency

        descriptor = self.descriptor

        payment_id = self.payment_id

        transaction_status: str | Unset
        if isinstance(self.transaction_status, Unset):
            transaction_status = UNSET
        elif isinstance(self.transaction_status, str):
            transaction_status = self.transaction_status
        else:
            transaction_status = self.transaction_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount is not UNSET:
            field_dict["amount"] = amount
        if currency is not UNSET:
            field_dict["currency"] = currency
        if descriptor is not UNSET:
            field_dict["descriptor"] = descriptor
        if payment_id is not UNSET:
            field_dict["paymentId"] = payment_id
        if transaction_status is not UNSET:
            field_dict["transactionStatus"] = transaction_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount = d.pop("amount", UNSET)

        currency = d.pop("currency", UNSET)

        descriptor = d.pop("descriptor", UNSET)

        payment_id = d.pop("paymentId", UNSET)

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

        invoice_transaction_details = cls(
            amount=amount,
            currency=currency,
            descriptor=descriptor,
            payment_id=payment_id,
            transaction_status=transaction_status,
        )

        invoice_transaction_details.additional_properties = d
        return invoice_transaction_details

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

InvoiceTransactionDetails.__repr__ = _repr_without_unset  # type: ignore[method-assign]
