"""Tests for the ``from_payload`` readers of transaction_services/models.py, fed with the docs samples (§6.7)."""

from __future__ import annotations

import json
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
)

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


class TestPayment:
    def test_sync_sale(self) -> None:
        payment = Payment.from_payload(SYNC_SALE, tz=IST)
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
        assert payment.remark == "AUTHORIZATION SUCCESS"
        assert payment.redirect is None
        assert payment.raw is SYNC_SALE

    def test_three_d_secure(self) -> None:
        payment = Payment.from_payload(THREE_D_STEP1, tz=UTC)
        assert payment.outcome is Outcome.REDIRECT
        assert not payment.is_final
        assert not payment.approved
        assert payment.redirect is not None
        assert payment.redirect.parameters == (("PaReq", "P.2d9582a0"), ("MD", "8a82"))

    def test_async_pending_with_redirect(self) -> None:
        payment = Payment.from_payload(ASYNC_STEP1, tz=UTC)
        assert payment.outcome is Outcome.REDIRECT
        assert payment.redirect is not None
        assert payment.redirect.parameters == ()

    def test_inquiry_uses_long_status(self) -> None:
        payment = Payment.from_payload(INQUIRY, tz=UTC)
        assert payment.status == "capturesuccess"
        assert payment.outcome is Outcome.APPROVED

    def test_capture_code_only(self) -> None:
        payment = Payment.from_payload(CAPTURE, tz=UTC)
        assert payment.outcome is Outcome.APPROVED
        assert payment.amount is None
        assert payment.card is None

    def test_refusal_placeholder_payment_id(self) -> None:
        payment = Payment.from_payload(REFUSAL, tz=UTC)
        assert payment.payment_id is None
        assert payment.timestamp is None

    def test_lenient_numbers_and_raw_override(self) -> None:
        payload: dict[str, object] = {
            "paymentId": 54279,
            "amount": 50.5,
            "result": {"code": 1},
            "transactionStatus": "N",
        }
        payment = Payment.from_payload(payload, tz=UTC, raw="model")
        assert payment.payment_id == "54279"
        assert payment.amount == Decimal("50.5")
        assert payment.result_code == "1"
        assert payment.outcome is Outcome.DECLINED
        assert payment.raw == "model"

    def test_raw_excluded_from_repr_and_equality(self) -> None:
        first = Payment.from_payload(SYNC_SALE, tz=UTC)
        second = Payment.from_payload(dict(SYNC_SALE), tz=UTC, raw={"other": True})
        assert first == second
        assert "raw" not in repr(first)
        assert "AUTHORIZATION" in repr(first)
        hash(first)

    def test_empty_payload(self) -> None:
        payment = Payment.from_payload({}, tz=UTC)
        assert payment.outcome is Outcome.PENDING
        assert payment.payment_id is None

    def test_bad_timestamp_is_none(self) -> None:
        payment = Payment.from_payload({"paymentId": "1", "timestamp": "yesterday"}, tz=UTC)
        assert payment.timestamp is None


@pytest.mark.parametrize(
    ("payload", "expected"),
    [
        ({"bin": "417666", "last4Digits": "1056"}, CardInfo(bin="417666", last4="1056")),
        ({"bin": "474152", "lastFourDigits": "0003"}, CardInfo(bin="474152", last4="0003")),
        (
            {"cardType": "VISA", "bin": "411111", "last4Digits": "1111"},
            CardInfo(bin="411111", last4="1111", brand="VISA"),
        ),
        ({}, None),
        (None, None),
        ("card", None),
    ],
)
def test_card_info(payload: object, expected: CardInfo | None) -> None:
    assert CardInfo.from_payload(payload) == expected


class TestPayout:
    def test_card_payout(self) -> None:
        payload = _load(
            '{"paymentId":"54295","status":"Y","paymentBrand":"VISA","paymentMode":"CC","amount":"1.00",'
            '"currency":"USD","result":{"code":"00001","description":"Transaction succeeded"},'
            '"timestamp":"2018-04-02 15:14:23","merchantTransactionId":"Payout Transaction 01",'
            '"remark":"The operation was successfully processed.","transactionStatus":"Y"}'
        )
        payout = Payout.from_payload(payload, tz=UTC)
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
        payout = Payout.from_payload(payload, tz=UTC)
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
        registration = Registration.from_payload(payload, tz=UTC)
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
        assert Registration.from_payload(payload, tz=UTC).kind == "bank_account"

    def test_missing_id(self) -> None:
        with pytest.raises(UnexpectedResponseError):
            Registration.from_payload({"result": {"code": "10003"}}, tz=UTC)

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
        registrations = Registration.list_from_payload(payload)
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
        registrations = Registration.list_from_payload(payload)
        assert [(r.registration_id, r.kind) for r in registrations] == [("abc", "card"), ("def", "bank_account")]

    def test_unwrapped_rest_list(self) -> None:
        payload: dict[str, object] = {"cards": [{"registrationId": "a1"}, {"registrationId": "b2"}]}
        assert [r.registration_id for r in Registration.list_from_payload(payload)] == ["a1", "b2"]

    def test_empty_list(self) -> None:
        assert Registration.list_from_payload({"result": {"code": "10026"}}) == []


class TestInvoice:
    def test_generate(self) -> None:
        payload = _load(
            '{"memberId":"11344","statusInvoiceResult":{"code":"00010","description":"Invoice generated successfully"},'
            '"invoiceDetails":{"amount":"250.00","currency":"USD","expirationPeriod":"10","createdDate":"2017-02-08",'
            '"createdTime":" 16:15:46.","merchantInvoiceId":"Invoice01","systemInvoiceId":"1746",'
            '"transactionUrl":"https://host_url/transaction/PayInvoice?inv=2625&ct=wgdeHvcvppnoyjoH"}}'
        )
        invoice = Invoice.from_payload(payload, tz=IST)
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
        invoice = Invoice.from_payload(payload, tz=UTC)
        assert invoice.invoice_id == "1760"
        assert invoice.created == datetime(2017, 2, 6, 14, 57, 45, tzinfo=UTC)

    def test_inquiry_status(self) -> None:
        payload = _load(
            '{"memberId":"11344","statusInvoiceResult":{"code":"00014","description":"Invoice found successfully"},'
            '"invoiceDetails":{"amount":"50.00","currency":"USD","merchantInvoiceId":"Invoice01",'
            '"systemInvoiceId":"1746","invoiceStatus":"generated"}}'
        )
        invoice = Invoice.from_payload(payload, tz=UTC)
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
        invoices = Invoice.list_from_payload({"invoiceList": container}, tz=UTC)
        assert [invoice.invoice_id for invoice in invoices] == expected


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
        transactions = Transaction.list_from_payload(self.PAYLOAD, tz=IST)
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
        transactions = Transaction.list_from_payload(payload, tz=UTC)
        assert [(t.payment_id, t.outcome) for t in transactions] == [("1", Outcome.REFUNDED)]

    def test_missing_list(self) -> None:
        assert Transaction.list_from_payload({"result": {"code": "10026"}}, tz=UTC) == []
