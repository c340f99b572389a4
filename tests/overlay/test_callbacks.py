"""Tests for transaction_services/callbacks.py (reference §7).

Notification and redirect tests share :class:`CallbackContract`; each subclass provides the factory
fixtures, in the itsdangerous manner.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from datetime import datetime
from decimal import Decimal
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

import pytest

from transaction_services import (
    CardInfo,
    Notification,
    Outcome,
    RedirectReturn,
    SignatureError,
    ValidationError,
    parse_notification,
    parse_redirect,
    sign_notification,
    sign_redirect,
)

KEY = "secureKey"

# Reference §7.1, constructed example; checksum = md5("54289|Test Transaction01|1.00|Y|secureKey").
DOCS_NOTIFICATION = (
    '{"paymentId":"54289","status":"capturesuccess","transactionStatus":"Y","paymentBrand":"MC","paymentMode":"CC",'
    '"firstName":"John","lastName":"Doe","amount":"1.00","currency":"USD","descriptor":"merchantBillingDescriptor",'
    '"merchantTransactionId":"Test Transaction01","remark":"Approved","tmpl_amount":"1.00","tmpl_currency":"USD",'
    '"eci":"5","checksum":"a3b3f4319b7bc62f455661fe20bec477","result":{"code":"00001",'
    '"description":"Transaction succeeded","bankCode":"","bankDescription":""},'
    '"customer":{"email":"john.d@xyz.com","id":""},"card":{"bin":"520000","lastFourDigits":"0023",'
    '"last4Digits":"0023","expiryMonth":"07","expiryYear":"2022"},"timestamp":"2018-04-02 15:33:06",'
    '"bankReferenceId":"","terminalId":""}'
)

# Reference §7.2, constructed example; checksum = md5("34267|Rest Transaction 01|50.00|P|secureKey").
DOCS_REDIRECT = (
    "trackingid=34267&paymentId=34267&desc=Rest+Transaction+01&merchantTransactionId=Rest+Transaction+01"
    "&amount=50.00&currency=EUR&status=P&checksum=c535b793a45a51afa6eb3798e7504151&paymentMode=NB"
    "&paymentBrand=SOFORT&resultCode=10004&resultDescription=Transaction+is+pending"
)


class CallbackContract:
    """Behaviour every callback parser shares; subclasses override the fixtures."""

    @pytest.fixture
    def signed(self) -> dict[str, object]:
        raise NotImplementedError

    @pytest.fixture
    def parse(self) -> Callable[[dict[str, object], str], object]:
        raise NotImplementedError

    def test_valid_fields_parse(
        self, signed: dict[str, object], parse: Callable[[dict[str, object], str], object]
    ) -> None:
        assert parse(signed, KEY) is not None

    @pytest.mark.parametrize("field", ["amount", "paymentId", "merchantTransactionId"])
    def test_tampered_field_is_rejected(
        self, signed: dict[str, object], parse: Callable[[dict[str, object], str], object], field: str
    ) -> None:
        signed[field] = str(signed[field]) + "1"
        with pytest.raises(SignatureError):
            parse(signed, KEY)

    def test_wrong_key_is_rejected(
        self, signed: dict[str, object], parse: Callable[[dict[str, object], str], object]
    ) -> None:
        with pytest.raises(SignatureError) as info:
            parse(signed, "otherKey")
        message = str(info.value) + repr(info.value)
        assert "otherKey" not in message
        assert KEY not in message
        assert str(signed["checksum"]) not in message

    def test_missing_checksum_is_rejected(
        self, signed: dict[str, object], parse: Callable[[dict[str, object], str], object]
    ) -> None:
        del signed["checksum"]
        with pytest.raises(SignatureError, match="no checksum"):
            parse(signed, KEY)

    def test_uppercase_checksum_is_accepted(
        self, signed: dict[str, object], parse: Callable[[dict[str, object], str], object]
    ) -> None:
        signed["checksum"] = str(signed["checksum"]).upper()
        assert parse(signed, KEY) is not None

    @pytest.mark.parametrize("key", ["", None])
    def test_empty_key_is_refused(
        self, signed: dict[str, object], parse: Callable[[dict[str, object], str], object], key: str | None
    ) -> None:
        with pytest.raises(ValidationError) as info:
            parse(signed, key)  # type: ignore[arg-type]
        assert info.value.field == "secure_key"

    def test_raw_excluded_from_repr(
        self, signed: dict[str, object], parse: Callable[[dict[str, object], str], object]
    ) -> None:
        assert str(signed["checksum"]) not in repr(parse(signed, KEY))


class TestNotification(CallbackContract):
    @pytest.fixture
    def signed(self) -> dict[str, object]:
        body = json.loads(DOCS_NOTIFICATION)
        assert isinstance(body, dict)
        return body

    @pytest.fixture
    def parse(self) -> Callable[[dict[str, object], str], object]:
        return lambda fields, key: parse_notification(json.dumps(fields), key)

    def test_docs_example(self) -> None:
        notification = parse_notification(DOCS_NOTIFICATION, KEY, tz=ZoneInfo("Asia/Kolkata"))
        assert isinstance(notification, Notification)
        assert notification.payment_id == "54289"
        assert notification.merchant_transaction_id == "Test Transaction01"
        assert notification.amount == Decimal("1.00")
        assert notification.amount_text == "1.00"
        assert notification.unverified_status == "capturesuccess"
        assert notification.signed_status == "Y"
        assert notification.outcome is Outcome.APPROVED
        assert notification.unverified_currency == "USD"
        assert notification.unverified_result_code == "00001"
        assert notification.unverified_result_description == "Transaction succeeded"
        card = CardInfo(bin="520000", last4="0023", expiry_month="07", expiry_year="2022")
        assert notification.unverified_card == card
        assert notification.unverified_timestamp == datetime(2018, 4, 2, 15, 33, 6, tzinfo=ZoneInfo("Asia/Kolkata"))
        assert notification.raw["eci"] == "5"

    @pytest.mark.parametrize("body", [DOCS_NOTIFICATION, DOCS_NOTIFICATION.encode("utf-8")], ids=["str", "bytes"])
    def test_str_and_bytes(self, body: str | bytes) -> None:
        assert parse_notification(body, KEY).payment_id == "54289"

    def test_mapping(self) -> None:
        assert parse_notification(json.loads(DOCS_NOTIFICATION), KEY).payment_id == "54289"

    def test_tampered_status_is_rejected(self) -> None:
        with pytest.raises(SignatureError):
            parse_notification(DOCS_NOTIFICATION.replace('"transactionStatus":"Y"', '"transactionStatus":"N"'), KEY)

    def test_long_status_fallback(self) -> None:
        # A build that hashes the long status (reference §7.1 step 3).
        body = {
            "paymentId": "77",
            "merchantTransactionId": "Order 7",
            "amount": "10.00",
            "status": "capturesuccess",
            "transactionStatus": "Y",
            "checksum": hashlib.md5(b"77|Order 7|10.00|capturesuccess|secureKey").hexdigest(),
        }
        notification = parse_notification(json.dumps(body), KEY)
        assert notification.outcome is Outcome.APPROVED

    def test_long_status_only(self) -> None:
        from transaction_services.signing import notification_checksum

        body = {
            "paymentId": "78",
            "merchantTransactionId": "Order 8",
            "amount": "10.00",
            "status": "authfailed",
            "checksum": notification_checksum("78", "Order 8", "10.00", "authfailed", KEY),
        }
        notification = parse_notification(body, KEY)
        assert notification.signed_status == "authfailed"
        assert notification.unverified_status is None
        assert notification.outcome is Outcome.DECLINED

    def test_jpy_integer_amount_hashed_as_received(self) -> None:
        body = (
            '{"paymentId":"55001","merchantTransactionId":"JPY Order 0001","amount":"1500","currency":"JPY",'
            '"transactionStatus":"Y","status":"capturesuccess","checksum":"5f3854951d52ec0e92b646a4c57b2022"}'
        )
        notification = parse_notification(body, KEY)
        assert notification.amount_text == "1500"
        assert notification.amount == Decimal("1500")

    def test_jpy_json_number_kept_as_source_text(self) -> None:
        body = (
            '{"paymentId":55001,"merchantTransactionId":"JPY Order 0001","amount":1500,'
            '"transactionStatus":"Y","checksum":"5f3854951d52ec0e92b646a4c57b2022"}'
        )
        assert parse_notification(body, KEY).payment_id == "55001"

    def test_json_float_amount_kept_as_source_text(self) -> None:
        body = (
            '{"paymentId":"54289","merchantTransactionId":"Test Transaction01","amount":1.00,'
            '"transactionStatus":"Y","checksum":"a3b3f4319b7bc62f455661fe20bec477"}'
        )
        assert parse_notification(body, KEY).amount_text == "1.00"

    def test_jpy_with_two_decimals_does_not_verify(self) -> None:
        body = (
            '{"paymentId":"55001","merchantTransactionId":"JPY Order 0001","amount":"1500.00",'
            '"transactionStatus":"Y","checksum":"5f3854951d52ec0e92b646a4c57b2022"}'
        )
        with pytest.raises(SignatureError):
            parse_notification(body, KEY)

    def test_form_encoded_body(self) -> None:
        form = urlencode(
            {
                "paymentId": "54289",
                "merchantTransactionId": "Test Transaction01",
                "amount": "1.00",
                "transactionStatus": "Y",
                "status": "capturesuccess",
                "checksum": "a3b3f4319b7bc62f455661fe20bec477",
                "result.code": "00001",
                "result.description": "Transaction succeeded",
                "card.bin": "520000",
                "card.last4Digits": "0023",
            }
        )
        notification = parse_notification(form.encode(), KEY)
        assert notification.unverified_result_code == "00001"
        assert notification.unverified_result_description == "Transaction succeeded"
        assert notification.unverified_card == CardInfo(bin="520000", last4="0023")

    @pytest.mark.parametrize(
        "body",
        [b"\xff\xfe", "{not json", "[1, 2]", "", "paymentId=1"],
        ids=["bad-utf8", "bad-json", "json-array", "empty", "no-checksum"],
    )
    def test_unparseable_bodies(self, body: str | bytes) -> None:
        with pytest.raises(SignatureError):
            parse_notification(body, KEY)

    def test_checksum_verified_before_model_is_built(self, monkeypatch: pytest.MonkeyPatch) -> None:
        import transaction_services.callbacks as callbacks

        built: list[object] = []
        monkeypatch.setattr(callbacks, "Notification", lambda **kw: built.append(kw))
        with pytest.raises(SignatureError):
            parse_notification(DOCS_NOTIFICATION.replace("a3b3f4319b7bc62f455661fe20bec477", "0" * 32), KEY)
        assert built == []


class TestRedirectReturn(CallbackContract):
    @pytest.fixture
    def signed(self) -> dict[str, object]:
        from urllib.parse import parse_qsl

        fields: dict[str, object] = dict(parse_qsl(DOCS_REDIRECT))
        # paymentId/merchantTransactionId are read before their trackingid/desc aliases
        return fields

    @pytest.fixture
    def parse(self) -> Callable[[dict[str, object], str], object]:
        return parse_redirect

    def test_docs_example(self) -> None:
        redirect = parse_redirect(DOCS_REDIRECT, KEY)
        assert isinstance(redirect, RedirectReturn)
        assert redirect.payment_id == "34267"
        assert redirect.merchant_transaction_id == "Rest Transaction 01"
        assert redirect.amount == Decimal("50.00")
        assert redirect.amount_text == "50.00"
        assert redirect.status == "P"
        assert redirect.outcome is Outcome.PENDING
        assert redirect.unverified_result_code == "10004"
        assert redirect.unverified_result_description == "Transaction is pending"
        assert redirect.unverified_currency == "EUR"
        assert redirect.raw["paymentBrand"] == "SOFORT"

    @pytest.mark.parametrize(
        "fields",
        [DOCS_REDIRECT, "?" + DOCS_REDIRECT, DOCS_REDIRECT.encode(), "https://shop.example/return?" + DOCS_REDIRECT],
        ids=["form-body", "query-string", "bytes", "full-url"],
    )
    def test_input_forms(self, fields: str | bytes) -> None:
        assert parse_redirect(fields, KEY).payment_id == "34267"

    def test_multi_value_mapping(self) -> None:
        from urllib.parse import parse_qs

        assert parse_redirect(parse_qs(DOCS_REDIRECT), KEY).payment_id == "34267"

    def test_aliases_only(self) -> None:
        fields = {"trackingid": "21565", "desc": "testTransaction", "amount": "50.00", "status": "Y"}
        fields["checksum"] = "742628b97396ff13bcf64dd2ab49da3c"
        redirect = parse_redirect(fields, KEY)
        assert redirect.payment_id == "21565"
        assert redirect.merchant_transaction_id == "testTransaction"
        assert redirect.outcome is Outcome.APPROVED

    def test_docs_standard_checkout_sample_is_rejected(self) -> None:
        # The docs sample carries a long status and a non-hex checksum: sample noise (§7.2).
        fields = {
            "trackingid": "34464",
            "paymentId": "34464",
            "merchantTransactionId": "Test Transaction",
            "amount": "50.00",
            "status": "authsuccessful",
            "checksum": "7OsiGNIhrJVPHPhzk49E6WcjE6tFJYOE",
        }
        with pytest.raises(SignatureError):
            parse_redirect(fields, KEY)

    def test_tampered_status_is_rejected(self) -> None:
        with pytest.raises(SignatureError):
            parse_redirect(DOCS_REDIRECT.replace("status=P", "status=Y"), KEY)

    def test_registration_id(self) -> None:
        fields = sign_redirect(
            payment_id="1", merchant_transaction_id="o", amount="1.00", secure_key=KEY, registrationId="tok123"
        )
        assert parse_redirect(fields, KEY).unverified_registration_id == "tok123"


class TestSigning:
    def test_sign_notification_round_trip(self) -> None:
        body = sign_notification(
            payment_id="54289",
            merchant_transaction_id="Test Transaction01",
            amount="1.00",
            secure_key=KEY,
            currency="USD",
            paymentBrand="MC",
        )
        decoded = json.loads(body)
        assert decoded["checksum"] == "a3b3f4319b7bc62f455661fe20bec477"
        assert decoded["status"] == "capturesuccess"
        assert decoded["paymentBrand"] == "MC"
        notification = parse_notification(body, KEY)
        assert notification.outcome is Outcome.APPROVED
        assert notification.unverified_result_code == "00001"

    @pytest.mark.parametrize(
        ("short", "long", "outcome"),
        [
            ("Y", "capturesuccess", Outcome.APPROVED),
            ("N", "authfailed", Outcome.DECLINED),
            ("P", "authstarted", Outcome.PENDING),
            ("C", "cancelled", Outcome.CANCELLED),
        ],
    )
    def test_sign_notification_statuses(self, short: str, long: str, outcome: Outcome) -> None:
        body = sign_notification(
            payment_id="1", merchant_transaction_id="o", amount=Decimal("2.5"), transaction_status=short, secure_key=KEY
        )
        notification = parse_notification(body, KEY)
        assert notification.unverified_status == long
        assert notification.signed_status == short
        assert notification.outcome is outcome
        assert notification.amount_text == "2.50"

    def test_sign_notification_explicit_long_status_and_jpy(self) -> None:
        body = sign_notification(
            payment_id="55001",
            merchant_transaction_id="JPY Order 0001",
            amount="1500",
            status="settled",
            currency="JPY",
            secure_key=KEY,
        )
        assert json.loads(body)["checksum"] == "5f3854951d52ec0e92b646a4c57b2022"
        assert parse_notification(body, KEY).unverified_status == "settled"

    def test_sign_notification_refuses_signed_extras(self) -> None:
        with pytest.raises(ValueError, match="checksum"):
            sign_notification(payment_id="1", merchant_transaction_id="o", amount="1.00", secure_key=KEY, checksum="x")

    def test_sign_redirect_round_trip(self) -> None:
        fields = sign_redirect(
            payment_id="34267",
            merchant_transaction_id="Rest Transaction 01",
            amount="50.00",
            status="P",
            secure_key=KEY,
        )
        assert fields["checksum"] == "c535b793a45a51afa6eb3798e7504151"
        assert fields["trackingid"] == fields["paymentId"] == "34267"
        assert fields["desc"] == "Rest Transaction 01"
        redirect = parse_redirect(urlencode(fields), KEY)
        assert redirect.outcome is Outcome.PENDING
        assert redirect.unverified_result_code == "10004"

    def test_sign_redirect_refuses_signed_extras(self) -> None:
        with pytest.raises(ValueError, match="desc, trackingid"):
            sign_redirect(
                payment_id="1", merchant_transaction_id="o", amount="1.00", secure_key=KEY, desc="x", trackingid="2"
            )

    def test_sign_requires_key(self) -> None:
        with pytest.raises(ValidationError):
            sign_notification(payment_id="1", merchant_transaction_id="o", amount="1.00", secure_key="")
        with pytest.raises(ValidationError):
            sign_redirect(payment_id="1", merchant_transaction_id="o", amount="1.00", secure_key="")
