from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RegenerateTokenRequest")


@_attrs_define
class RegenerateTokenRequest:
    """The previous token and the partner that owns its merchant."""

    authentication_partner_id: str
    """ Must be the partner of the merchant in the old token. """
    auth_token: str
    """ The previous token (lower-case body field). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        authentication_partner_id = self.authentication_partner_id

        auth_token = self.auth_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "authentication.partnerId": authentication_partner_id,
                "authToken": auth_token,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        authentication_partner_id = d.pop("authentication.partnerId")

        auth_token = d.pop("authToken")

        regenerate_token_request = cls(
            authentication_partner_id=authentication_partner_id,
            auth_token=auth_token,
        )

        regenerate_token_request.additional_properties = d
        return regenerate_token_request

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

RegenerateTokenRequest.__repr__ = _repr_without_unset  # type: ignore[method-assign]
