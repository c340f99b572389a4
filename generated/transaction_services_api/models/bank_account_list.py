from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bank_account_details import BankAccountDetails


T = TypeVar("T", bound="BankAccountList")


@_attrs_define
class BankAccountList:
    """Stored bank accounts."""

    bankaccount: BankAccountDetails | list[BankAccountDetails] | Unset = UNSET
    """ The accounts; an array, or a single object when there is one. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bankaccount: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.bankaccount, Unset):
            bankaccount = UNSET
        elif isinstance(self.bankaccount, list):
            bankaccount = []
            for bankaccount_type_0_item_data in self.bankaccount:
                bankaccount_type_0_item = bankaccount_type_0_item_data.to_dict()
                bankaccount.append(bankaccount_type_0_item)

        else:
            bankaccount = self.bankaccount.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bankaccount is not UNSET:
            field_dict["bankaccount"] = bankaccount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bank_account_details import BankAccountDetails  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_bankaccount(data: object) -> BankAccountDetails | list[BankAccountDetails] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                bankaccount_type_0 = []
                _bankaccount_type_0 = data
                for bankaccount_type_0_item_data in _bankaccount_type_0:
                    bankaccount_type_0_item = BankAccountDetails.from_dict(bankaccount_type_0_item_data)

                    bankaccount_type_0.append(bankaccount_type_0_item)

                return bankaccount_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            bankaccount_type_1 = BankAccountDetails.from_dict(data)

            return bankaccount_type_1

        bankaccount = _parse_bankaccount(d.pop("bankaccount", UNSET))

        bank_account_list = cls(
            bankaccount=bankaccount,
        )

        bank_account_list.additional_properties = d
        return bank_account_list

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

BankAccountList.__repr__ = _repr_without_unset  # type: ignore[method-assign]
