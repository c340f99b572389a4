from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerFields")


@_attrs_define
class CustomerFields:
    """The `customer.*` group."""

    customer_given_name: str | Unset = UNSET
    """ First name (rule SafeString); required for card payments and SEPA holders. """
    customer_surname: str | Unset = UNSET
    """ Last name (rule SafeString); required for card payments and SEPA holders. """
    customer_email: str | Unset = UNSET
    """ E-mail address (rule Email); mandatory when the merchant is configured so. """
    customer_ip: str | Unset = UNSET
    """ Customer IPv4 or IPv6 address; required when the merchant has IP whitelisting. """
    customer_phone: str | Unset = UNSET
    """ Phone number (rule Phone). """
    customer_telnocc: str | Unset = UNSET
    """ Dialling code, e.g. `+44` or `091`. """
    customer_mobile: str | Unset = UNSET
    """ Mobile number. """
    customer_birth_date: str | Unset = UNSET
    """ Birth date `yyyyMMdd`, not in the future. """
    customer_customer_id: str | Unset = UNSET
    """ The merchant's customer id; groups stored tokens for `listCardsAndAccounts`. """
    customer_country: str | Unset = UNSET
    """ Country code (rule CountryCode). """
    customer_city: str | Unset = UNSET
    """ City. """
    customer_postcode: str | Unset = UNSET
    """ Postcode (rule Zip). """
    customer_street: str | Unset = UNSET
    """ Street address. """
    customer_sex: str | Unset = UNSET
    """ Sex (meaning known from the name only). """
    customer_language: str | Unset = UNSET
    """ Language, e.g. `ENG`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_given_name = self.customer_given_name

        customer_surname = self.customer_surname

        customer_email = self.customer_email

        customer_ip = self.customer_ip

        customer_phone = self.customer_phone

        customer_telnocc = self.customer_telnocc

        customer_mobile = self.customer_mobile

        customer_birth_date = self.customer_birth_date

        customer_customer_id = self.customer_customer_id

        customer_country = self.customer_country

        customer_city = self.customer_city

        customer_postcode = self.customer_postcode

        customer_street = self.customer_street

        customer_sex = self.customer_sex

        customer_language = self.customer_language

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer_given_name is not UNSET:
            field_dict["customer.givenName"] = customer_given_name
        if customer_surname is not UNSET:
            field_dict["customer.surname"] = customer_surname
        if customer_email is not UNSET:
            field_dict["customer.email"] = customer_email
        if customer_ip is not UNSET:
            field_dict["customer.ip"] = customer_ip
        if customer_phone is not UNSET:
            field_dict["customer.phone"] = customer_phone
        if customer_telnocc is not UNSET:
            field_dict["customer.telnocc"] = customer_telnocc
        if customer_mobile is not UNSET:
            field_dict["customer.mobile"] = customer_mobile
        if customer_birth_date is not UNSET:
            field_dict["customer.birthDate"] = customer_birth_date
        if customer_customer_id is not UNSET:
            field_dict["customer.customerId"] = customer_customer_id
        if customer_country is not UNSET:
            field_dict["customer.country"] = customer_country
        if customer_city is not UNSET:
            field_dict["customer.city"] = customer_city
        if customer_postcode is not UNSET:
            field_dict["customer.postcode"] = customer_postcode
        if customer_street is not UNSET:
            field_dict["customer.street"] = customer_street
        if customer_sex is not UNSET:
            field_dict["customer.sex"] = customer_sex
        if customer_language is not UNSET:
            field_dict["customer.language"] = customer_language

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        customer_given_name = d.pop("customer.givenName", UNSET)

        customer_surname = d.pop("customer.surname", UNSET)

        customer_email = d.pop("customer.email", UNSET)

        customer_ip = d.pop("customer.ip", UNSET)

        customer_phone = d.pop("customer.phone", UNSET)

        customer_telnocc = d.pop("customer.telnocc", UNSET)

        customer_mobile = d.pop("customer.mobile", UNSET)

        customer_birth_date = d.pop("customer.birthDate", UNSET)

        customer_customer_id = d.pop("customer.customerId", UNSET)

        customer_country = d.pop("customer.country", UNSET)

        customer_city = d.pop("customer.city", UNSET)

        customer_postcode = d.pop("customer.postcode", UNSET)

        customer_street = d.pop("customer.street", UNSET)

        customer_sex = d.pop("customer.sex", UNSET)

        customer_language = d.pop("customer.language", UNSET)

        customer_fields = cls(
            customer_given_name=customer_given_name,
            customer_surname=customer_surname,
            customer_email=customer_email,
            customer_ip=customer_ip,
            customer_phone=customer_phone,
            customer_telnocc=customer_telnocc,
            customer_mobile=customer_mobile,
            customer_birth_date=customer_birth_date,
            customer_customer_id=customer_customer_id,
            customer_country=customer_country,
            customer_city=customer_city,
            customer_postcode=customer_postcode,
            customer_street=customer_street,
            customer_sex=customer_sex,
            customer_language=customer_language,
        )

        customer_fields.additional_properties = d
        return customer_fields

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

CustomerFields.__repr__ = _repr_without_unset  # type: ignore[method-assign]
