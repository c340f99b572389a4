from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.follow_up_payment_type import (
    FollowUpPaymentType,
    check_follow_up_payment_type,
)
from ..models.id_type import IdType, check_id_type
from ..models.recurring_type import RecurringType, check_recurring_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="FollowUpRequest")


@_attrs_define
class FollowUpRequest:
    """Fields of `followUpPayment`; `paymentType` selects capture, refund, reversal, inquiry or repeated recurring."""

    authentication_member_id: str
    """ The merchant's member id; the first value of most checksums. """
    authentication_checksum: str
    """ The operation's checksum (formula named in the operation's description). """
    payment_type: FollowUpPaymentType
    """ `CP` capture, `RF` refund, `RV` reversal (cancel), `IN` inquiry, or `PA`/`DB` with `recurringType=REPEATED`
    for a repeated recurring payment. """
    authentication_terminal_id: str | Unset = UNSET
    """ The merchant's processing terminal. Required on payments unless the merchant is configured to auto-select a
    terminal. """
    authentication_account_id: str | Unset = UNSET
    """ Optional numeric account id. """
    authentication_partner_id: str | Unset = UNSET
    """ The white-label partner's id; partner-level calls send it instead of the member id and sign with the partner
    key. """
    payment_id: str | Unset = UNSET
    """ Same value as the path id (the docs samples send it). """
    amount: str | Unset = UNSET
    """ Required for `CP`, `RF` and repeated recurring; at most the authorized (capture) or captured (refund)
    amount. """
    id_type: IdType | Unset = UNSET
    """ What the inquired id is - `PID` the gateway payment id (default), `MID` the merchant transaction id. """
    merchant_transaction_id: str | Unset = UNSET
    """ Required with `idType=MID`. """
    cancel_reason: str | Unset = UNSET
    """ Reason for a reversal (`RV`). """
    recurring_type: RecurringType | Unset = UNSET
    """ `INITIAL` starts a recurring series; `REPEATED` charges again on an earlier payment or token (the server
    also accepts lower case; send upper case). """
    merchant_redirect_url: str | Unset = UNSET
    """ Required for repeated recurring. """
    notification_url: str | Unset = UNSET
    """ Target of the notification for a repeated recurring payment. """
    currency: str | Unset = UNSET
    """ ISO 4217 currency code in letters (EUR, USD, JPY), or a crypto code (BTC, ETH) for QR. """
    card_cvv: str | Unset = UNSET
    """ Optional CVV for repeated recurring. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        authentication_member_id = self.authentication_member_id

        authentication_checksum = self.authentication_checksum

        payment_type: str = self.payment_type

        authentication_terminal_id = self.authentication_terminal_id

        authentication_account_id = self.authentication_account_id

        authentication_partner_id = self.authentication_partner_id

        payment_id = self.payment_id

        amount = self.amount

        id_type: str | Unset = UNSET
        if not isinstance(self.id_type, Unset):
            id_type = self.id_type

        merchant_transaction_id = self.merchant_transaction_id

        cancel_reason = self.cancel_reason

        recurring_type: str | Unset = UNSET
        if not isinstance(self.recurring_type, Unset):
            recurring_type = self.recurring_type

        merchant_redirect_url = self.merchant_redirect_url

        notification_url = self.notification_url

        currency = self.currency

        card_cvv = self.card_cvv

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "authentication.memberId": authentication_member_id,
                "authentication.checksum": authentication_checksum,
                "paymentType": payment_type,
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
        if amount is not UNSET:
            field_dict["amount"] = amount
        if id_type is not UNSET:
            field_dict["idType"] = id_type
        if merchant_transaction_id is not UNSET:
            field_dict["merchantTransactionId"] = merchant_transaction_id
        if cancel_reason is not UNSET:
            field_dict["cancelReason"] = cancel_reason
        if recurring_type is not UNSET:
            field_dict["recurringType"] = recurring_type
        if merchant_redirect_url is not UNSET:
            field_dict["merchantRedirectUrl"] = merchant_redirect_url
        if notification_url is not UNSET:
            field_dict["notificationUrl"] = notification_url
        if currency is not UNSET:
            field_dict["currency"] = currency
        if card_cvv is not UNSET:
            field_dict["card.cvv"] = card_cvv

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        authentication_member_id = d.pop("authentication.memberId")

        authentication_checksum = d.pop("authentication.checksum")

        payment_type = check_follow_up_payment_type(d.pop("paymentType"))

        authentication_terminal_id = d.pop("authentication.terminalId", UNSET)

        authentication_account_id = d.pop("authentication.accountId", UNSET)

        authentication_partner_id = d.pop("authentication.partnerId", UNSET)

        payment_id = d.pop("paymentId", UNSET)

        amount = d.pop("amount", UNSET)

        _id_type = d.pop("idType", UNSET)
        id_type: IdType | Unset
        if isinstance(_id_type, Unset):
            id_type = UNSET
        else:
            id_type = check_id_type(_id_type)

        merchant_transaction_id = d.pop("merchantTransactionId", UNSET)

        cancel_reason = d.pop("cancelReason", UNSET)

        _recurring_type = d.pop("recurringType", UNSET)
        recurring_type: RecurringType | Unset
        if isinstance(_recurring_type, Unset):
            recurring_type = UNSET
        else:
            recurring_type = check_recurring_type(_recurring_type)

        merchant_redirect_url = d.pop("merchantRedirectUrl", UNSET)

        notification_url = d.pop("notificationUrl", UNSET)

        currency = d.pop("currency", UNSET)

        card_cvv = d.pop("card.cvv", UNSET)

        follow_up_request = cls(
            authentication_member_id=authentication_member_id,
            authentication_checksum=authentication_checksum,
            payment_type=payment_type,
            authentication_terminal_id=authentication_terminal_id,
            authentication_account_id=authentication_account_id,
            authentication_partner_id=authentication_partner_id,
            payment_id=payment_id,
            amount=amount,
            id_type=id_type,
            merchant_transaction_id=merchant_transaction_id,
            cancel_reason=cancel_reason,
            recurring_type=recurring_type,
            merchant_redirect_url=merchant_redirect_url,
            notification_url=notification_url,
            currency=currency,
            card_cvv=card_cvv,
        )

        follow_up_request.additional_properties = d
        return follow_up_request

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

FollowUpRequest.__repr__ = _repr_without_unset  # type: ignore[method-assign]
