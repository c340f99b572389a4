from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MerchantTokenRequest")


@_attrs_define
class MerchantTokenRequest:
    """Merchant login for a token: `authentication.partnerId` + `merchant.username` + `authentication.sKey` (classic), or
    `authentication.memberId` + `authentication.sKey` (newer builds).

    """

    authentication_s_key: str
    """ The merchant's secure key, in clear (this endpoint only; never log it). """
    authentication_partner_id: str | Unset = UNSET
    """ The id of the partner that owns the merchant. """
    merchant_username: str | Unset = UNSET
    """ The merchant's login name. """
    merchant_password: str | Unset = UNSET
    """ Alternative credential accepted by some builds. """
    authentication_member_id: str | Unset = UNSET
    """ The merchant's member id (newer builds, instead of the login name). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        authentication_s_key = self.authentication_s_key

        authentication_partner_id = self.authentication_partner_id

        merchant_username = self.merchant_username

        merchant_password = self.merchant_password

        authentication_member_id = self.authentication_member_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "authentication.sKey": authentication_s_key,
            }
        )
        if authentication_partner_id is not UNSET:
            field_dict["authentication.partnerId"] = authentication_partner_id
        if merchant_username is not UNSET:
            field_dict["merchant.username"] = merchant_username
        if merchant_password is not UNSET:
            field_dict["merchant.password"] = merchant_password
        if authentication_member_id is not UNSET:
            field_dict["authentication.memberId"] = authentication_member_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        authentication_s_key = d.pop("authentication.sKey")

        authentication_partner_id = d.pop("authentication.partnerId", UNSET)

        merchant_username = d.pop("merchant.username", UNSET)

        merchant_password = d.pop("merchant.password", UNSET)

        authentication_member_id = d.pop("authentication.memberId", UNSET)

        merchant_token_request = cls(
            authentication_s_key=authentication_s_key,
            authentication_partner_id=authentication_partner_id,
            merchant_username=merchant_username,
            merchant_password=merchant_password,
            authentication_member_id=authentication_member_id,
        )

        merchant_token_request.additional_properties = d
        return merchant_token_request

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

MerchantTokenRequest.__repr__ = _repr_without_unset  # type: ignore[method-assign]
