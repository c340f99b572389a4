from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TransactionListRequest")


@_attrs_define
class TransactionListRequest:
    """Fields of `listTransactions` (C-LIST)."""

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
    status: str | Unset = UNSET
    """ Filter by long status, e.g. `capturesuccess`. """
    payment_id: str | Unset = UNSET
    """ The gateway's payment id (a.k.a. trackingid, systemPaymentId), digits. """
    currency: str | Unset = UNSET
    """ ISO 4217 currency code in letters (EUR, USD, JPY), or a crypto code (BTC, ETH) for QR. """
    time_zone: str | Unset = UNSET
    """ Time zone of the date range (meaning per build). """
    customer_email: str | Unset = UNSET
    """ Filter by customer e-mail. """
    customer_given_name: str | Unset = UNSET
    """ Filter by customer first name. """
    customer_surname: str | Unset = UNSET
    """ Filter by customer last name. """
    card_firstsix: str | Unset = UNSET
    """ Filter by the card's first six digits. """
    card_lastfour: str | Unset = UNSET
    """ Filter by the card's last four digits. """
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

        status = self.status

        payment_id = self.payment_id

        currency = self.currency

        time_zone = self.time_zone

        customer_email = self.customer_email

        customer_given_name = self.customer_given_name

        customer_surname = self.customer_surname

        card_firstsix = self.card_firstsix

        card_lastfour = self.card_lastfour

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
        if status is not UNSET:
            field_dict["status"] = status
        if payment_id is not UNSET:
            field_dict["paymentId"] = payment_id
        if currency is not UNSET:
            field_dict["currency"] = currency
        if time_zone is not UNSET:
            field_dict["timeZone"] = time_zone
        if customer_email is not UNSET:
            field_dict["customer.email"] = customer_email
        if customer_given_name is not UNSET:
            field_dict["customer.givenName"] = customer_given_name
        if customer_surname is not UNSET:
            field_dict["customer.surname"] = customer_surname
        if card_firstsix is not UNSET:
            field_dict["card.firstsix"] = card_firstsix
        if card_lastfour is not UNSET:
            field_dict["card.lastfour"] = card_lastfour

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

        status = d.pop("status", UNSET)

        payment_id = d.pop("paymentId", UNSET)

        currency = d.pop("currency", UNSET)

        time_zone = d.pop("timeZone", UNSET)

        customer_email = d.pop("customer.email", UNSET)

        customer_given_name = d.pop("customer.givenName", UNSET)

        customer_surname = d.pop("customer.surname", UNSET)

        card_firstsix = d.pop("card.firstsix", UNSET)

        card_lastfour = d.pop("card.lastfour", UNSET)

        transaction_list_request = cls(
            authentication_member_id=authentication_member_id,
            authentication_checksum=authentication_checksum,
            authentication_terminal_id=authentication_terminal_id,
            authentication_account_id=authentication_account_id,
            authentication_partner_id=authentication_partner_id,
            pagination_fromdate=pagination_fromdate,
            pagination_todate=pagination_todate,
            pagination_pageno=pagination_pageno,
            pagination_records=pagination_records,
            status=status,
            payment_id=payment_id,
            currency=currency,
            time_zone=time_zone,
            customer_email=customer_email,
            customer_given_name=customer_given_name,
            customer_surname=customer_surname,
            card_firstsix=card_firstsix,
            card_lastfour=card_lastfour,
        )

        transaction_list_request.additional_properties = d
        return transaction_list_request

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

TransactionListRequest.__repr__ = _repr_without_unset  # type: ignore[method-assign]
