from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoiceDetails")


@_attrs_define
class InvoiceDetails:
    """An invoice."""

    system_invoice_id: str | Unset = UNSET
    """ The gateway's invoice id (the `invoiceId` of later calls). """
    invoice_id: str | Unset = UNSET
    """ Invoice id (cancel). """
    merchant_invoice_id: str | Unset = UNSET
    """ The merchant's invoice reference. """
    amount: str | Unset = UNSET
    """ Amount. """
    currency: str | Unset = UNSET
    """ Currency. """
    invoice_status: str | Unset = UNSET
    """ `generated`, `mailsent`, `processed`, `cancelled`, `expired`, ... (open set). """
    transaction_url: str | Unset = UNSET
    """ The pay link to give the customer. """
    expiration_period: str | Unset = UNSET
    """ Expiry in days. """
    invoice_expiration_period: str | Unset = UNSET
    """ Expiry in days (regenerate spelling). """
    created_date: str | Unset = UNSET
    """ Creation date `yyyy-MM-dd`. """
    created_time: str | Unset = UNSET
    """ Creation time (may carry stray spaces and a trailing dot: `" 16:15:46."`). """
    customer_email: str | Unset = UNSET
    """ Customer e-mail. """
    merchant_order_description: str | Unset = UNSET
    """ Description, or the next order id (`getNextOrderId`). """
    payment_id: str | Unset = UNSET
    """ The paying transaction (`invoiceTransactionInquiry`). """
    invoiceid: str | Unset = UNSET
    """ Invoice id: the same as `systemInvoiceId`, in the lower-case spelling of builds that write the invoice
    table's column names. """
    status: str | Unset = UNSET
    """ Invoice status: the same as `invoiceStatus`, in the spelling of builds that write the invoice table's column
    names. """
    dtstamp: str | Unset = UNSET
    """ Creation time: the same as `createdDate` and `createdTime` together, in the spelling of builds that write
    the invoice table's column names (list items). """
    order_id: str | Unset = UNSET
    """ The next order id: the same as `merchantOrderDescription` of `getNextOrderId`, in the spelling of builds
    that name it after the order (list items carry it too). """
    trackingid: str | Unset = UNSET
    """ The paying transaction: the same as `paymentId`, in the spelling of builds that use the platform's internal
    name (list items carry it too). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        system_invoice_id = self.system_invoice_id

        invoice_id = self.invoice_id

        merchant_invoice_id = self.merchant_invoice_id

        amount = self.amount

        currency = self.currency

        invoice_status = self.invoice_status

        transaction_url = self.transaction_url

        expiration_period = self.expiration_period

        invoice_expiration_period = self.invoice_expiration_period

        created_date = self.created_date

        created_time = self.created_time

        customer_email = self.customer_email

        merchant_order_description = self.merchant_order_description

        payment_id = self.payment_id

        invoiceid = self.invoiceid

        status = self.status

        dtstamp = self.dtstamp

        order_id = self.order_id

        trackingid = self.trackingid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if system_invoice_id is not UNSET:
            field_dict["systemInvoiceId"] = system_invoice_id
        if invoice_id is not UNSET:
            field_dict["invoiceId"] = invoice_id
        if merchant_invoice_id is not UNSET:
            field_dict["merchantInvoiceId"] = merchant_invoice_id
        if amount is not UNSET:
            field_dict["amount"] = amount
        if currency is not UNSET:
            field_dict["currency"] = currency
        if invoice_status is not UNSET:
            field_dict["invoiceStatus"] = invoice_status
        if transaction_url is not UNSET:
            field_dict["transactionUrl"] = transaction_url
        if expiration_period is not UNSET:
            field_dict["expirationPeriod"] = expiration_period
        if invoice_expiration_period is not UNSET:
            field_dict["invoiceExpirationPeriod"] = invoice_expiration_period
        if created_date is not UNSET:
            field_dict["createdDate"] = created_date
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if customer_email is not UNSET:
            field_dict["customerEmail"] = customer_email
        if merchant_order_description is not UNSET:
            field_dict["merchantOrderDescription"] = merchant_order_description
        if payment_id is not UNSET:
            field_dict["paymentId"] = payment_id
        if invoiceid is not UNSET:
            field_dict["invoiceid"] = invoiceid
        if status is not UNSET:
            field_dict["status"] = status
        if dtstamp is not UNSET:
            field_dict["dtstamp"] = dtstamp
        if order_id is not UNSET:
            field_dict["orderId"] = order_id
        if trackingid is not UNSET:
            field_dict["trackingid"] = trackingid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        system_invoice_id = d.pop("systemInvoiceId", UNSET)

        invoice_id = d.pop("invoiceId", UNSET)

        merchant_invoice_id = d.pop("merchantInvoiceId", UNSET)

        amount = d.pop("amount", UNSET)

        currency = d.pop("currency", UNSET)

        invoice_status = d.pop("invoiceStatus", UNSET)

        transaction_url = d.pop("transactionUrl", UNSET)

        expiration_period = d.pop("expirationPeriod", UNSET)

        invoice_expiration_period = d.pop("invoiceExpirationPeriod", UNSET)

        created_date = d.pop("createdDate", UNSET)

        created_time = d.pop("createdTime", UNSET)

        customer_email = d.pop("customerEmail", UNSET)

        merchant_order_description = d.pop("merchantOrderDescription", UNSET)

        payment_id = d.pop("paymentId", UNSET)

        invoiceid = d.pop("invoiceid", UNSET)

        status = d.pop("status", UNSET)

        dtstamp = d.pop("dtstamp", UNSET)

        order_id = d.pop("orderId", UNSET)

        trackingid = d.pop("trackingid", UNSET)

        invoice_details = cls(
            system_invoice_id=system_invoice_id,
            invoice_id=invoice_id,
            merchant_invoice_id=merchant_invoice_id,
            amount=amount,
            currency=currency,
            invoice_status=invoice_status,
            transaction_url=transaction_url,
            expiration_period=expiration_period,
            invoice_expiration_period=invoice_expiration_period,
            created_date=created_date,
            created_time=created_time,
            customer_email=customer_email,
            merchant_order_description=merchant_order_description,
            payment_id=payment_id,
            invoiceid=invoiceid,
            status=status,
            dtstamp=dtstamp,
            order_id=order_id,
            trackingid=trackingid,
        )

        invoice_details.additional_properties = d
        return invoice_details

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

InvoiceDetails.__repr__ = _repr_without_unset  # type: ignore[method-assign]
