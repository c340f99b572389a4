from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ShippingFields")


@_attrs_define
class ShippingFields:
    """The `shipping.*` group (mandatory members depend on the merchant's configuration)."""

    shipping_given_name: str | Unset = UNSET
    """ Shipping first name. """
    shipping_surname: str | Unset = UNSET
    """ Shipping last name. """
    shipping_street1: str | Unset = UNSET
    """ Shipping street. """
    shipping_city: str | Unset = UNSET
    """ Shipping city. """
    shipping_state: str | Unset = UNSET
    """ Shipping state (`NA` when none). """
    shipping_postcode: str | Unset = UNSET
    """ Shipping postcode (rule Zip). """
    shipping_country: str | Unset = UNSET
    """ Shipping country code (`UK`, `IN`). """
    shipping_language: str | Unset = UNSET
    """ Sent by docs samples (`ENG`); ignored by the server. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        shipping_given_name = self.shipping_given_name

        shipping_surname = self.shipping_surname

        shipping_street1 = self.shipping_street1

        shipping_city = self.shipping_city

        shipping_state = self.shipping_state

        shipping_postcode = self.shipping_postcode

        shipping_country = self.shipping_country

        shipping_language = self.shipping_language

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if shipping_given_name is not UNSET:
            field_dict["shipping.givenName"] = shipping_given_name
        if shipping_surname is not UNSET:
            field_dict["shipping.surname"] = shipping_surname
        if shipping_street1 is not UNSET:
            field_dict["shipping.street1"] = shipping_street1
        if shipping_city is not UNSET:
            field_dict["shipping.city"] = shipping_city
        if shipping_state is not UNSET:
            field_dict["shipping.state"] = shipping_state
        if shipping_postcode is not UNSET:
            field_dict["shipping.postcode"] = shipping_postcode
        if shipping_country is not UNSET:
            field_dict["shipping.country"] = shipping_country
        if shipping_language is not UNSET:
            field_dict["shipping.language"] = shipping_language

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        shipping_given_name = d.pop("shipping.givenName", UNSET)

        shipping_surname = d.pop("shipping.surname", UNSET)

        shipping_street1 = d.pop("shipping.street1", UNSET)

        shipping_city = d.pop("shipping.city", UNSET)

        shipping_state = d.pop("shipping.state", UNSET)

        shipping_postcode = d.pop("shipping.postcode", UNSET)

        shipping_country = d.pop("shipping.country", UNSET)

        shipping_language = d.pop("shipping.language", UNSET)

        shipping_fields = cls(
            shipping_given_name=shipping_given_name,
            shipping_surname=shipping_surname,
            shipping_street1=shipping_street1,
            shipping_city=shipping_city,
            shipping_state=shipping_state,
            shipping_postcode=shipping_postcode,
            shipping_country=shipping_country,
            shipping_language=shipping_language,
        )

        shipping_fields.additional_properties = d
        return shipping_fields

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

ShippingFields.__repr__ = _repr_without_unset  # type: ignore[method-assign]
