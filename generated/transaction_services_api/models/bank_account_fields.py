from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BankAccountFields")


@_attrs_define
class BankAccountFields:
    """The `bankAccount.*` group - SEPA (IBAN, BIC), ACH/eCheck (account and routing number) and payout bank details."""

    bank_account_iban: str | Unset = UNSET
    """ SEPA IBAN (mod-97 valid), e.g. `DE23100000001234567890`. """
    bank_account_bic: str | Unset = UNSET
    """ SEPA BIC; part of C-REG for SEPA accounts. """
    bank_account_mandate_id: str | Unset = UNSET
    """ SEPA mandate reference. """
    bank_account_country: str | Unset = UNSET
    """ Country of the account. """
    bank_account_account_number: str | Unset = UNSET
    """ ACH/eCheck account number; part of C-REG for ACH accounts. """
    bank_account_routing_number: str | Unset = UNSET
    """ ACH routing number. """
    bank_account_account_type: str | Unset = UNSET
    """ Account type (ACH; JPBank payouts). """
    bank_account_check_number: str | Unset = UNSET
    """ eCheck number. """
    bank_account_transfer_type: str | Unset = UNSET
    """ Payout transfer type when there is no `paymentId`: `BT` bank transfer, `IMPS`, `TigerPayWallet`, `JPBank`,
    or a wallet name such as `Airtel Uganda`. """
    bank_account_bank_account_name: str | Unset = UNSET
    """ Payout beneficiary name. """
    bank_account_bank_account_number: str | Unset = UNSET
    """ Payout beneficiary account number. """
    bank_account_bank_ifsc: str | Unset = UNSET
    """ Payout IFSC code (IMPS). """
    bank_account_bank_name: str | Unset = UNSET
    """ Payout bank name (JPBank). """
    bank_account_branch_name: str | Unset = UNSET
    """ Payout branch name (JPBank). """
    bank_account_bank_code: str | Unset = UNSET
    """ Payout bank code (JPBank). """
    bank_account_branch_code: str | Unset = UNSET
    """ Payout branch code (JPBank). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bank_account_iban = self.bank_account_iban

        bank_account_bic = self.bank_account_bic

        bank_account_mandate_id = self.bank_account_mandate_id

        bank_account_country = self.bank_account_country

        bank_account_account_number = self.bank_account_account_number

        bank_account_routing_number = self.bank_account_routing_number

        bank_account_account_type = self.bank_account_account_type

        bank_account_check_number = self.bank_account_check_number

        bank_account_transfer_type = self.bank_account_transfer_type

        bank_account_bank_account_name = self.bank_account_bank_account_name

        bank_account_bank_account_number = self.bank_account_bank_account_number

        bank_account_bank_ifsc = self.bank_account_bank_ifsc

        bank_account_bank_name = self.bank_account_bank_name

        bank_account_branch_name = self.bank_account_branch_name

        bank_account_bank_code = self.bank_account_bank_code

        bank_account_branch_code = self.bank_account_branch_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bank_account_iban is not UNSET:
            field_dict["bankAccount.iban"] = bank_account_iban
        if bank_account_bic is not UNSET:
            field_dict["bankAccount.bic"] = bank_account_bic
        if bank_account_mandate_id is not UNSET:
            field_dict["bankAccount.mandateId"] = bank_account_mandate_id
        if bank_account_country is not UNSET:
            field_dict["bankAccount.country"] = bank_account_country
        if bank_account_account_number is not UNSET:
            field_dict["bankAccount.accountNumber"] = bank_account_account_number
        if bank_account_routing_number is not UNSET:
            field_dict["bankAccount.routingNumber"] = bank_account_routing_number
        if bank_account_account_type is not UNSET:
            field_dict["bankAccount.accountType"] = bank_account_account_type
        if bank_account_check_number is not UNSET:
            field_dict["bankAccount.checkNumber"] = bank_account_check_number
        if bank_account_transfer_type is not UNSET:
            field_dict["bankAccount.transferType"] = bank_account_transfer_type
        if bank_account_bank_account_name is not UNSET:
            field_dict["bankAccount.bankAccountName"] = bank_account_bank_account_name
        if bank_account_bank_account_number is not UNSET:
            field_dict["bankAccount.bankAccountNumber"] = bank_account_bank_account_number
        if bank_account_bank_ifsc is not UNSET:
            field_dict["bankAccount.bankIfsc"] = bank_account_bank_ifsc
        if bank_account_bank_name is not UNSET:
            field_dict["bankAccount.bankName"] = bank_account_bank_name
        if bank_account_branch_name is not UNSET:
            field_dict["bankAccount.branchName"] = bank_account_branch_name
        if bank_account_bank_code is not UNSET:
            field_dict["bankAccount.bankCode"] = bank_account_bank_code
        if bank_account_branch_code is not UNSET:
            field_dict["bankAccount.branchCode"] = bank_account_branch_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bank_account_iban = d.pop("bankAccount.iban", UNSET)

        bank_account_bic = d.pop("bankAccount.bic", UNSET)

        bank_account_mandate_id = d.pop("bankAccount.mandateId", UNSET)

        bank_account_country = d.pop("bankAccount.country", UNSET)

        bank_account_account_number = d.pop("bankAccount.accountNumber", UNSET)

        bank_account_routing_number = d.pop("bankAccount.routingNumber", UNSET)

        bank_account_account_type = d.pop("bankAccount.accountType", UNSET)

        bank_account_check_number = d.pop("bankAccount.checkNumber", UNSET)

        bank_account_transfer_type = d.pop("bankAccount.transferType", UNSET)

        bank_account_bank_account_name = d.pop("bankAccount.bankAccountName", UNSET)

        bank_account_bank_account_number = d.pop("bankAccount.bankAccountNumber", UNSET)

        bank_account_bank_ifsc = d.pop("bankAccount.bankIfsc", UNSET)

        bank_account_bank_name = d.pop("bankAccount.bankName", UNSET)

        bank_account_branch_name = d.pop("bankAccount.branchName", UNSET)

        bank_account_bank_code = d.pop("bankAccount.bankCode", UNSET)

        bank_account_branch_code = d.pop("bankAccount.branchCode", UNSET)

        bank_account_fields = cls(
            bank_account_iban=bank_account_iban,
            bank_account_bic=bank_account_bic,
            bank_account_mandate_id=bank_account_mandate_id,
            bank_account_country=bank_account_country,
            bank_account_account_number=bank_account_account_number,
            bank_account_routing_number=bank_account_routing_number,
            bank_account_account_type=bank_account_account_type,
            bank_account_check_number=bank_account_check_number,
            bank_account_transfer_type=bank_account_transfer_type,
            bank_account_bank_account_name=bank_account_bank_account_name,
            bank_account_bank_account_number=bank_account_bank_account_number,
            bank_account_bank_ifsc=bank_account_bank_ifsc,
            bank_account_bank_name=bank_account_bank_name,
            bank_account_branch_name=bank_account_branch_name,
            bank_account_bank_code=bank_account_bank_code,
            bank_account_branch_code=bank_account_branch_code,
        )

        bank_account_fields.additional_properties = d
        return bank_account_fields

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

BankAccountFields.__repr__ = _repr_without_unset  # type: ignore[method-assign]
