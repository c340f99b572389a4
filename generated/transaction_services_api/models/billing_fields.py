from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BillingFields")


@_attrs_define
class BillingFields:
    """The `billing.*` group (`billingAddress` in JSON bodies)."""

    billing_given_name: str | Unset = UNSET
    """ Billing first name. """
    billing_surname: str | Unset = UNSET
    """ Billing last name. """
    billing_street: str | Unset = UNSET
    """ Billing street. """
    billing_city: str | Unset = UNSET
    """ Billing city. """
    billing_state: str | Unset = UNSET
    """ Billing state. """
    billing_postcode: str | Unset = UNSET
    """ Billing postcode. """
    billing_country: str | Unset = UNSET
    """ Billing country code. """
    billing_language: str | Unset = UNSET
    """ Billing language `ENG`, `CHN` or `RUS`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        billing_given_name = self.billing_given_name

        billing_surname = self.billing_surname

        billing_street = self.billing_street

        billing_city = self.billing_city

        billing_state = self.billing_state

        billing_postcode = self.billing_postcode

        billing_country = self.billing_country

        billing_language = self.billing_language

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if billing_given_name is not UNSET:
            field_dict["billing.givenName"] = billing_given_name
        if billing_surname is not UNSET:
            field_dict["billing.surname"] = billing_surname
        if billing_street is not UNSET:
            field_dict["billing.street"] = billing_street
        if billing_city is not UNSET:
            field_dict["billing.city"] = billing_city
        if billing_state is not UNSET:
            field_dict["billing.state"] = billing_state
        if billing_postcode is not UNSET:
            field_dict["billing.postcode"] = billing_postcode
        if billing_country is not UNSET:
            field_dict["billing.country"] = billing_country
        if billing_language is not UNSET:
            field_dict["billing.language"] = billing_language

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        billing_given_name = d.pop("billing.givenName", UNSET)

        billing_surname = d.pop("billing.surname", UNSET)

        billing_street = d.pop("billing.street", UNSET)

        billing_city = d.pop("billing.city", UNSET)

        billing_state = d.pop("billing.state", UNSET)

        billing_postcode = d.pop("billing.postcode", UNSET)

        billing_country = d.pop("billing.country", UNSET)

        billing_language = d.pop("billing.language", UNSET)

        billing_fields = cls(
            billing_given_name=billing_given_name,
            billing_surname=billing_surname,
            billing_street=billing_street,
            billing_city=billing_city,
            billing_state=billing_state,
            billing_postcode=billing_postcode,
            billing_country=billing_country,
            billing_language=billing_language,
        )

        billing_fields.additional_properties = d
        return billing_fields

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

BillingFields.__repr__ = _repr_without_unset  # type: ignore[method-assign]
