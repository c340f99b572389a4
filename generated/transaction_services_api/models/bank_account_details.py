from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BankAccountDetails")


@_attrs_define
class BankAccountDetails:
    """A (masked) bank account."""

    registration_id: str | Unset = UNSET
    """ Token of the stored account (lists). """
    registration_status: str | Unset = UNSET
    """ `Y` when the token is active. """
    holder: str | Unset = UNSET
    """ Account holder. """
    iban: str | Unset = UNSET
    """ Masked IBAN, e.g. `******************7890`. """
    bic: str | Unset = UNSET
    """ BIC. """
    country: str | Unset = UNSET
    """ Country. """
    account_number: str | Unset = UNSET
    """ Account number (ACH). """
    account_type: str | Unset = UNSET
    """ Account type. """
    routing_number: str | Unset = UNSET
    """ Routing number (ACH). """
    customer_id: str | Unset = UNSET
    """ The merchant's customer id. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        registration_id = self.registration_id

        registration_status = self.registration_status

        holder = self.holder

        iban = self.iban

        bic = self.bic

        country = self.country

        account_number = self.account_number

        account_type = self.account_type

        routing_number = self.routing_number

        customer_id = self.customer_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if registration_id is not UNSET:
            field_dict["registrationId"] = registration_id
        if registration_status is not UNSET:
            field_dict["registrationStatus"] = registration_status
        if holder is not UNSET:
            field_dict["holder"] = holder
        if iban is not UNSET:
            field_dict["iban"] = iban
        if bic is not UNSET:
            field_dict["bic"] = bic
        if country is not UNSET:
            field_dict["country"] = country
        if account_number is not UNSET:
            field_dict["accountNumber"] = account_number
        if account_type is not UNSET:
            field_dict["accountType"] = account_type
        if routing_number is not UNSET:
            field_dict["routingNumber"] = routing_number
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        registration_id = d.pop("registrationId", UNSET)

        registration_status = d.pop("registrationStatus", UNSET)

        holder = d.pop("holder", UNSET)

        iban = d.pop("iban", UNSET)

        bic = d.pop("bic", UNSET)

        country = d.pop("country", UNSET)

        account_number = d.pop("accountNumber", UNSET)

        account_type = d.pop("accountType", UNSET)

        routing_number = d.pop("routingNumber", UNSET)

        customer_id = d.pop("customerId", UNSET)

        bank_account_details = cls(
            registration_id=registration_id,
            registration_status=registration_status,
            holder=holder,
            iban=iban,
            bic=bic,
            country=country,
            account_number=account_number,
            account_type=account_type,
            routing_number=routing_number,
            customer_id=customer_id,
        )

        bank_account_details.additional_properties = d
        return bank_account_details

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

BankAccountDetails.__repr__ = _repr_without_unset  # type: ignore[method-assign]
