"""Tests for transaction_services/_redaction.py."""

from __future__ import annotations

import pytest

from transaction_services._redaction import (
    REDACTED,
    mask_account,
    mask_card_numbers_in_text,
    mask_pan,
    redact_form,
    safe_excerpt,
)


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        ("4111111111111111", "411111******1111"),
        ("4111 1111 1111 1111", "411111******1111"),
        ("370000000000002", "370000******0002"),
        ("4000000000000000051", "400000******0051"),
        ("12345", "****"),
        ("", "****"),
    ],
)
def test_mask_pan(number: str, expected: str) -> None:
    assert mask_pan(number) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("DE23100000001234567890", "******************7890"),
        ("DE23 1000 0000 1234 5678 90", "******************7890"),
        ("123", "****"),
    ],
)
def test_mask_account(value: str, expected: str) -> None:
    assert mask_account(value) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("card 4111111111111111 declined", "card 411111******1111 declined"),
        ("card=4111 1111 1111 1111&x=1", "card=411111******1111&x=1"),
        ("pan:4111-1111-1111-1111.", "pan:411111******1111."),
        ("two 4111111111111111,5549110920049586", "two 411111******1111,554911******9586"),
        ("paymentId 54279 at 2018-06-01 16:31:36", "paymentId 54279 at 2018-06-01 16:31:36"),
        ("eleven 12345678901 digits", "eleven 12345678901 digits"),
        ("twenty 12345678901234567890 digits", "twenty 12345678901234567890 digits"),
    ],
    ids=[
        "plain",
        "spaced",
        "dashed",
        "two",
        "timestamp-untouched",
        "11-digits-untouched",
        "20-digits-untouched",
    ],
)
def test_mask_card_numbers_in_text(text: str, expected: str) -> None:
    assert mask_card_numbers_in_text(text) == expected


class TestRedactForm:
    def test_flat_form(self) -> None:
        form = {
            "authentication.memberId": "11344",
            "authentication.checksum": "e89b70e06b2d649a69207fa751bddbc7",
            "authentication.sKey": "secureKey",
            "card.number": "4000000000000051",
            "card.cvv": "123",
            "card.expiryMonth": "07",
            "AuthToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.e30.sig",
            "authToken": "eyJhbGciOiJIUzI1NiJ9.e30.sig",
            "merchant.password": "hunter2",
            "bankAccount.iban": "DE23100000001234567890",
            "amount": "50.00",
        }
        redacted = redact_form(form)
        assert redacted == {
            "authentication.memberId": "11344",
            "authentication.checksum": REDACTED,
            "authentication.sKey": REDACTED,
            "card.number": "400000******0051",
            "card.cvv": REDACTED,
            "card.expiryMonth": "07",
            "AuthToken": REDACTED,
            "authToken": REDACTED,
            "merchant.password": REDACTED,
            "bankAccount.iban": "******************7890",
            "amount": "50.00",
        }
        assert form["card.number"] == "4000000000000051", "the input is not modified"

    def test_keep_checksum(self) -> None:
        assert redact_form({"authentication.checksum": "abc"}, keep_checksum=True) == {"authentication.checksum": "abc"}

    def test_nested_json(self) -> None:
        body: dict[str, object] = {
            "authentication": {"memberId": "11344", "sKey": "secureKey", "checksum": "abc"},
            "card": {"number": "4000000000000051", "cvv": "123"},
            "bankAccount": {"accountNumber": "9874563210"},
            "items": [{"card": {"number": "4111111111111111"}}],
            "customer": None,
        }
        assert redact_form(body) == {
            "authentication": {"memberId": "11344", "sKey": REDACTED, "checksum": REDACTED},
            "card": {"number": "400000******0051", "cvv": REDACTED},
            "bankAccount": {"accountNumber": "******3210"},
            "items": [{"card": {"number": "411111******1111"}}],
            "customer": None,
        }


class TestSafeExcerpt:
    def test_truncates_to_limit(self) -> None:
        excerpt = safe_excerpt("x" * 500)
        assert len(excerpt) == 200
        assert excerpt.endswith("…")

    def test_masks_before_truncating(self) -> None:
        # A PAN straddling the cut must not leave a long unmasked prefix behind.
        text = "y" * 190 + "4111111111111111"
        assert not any(ch.isdigit() for ch in safe_excerpt(text)[196:])
        assert "4111111111" not in safe_excerpt(text)

    @pytest.mark.parametrize(
        ("body", "secret"),
        [
            ('{"card":{"number":"4111111111111111","cvv":"123"}}', "4111111111111111"),
            ('{"card":{"cvv":"987"}}', "987"),
            ("card.cvv=987&authentication.sKey=topsecret", "topsecret"),
            ("card.cvv=987&authentication.sKey=topsecret", "987"),
            ('{"AuthToken":"abc.def.ghi"}', "abc.def.ghi"),
            (
                "token eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl here",
                "eyJzdWIiOiJ4In0",
            ),
            ('"checksum":"e89b70e06b2d649a69207fa751bddbc7"', "e89b70e06b2d649a69207fa751bddbc7"),
        ],
    )
    def test_hides_secrets(self, body: str, secret: str) -> None:
        assert secret not in safe_excerpt(body)

    def test_bytes_and_none(self) -> None:
        assert safe_excerpt(b"<html>\n  <body>Error 500</body>\n</html>") == "<html> <body>Error 500</body> </html>"
        assert safe_excerpt(b"\xff\xfe bad") == "\ufffd\ufffd bad"
        assert safe_excerpt(None) == ""
