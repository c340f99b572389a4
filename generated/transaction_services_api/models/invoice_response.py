from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invoice_details import InvoiceDetails
    from ..models.invoice_response_invoice_config import InvoiceResponseInvoiceConfig
    from ..models.invoice_transaction_details import InvoiceTransactionDetails
    from ..models.result import Result


T = TypeVar("T", bound="InvoiceResponse")


@_attrs_define
class InvoiceResponse:
    """The response of invoiceServices operations; the outcome is in `statusInvoiceResult` (not `result`)."""

    member_id: str | Unset = UNSET
    """ Member id. """
    status_invoice_result: Result | Unset = UNSET
    """ The outcome block. `code` is the API result code (a string, mostly five digits, e.g. `00001`;
    `200`/`401`/`403` on the token layer; several codes may be joined when several validations failed); interpret it
    together with the operation and the statuses. """
    result: Result | Unset = UNSET
    """ The outcome block. `code` is the API result code (a string, mostly five digits, e.g. `00001`;
    `200`/`401`/`403` on the token layer; several codes may be joined when several validations failed); interpret it
    together with the operation and the statuses. """
    invoice_details: InvoiceDetails | Unset = UNSET
    """ An invoice. """
    transaction_details: InvoiceTransactionDetails | Unset = UNSET
    """ The transaction that paid an invoice. """
    invoice_list: Any | Unset = UNSET
    """ Free-form across builds - an array of invoices, or an object whose values are invoices (or counts, for
    `getInvoiceDetails`). """
    invoice_config: InvoiceResponseInvoiceConfig | Unset = UNSET
    """ The invoice defaults (`getInvoiceConfig`). """
    timestamp: str | Unset = UNSET
    """ Server local time without zone, `yyyy-MM-dd HH:mm:ss`, in lists with a `.0` fraction (`2021-08-10
    13:51:19.0`). Interpret in the deployment's time zone. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        member_id = self.member_id

        status_invoice_result: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status_invoice_result, Unset):
            status_invoice_result = self.status_invoice_result.to_dict()

        result: dict[str, Any] | Unset = UNSET
        if not isinstance(self.result, Unset):
            result = self.result.to_dict()

        invoice_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoice_details, Unset):
            invoice_details = self.invoice_details.to_dict()

        transaction_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transaction_details, Unset):
            transaction_details = self.transaction_details.to_dict()

        invoice_list = self.invoice_list

        invoice_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoice_config, Unset):
            invoice_config = self.invoice_config.to_dict()

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if member_id is not UNSET:
            field_dict["memberId"] = member_id
        if status_invoice_result is not UNSET:
            field_dict["statusInvoiceResult"] = status_invoice_result
        if result is not UNSET:
            field_dict["result"] = result
        if invoice_details is not UNSET:
            field_dict["invoiceDetails"] = invoice_details
        if transaction_details is not UNSET:
            field_dict["transactionDetails"] = transaction_details
        if invoice_list is not UNSET:
            field_dict["invoiceList"] = invoice_list
        if invoice_config is not UNSET:
            field_dict["invoiceConfig"] = invoice_config
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.invoice_details import InvoiceDetails  # noqa: PLC0415
        from ..models.invoice_response_invoice_config import (
            InvoiceResponseInvoiceConfig,  # noqa: PLC0415
        )
        from ..models.invoice_transaction_details import InvoiceTransactionDetails  # noqa: PLC0415
        from ..models.result import Result  # noqa: PLC0415

        d = dict(src_dict)
        member_id = d.pop("memberId", UNSET)

        _status_invoice_result = d.pop("statusInvoiceResult", UNSET)
        status_invoice_result: Result | Unset
        if isinstance(_status_invoice_result, Unset):
            status_invoice_result = UNSET
        else:
            status_invoice_result = Result.from_dict(_status_invoice_result)

        _result = d.pop("result", UNSET)
        result: Result | Unset
        if isinstance(_result, Unset):
            result = UNSET
        else:
            result = Result.from_dict(_result)

        _invoice_details = d.pop("invoiceDetails", UNSET)
        invoice_details: InvoiceDetails | Unset
        if isinstance(_invoice_details, Unset):
            invoice_details = UNSET
        else:
            invoice_details = InvoiceDetails.from_dict(_invoice_details)

        _transaction_details = d.pop("transactionDetails", UNSET)
        transaction_details: InvoiceTransactionDetails | Unset
        if isinstance(_transaction_details, Unset):
            transaction_details = UNSET
        else:
            transaction_details = InvoiceTransactionDetails.from_dict(_transaction_details)

        invoice_list = d.pop("invoiceList", UNSET)

        _invoice_config = d.pop("invoiceConfig", UNSET)
        invoice_config: InvoiceResponseInvoiceConfig | Unset
        if isinstance(_invoice_config, Unset):
            invoice_config = UNSET
        else:
            invoice_config = InvoiceResponseInvoiceConfig.from_dict(_invoice_config)

        timestamp = d.pop("timestamp", UNSET)

        invoice_response = cls(
            member_id=member_id,
            status_invoice_result=status_invoice_result,
            result=result,
            invoice_details=invoice_details,
            transaction_details=transaction_details,
            invoice_list=invoice_list,
            invoice_config=invoice_config,
            timestamp=timestamp,
        )

        invoice_response.additional_properties = d
        return invoice_response

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

InvoiceResponse.__repr__ = _repr_without_unset  # type: ignore[method-assign]
