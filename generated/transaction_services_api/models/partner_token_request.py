from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PartnerTokenRequest")


@_attrs_define
class PartnerTokenRequest:
    """Partner login for a partner token."""

    authentication_partner_id: str
    """ The partner's id. """
    partner_user_name: str
    """ The partner's login name (a literal dotted top-level key in JSON bodies). """
    authentication_s_key: str
    """ The partner key, in clear (this endpoint only; never log it). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        authentication_partner_id = self.authentication_partner_id

        partner_user_name = self.partner_user_name

        authentication_s_key = self.authentication_s_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "authentication.partnerId": authentication_partner_id,
                "partner.userName": partner_user_name,
                "authentication.sKey": authentication_s_key,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        authentication_partner_id = d.pop("authentication.partnerId")

        partner_user_name = d.pop("partner.userName")

        authentication_s_key = d.pop("authentication.sKey")

        partner_token_request = cls(
            authentication_partner_id=authentication_partner_id,
            partner_user_name=partner_user_name,
            authentication_s_key=authentication_s_key,
        )

        partner_token_request.additional_properties = d
        return partner_token_request

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

PartnerTokenRequest.__repr__ = _repr_without_unset  # type: ignore[method-assign]
