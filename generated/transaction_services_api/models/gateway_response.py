from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.long_status import LongStatus, check_long_status
from ..models.short_status import ShortStatus, check_short_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bank_account_details import BankAccountDetails
    from ..models.bank_account_list import BankAccountList
    from ..models.card_details import CardDetails
    from ..models.card_list import CardList
    from ..models.customer_details import CustomerDetails
    from ..models.redirect_instruction import RedirectInstruction
    from ..models.result import Result
    from ..models.transaction_summary import TransactionSummary


T = TypeVar("T", bound="GatewayResponse")


@_attrs_define
class GatewayResponse:
    """The common response object of transactionServices. Fields appear only when set; every value is a string. `paymentId`
    `"-"` marks a refusal (validation, checksum); the token failure has `result.code` `401`. `statusInvoiceResult` is
    the same outcome block as `result`, in the spelling of builds that answer with the invoice service's writer
    (reference 11.3); read `result` first.

    """

    payment_id: str | Unset = UNSET
    """ The gateway payment id (trackingid); `"-"` on a refusal. """
    trackingid: str | Unset = UNSET
    """ The gateway payment id: the same as `paymentId`, in the spelling of builds that use the platform's internal
    name (as the browser return does). """
    status: LongStatus | str | Unset = UNSET
    """ Long status (inquiries, payouts; payouts may carry a short value here). """
    transaction_status: ShortStatus | str | Unset = UNSET
    """ Short status - `Y`, `N`, `P`, `3D` (redirect for 3-D Secure), `C`. """
    result: Result | Unset = UNSET
    """ The outcome block. `code` is the API result code (a string, mostly five digits, e.g. `00001`;
    `200`/`401`/`403` on the token layer; several codes may be joined when several validations failed); interpret it
    together with the operation and the statuses. """
    status_invoice_result: Result | Unset = UNSET
    """ The outcome block. `code` is the API result code (a string, mostly five digits, e.g. `00001`;
    `200`/`401`/`403` on the token layer; several codes may be joined when several validations failed); interpret it
    together with the operation and the statuses. """
    registration_id: str | Unset = UNSET
    """ Token of the card or account (tokenization). """
    registration_status: str | Unset = UNSET
    """ `Y` when the token is active (registration answers of builds that echo the stored token; list items carry it
    per card or account). """
    member_id: str | Unset = UNSET
    """ Member id. """
    partner_id: str | Unset = UNSET
    """ Partner id. """
    customer_id: str | Unset = UNSET
    """ The merchant's customer id (lists). """
    payment_type: str | Unset = UNSET
    """ Echo of the payment type (may be a mode such as `MMA`, sic). """
    payment_brand: str | Unset = UNSET
    """ Echo of the brand. """
    payment_mode: str | Unset = UNSET
    """ Echo of the mode. """
    merchant_transaction_id: str | Unset = UNSET
    """ The merchant's order reference. """
    amount: str | Unset = UNSET
    """ Amount. """
    currency: str | Unset = UNSET
    """ Currency. """
    tmpl_amount: str | Unset = UNSET
    """ Customer-facing amount. """
    tmpl_currency: str | Unset = UNSET
    """ Currency of `tmpl_amount`. """
    refund_amount: str | Unset = UNSET
    """ Refunded amount (inquiries). """
    refundamount: str | Unset = UNSET
    """ Refunded amount: the same as `refundAmount`, in the transaction list's lower-case spelling, which some
    builds also use on inquiries. """
    refunded_amount: str | Unset = UNSET
    """ Refunded amount: the same as `refundAmount`, in the spelling of builds that name it after the Java getter.
    """
    payout_amount: str | Unset = UNSET
    """ Paid-out amount (inquiries). """
    descriptor: str | Unset = UNSET
    """ Billing descriptor. """
    remark: str | Unset = UNSET
    """ Acquirer or bank message. """
    timestamp: str | Unset = UNSET
    """ Server local time without zone, `yyyy-MM-dd HH:mm:ss`, in lists with a `.0` fraction (`2021-08-10
    13:51:19.0`). Interpret in the deployment's time zone. """
    first_name: str | Unset = UNSET
    """ Customer first name. """
    last_name: str | Unset = UNSET
    """ Customer last name. """
    eci: str | Unset = UNSET
    """ 3-D Secure ECI. """
    card: CardDetails | Unset = UNSET
    """ A masked card; `last4Digits` and `lastFourDigits` are both used (payments and lists respectively) - read
    either. """
    customer: CustomerDetails | Unset = UNSET
    """ Customer data echoed by the gateway. """
    bank_account: BankAccountDetails | Unset = UNSET
    """ A (masked) bank account. """
    redirect: RedirectInstruction | Unset = UNSET
    """ Where to send the customer's browser next (3-D Secure, asynchronous methods). Render an auto-submitting form
    to `url` with `method` and one hidden field per parameter; with no parameters, redirect the browser to `url`.
    Some builds put the parameter list under another key. """
    cards: CardList | Unset = UNSET
    """ Stored cards. """
    list_of_cards: CardDetails | list[CardDetails] | Unset = UNSET
    """ The stored cards - the same as `cards.card`, unwrapped, in the spelling of builds that serialize with Gson's
    Java field names (reference 6.2); an array, or a single object when there is one. """
    bankaccounts: BankAccountList | Unset = UNSET
    """ Stored bank accounts. """
    list_of_accounts: BankAccountDetails | list[BankAccountDetails] | Unset = UNSET
    """ The stored accounts - the same as `bankaccounts.bankaccount`, unwrapped, in the spelling of builds that
    serialize with Gson's Java field names (reference 6.2); an array, or a single object when there is one. """
    transaction: list[TransactionSummary] | TransactionSummary | Unset = UNSET
    """ `listTransactions` items; an array, or a single object when there is one. """
    transaction_list: list[TransactionSummary] | TransactionSummary | Unset = UNSET
    """ `listTransactions` items - the same as `transaction`, in the spelling of builds that serialize with Gson's
    Java field names (reference 6.2); an array, or a single object when there is one. """
    installment: str | Unset = UNSET
    """ Installment options, e.g. `3,4`. """
    order_description: str | Unset = UNSET
    """ Order description (inquiries). """
    company_name: str | Unset = UNSET
    """ Merchant company (inquiries). """
    merchant_contact: str | Unset = UNSET
    """ Merchant contact (inquiries). """
    terminal_id: str | Unset = UNSET
    """ Terminal id. """
    bank_reference_id: str | Unset = UNSET
    """ Acquirer reference. """
    token: str | Unset = UNSET
    """ Token (some builds). """
    invoice_id: str | Unset = UNSET
    """ Invoice id (some builds). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payment_id = self.payment_id

        trackingid = self.trackingid

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        transaction_status: str | Unset
        if isinstance(self.transaction_status, Unset):
            transaction_status = UNSET
        elif isinstance(self.transaction_status, str):
            transaction_status = self.transaction_status
        else:
            transaction_status = self.transaction_status

        result: dict[str, Any] | Unset = UNSET
        if not isinstance(self.result, Unset):
            result = self.result.to_dict()

        status_invoice_result: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status_invoice_result, Unset):
            status_invoice_result = self.status_invoice_result.to_dict()

        registration_id = self.registration_id

        registration_status = self.registration_status

        member_id = self.member_id

        partner_id = self.partner_id

        customer_id = self.customer_id

        payment_type = self.payment_type

        payment_brand = self.payment_brand

        payment_mode = self.payment_mode

        merchant_transaction_id = self.merchant_transaction_id

        amount = self.amount

        currency = self.currency

        tmpl_amount = self.tmpl_amount

        tmpl_currency = self.tmpl_currency

        refund_amount = self.refund_amount

        refundamount = self.refundamount

        refunded_amount = self.refunded_amount

        payout_amount = self.payout_amount

        descriptor = self.descriptor

        remark = self.remark

        timestamp = self.timestamp

        first_name = self.first_name

        last_name = self.last_name

        eci = self.eci

        card: dict[str, Any] | Unset = UNSET
        if not isinstance(self.card, Unset):
            card = self.card.to_dict()

        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        bank_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bank_account, Unset):
            bank_account = self.bank_account.to_dict()

        redirect: dict[str, Any] | Unset = UNSET
        if not isinstance(self.redirect, Unset):
            redirect = self.redirect.to_dict()

        cards: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cards, Unset):
            cards = self.cards.to_dict()

        list_of_cards: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.list_of_cards, Unset):
            list_of_cards = UNSET
        elif isinstance(self.list_of_cards, list):
            list_of_cards = []
            for list_of_cards_type_0_item_data in self.list_of_cards:
                list_of_cards_type_0_item = list_of_cards_type_0_item_data.to_dict()
                list_of_cards.append(list_of_cards_type_0_item)

        else:
            list_of_cards = self.list_of_cards.to_dict()

        bankaccounts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bankaccounts, Unset):
            bankaccounts = self.bankaccounts.to_dict()

        list_of_accounts: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.list_of_accounts, Unset):
            list_of_accounts = UNSET
        elif isinstance(self.list_of_accounts, list):
            list_of_accounts = []
            for list_of_accounts_type_0_item_data in self.list_of_accounts:
                list_of_accounts_type_0_item = list_of_accounts_type_0_item_data.to_dict()
                list_of_accounts.append(list_of_accounts_type_0_item)

        else:
            list_of_accounts = self.list_of_accounts.to_dict()

        transaction: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.transaction, Unset):
            transaction = UNSET
        elif isinstance(self.transaction, list):
            transaction = []
            for transaction_type_0_item_data in self.transaction:
                transaction_type_0_item = transaction_type_0_item_data.to_dict()
                transaction.append(transaction_type_0_item)

        else:
            transaction = self.transaction.to_dict()

        transaction_list: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.transaction_list, Unset):
            transaction_list = UNSET
        elif isinstance(self.transaction_list, list):
            transaction_list = []
            for transaction_list_type_0_item_data in self.transaction_list:
                transaction_list_type_0_item = transaction_list_type_0_item_data.to_dict()
                transaction_list.append(transaction_list_type_0_item)

        else:
            transaction_list = self.transaction_list.to_dict()

        installment = self.installment

        order_description = self.order_description

        company_name = self.company_name

        merchant_contact = self.merchant_contact

        terminal_id = self.terminal_id

        bank_reference_id = self.bank_reference_id

        token = self.token

        invoice_id = self.invoice_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if payment_id is not UNSET:
            field_dict["paymentId"] = payment_id
        if trackingid is not UNSET:
            field_dict["trackingid"] = trackingid
        if status is not UNSET:
            field_dict["status"] = status
        if transaction_status is not UNSET:
            field_dict["transactionStatus"] = transaction_status
        if result is not UNSET:
            field_dict["result"] = result
        if status_invoice_result is not UNSET:
            field_dict["statusInvoiceResult"] = status_invoice_result
        if registration_id is not UNSET:
            field_dict["registrationId"] = registration_id
        if registration_status is not UNSET:
            field_dict["registrationStatus"] = registration_status
        if member_id is not UNSET:
            field_dict["memberId"] = member_id
        if partner_id is not UNSET:
            field_dict["partnerId"] = partner_id
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if payment_type is not UNSET:
            field_dict["paymentType"] = payment_type
        if payment_brand is not UNSET:
            field_dict["paymentBrand"] = payment_brand
        if payment_mode is not UNSET:
            field_dict["paymentMode"] = payment_mode
        if merchant_transaction_id is not UNSET:
            field_dict["merchantTransactionId"] = merchant_transaction_id
        if amount is not UNSET:
            field_dict["amount"] = amount
        if currency is not UNSET:
            field_dict["currency"] = currency
        if tmpl_amount is not UNSET:
            field_dict["tmpl_amount"] = tmpl_amount
        if tmpl_currency is not UNSET:
            field_dict["tmpl_currency"] = tmpl_currency
        if refund_amount is not UNSET:
            field_dict["refundAmount"] = refund_amount
        if refundamount is not UNSET:
            field_dict["refundamount"] = refundamount
        if refunded_amount is not UNSET:
            field_dict["refundedAmount"] = refunded_amount
        if payout_amount is not UNSET:
            field_dict["payoutAmount"] = payout_amount
        if descriptor is not UNSET:
            field_dict["descriptor"] = descriptor
        if remark is not UNSET:
            field_dict["remark"] = remark
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if eci is not UNSET:
            field_dict["eci"] = eci
        if card is not UNSET:
            field_dict["card"] = card
        if customer is not UNSET:
            field_dict["customer"] = customer
        if bank_account is not UNSET:
            field_dict["bankAccount"] = bank_account
        if redirect is not UNSET:
            field_dict["redirect"] = redirect
        if cards is not UNSET:
            field_dict["cards"] = cards
        if list_of_cards is not UNSET:
            field_dict["listOfCards"] = list_of_cards
        if bankaccounts is not UNSET:
            field_dict["bankaccounts"] = bankaccounts
        if list_of_accounts is not UNSET:
            field_dict["listOfAccounts"] = list_of_accounts
        if transaction is not UNSET:
            field_dict["transaction"] = transaction
        if transaction_list is not UNSET:
            field_dict["transactionList"] = transaction_list
        if installment is not UNSET:
            field_dict["installment"] = installment
        if order_description is not UNSET:
            field_dict["orderDescription"] = order_description
        if company_name is not UNSET:
            field_dict["companyName"] = company_name
        if merchant_contact is not UNSET:
            field_dict["merchantContact"] = merchant_contact
        if terminal_id is not UNSET:
            field_dict["terminalId"] = terminal_id
        if bank_reference_id is not UNSET:
            field_dict["bankReferenceId"] = bank_reference_id
        if token is not UNSET:
            field_dict["token"] = token
        if invoice_id is not UNSET:
            field_dict["invoiceId"] = invoice_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bank_account_details import BankAccountDetails  # noqa: PLC0415
        from ..models.bank_account_list import BankAccountList  # noqa: PLC0415
        from ..models.card_details import CardDetails  # noqa: PLC0415
        from ..models.card_list import CardList  # noqa: PLC0415
        from ..models.customer_details import CustomerDetails  # noqa: PLC0415
        from ..models.redirect_instruction import RedirectInstruction  # noqa: PLC0415
        from ..models.result import Result  # noqa: PLC0415
        from ..models.transaction_summary import TransactionSummary  # noqa: PLC0415

        d = dict(src_dict)
        payment_id = d.pop("paymentId", UNSET)

        trackingid = d.pop("trackingid", UNSET)

        def _parse_status(data: object) -> LongStatus | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_long_status(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LongStatus | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_transaction_status(data: object) -> ShortStatus | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                transaction_status_type_0 = check_short_status(data)

                return transaction_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ShortStatus | str | Unset, data)

        transaction_status = _parse_transaction_status(d.pop("transactionStatus", UNSET))

        _result = d.pop("result", UNSET)
        result: Result | Unset
        if isinstance(_result, Unset):
            result = UNSET
        else:
            result = Result.from_dict(_result)

        _status_invoice_result = d.pop("statusInvoiceResult", UNSET)
        status_invoice_result: Result | Unset
        if isinstance(_status_invoice_result, Unset):
            status_invoice_result = UNSET
        else:
            status_invoice_result = Result.from_dict(_status_invoice_result)

        registration_id = d.pop("registrationId", UNSET)

        registration_status = d.pop("registrationStatus", UNSET)

        member_id = d.pop("memberId", UNSET)

        partner_id = d.pop("partnerId", UNSET)

        customer_id = d.pop("customerId", UNSET)

        payment_type = d.pop("paymentType", UNSET)

        payment_brand = d.pop("paymentBrand", UNSET)

        payment_mode = d.pop("paymentMode", UNSET)

        merchant_transaction_id = d.pop("merchantTransactionId", UNSET)

        amount = d.pop("amount", UNSET)

        currency = d.pop("currency", UNSET)

        tmpl_amount = d.pop("tmpl_amount", UNSET)

        tmpl_currency = d.pop("tmpl_currency", UNSET)

        refund_amount = d.pop("refundAmount", UNSET)

        refundamount = d.pop("refundamount", UNSET)

        refunded_amount = d.pop("refundedAmount", UNSET)

        payout_amount = d.pop("payoutAmount", UNSET)

        descriptor = d.pop("descriptor", UNSET)

        remark = d.pop("remark", UNSET)

        timestamp = d.pop("timestamp", UNSET)

        first_name = d.pop("firstName", UNSET)

        last_name = d.pop("lastName", UNSET)

        eci = d.pop("eci", UNSET)

        _card = d.pop("card", UNSET)
        card: CardDetails | Unset
        if isinstance(_card, Unset):
            card = UNSET
        else:
            card = CardDetails.from_dict(_card)

        _customer = d.pop("customer", UNSET)
        customer: CustomerDetails | Unset
        if isinstance(_customer, Unset):
            customer = UNSET
        else:
            customer = CustomerDetails.from_dict(_customer)

        _bank_account = d.pop("bankAccount", UNSET)
        bank_account: BankAccountDetails | Unset
        if isinstance(_bank_account, Unset):
            bank_account = UNSET
        else:
            bank_account = BankAccountDetails.from_dict(_bank_account)

        _redirect = d.pop("redirect", UNSET)
        redirect: RedirectInstruction | Unset
        if isinstance(_redirect, Unset):
            redirect = UNSET
        else:
            redirect = RedirectInstruction.from_dict(_redirect)

        _cards = d.pop("cards", UNSET)
        cards: CardList | Unset
        if isinstance(_cards, Unset):
            cards = UNSET
        else:
            cards = CardList.from_dict(_cards)

        def _parse_list_of_cards(data: object) -> CardDetails | list[CardDetails] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                list_of_cards_type_0 = []
                _list_of_cards_type_0 = data
                for list_of_cards_type_0_item_data in _list_of_cards_type_0:
                    list_of_cards_type_0_item = CardDetails.from_dict(list_of_cards_type_0_item_data)

                    list_of_cards_type_0.append(list_of_cards_type_0_item)

                return list_of_cards_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            list_of_cards_type_1 = CardDetails.from_dict(data)

            return list_of_cards_type_1

        list_of_cards = _parse_list_of_cards(d.pop("listOfCards", UNSET))

        _bankaccounts = d.pop("bankaccounts", UNSET)
        bankaccounts: BankAccountList | Unset
        if isinstance(_bankaccounts, Unset):
            bankaccounts = UNSET
        else:
            bankaccounts = BankAccountList.from_dict(_bankaccounts)

        def _parse_list_of_accounts(data: object) -> BankAccountDetails | list[BankAccountDetails] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                list_of_accounts_type_0 = []
                _list_of_accounts_type_0 = data
                for list_of_accounts_type_0_item_data in _list_of_accounts_type_0:
                    list_of_accounts_type_0_item = BankAccountDetails.from_dict(list_of_accounts_type_0_item_data)

                    list_of_accounts_type_0.append(list_of_accounts_type_0_item)

                return list_of_accounts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            list_of_accounts_type_1 = BankAccountDetails.from_dict(data)

            return list_of_accounts_type_1

        list_of_accounts = _parse_list_of_accounts(d.pop("listOfAccounts", UNSET))

        def _parse_transaction(data: object) -> list[TransactionSummary] | TransactionSummary | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                transaction_type_0 = []
                _transaction_type_0 = data
                for transaction_type_0_item_data in _transaction_type_0:
                    transaction_type_0_item = TransactionSummary.from_dict(transaction_type_0_item_data)

                    transaction_type_0.append(transaction_type_0_item)

                return transaction_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            transaction_type_1 = TransactionSummary.from_dict(data)

            return transaction_type_1

        transaction = _parse_transaction(d.pop("transaction", UNSET))

        def _parse_transaction_list(data: object) -> list[TransactionSummary] | TransactionSummary | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                transaction_list_type_0 = []
                _transaction_list_type_0 = data
                for transaction_list_type_0_item_data in _transaction_list_type_0:
                    transaction_list_type_0_item = TransactionSummary.from_dict(transaction_list_type_0_item_data)

                    transaction_list_type_0.append(transaction_list_type_0_item)

                return transaction_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            transaction_list_type_1 = TransactionSummary.from_dict(data)

            return transaction_list_type_1

        transaction_list = _parse_transaction_list(d.pop("transactionList", UNSET))

        installment = d.pop("installment", UNSET)

        order_description = d.pop("orderDescription", UNSET)

        company_name = d.pop("companyName", UNSET)

        merchant_contact = d.pop("merchantContact", UNSET)

        terminal_id = d.pop("terminalId", UNSET)

        bank_reference_id = d.pop("bankReferenceId", UNSET)

        token = d.pop("token", UNSET)

        invoice_id = d.pop("invoiceId", UNSET)

        gateway_response = cls(
            payment_id=payment_id,
            trackingid=trackingid,
            status=status,
            transaction_status=transaction_status,
            result=result,
            status_invoice_result=status_invoice_result,
            registration_id=registration_id,
            registration_status=registration_status,
            member_id=member_id,
            partner_id=partner_id,
            customer_id=customer_id,
            payment_type=payment_type,
            payment_brand=payment_brand,
            payment_mode=payment_mode,
            merchant_transaction_id=merchant_transaction_id,
            amount=amount,
            currency=currency,
            tmpl_amount=tmpl_amount,
            tmpl_currency=tmpl_currency,
            refund_amount=refund_amount,
            refundamount=refundamount,
            refunded_amount=refunded_amount,
            payout_amount=payout_amount,
            descriptor=descriptor,
            remark=remark,
            timestamp=timestamp,
            first_name=first_name,
            last_name=last_name,
            eci=eci,
            card=card,
            customer=customer,
            bank_account=bank_account,
            redirect=redirect,
            cards=cards,
            list_of_cards=list_of_cards,
            bankaccounts=bankaccounts,
            list_of_accounts=list_of_accounts,
            transaction=transaction,
            transaction_list=transaction_list,
            installment=installment,
            order_description=order_description,
            company_name=company_name,
            merchant_contact=merchant_contact,
            terminal_id=terminal_id,
            bank_reference_id=bank_reference_id,
            token=token,
            invoice_id=invoice_id,
        )

        gateway_response.additional_properties = d
        return gateway_response

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

GatewayResponse.__repr__ = _repr_without_unset  # type: ignore[method-assign]
