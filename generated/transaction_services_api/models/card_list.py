from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.card_details import CardDetails


T = TypeVar("T", bound="CardList")


@_attrs_define
class CardList:
    """Stored cards."""

    card: CardDetails | list[CardDetails] | Unset = UNSET
    """ The cards; an array, or a single object when there is one. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        card: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.card, Unset):
            card = UNSET
        elif isinstance(self.card, list):
            card = []
            for card_type_0_item_data in self.card:
                card_type_0_item = card_type_0_item_data.to_dict()
                card.append(card_type_0_item)

        else:
            card = self.card.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if card is not UNSET:
            field_dict["card"] = card

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.card_details import CardDetails  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_card(data: object) -> CardDetails | list[CardDetails] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                card_type_0 = []
                _card_type_0 = data
                for card_type_0_item_data in _card_type_0:
                    card_type_0_item = CardDetails.from_dict(card_type_0_item_data)

                    card_type_0.append(card_type_0_item)

                return card_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            card_type_1 = CardDetails.from_dict(data)

            return card_type_1

        card = _parse_card(d.pop("card", UNSET))

        card_list = cls(
            card=card,
        )

        card_list.additional_properties = d
        return card_list

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

CardList.__repr__ = _repr_without_unset  # type: ignore[method-assign]
