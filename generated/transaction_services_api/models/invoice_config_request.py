from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoice_config_request_action_type import (
    InvoiceConfigRequestActionType,
    check_invoice_config_request_action_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoiceConfigRequest")


@_attrs_define
class InvoiceConfigRequest:
    """Fields of `updateInvoiceConfig` (`actionType=SET` and the defaults; C-INV-CONFIG) and `getInvoiceConfig` (C-LIST)."""

    authentication_member_id: str
    """ A numeric id (rule OnlyNumber), e.g. a member, terminal, partner or account id. """
    authentication_checksum: str
    """ Lowercase hex MD5 of the operation's checksum string (see each operation); uppercase is rejected. """
    authentication_terminal_id: str | Unset = UNSET
    """ A numeric id (rule OnlyNumber), e.g. a member, terminal, partner or account id. """
    authentication_account_id: str | Unset = UNSET
    """ Optional numeric account id. """
    authentication_partner_id: str | Unset = UNSET
    """ A numeric id (rule OnlyNumber), e.g. a member, terminal, partner or account id. """
    action_type: InvoiceConfigRequestActionType | Unset = UNSET
    """ `SET` to update the defaults. """
    currency: str | Unset = UNSET
    """ ISO 4217 currency code in letters (EUR, USD, JPY), or a crypto code (BTC, ETH) for QR. """
    initial: str | Unset = UNSET
    """ Prefix of generated order ids, e.g. `ORD`. """
    merchant_redirect_url: str | Unset = UNSET
    """ A URL of the merchant's (rule URL, permissive); up to 1055 characters. Hashed exactly as sent where a
    checksum includes it. """
    invoice_expiration_period: str | Unset = UNSET
    """ Default expiry in days. """
    gst: str | Unset = UNSET
    """ Default tax percentage. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        authentication_member_id = self.authentication_member_id

        authentication_checksum = self.authentication_checksum

        authentication_terminal_id = self.authentication_terminal_id

        authentication_account_id = self.authentication_account_id

        authentication_partner_id = self.authentication_partner_id

        action_type: str | Unset = UNSET
        if not isinstance(self.action_type, Unset):
            action_type = self.action_type

        currency = self.currency

        initial = self.initial

        merchant_redirect_url = self.merchant_redirect_url

        invoice_expiration_period = self.invoice_expiration_period

        gst = self.gst

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
        if action_type is not UNSET:
            field_dict["actionType"] = action_type
        if currency is not UNSET:
            field_dict["currency"] = currency
        if initial is not UNSET:
            field_dict["initial"] = initial
        if merchant_redirect_url is not UNSET:
            field_dict["merchantRedirectUrl"] = merchant_redirect_url
        if invoice_expiration_period is not UNSET:
            field_dict["invoiceExpirationPeriod"] = invoice_expiration_period
        if gst is not UNSET:
            field_dict["gst"] = gst

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        authentication_member_id = d.pop("authentication.memberId")

        authentication_checksum = d.pop("authentication.checksum")

        authentication_terminal_id = d.pop("authentication.terminalId", UNSET)

        authentication_account_id = d.pop("authentication.accountId", UNSET)

        authentication_partner_id = d.pop("authentication.partnerId", UNSET)

        _action_type = d.pop("actionType", UNSET)
        action_type: InvoiceConfigRequestActionType | Unset
        if isinstance(_action_type, Unset):
            action_type = UNSET
        else:
            action_type = check_invoice_config_request_action_type(_action_type)

        currency = d.pop("currency", UNSET)

        initial = d.pop("initial", UNSET)

        merchant_redirect_url = d.pop("merchantRedirectUrl", UNSET)

        invoice_expiration_period = d.pop("invoiceExpirationPeriod", UNSET)

        gst = d.pop("gst", UNSET)

        invoice_config_request = cls(
            authentication_member_id=authentication_member_id,
            authentication_checksum=authentication_checksum,
            authentication_terminal_id=authentication_terminal_id,
            authentication_account_id=authentication_account_id,
            authentication_partner_id=authentication_partner_id,
            action_type=action_type,
            currency=currency,
            initial=initial,
            merchant_redirect_url=merchant_redirect_url,
            invoice_expiration_period=invoice_expiration_period,
            gst=gst,
        )

        invoice_config_request.additional_properties = d
        return invoice_config_request

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
