from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.result import Result


T = TypeVar("T", bound="TokenResponse")


@_attrs_define
class TokenResponse:
    """A token response: the token in `AuthToken` (capital A), success `result.code` `200` (or `statusInvoiceResult.code`
    `00020` on some builds); `403` "Token generation forbidden" on wrong credentials.

    """

    auth_token: str | Unset = UNSET
    """ The JWT to send as the `AuthToken` header. Builds that serialize the Java field name spell the key
    `authToken` (reference 6.2), meaning the same; it is not declared here because the two spellings differ only in
    case, which the Python generator cannot give two attribute names (the SDK reads it from the additional
    properties). """
    login_name: str | Unset = UNSET
    """ The login name. """
    member_id: str | Unset = UNSET
    """ Member id (merchant tokens). """
    partner_id: str | Unset = UNSET
    """ Partner id. """
    payment_id: str | Unset = UNSET
    """ `"-"` on a failure. """
    result: Result | Unset = UNSET
    """ The outcome block. `code` is the API result code (a string, mostly five digits, e.g. `00001`;
    `200`/`401`/`403` on the token layer; several codes may be joined when several validations failed); interpret it
    together with the operation and the statuses. """
    status_invoice_result: Result | Unset = UNSET
    """ The outcome block. `code` is the API result code (a string, mostly five digits, e.g. `00001`;
    `200`/`401`/`403` on the token layer; several codes may be joined when several validations failed); interpret it
    together with the operation and the statuses. """
    timestamp: str | Unset = UNSET
    """ Server local time without zone, `yyyy-MM-dd HH:mm:ss`, in lists with a `.0` fraction (`2021-08-10
    13:51:19.0`). Interpret in the deployment's time zone. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auth_token = self.auth_token

        login_name = self.login_name

        member_id = self.member_id

        partner_id = self.partner_id

        payment_id = self.payment_id

        result: dict[str, Any] | Unset = UNSET
        if not isinstance(self.result, Unset):
            result = self.result.to_dict()

        status_invoice_result: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status_invoice_result, Unset):
            status_invoice_result = self.status_invoice_result.to_dict()

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if auth_token is not UNSET:
            field_dict["AuthToken"] = auth_token
        if login_name is not UNSET:
            field_dict["LoginName"] = login_name
        if member_id is not UNSET:
            field_dict["memberId"] = member_id
        if partner_id is not UNSET:
            field_dict["partnerId"] = partner_id
        if payment_id is not UNSET:
            field_dict["paymentId"] = payment_id
        if result is not UNSET:
            field_dict["result"] = result
        if status_invoice_result is not UNSET:
            field_dict["statusInvoiceResult"] = status_invoice_result
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.result import Result  # noqa: PLC0415

        d = dict(src_dict)
        auth_token = d.pop("AuthToken", UNSET)

        login_name = d.pop("LoginName", UNSET)

        member_id = d.pop("memberId", UNSET)

        partner_id = d.pop("partnerId", UNSET)

        payment_id = d.pop("paymentId", UNSET)

        _result = d.pop("result", UNSET)
        result: Result | Unset
        if isinstance(_result, Unset):
            result = UNSET
        else:
            result = Result.from_dict(_result)

        _status_invoice_result = d.pop("statusInvoiceResult", UNSET)
        status_invoice_result: Result | Unset
        if isinstance(_status_invoice_result, Unset):
            status_invoice_result = UNSET
        else:
            status_invoice_result = Result.from_dict(_status_invoice_result)

        timestamp = d.pop("timestamp", UNSET)

        token_response = cls(
            auth_token=auth_token,
            login_name=login_name,
            member_id=member_id,
            partner_id=partner_id,
            payment_id=payment_id,
            result=result,
            status_invoice_result=status_invoice_result,
            timestamp=timestamp,
        )

        token_response.additional_properties = d
        return token_response

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

TokenResponse.__repr__ = _repr_without_unset  # type: ignore[method-assign]
