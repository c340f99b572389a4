from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoiceStatusRequest")


@_attrs_define
class InvoiceStatusRequest:
    """Fields of `invoiceInquiry` and `invoiceTransactionInquiry` (C-INV-STATUS)."""

    authentication_member_id: str
    """ A numeric id (rule OnlyNumber), e.g. a member, terminal, partner or account id. """
    authentication_checksum: str
    """ Lowercase hex MD5 of the operation's checksum string (see each operation); uppercase is rejected. """
    merchant_invoice_id: str
    """ The merchant's invoice reference; part of C-INV-STATUS. """
    authentication_terminal_id: str | Unset = UNSET
    """ A numeric id (rule OnlyNumber), e.g. a member, terminal, partner or account id. """
    authentication_account_id: str | Unset = UNSET
    """ Optional numeric account id. """
    authentication_partner_id: str | Unset = UNSET
    """ A numeric id (rule OnlyNumber), e.g. a member, terminal, partner or account id. """
    invoice_id: str | Unset = UNSET
    """ The invoice's `systemInvoiceId` (optional: narrows the lookup). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        authentication_member_id = self.authentication_member_id

        authentication_checksum = self.authentication_checksum

        merchant_invoice_id = self.merchant_invoice_id

        authentication_terminal_id = self.authentication_terminal_id

        authentication_account_id = self.authentication_account_id

        authentication_partner_id = self.authentication_partner_id

        invoice_id = self.invoice_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "authentication.memberId": authentication_member_id,
                "authentication.checksum": authentication_checksum,
                "merchantInvoiceId": merchant_invoice_id,
            }
        )
        if authentication_terminal_id is not UNSET:
            field_dict["authentication.terminalId"] = authentication_terminal_id
        if authentication_account_id is not UNSET:
            field_dict["authentication.accountId"] = authentication_account_id
        if authentication_partner_id is not UNSET:
            field_dict["authentication.partnerId"] = authentication_partner_id
        if invoice_id is not UNSET:
            field_dict["invoiceId"] = invoice_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        authentication_member_id = d.pop("authentication.memberId")

        authentication_checksum = d.pop("authentication.checksum")

        merchant_invoice_id = d.pop("merchantInvoiceId")

        authentication_terminal_id = d.pop("authentication.terminalId", UNSET)

        authentication_account_id = d.pop("authentication.accountId", UNSET)

        authentication_partner_id = d.pop("authentication.partnerId", UNSET)

        invoice_id = d.pop("invoiceId", UNSET)

        invoice_status_request = cls(
            authentication_member_id=authentication_member_id,
            authentication_checksum=authentication_checksum,
            merchant_invoice_id=merchant_invoice_id,
            authentication_terminal_id=authentication_terminal_id,
            authentication_account_id=authentication_account_id,
            authentication_partner_id=authentication_partner_id,
            invoice_id=invoice_id,
        )

        invoice_status_request.additional_properties = d
        return invoice_status_request

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
