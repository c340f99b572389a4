from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.id_type import IdType, check_id_type
from ..models.inquiry_payment_type import InquiryPaymentType, check_inquiry_payment_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="InquiryRequest")


@_attrs_define
class InquiryRequest:
    """Fields of `inquirePayment` (newer builds)."""

    authentication_member_id: str
    """ The merchant's member id; the first value of most checksums. """
    authentication_checksum: str
    """ The operation's checksum (formula named in the operation's description). """
    payment_type: InquiryPaymentType
    """ Always `IN` (inquiry). """
    id_type: IdType
    """ What the inquired id is - `PID` the gateway payment id (default), `MID` the merchant transaction id. """
    authentication_terminal_id: str | Unset = UNSET
    """ The merchant's processing terminal. Required on payments unless the merchant is configured to auto-select a
    terminal. """
    authentication_account_id: str | Unset = UNSET
    """ Optional numeric account id. """
    authentication_partner_id: str | Unset = UNSET
    """ The white-label partner's id; partner-level calls send it instead of the member id and sign with the partner
    key. """
    payment_id: str | Unset = UNSET
    """ With `idType=PID`. """
    merchant_transaction_id: str | Unset = UNSET
    """ With `idType=MID`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        authentication_member_id = self.authentication_member_id

        authentication_checksum = self.authentication_checksum

        payment_type: str = self.payment_type

        id_type: str = self.id_type

        authentication_terminal_id = self.authentication_terminal_id

        authentication_account_id = self.authentication_account_id

        authentication_partner_id = self.authentication_partner_id

        payment_id = self.payment_id

        merchant_transaction_id = self.merchant_transaction_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "authentication.memberId": authentication_member_id,
                "authentication.checksum": authentication_checksum,
                "paymentType": payment_type,
                "idType": id_type,
            }
        )
        if authentication_terminal_id is not UNSET:
            field_dict["authentication.terminalId"] = authentication_terminal_id
        if authentication_account_id is not UNSET:
            field_dict["authentication.accountId"] = authentication_account_id
        if authentication_partner_id is not UNSET:
            field_dict["authentication.partnerId"] = authentication_partner_id
        if payment_id is not UNSET:
            field_dict["paymentId"] = payment_id
        if merchant_transaction_id is not UNSET:
            field_dict["merchantTransactionId"] = merchant_transaction_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        authentication_member_id = d.pop("authentication.memberId")

        authentication_checksum = d.pop("authentication.checksum")

        payment_type = check_inquiry_payment_type(d.pop("paymentType"))

        id_type = check_id_type(d.pop("idType"))

        authentication_terminal_id = d.pop("authentication.terminalId", UNSET)

        authentication_account_id = d.pop("authentication.accountId", UNSET)

        authentication_partner_id = d.pop("authentication.partnerId", UNSET)

        payment_id = d.pop("paymentId", UNSET)

        merchant_transaction_id = d.pop("merchantTransactionId", UNSET)

        inquiry_request = cls(
            authentication_member_id=authentication_member_id,
            authentication_checksum=authentication_checksum,
            payment_type=payment_type,
            id_type=id_type,
            authentication_terminal_id=authentication_terminal_id,
            authentication_account_id=authentication_account_id,
            authentication_partner_id=authentication_partner_id,
            payment_id=payment_id,
            merchant_transaction_id=merchant_transaction_id,
        )

        inquiry_request.additional_properties = d
        return inquiry_request

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

InquiryRequest.__repr__ = _repr_without_unset  # type: ignore[method-assign]
