"""Tests for the ``from_model`` readers of transaction_services/models.py, fed with the docs samples (§6.7).

Each sample is parsed by the generated model first, as the SDK does with every answer; the shapes the
generated parser refuses outright (a card that is a string, a bare list under ``cards``...) end in a
typed error, see test_malformed_answers.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import UTC, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from transaction_services import (
    CardInfo,
    Invoice,
    Outcome,
    Payment,
    Payout,
    Registration,
    Transaction,
    UnexpectedResponseError,
    parse_notification,
    sign_notification,
)
from transaction_services_api.models import CardDetails, GatewayResponse, InvoiceResponse
from transaction_services_api.types import UNSET

IST = ZoneInfo("Asia/Kolkata")


def _load(text: str) -> dict[str, object]:
    value = json.loads(text)
    assert isinstance(value, dict)
    return value


SYNC_SALE = _load(
    '{"paymentId":"54279","paymentBrand":"VISA","paymentType":"DB","paymentMode":"CC","amount":"50.00",'
    '"descriptor":"RestTransDescriptor","result":{"code":"00001","description":"Transaction succeeded"},'
    '"card":{"bin":"400000","last4Digits":"0051","holder":"John Doe","expiryMonth":"07","expiryYear":"2022"},'
    '"timestamp":"2018-06-01 16:31:36","transactionStatus":"Y","merchantTransactionId":"Rest Transaction 01",'
    '"remark":"AUTHORIZATION SUCCESS","currency":"EUR","tmpl_currency":"EUR","tmpl_amount":"50.00"}'
)
THREE_D_STEP1 = _load(
    '{"paymentId":"54288","paymentType":"DB","paymentBrand":"VISA","paymentMode":"CC","amount":"1.00",'
    '"currency":"EUR","result":{"code":"90026","description":"ThreeD Authentication Pending"},'
    '"card":{"bin":"400000","last4Digits":"0002","holder":"John Doe","expiryMonth":"12","expiryYear":"2022"},'
    '"timestamp":"2018-04-02 13:57:24","transactionStatus":"3D","tmpl_currency":"EUR","tmpl_amount":"1.00",'
    '"redirect":{"url":"https://0eafstag.cardinalcommerce.com/EAFService/jsp/v1/redirect","method":"POST",'
    '"target":"blank","parameters":[{"name":"PaReq","value":"P.2d9582a0"},{"name":"MD","value":"8a82"}]}}'
)
ASYNC_STEP1 = _load(
    '{"paymentId":"34267","paymentType":"PA","paymentBrand":"SOFORT","paymentMode":"NB","amount":"50.00",'
    '"currency":"EUR","result":{"code":"10004","description":"Transaction is pending"},'
    '"timestamp":"2016-07-05 16:03:53","transactionStatus":"P",'
    '"redirect":{"url":"https://www.sofort.com/payment/ideal?user_id=105952&project_id=220079"}}'
)
INQUIRY = _load(
    '{"paymentId":"54289","status":"capturesuccess","paymentBrand":"MC","paymentMode":"CC","amount":"1.00",'
    '"result":{"code":"00026","description":"Your record found successfully"},'
    '"card":{"bin":"520000","last4Digits":"0023","holder":"John Doe","expiryMonth":"07","expiryYear":"2022"},'
    '"timestamp":"2018-04-02 15:33:06","transactionStatus":"Y","merchantTransactionId":"Test Transaction01",'
    '"currency":"USD"}'
)
CAPTURE = _load(
    '{"paymentId":"54304","result":{"code":"00004","description":"Transaction captured successfully"},'
    '"timestamp":"2018-04-02 15:26:02"}'
)
REFUSAL = _load('{"paymentId":"-","result":{"code":"30001","description":"Invalid checksum"}}')


def _answer(payload: Mapping[str, object]) -> GatewayResponse:
    """The generated model of a transactionServices answer."""
    return GatewayResponse.from_dict(payload)


def _invoice_answer(payload: Mapping[str, object]) -> InvoiceResponse:
    """The generated model of an invoiceServices answer."""
    return InvoiceResponse.from_dict(payload)


class TestPayment:
    def test_sync_sale(self) -> None:
        model = _answer(SYNC_SALE)
        payment = Payment.from_model(model, tz=IST)
        assert payment.payment_id == "54279"
        assert payment.merchant_transaction_id == "Rest Transaction 01"
        assert payment.outcome is Outcome.APPROVED
        assert payment.approved
        assert payment.is_final
        assert payment.transaction_status == "Y"
        assert payment.status is None
        assert payment.result_code == "00001"
        assert payment.result_description == "Transaction succeeded"
        assert payment.amount == Decimal("50.00")
        assert payment.currency == "EUR"
        assert payment.card == CardInfo(
            bin="400000", last4="0051", holder="John Doe", expiry_month="07", expiry_year="2022"
        )
        assert payment.timestamp == datetime(2018, 6, 1, 16, 31, 36, tzinfo=IST)
        assert payment.payment_type == "DB"
        assert payment.payment_brand == "VISA"
        assert payment.payment_mode == "CC"
        assert payment.descriptor == "RestTransDescriptor"
        assert payment.remark == "AUTHORIZATION SUCCESS"
        assert payment.redirect is None
        assert payment.raw is model

    def test_three_d_secure(self) -> None:
        payment = Payment.from_model(_answer(THREE_D_STEP1), tz=UTC)
        assert payment.outcome is Outcome.REDIRECT
        assert not payment.is_final
        assert not payment.approved
        assert payment.redirect is not None
        assert payment.redirect.parameters == (("PaReq", "P.2d9582a0"), ("MD", "8a82"))

    def test_async_pending_with_redirect(self) -> None:
        payment = Payment.from_model(_answer(ASYNC_STEP1), tz=UTC)
        assert payment.outcome is Outcome.REDIRECT
        assert payment.redirect is not None
        assert payment.redirect.parameters == ()

    def test_inquiry_uses_long_status(self) -> None:
        payment = Payment.from_model(_answer(INQUIRY), tz=UTC)
        assert payment.status == "capturesuccess"
        assert payment.outcome is Outcome.APPROVED

    def test_capture_code_only(self) -> None:
        payment = Payment.from_model(_answer(CAPTURE), tz=UTC)
        assert payment.outcome is Outcome.APPROVED
        assert payment.amount is None
        assert payment.card is None

    def test_refusal_placeholder_payment_id(self) -> None:
        payment = Payment.from_model(_answer(REFUSAL), tz=UTC)
        assert payment.payment_id is None
        assert payment.timestamp is None

    def test_lenient_numbers(self) -> None:
        payload: dict[str, object] = {
            "paymentId": 54279,
            "amount": 50.5,
            "result": {"code": 1, "description": 7},
            "transactionStatus": "N",
        }
        model = _answer(payload)
        payment = Payment.from_model(model, tz=UTC)
        assert payment.payment_id == "54279"
        assert payment.amount == Decimal("50.5")
        assert payment.result_code == "1"
        assert payment.result_description == "7"
        assert payment.outcome is Outcome.DECLINED
        assert payment.raw is model

    def test_raw_excluded_from_repr_and_equality(self) -> None:
        first = Payment.from_model(_answer(SYNC_SALE), tz=UTC)
        second = Payment.from_model(_answer(dict(SYNC_SALE)), tz=UTC)
        assert first.raw is not second.raw
        assert first == second
        assert "raw" not in repr(first)
        assert "AUTHORIZATION" in repr(first)
        hash(first)

    def test_empty_payload(self) -> None:
        payment = Payment.from_model(_answer({}), tz=UTC)
        assert payment.outcome is Outcome.PENDING
        assert payment.payment_id is None
        assert payment.result_code is None

    def test_bad_timestamp_is_none(self) -> None:
        payment = Payment.from_model(_answer({"paymentId": "1", "timestamp": "yesterday"}), tz=UTC)
        assert payment.timestamp is None

    @pytest.mark.parametrize("amount", ["abc", "", "  ", "NaN", "Infinity", "1,00", True, {"v": "1.00"}])
    def test_bad_money_is_none(self, amount: object) -> None:
        assert Payment.from_model(_answer({"paymentId": "1", "amount": amount}), tz=UTC).amount is None

    def test_aliases_trackingid_and_status_invoice_result(self) -> None:
        payload: dict[str, object] = {
            "trackingid": "54279",
            "statusInvoiceResult": {"code": " 00001 ", "description": "Transaction succeeded"},
            "transactionStatus": "Y",
        }
        payment = Payment.from_model(_answer(payload), tz=UTC)
        assert payment.payment_id == "54279"
        assert payment.result_code == "00001"
        assert payment.result_description == "Transaction succeeded"

    def test_canonical_spelling_wins_over_an_alias(self) -> None:
        payload: dict[str, object] = {
            "paymentId": "1",
            "trackingid": "2",
            "result": {"code": "00001"},
            "statusInvoiceResult": {"code": "10001"},
        }
        payment = Payment.from_model(_answer(payload), tz=UTC)
        assert (payment.payment_id, payment.result_code) == ("1", "00001")

    @pytest.mark.parametrize("blank", ["", "   "])
    def test_blank_registration_id_is_none(self, blank: str) -> None:
        assert Payment.from_model(_answer({"registrationId": blank}), tz=UTC).registration_id is None

    def test_request_values_fill_what_the_answer_leaves_out(self) -> None:
        payment = Payment.from_model(
            _answer(CAPTURE),
            tz=UTC,
            payment_id="999",
            merchant_transaction_id="order-1",
            amount=Decimal("1.00"),
            currency="EUR",
            on_success=Outcome.REFUNDED,
        )
        assert payment.payment_id == "54304", "the answer's own id wins"
        assert payment.merchant_transaction_id == "order-1"
        assert payment.amount == Decimal("1.00")
        assert payment.currency == "EUR"
        assert payment.outcome is Outcome.REFUNDED, "a bare success means what the operation does"

    def test_on_success_ignored_when_a_status_is_present(self) -> None:
        payment = Payment.from_model(_answer(SYNC_SALE), tz=UTC, on_success=Outcome.REFUNDED, amount=Decimal("9"))
        assert payment.outcome is Outcome.APPROVED
        assert payment.amount == Decimal("50.00")


@pytest.mark.parametrize(
    ("payload", "expected"),
    [
        ({"bin": "417666", "last4Digits": "1056"}, CardInfo(bin="417666", last4="1056")),
        ({"bin": "474152", "lastFourDigits": "0003"}, CardInfo(bin="474152", last4="0003")),
        (
            {"cardType": "VISA", "bin": "411111", "last4Digits": "1111"},
            CardInfo(bin="411111", last4="1111", brand="VISA"),
        ),
        (
            {"firstsix": "411111", "lastfour": "1111", "cardholder": "John Doe", "paymentBrand": "VISA"},
            CardInfo(bin="411111", last4="1111", holder="John Doe", brand="VISA"),
        ),
        (
            {"bin": 411111, "last4Digits": 1111, "expiryMonth": 7},
            CardInfo(bin="411111", last4="1111", expiry_month="7"),
        ),
        ({"bin": "1", "firstsix": "2", "holder": "A", "cardholder": "B"}, CardInfo(bin="1", holder="A")),
        ({}, None),
        ({"registrationStatus": "Y", "unknown": "x"}, None),
    ],
)
def test_card_info(payload: dict[str, object], expected: CardInfo | None) -> None:
    assert CardInfo.from_model(CardDetails.from_dict(payload)) == expected


@pytest.mark.parametrize("missing", [None, UNSET])
def test_card_info_missing(missing: None) -> None:
    assert CardInfo.from_model(missing) is None


@pytest.mark.parametrize(
    ("card", "expected"),
    [
        ("card", None),
        ({"firstsix": "411111", "lastfour": "1111"}, CardInfo(bin="411111", last4="1111")),
    ],
)
def test_card_info_of_a_notification(card: object, expected: CardInfo | None) -> None:
    # a notification's card is a decoded JSON value: anything but an object says nothing
    body = sign_notification(payment_id="1", merchant_transaction_id="o", amount="1.00", secure_key="k", card=card)
    assert parse_notification(body, "k").unverified_card == expected


class TestPayout:
    def test_card_payout(self) -> None:
        payload = _load(
            '{"paymentId":"54295","status":"Y","paymentBrand":"VISA","paymentMode":"CC","amount":"1.00",'
            '"currency":"USD","result":{"code":"00001","description":"Transaction succeeded"},'
            '"timestamp":"2018-04-02 15:14:23","merchantTransactionId":"Payout Transaction 01",'
            '"remark":"The operation was successfully processed.","transactionStatus":"Y"}'
        )
        payout = Payout.from_model(_answer(payload), tz=UTC)
        assert payout.outcome is Outcome.APPROVED
        assert payout.approved
        assert payout.is_final
        assert payout.amount == Decimal("1.00")
        assert payout.merchant_transaction_id == "Payout Transaction 01"

    def test_bank_payout_pending(self) -> None:
        payload = _load(
            '{"paymentId":"193632","status":"P","paymentBrand":"Bank Transfer","paymentMode":"NB",'
            '"amount":"100000.65","currency":"VND","result":{"code":"10004","description":"Transaction is pending"},'
            '"timestamp":"2022-11-15 13:12:36","merchantTransactionId":"Payout-Infipay-BT-4","transactionStatus":"P"}'
        )
        payout = Payout.from_model(_answer(payload), tz=UTC)
        assert payout.outcome is Outcome.PENDING
        assert not payout.is_final
        assert payout.amount == Decimal("100000.65")


class TestRegistration:
    def test_card(self) -> None:
        payload = _load(
            '{"registrationId":"kGuadVKOymeTYkuAYoxon2vKUzu88Po1","memberId":"11344","paymentBrand":"VISA",'
            '"paymentMode":"CC","result":{"code":"00002","description":"Registration successful"},'
            '"timestamp":"2018-07-24 19:24:19"}'
        )
        registration = Registration.from_model(_answer(payload), tz=UTC)
        assert registration.registration_id == "kGuadVKOymeTYkuAYoxon2vKUzu88Po1"
        assert registration.kind == "card"
        assert registration.result_code == "00002"
        assert registration.timestamp == datetime(2018, 7, 24, 19, 24, 19, tzinfo=UTC)

    def test_sepa(self) -> None:
        payload = {
            "registrationId": "YuhrtVKOymeTYkuAYoxon2vKUzu88Po1",
            "paymentMode": "SEPA",
            "paymentBrand": "DIRECTDEBIT",
        }
        assert Registration.from_model(_answer(payload), tz=UTC).kind == "bank_account"

    def test_missing_id(self) -> None:
        with pytest.raises(UnexpectedResponseError):
            Registration.from_model(_answer({"result": {"code": "10003"}}), tz=UTC)

    def test_list_with_single_bank_account_object(self) -> None:
        payload = _load(
            '{"memberId":"11344","customerId":"10179","result":{"code":"0008","description":"ok"},'
            '"cards":{"card":[{"registrationId":"rIGEIU5l5S7EAeiJ5O6bKU6Z9sARPx0q","registrationStatus":"Y",'
            '"cardType":"VISA","bin":"411111","last4Digits":"1111","expiryMonth":"03","expiryYear":"2018"},'
            '{"registrationId":"mJYNJpbWgcmgsALMSiwXOSM9sqs2YcfK","registrationStatus":"Y","cardType":"VISA",'
            '"bin":"400000","last4Digits":"0002","expiryMonth":"12","expiryYear":"2017"}]},'
            '"bankaccounts":{"bankaccount":{"registrationId":"qcZCmDMTn19EVaRoRaoQ1UFDDjJx3OaP",'
            '"registrationStatus":"Y","iban":"******************7890","bic":"MARKDEF1100"}}}'
        )
        registrations = Registration.list_from_model(_answer(payload))
        assert [(r.registration_id, r.kind) for r in registrations] == [
            ("rIGEIU5l5S7EAeiJ5O6bKU6Z9sARPx0q", "card"),
            ("mJYNJpbWgcmgsALMSiwXOSM9sqs2YcfK", "card"),
            ("qcZCmDMTn19EVaRoRaoQ1UFDDjJx3OaP", "bank_account"),
        ]
        assert registrations[0].card == CardInfo(
            bin="411111", last4="1111", expiry_month="03", expiry_year="2018", brand="VISA"
        )
        assert registrations[0].customer_id == "10179"
        assert registrations[2].iban == "******************7890"
        assert registrations[2].bic == "MARKDEF1100"

    def test_list_name_variants_and_single_card(self) -> None:
        payload: dict[str, object] = {
            "listOfCards": {"registrationId": "abc", "bin": "411111", "lastFourDigits": "1111"},
            "listOfAccounts": [{"registrationId": "def", "iban": "****7890"}, {"no": "id"}],
        }
        registrations = Registration.list_from_model(_answer(payload))
        assert [(r.registration_id, r.kind) for r in registrations] == [("abc", "card"), ("def", "bank_account")]

    def test_unwrapped_lists_under_the_java_names(self) -> None:
        # a bare list under "cards" is refused by the generated parser (test_malformed_answers); under the
        # Java field name it is the documented shape
        payload: dict[str, object] = {"listOfCards": [{"registrationId": "a1"}, {"registrationId": "b2"}]}
        assert [r.registration_id for r in Registration.list_from_model(_answer(payload))] == ["a1", "b2"]

    def test_wrapped_list_wins_over_the_java_name(self) -> None:
        payload: dict[str, object] = {
            "cards": {"card": {"registrationId": "a1"}},
            "listOfCards": {"registrationId": "b"},
        }
        assert [r.registration_id for r in Registration.list_from_model(_answer(payload))] == ["a1"]

    def test_items_without_a_token_are_skipped_and_the_customer_is_inherited(self) -> None:
        payload: dict[str, object] = {
            "customerId": 10179,
            "cards": {"card": [{"registrationId": ""}, {"registrationId": "x", "customerId": "own"}, {"bin": "4"}]},
            "bankaccounts": {"bankaccount": [{"registrationId": "y"}]},
        }
        registrations = Registration.list_from_model(_answer(payload))
        assert [(r.registration_id, r.customer_id) for r in registrations] == [("x", "own"), ("y", "10179")]
        assert [type(r.raw).__name__ for r in registrations] == ["CardDetails", "BankAccountDetails"]

    def test_empty_list(self) -> None:
        assert Registration.list_from_model(_answer({"result": {"code": "10026"}})) == []


class TestInvoice:
    def test_generate(self) -> None:
        payload = _load(
            '{"memberId":"11344","statusInvoiceResult":{"code":"00010","description":"Invoice generated successfully"},'
            '"invoiceDetails":{"amount":"250.00","currency":"USD","expirationPeriod":"10","createdDate":"2017-02-08",'
            '"createdTime":" 16:15:46.","merchantInvoiceId":"Invoice01","systemInvoiceId":"1746",'
            '"transactionUrl":"https://host_url/transaction/PayInvoice?inv=2625&ct=wgdeHvcvppnoyjoH"}}'
        )
        invoice = Invoice.from_model(_invoice_answer(payload), tz=IST)
        assert invoice.invoice_id == "1746"
        assert invoice.merchant_invoice_id == "Invoice01"
        assert invoice.amount == Decimal("250.00")
        assert invoice.pay_url == "https://host_url/transaction/PayInvoice?inv=2625&ct=wgdeHvcvppnoyjoH"
        assert invoice.created == datetime(2017, 2, 8, 16, 15, 46, tzinfo=IST)
        assert invoice.result_code == "00010"

    def test_cancel_uses_invoice_id(self) -> None:
        payload = _load(
            '{"memberId":"11344","statusInvoiceResult":{"code":"00011","description":"Invoice cancelled successfully"},'
            '"invoiceDetails":{"createdDate":"2017-02-06","createdTime":" 14:57:45.","invoiceId":"1760"}}'
        )
        invoice = Invoice.from_model(_invoice_answer(payload), tz=UTC)
        assert invoice.invoice_id == "1760"
        assert invoice.created == datetime(2017, 2, 6, 14, 57, 45, tzinfo=UTC)

    def test_inquiry_status(self) -> None:
        payload = _load(
            '{"memberId":"11344","statusInvoiceResult":{"code":"00014","description":"Invoice found successfully"},'
            '"invoiceDetails":{"amount":"50.00","currency":"USD","merchantInvoiceId":"Invoice01",'
            '"systemInvoiceId":"1746","invoiceStatus":"generated"}}'
        )
        invoice = Invoice.from_model(_invoice_answer(payload), tz=UTC)
        assert invoice.status == "generated"
        assert invoice.created is None

    @pytest.mark.parametrize(
        ("container", "expected"),
        [
            ([{"systemInvoiceId": "1"}, {"systemInvoiceId": "2"}], ["1", "2"]),
            ({"systemInvoiceId": "1"}, ["1"]),
            ({"a": {"systemInvoiceId": "1"}, "b": [{"systemInvoiceId": "2"}]}, ["1", "2"]),
            (None, []),
            ([{"systemInvoiceId": "1"}, "junk"], ["1"]),
        ],
        ids=["array", "single", "map", "missing", "junk-item"],
    )
    def test_list_shapes(self, container: object, expected: list[str]) -> None:
        invoices = Invoice.list_from_model(_invoice_answer({"invoiceList": container}), tz=UTC)
        assert [invoice.invoice_id for invoice in invoices] == expected

    def test_list_item_aliases(self) -> None:
        item = {"invoiceid": "7", "status": "mailsent", "dtstamp": "2021-08-10 13:51:19.0", "amount": 5}
        (invoice,) = Invoice.list_from_model(_invoice_answer({"invoiceList": [item]}), tz=UTC)
        assert invoice.invoice_id == "7"
        assert invoice.status == "mailsent"
        assert invoice.created == datetime(2021, 8, 10, 13, 51, 19, tzinfo=UTC)
        assert invoice.amount == Decimal("5")
        assert invoice.result_code is None

    def test_canonical_spellings_win(self) -> None:
        details = {
            "systemInvoiceId": "1",
            "invoiceId": "2",
            "invoiceid": "3",
            "invoiceStatus": "generated",
            "status": "x",
            "createdDate": "2017-02-08",
            "dtstamp": "2020-01-01 00:00:00",
        }
        invoice = Invoice.from_model(_invoice_answer({"invoiceDetails": details}), tz=UTC)
        assert (invoice.invoice_id, invoice.status) == ("1", "generated")
        assert invoice.created == datetime(2017, 2, 8, tzinfo=UTC)

    def test_request_invoice_id_fills_a_missing_one(self) -> None:
        payload = {"statusInvoiceResult": {"code": "00012"}, "invoiceDetails": {"invoiceStatus": "mailsent"}}
        invoice = Invoice.from_model(_invoice_answer(payload), tz=UTC, invoice_id="42")
        assert (invoice.invoice_id, invoice.status, invoice.result_code) == ("42", "mailsent", "00012")
        bare = Invoice.from_model(_invoice_answer({"statusInvoiceResult": {"code": "00012"}}), tz=UTC, invoice_id="42")
        assert (bare.invoice_id, bare.result_code) == ("42", "00012")

    def test_result_under_either_name(self) -> None:
        invoice = Invoice.from_model(_invoice_answer({"result": {"code": "00014", "description": "ok"}}), tz=UTC)
        assert (invoice.invoice_id, invoice.result_code, invoice.result_description) == (None, "00014", "ok")


class TestTransaction:
    PAYLOAD = _load(
        '{"result":{"code":"00029","description":"Transaction details retrived successfully."},'
        '"transaction":[{"amount":"1.00","currency":"USD","systemPaymentId":"167574","merchantTransactionId":"txn-1",'
        '"transactionStatus":"capturesuccess","captureamount":"1.00","refundamount":"0.00","chargebackamount":"0.00",'
        '"payoutamount":"0.00","date":"2021-08-10 13:51:19.0","transactionDate":"2021-08-10 13:51:18.0",'
        '"card":{"bin":"474152","lastFourDigits":"0003"}},'
        '{"amount":"50.00","currency":"EUR","systemPaymentId":"167566","merchantTransactionId":"txn-2",'
        '"transactionStatus":"authfailed","date":"2021-08-10 13:44:39.0"}]}'
    )

    def test_list(self) -> None:
        transactions = Transaction.list_from_model(_answer(self.PAYLOAD), tz=IST)
        assert [t.payment_id for t in transactions] == ["167574", "167566"]
        first = transactions[0]
        assert first.status == "capturesuccess"
        assert first.outcome is Outcome.APPROVED
        assert first.captured_amount == Decimal("1.00")
        assert first.refunded_amount == Decimal("0.00")
        assert first.date == datetime(2021, 8, 10, 13, 51, 19, tzinfo=IST)
        assert first.card == CardInfo(bin="474152", last4="0003")
        assert transactions[1].outcome is Outcome.DECLINED

    def test_single_object_and_name_variant(self) -> None:
        payload: dict[str, object] = {"transactionList": {"systemPaymentId": "1", "transactionStatus": "reversed"}}
        transactions = Transaction.list_from_model(_answer(payload), tz=UTC)
        assert [(t.payment_id, t.outcome) for t in transactions] == [("1", Outcome.REFUNDED)]

    @pytest.mark.parametrize(
        ("item", "payment_id", "status"),
        [
            ({"paymentId": "5", "status": "capturesuccess"}, "5", "capturesuccess"),
            ({"trackingid": 6, "transactionStatus": "authfailed"}, "6", "authfailed"),
            ({"systemPaymentId": "-", "trackingid": "7"}, None, None),
            ({"systemPaymentId": "", "paymentId": "8"}, "8", None),
            (
                {"systemPaymentId": "1", "paymentId": "2", "transactionStatus": "settled", "status": "failed"},
                "1",
                "settled",
            ),
        ],
    )
    def test_item_aliases(self, item: dict[str, object], payment_id: str | None, status: str | None) -> None:
        (transaction,) = Transaction.list_from_model(_answer({"transaction": item}), tz=UTC)
        assert (transaction.payment_id, transaction.status) == (payment_id, status)
        assert transaction.raw is not None
        assert transaction.raw.to_dict() == item, "raw is the generated item, every field kept"

    def test_transaction_wins_over_transaction_list(self) -> None:
        payload = {"transaction": {"systemPaymentId": "1"}, "transactionList": [{"systemPaymentId": "2"}]}
        assert [t.payment_id for t in Transaction.list_from_model(_answer(payload), tz=UTC)] == ["1"]

    def test_missing_list(self) -> None:
        assert Transaction.list_from_model(_answer({"result": {"code": "10026"}}), tz=UTC) == []
