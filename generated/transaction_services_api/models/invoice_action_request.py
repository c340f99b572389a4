from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoiceActionRequest")


@_attrs_define
class InvoiceActionRequest:
    """Fields of `cancelInvoice`, `regenerateInvoice` and `remindInvoice` (C-INV-ACT)."""

    authentication_member_id: str
    """ The merchant's member id; the first value of most checksums. """
    authentication_checksum: str
    """ The operation's checksum (formula named in the operation's description). """
    invoice_id: str
    """ The invoice's `systemInvoiceId`; first value of C-INV-ACT. """
    merchant_redirect_url: str
    """ Part of C-INV-ACT; send the invoice's redirect URL. """
    authentication_terminal_id: str | Unset = UNSET
    """ The merchant's processing terminal. Required on payments unless the merchant is configured to auto-select a
    terminal. """
    authentication_account_id: str | Unset = UNSET
    """ Optional numeric account id. """
    authentication_partner_id: str | Unset = UNSET
    """ The white-label partner's id; partner-level calls send it instead of the member id and sign with the partner
    key. """
    merchant_invoice_id: str | Unset = UNSET
    """ The merchant's invoice reference (regenerate). """
    invoice_expiration_period: str | Unset = UNSET
    """ New expiry in days (regenerate). """
    cancel_reason: str | Unset = UNSET
    """ Why the invoice is cancelled (cancel). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        authentication_member_id = self.authentication_member_id

        authentication_checksum = self.authentication_checksum

        invoice_id = self.invoice_id

        merchant_redirect_url = self.merchant_redirect_url

        authentication_terminal_id = self.authentication_terminal_id

        authentication_account_id = self.authentication_account_id

        authentication_partner_id = self.authentication_partner_id

        merchant_invoice_id = self.merchant_invoice_id

        invoice_expiration_period = self.invoice_expiration_period

        cancel_reason = self.cancel_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "authentication.memberId": authentication_member_id,
                "authentication.checksum": authentication_checksum,
                "invoiceId": invoice_id,
                "merchantRedirectUrl": merchant_redirect_url,
            }
        )
        if authentication_terminal_id is not UNSET:
            field_dict["authentication.terminalId"] = authentication_terminal_id
        if authentication_account_id is not UNSET:
            field_dict["authentication.accountId"] = authentication_account_id
        if authentication_partner_id is not UNSET:
            field_dict["authentication.partnerId"] = authentication_partner_id
        if merchant_invoice_id is not UNSET:
            field_dict["merchantInvoiceId"] = merchant_invoice_id
        if invoice_expiration_period is not UNSET:
            field_dict["invoiceExpirationPeriod"] = invoice_expiration_period
        if cancel_reason is not UNSET:
            field_dict["cancelReason"] = cancel_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        authentication_member_id = d.pop("authentication.memberId")

        authentication_checksum = d.pop("authentication.checksum")

        invoice_id = d.pop("invoiceId")

        merchant_redirect_url = d.pop("merchantRedirectUrl")

        authentication_terminal_id = d.pop("authentication.terminalId", UNSET)

        authentication_account_id = d.pop("authentication.accountId", UNSET)

        authentication_partner_id = d.pop("authentication.partnerId", UNSET)

        merchant_invoice_id = d.pop("merchantInvoiceId", UNSET)

        invoice_expiration_period = d.pop("invoiceExpirationPeriod", UNSET)

        cancel_reason = d.pop("cancelReason", UNSET)

        invoice_action_request = cls(
            authentication_member_id=authentication_member_id,
            authentication_checksum=authentication_checksum,
            invoice_id=invoice_id,
            merchant_redirect_url=merchant_redirect_url,
            authentication_terminal_id=authentication_terminal_id,
            authentication_account_id=authentication_account_id,
            authentication_partner_id=authentication_partner_id,
            merchant_invoice_id=merchant_invoice_id,
            invoice_expiration_period=invoice_expiration_period,
            cancel_reason=cancel_reason,
        )

        invoice_action_request.additional_properties = d
        return invoice_action_request

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

InvoiceActionRequest.__repr__ = _repr_without_unset  # type: ignore[method-assign]
