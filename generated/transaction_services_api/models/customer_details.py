from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerDetails")


@_attrs_define
class CustomerDetails:
    """Customer data echoed by the gateway."""

    given_name: str | Unset = UNSET
    """ First name. """
    surname: str | Unset = UNSET
    """ Last name. """
    email: str | Unset = UNSET
    """ E-mail. """
    phone: str | Unset = UNSET
    """ Phone. """
    mobile: str | Unset = UNSET
    """ Mobile. """
    telnocc: str | Unset = UNSET
    """ Dialling code. """
    country: str | Unset = UNSET
    """ Country. """
    city: str | Unset = UNSET
    """ City. """
    postcode: str | Unset = UNSET
    """ Postcode. """
    street: str | Unset = UNSET
    """ Street. """
    ip: str | Unset = UNSET
    """ IP address. """
    sex: str | Unset = UNSET
    """ Sex. """
    birth_date: str | Unset = UNSET
    """ Birth date. """
    company_name: str | Unset = UNSET
    """ Company. """
    bank_id: str | Unset = UNSET
    """ Customer bank id (`customerBankId` in notifications). """
    customer_bank_id: str | Unset = UNSET
    """ Customer bank id (notification spelling). """
    id: str | Unset = UNSET
    """ Customer id. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        given_name = self.given_name

        surname = self.surname

        email = self.email

        phone = self.phone

        mobile = self.mobile

        telnocc = self.telnocc

        country = self.country

        city = self.city

        postcode = self.postcode

        street = self.street

        ip = self.ip

        sex = self.sex

        birth_date = self.birth_date

        company_name = self.company_name

        bank_id = self.bank_id

        customer_bank_id = self.customer_bank_id

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if given_name is not UNSET:
            field_dict["givenName"] = given_name
        if surname is not UNSET:
            field_dict["surname"] = surname
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone
        if mobile is not UNSET:
            field_dict["mobile"] = mobile
        if telnocc is not UNSET:
            field_dict["telnocc"] = telnocc
        if country is not UNSET:
            field_dict["country"] = country
        if city is not UNSET:
            field_dict["city"] = city
        if postcode is not UNSET:
            field_dict["postcode"] = postcode
        if street is not UNSET:
            field_dict["street"] = street
        if ip is not UNSET:
            field_dict["ip"] = ip
        if sex is not UNSET:
            field_dict["sex"] = sex
        if birth_date is not UNSET:
            field_dict["birthDate"] = birth_date
        if company_name is not UNSET:
            field_dict["companyName"] = company_name
        if bank_id is not UNSET:
            field_dict["bankId"] = bank_id
        if customer_bank_id is not UNSET:
            field_dict["customerBankId"] = customer_bank_id
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        given_name = d.pop("givenName", UNSET)

        surname = d.pop("surname", UNSET)

        email = d.pop("email", UNSET)

        phone = d.pop("phone", UNSET)

        mobile = d.pop("mobile", UNSET)

        telnocc = d.pop("telnocc", UNSET)

        country = d.pop("country", UNSET)

        city = d.pop("city", UNSET)

        postcode = d.pop("postcode", UNSET)

        street = d.pop("street", UNSET)

        ip = d.pop("ip", UNSET)

        sex = d.pop("sex", UNSET)

        birth_date = d.pop("birthDate", UNSET)

        company_name = d.pop("companyName", UNSET)

        bank_id = d.pop("bankId", UNSET)

        customer_bank_id = d.pop("customerBankId", UNSET)

        id = d.pop("id", UNSET)

        customer_details = cls(
            given_name=given_name,
            surname=surname,
            email=email,
            phone=phone,
            mobile=mobile,
            telnocc=telnocc,
            country=country,
            city=city,
            postcode=postcode,
            street=street,
            ip=ip,
            sex=sex,
            birth_date=birth_date,
            company_name=company_name,
            bank_id=bank_id,
            customer_bank_id=customer_bank_id,
            id=id,
        )

        customer_details.additional_properties = d
        return customer_details

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

CustomerDetails.__repr__ = _repr_without_unset  # type: ignore[method-assign]
