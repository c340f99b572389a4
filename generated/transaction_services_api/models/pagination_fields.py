from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PaginationFields")


@_attrs_define
class PaginationFields:
    """The `pagination.*` group."""

    pagination_fromdate: str | Unset = UNSET
    """ First day of the range, `dd/MM/yyyy`. """
    pagination_todate: str | Unset = UNSET
    """ Last day of the range, `dd/MM/yyyy`. """
    pagination_pageno: str | Unset = UNSET
    """ Page number, from 1. """
    pagination_records: str | Unset = UNSET
    """ Records per page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pagination_fromdate = self.pagination_fromdate

        pagination_todate = self.pagination_todate

        pagination_pageno = self.pagination_pageno

        pagination_records = self.pagination_records

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pagination_fromdate is not UNSET:
            field_dict["pagination.fromdate"] = pagination_fromdate
        if pagination_todate is not UNSET:
            field_dict["pagination.todate"] = pagination_todate
        if pagination_pageno is not UNSET:
            field_dict["pagination.pageno"] = pagination_pageno
        if pagination_records is not UNSET:
            field_dict["pagination.records"] = pagination_records

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        pagination_fromdate = d.pop("pagination.fromdate", UNSET)

        pagination_todate = d.pop("pagination.todate", UNSET)

        pagination_pageno = d.pop("pagination.pageno", UNSET)

        pagination_records = d.pop("pagination.records", UNSET)

        pagination_fields = cls(
            pagination_fromdate=pagination_fromdate,
            pagination_todate=pagination_todate,
            pagination_pageno=pagination_pageno,
            pagination_records=pagination_records,
        )

        pagination_fields.additional_properties = d
        return pagination_fields

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

PaginationFields.__repr__ = _repr_without_unset  # type: ignore[method-assign]
