from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CardDetails")


@_attrs_define
class CardDetails:
    """A masked card; `last4Digits` and `lastFourDigits` are both used (payments and lists respectively) - read either."""

    registration_id: str | Unset = UNSET
    """ Token of the stored card (lists). """
    registration_status: str | Unset = UNSET
    """ `Y` when the token is active. """
    card_type: str | Unset = UNSET
    """ Brand, e.g. `VISA`. """
    bin_: str | Unset = UNSET
    """ First six digits. """
    last_4_digits: str | Unset = UNSET
    """ Last four digits. """
    last_four_digits: str | Unset = UNSET
    """ Last four digits (list spelling). """
    holder: str | Unset = UNSET
    """ Cardholder name. """
    expiry_month: str | Unset = UNSET
    """ Expiry month. """
    expiry_year: str | Unset = UNSET
    """ Expiry year. """
    customer_id: str | Unset = UNSET
    """ The merchant's customer id. """
    firstsix: str | Unset = UNSET
    """ First six digits: the same as `bin`, in the spelling of builds that echo the request's Java card object
    (`card.firstsix`). """
    lastfour: str | Unset = UNSET
    """ Last four digits: the same as `last4Digits`, in the spelling of builds that echo the request's Java card
    object (`card.lastfour`). """
    cardholder: str | Unset = UNSET
    """ Cardholder name: the same as `holder`, in the spelling of builds that echo the request's Java card object
    (`card.cardholder`). """
    payment_brand: str | Unset = UNSET
    """ Brand: the same as `cardType`, in the spelling of builds that report the card with the payment-level field
    name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        registration_id = self.registration_id

        registration_status = self.registration_status

        card_type = self.card_type

        bin_ = self.bin_

        last_4_digits = self.last_4_digits

        last_four_digits = self.last_four_digits

        holder = self.holder

        expiry_month = self.expiry_month

        expiry_year = self.expiry_year

        customer_id = self.customer_id

        firstsix = self.firstsix

        lastfour = self.lastfour

        cardholder = self.cardholder

        payment_brand = self.payment_brand

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if registration_id is not UNSET:
            field_dict["registrationId"] = registration_id
        if registration_status is not UNSET:
            field_dict["registrationStatus"] = registration_status
        if card_type is not UNSET:
            field_dict["cardType"] = card_type
        if bin_ is not UNSET:
            field_dict["bin"] = bin_
        if last_4_digits is not UNSET:
            field_dict["last4Digits"] = last_4_digits
        if last_four_digits is not UNSET:
            field_dict["lastFourDigits"] = last_four_digits
        if holder is not UNSET:
            field_dict["holder"] = holder
        if expiry_month is not UNSET:
            field_dict["expiryMonth"] = expiry_month
        if expiry_year is not UNSET:
            field_dict["expiryYear"] = expiry_year
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if firstsix is not UNSET:
            field_dict["firstsix"] = firstsix
        if lastfour is not UNSET:
            field_dict["lastfour"] = lastfour
        if cardholder is not UNSET:
            field_dict["cardholder"] = cardholder
        if payment_brand is not UNSET:
            field_dict["paymentBrand"] = payment_brand

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        registration_id = d.pop("registrationId", UNSET)

        registration_status = d.pop("registrationStatus", UNSET)

        card_type = d.pop("cardType", UNSET)

        bin_ = d.pop("bin", UNSET)

        last_4_digits = d.pop("last4Digits", UNSET)

        last_four_digits = d.pop("lastFourDigits", UNSET)

        holder = d.pop("holder", UNSET)

        expiry_month = d.pop("expiryMonth", UNSET)

        expiry_year = d.pop("expiryYear", UNSET)

        customer_id = d.pop("customerId", UNSET)

        firstsix = d.pop("firstsix", UNSET)

        lastfour = d.pop("lastfour", UNSET)

        cardholder = d.pop("cardholder", UNSET)

        payment_brand = d.pop("paymentBrand", UNSET)

        card_details = cls(
            registration_id=registration_id,
            registration_status=registration_status,
            card_type=card_type,
            bin_=bin_,
            last_4_digits=last_4_digits,
            last_four_digits=last_four_digits,
            holder=holder,
            expiry_month=expiry_month,
            expiry_year=expiry_year,
            customer_id=customer_id,
            firstsix=firstsix,
            lastfour=lastfour,
            cardholder=cardholder,
            payment_brand=payment_brand,
        )

        card_details.additional_properties = d
        return card_details

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

CardDetails.__repr__ = _repr_without_unset  # type: ignore[method-assign]
