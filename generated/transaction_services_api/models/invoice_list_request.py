from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoiceListRequest")


@_attrs_define
class InvoiceListRequest:
    """Fields of `listInvoices` and `getInvoiceDetails` (C-LIST)."""

    authentication_member_id: str
    """ The merchant's member id; the first value of most checksums. """
    authentication_checksum: str
    """ The operation's checksum (formula named in the operation's description). """
    authentication_terminal_id: str | Unset = UNSET
    """ The merchant's processing terminal. Required on payments unless the merchant is configured to auto-select a
    terminal. """
    authentication_account_id: str | Unset = UNSET
    """ Optional numeric account id. """
    authentication_partner_id: str | Unset = UNSET
    """ The white-label partner's id; partner-level calls send it instead of the member id and sign with the partner
    key. """
    pagination_fromdate: str | Unset = UNSET
    """ First day of the range, `dd/MM/yyyy`. """
    pagination_todate: str | Unset = UNSET
    """ Last day of the range, `dd/MM/yyyy`. """
    pagination_pageno: str | Unset = UNSET
    """ Page number, from 1. """
    pagination_records: str | Unset = UNSET
    """ Records per page. """
    invoice_status: str | Unset = UNSET
    """ Filter by invoice status (where the build supports it). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        authentication_member_id = self.authentication_member_id

        authentication_checksum = self.authentication_checksum

        authentication_terminal_id = self.authentication_terminal_id

        authentication_account_id = self.authentication_account_id

        authentication_partner_id = self.authentication_partner_id

        pagination_fromdate = self.pagination_fromdate

        pagination_todate = self.pagination_todate

        pagination_pageno = self.pagination_pageno

        pagination_records = self.pagination_records

        invoice_status = self.invoice_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "authentication.memberId": authentication_member_id,
                "authentication.checksum": authentication_checksum,
            }
        )
        if authentication_terminal_id is not UNSET:
            field_dict["authentication.terminalId"] = authentication_terminal_id
        if authentication_account_id is not UNSET:
            field_dict["authentication.accountId"] = authentication_account_id
        if authentication_partner_id is not UNSET:
            field_dict["authentication.partnerId"] = authentication_partner_id
        if pagination_fromdate is not UNSET:
            field_dict["pagination.fromdate"] = pagination_fromdate
        if pagination_todate is not UNSET:
            field_dict["pagination.todate"] = pagination_todate
        if pagination_pageno is not UNSET:
            field_dict["pagination.pageno"] = pagination_pageno
        if pagination_records is not UNSET:
            field_dict["pagination.records"] = pagination_records
        if invoice_status is not UNSET:
            field_dict["invoiceStatus"] = invoice_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        authentication_member_id = d.pop("authentication.memberId")

        authentication_checksum = d.pop("authentication.checksum")

        authentication_terminal_id = d.pop("authentication.terminalId", UNSET)

        authentication_account_id = d.pop("authentication.accountId", UNSET)

        authentication_partner_id = d.pop("authentication.partnerId", UNSET)

        pagination_fromdate = d.pop("pagination.fromdate", UNSET)

        pagination_todate = d.pop("pagination.todate", UNSET)

        pagination_pageno = d.pop("pagination.pageno", UNSET)

        pagination_records = d.pop("pagination.records", UNSET)

        invoice_status = d.pop("invoiceStatus", UNSET)

        invoice_list_request = cls(
            authentication_member_id=authentication_member_id,
            authentication_checksum=authentication_checksum,
            authentication_terminal_id=authentication_terminal_id,
            authentication_account_id=authentication_account_id,
            authentication_partner_id=authentication_partner_id,
            pagination_fromdate=pagination_fromdate,
            pagination_todate=pagination_todate,
            pagination_pageno=pagination_pageno,
            pagination_records=pagination_records,
            invoice_status=invoice_status,
        )

        invoice_list_request.additional_properties = d
        return invoice_list_request

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

InvoiceListRequest.__repr__ = _repr_without_unset  # type: ignore[method-assign]
