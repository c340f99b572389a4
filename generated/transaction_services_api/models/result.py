from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Result")


@_attrs_define
class Result:
    """The outcome block. `code` is the API result code (a string, mostly five digits, e.g. `00001`; `200`/`401`/`403` on
    the token layer; several codes may be joined when several validations failed); interpret it together with the
    operation and the statuses.

    """

    code: str | Unset = UNSET
    """ Result code: `000xx` success, `10004`/`90026` pending, `10xxx`/`11xxx` declined, `2xxxx` system and risk,
    `3xxxx` validation, `401` token failure. """
    description: str | Unset = UNSET
    """ Human-readable result (may name the offending field). """
    bank_code: str | Unset = UNSET
    """ Acquirer or bank code. """
    bank_description: str | Unset = UNSET
    """ Acquirer or bank message. """
    status: str | Unset = UNSET
    """ Status echoed in some builds. """
    transaction_status: str | Unset = UNSET
    """ Short status echoed in some builds. """
    total_balance: str | Unset = UNSET
    """ Payout balance (balance calls). """
    current_payout_balance: str | Unset = UNSET
    """ Current payout balance (balance calls). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        description = self.description

        bank_code = self.bank_code

        bank_description = self.bank_description

        status = self.status

        transaction_status = self.transaction_status

        total_balance = self.total_balance

        current_payout_balance = self.current_payout_balance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if description is not UNSET:
            field_dict["description"] = description
        if bank_code is not UNSET:
            field_dict["bankCode"] = bank_code
        if bank_description is not UNSET:
            field_dict["bankDescription"] = bank_description
        if status is not UNSET:
            field_dict["status"] = status
        if transaction_status is not UNSET:
            field_dict["transactionStatus"] = transaction_status
        if total_balance is not UNSET:
            field_dict["totalBalance"] = total_balance
        if current_payout_balance is not UNSET:
            field_dict["currentPayoutBalance"] = current_payout_balance

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code", UNSET)

        description = d.pop("description", UNSET)

        bank_code = d.pop("bankCode", UNSET)

        bank_description = d.pop("bankDescription", UNSET)

        status = d.pop("status", UNSET)

        transaction_status = d.pop("transactionStatus", UNSET)

        total_balance = d.pop("totalBalance", UNSET)

        current_payout_balance = d.pop("currentPayoutBalance", UNSET)

        result = cls(
            code=code,
            description=description,
            bank_code=bank_code,
            bank_description=bank_description,
            status=status,
            transaction_status=transaction_status,
            total_balance=total_balance,
            current_payout_balance=current_payout_balance,
        )

        result.additional_properties = d
        return result

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

Result.__repr__ = _repr_without_unset  # type: ignore[method-assign]
