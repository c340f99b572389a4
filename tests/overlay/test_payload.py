"""Tests for transaction_services/_payload.py: the one place that absorbs the gateway's leniency (§11)."""

from __future__ import annotations

import sys
import textwrap
from decimal import Decimal

import pytest

from transaction_services._payload import (
    auth_token,
    filled,
    first,
    free_form,
    has_result,
    invoice_items,
    is_success_code,
    items,
    money,
    payment_id,
    payment_ref,
    redirect_parameters,
    result_code,
    result_description,
    text,
)
from transaction_services_api.models import (
    GatewayResponse,
    InvoiceDetails,
    InvoiceResponse,
    RedirectInstruction,
    TokenResponse,
)
from transaction_services_api.types import UNSET


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        (("54279",), "54279"),
        ((54279,), "54279"),
        ((50.5,), "50.5"),
        ((Decimal("1.00"),), "1.00"),
        (("",), ""),
        ((UNSET, None, "b"), "b"),
        ((True, {"a": 1}, ["x"], "c"), "c"),
        ((UNSET,), None),
        ((), None),
    ],
)
def test_text(values: tuple[object, ...], expected: str | None) -> None:
    assert text(*values) == expected


def test_filled_skips_blanks_and_payment_ref_the_refusal_dash() -> None:
    assert filled("", "  ", UNSET, 7) == "7"
    assert filled("", None) is None
    assert payment_ref("-") is None
    assert payment_ref(" - ", "12") is None, "the first present spelling decides"
    assert payment_ref("", "12") == "12"


def test_first_keeps_present_falsy_values() -> None:
    assert first(UNSET, None, [], ["x"]) == []
    assert first(UNSET, None) is None
    assert first(UNSET, 0) == 0


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        (("50.00",), Decimal("50.00")),
        ((" 1.5 ",), Decimal("1.5")),
        ((10,), Decimal("10")),
        ((10.1,), Decimal("10.1")),
        (("", UNSET, None, "2.00"), Decimal("2.00")),
        (("abc", "2.00"), None),
        (("NaN",), None),
        (("-Infinity",), None),
        ((True,), None),
        (({"v": 1},), None),
        ((UNSET,), None),
    ],
)
def test_money(values: tuple[object, ...], expected: Decimal | None) -> None:
    assert money(*values) == expected


def test_items() -> None:
    several: list[int] | int = [1, 2]
    lone: list[int] | int = 3
    assert items(None) == []
    assert items(UNSET) == []
    assert items(several) == [1, 2]
    assert items(lone) == [3]
    assert items("one") == ["one"]
    assert items({"a": 1}) == [{"a": 1}]


def test_result_code_reads_either_block_and_prefers_result() -> None:
    both = GatewayResponse.from_dict({"result": {"code": " 00001 "}, "statusInvoiceResult": {"code": "10001"}})
    assert result_code(both) == "00001"
    invoice = InvoiceResponse.from_dict({"statusInvoiceResult": {"code": 10, "description": "found"}})
    assert (result_code(invoice), result_description(invoice)) == ("10", "found")
    token = TokenResponse.from_dict({"statusInvoiceResult": {"code": "00020"}})
    assert result_code(token) == "00020"
    assert result_description(token) is None
    empty_block = GatewayResponse.from_dict({"result": {}, "statusInvoiceResult": {"code": "1"}})
    assert result_code(empty_block) is None, "a present block without a code has no code"
    assert has_result(empty_block)
    assert not has_result(GatewayResponse.from_dict({"paymentId": "1"}))
    assert result_code(GatewayResponse()) is None


def test_payment_id() -> None:
    assert payment_id(GatewayResponse.from_dict({"paymentId": 5})) == "5"
    assert payment_id(GatewayResponse.from_dict({"trackingid": "6"})) == "6"
    assert payment_id(GatewayResponse.from_dict({"paymentId": "-", "trackingid": "6"})) is None
    assert payment_id(InvoiceResponse.from_dict({"paymentId": "7"})) is None, "an invoice answer names no payment"


def test_auth_token_in_either_spelling() -> None:
    assert auth_token(TokenResponse.from_dict({"AuthToken": "a", "authToken": "b"})) == "a"
    assert auth_token(TokenResponse.from_dict({"authToken": "b"})) == "b"
    assert auth_token(TokenResponse.from_dict({"AuthToken": ""})) is None


def test_redirect_parameters_prefer_the_declared_key() -> None:
    instruction = RedirectInstruction.from_dict(
        {"url": "https://a.example", "parameters": {"name": "a", "value": "1"}, "other": [{"name": "b"}]}
    )
    assert redirect_parameters(instruction) == [("a", "1")]
    assert redirect_parameters(RedirectInstruction.from_dict({"url": "https://a.example", "x": "text"})) == []


def test_invoice_items() -> None:
    assert [d.system_invoice_id for d in invoice_items([{"systemInvoiceId": "1"}, "junk", None])] == ["1"]
    assert [d.invoiceid for d in invoice_items({"invoiceid": "2"})] == ["2"], "a lone invoice"
    nested = invoice_items({"a": {"systemInvoiceId": "3"}, "b": [{"systemInvoiceId": "4"}, 5]})
    assert [d.system_invoice_id for d in nested] == ["3", "4"]
    assert invoice_items(None) == []
    assert invoice_items("junk") == []


def test_free_form() -> None:
    details = InvoiceDetails.from_dict({"currency": "USD", "initial": "ORD"})
    assert free_form(details) == {"currency": "USD", "initial": "ORD"}, "declared and undeclared fields alike"
    assert free_form({"generated": "3"}) == {"generated": "3"}
    config = InvoiceResponse.from_dict({"invoiceConfig": {"gst": "10"}}).invoice_config
    assert free_form(config) == {"gst": "10"}
    assert free_form(UNSET) is None
    assert free_form(["a"]) is None


@pytest.mark.parametrize(
    ("code", "expected"),
    [("00001", True), (" 00026 ", True), ("0008", True), ("200", True), ("10001", False), (None, False)],
)
def test_is_success_code(code: str | None, expected: bool) -> None:
    assert is_success_code(code) is expected


def test_the_module_does_not_load_the_generated_package() -> None:
    # importing the generated package brings httpx: the readers must not need it until a model exists
    import subprocess

    probe = textwrap.dedent(
        """
        import sys
        import transaction_services._payload as payload
        assert payload.text(5) == "5" and payload.first(None, 1) == 1 and payload.items(None) == []
        print(sorted(name for name in sys.modules if name.startswith(("transaction_services_api", "httpx"))))
        """
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
