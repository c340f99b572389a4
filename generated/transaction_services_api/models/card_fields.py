from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CardFields")


@_attrs_define
class CardFields:
    """The `card.*` group (card payment modes). Never log these values."""

    card_number: str | Unset = UNSET
    """ The card number (PAN), 12 to 19 digits, brand-prefix and Luhn valid. Part of C-REG. """
    card_expiry_month: str | Unset = UNSET
    """ Expiry month, `1`-`12` or two digits `01`-`12` (rule Months). """
    card_expiry_year: str | Unset = UNSET
    """ Expiry year, four digits 2000-2039 (rule Years). """
    card_cvv: str | Unset = UNSET
    """ Card verification code, 3 or 4 digits; optional for repeated recurring and token payments. """
    card_holder: str | Unset = UNSET
    """ Cardholder name; ignored by the server (it reads `customer.givenName`/`customer.surname`), sent by some docs
    samples. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        card_number = self.card_number

        card_expiry_month = self.card_expiry_month

        card_expiry_year = self.card_expiry_year

        card_cvv = self.card_cvv

        card_holder = self.card_holder

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if card_number is not UNSET:
            field_dict["card.number"] = card_number
        if card_expiry_month is not UNSET:
            field_dict["card.expiryMonth"] = card_expiry_month
        if card_expiry_year is not UNSET:
            field_dict["card.expiryYear"] = card_expiry_year
        if card_cvv is not UNSET:
            field_dict["card.cvv"] = card_cvv
        if card_holder is not UNSET:
            field_dict["card.holder"] = card_holder

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        card_number = d.pop("card.number", UNSET)

        card_expiry_month = d.pop("card.expiryMonth", UNSET)

        card_expiry_year = d.pop("card.expiryYear", UNSET)

        card_cvv = d.pop("card.cvv", UNSET)

        card_holder = d.pop("card.holder", UNSET)

        card_fields = cls(
            card_number=card_number,
            card_expiry_month=card_expiry_month,
            card_expiry_year=card_expiry_year,
            card_cvv=card_cvv,
            card_holder=card_holder,
        )

        card_fields.additional_properties = d
        return card_fields

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

CardFields.__repr__ = _repr_without_unset  # type: ignore[method-assign]
