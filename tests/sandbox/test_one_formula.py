"""Exactly one checksum formula per operation: every other formula of reference §5.2, computed over the
same request's values, is refused (other half: handlers/context.py `check_checksum`, checksums.py)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest

from transaction_services_sandbox import checksums, testdata

from .gateway import INV, KEY, MEMBER, TERMINAL, TX, GatewayClient, unique

CHECKSUM_MISMATCH = "30095"
REDIRECT = "https://shop.example/back"


def candidates(fields: dict[str, str], path_id: str = "") -> dict[str, str]:
    """Every formula of §5.2 (and the docs' invoice variants) over the request's own values."""
    v = fields.get
    member, amount, reference = MEMBER, v("amount", ""), v("merchantTransactionId", "")
    payment_id = path_id or v("paymentId", "")
    invoice, invoice_ref, url = v("invoiceId", ""), v("merchantInvoiceId", ""), v("merchantRedirectUrl", "")
    instrument = v("card.number") or v("bankAccount.bic") or v("bankAccount.accountNumber") or ""
    md5 = checksums.md5_join
    return {
        "C-SALE": md5(member, KEY, reference, amount),
        "C-CP-RF": md5(member, KEY, payment_id, amount),
        "C-RV-IN": md5(member, KEY, payment_id),
        "C-IN-MID": md5(member, KEY, reference),
        "C-TOKEN": md5(member, KEY, path_id, amount),
        "C-DEL-REG": md5(member, KEY, path_id),
        "C-REG": md5(member, KEY, instrument),
        "C-LIST": md5(member, KEY),
        "C-PAYOUT": md5(member, reference, amount, KEY),
        "C-INV-GEN": md5(member, KEY, invoice_ref, amount, url),
        "C-INV-ACT": md5(invoice, member, KEY, url),
        "C-INV-STATUS": md5(member, KEY, invoice_ref),
        "C-INV-STATUS (docs sample)": md5(invoice, member, KEY),
        "C-INV-CONFIG": md5(member, KEY, url),
        "key first": md5(KEY, member),
    }


@dataclass(frozen=True)
class Case:
    """One operation: where it is, a request without its checksum, and the one formula it takes."""

    name: str
    path: Callable[[dict[str, str]], str]
    fields: Callable[[dict[str, str]], dict[str, str]]
    formula: str
    path_id: Callable[[dict[str, str]], str] = lambda _: ""


def _sale(_: dict[str, str]) -> dict[str, str]:
    order = unique("Formula")
    return {
        "authentication.terminalId": TERMINAL,
        "merchantTransactionId": order,
        "amount": "3.00",
        "currency": "EUR",
        "paymentType": "DB",
        "paymentMode": "CC",
        "paymentBrand": "VISA",
        "card.number": testdata.CARD_APPROVE,
        "card.expiryMonth": testdata.TEST_EXPIRY_MONTH,
        "card.expiryYear": testdata.TEST_EXPIRY_YEAR,
        "customer.givenName": "John",
        "customer.surname": "Doe",
    }


def _at(path: str) -> Callable[[dict[str, str]], str]:
    return lambda _: path


CASES = [
    Case("sale", lambda _: f"{TX}/payments", _sale, "C-SALE"),
    Case(
        "capture",
        lambda s: f"{TX}/payments/{s['authorization']}",
        lambda s: {"paymentType": "CP", "amount": "1.00", "paymentId": s["authorization"]},
        "C-CP-RF",
        lambda s: s["authorization"],
    ),
    Case(
        "refund",
        lambda s: f"{TX}/payments/{s['sale']}",
        lambda s: {"paymentType": "RF", "amount": "1.00", "paymentId": s["sale"]},
        "C-CP-RF",
        lambda s: s["sale"],
    ),
    Case(
        "cancel",
        lambda s: f"{TX}/payments/{s['authorization']}",
        lambda s: {"paymentType": "RV", "paymentId": s["authorization"]},
        "C-RV-IN",
        lambda s: s["authorization"],
    ),
    Case(
        "inquiry by payment id",
        lambda s: f"{TX}/payments/{s['sale']}",
        lambda s: {"paymentType": "IN", "idType": "PID", "paymentId": s["sale"]},
        "C-RV-IN",
        lambda s: s["sale"],
    ),
    Case(
        "inquiry by merchant transaction id",
        lambda s: f"{TX}/payments/{s['order']}",
        lambda s: {"paymentType": "IN", "idType": "MID", "merchantTransactionId": s["order"]},
        "C-IN-MID",
    ),
    Case(
        "repeated recurring",
        lambda s: f"{TX}/payments/{s['initial']}",
        lambda s: {
            "paymentType": "DB",
            "recurringType": "REPEATED",
            "amount": "2.00",
            "merchantRedirectUrl": REDIRECT,
            "paymentId": s["initial"],
        },
        "C-CP-RF",  # C-REPEAT-PID is the same string
        lambda s: s["initial"],
    ),
    Case(
        "pay with token",
        lambda s: f"{TX}/paywithtoken/{s['registration']}",
        lambda _: {
            "paymentType": "DB",
            "amount": "2.00",
            "merchantRedirectUrl": REDIRECT,
            "merchantTransactionId": unique("Token"),
        },
        "C-TOKEN",
        lambda s: s["registration"],
    ),
    Case(
        "delete token",
        lambda s: f"{TX}/paywithtoken/{s['registration']}",
        lambda _: {"paymentType": "DL"},
        "C-DEL-REG",
        lambda s: s["registration"],
    ),
    Case(
        "register a card",
        lambda _: f"{TX}/registrations",
        lambda _: {
            "paymentMode": "CC",
            "card.number": testdata.CARD_APPROVE,
            "card.expiryMonth": testdata.TEST_EXPIRY_MONTH,
            "card.expiryYear": testdata.TEST_EXPIRY_YEAR,
            "customer.givenName": "John",
            "customer.surname": "Doe",
        },
        "C-REG",
    ),
    Case("cards and accounts", lambda _: f"{TX}/getCardsAndAccounts", lambda _: {}, "C-LIST"),
    Case("transaction list", lambda _: f"{TX}/getTransactionList", lambda _: {}, "C-LIST"),
    Case(
        "payout",
        lambda _: f"{TX}/payout",
        lambda s: {"merchantTransactionId": unique("Payout"), "amount": "1.00", "paymentId": s["sale"]},
        "C-PAYOUT",
    ),
    Case(
        "generate invoice",
        lambda _: f"{INV}/generate",
        lambda _: {
            "merchantInvoiceId": unique("Inv"),
            "amount": "4.00",
            "currency": "EUR",
            "merchantRedirectUrl": REDIRECT,
            "customer.email": "a@example.com",
        },
        "C-INV-GEN",
    ),
    *[
        Case(
            f"invoice {operation}",
            _at(f"{INV}/{operation}"),
            lambda s: {"invoiceId": s["invoice"], "merchantRedirectUrl": REDIRECT},
            "C-INV-ACT",
        )
        for operation in ("remind", "regenerate", "cancel")
    ],
    *[
        Case(
            f"invoice {operation}",
            _at(f"{INV}/{operation}"),
            lambda s: {"invoiceId": s["invoice"], "merchantInvoiceId": s["invoice_ref"]},
            "C-INV-STATUS",
        )
        for operation in ("inquiry", "invoiceTransInquiry")
    ],
    *[
        Case(f"invoice {operation}", _at(f"{INV}/{operation}"), lambda _: {}, "C-LIST")
        for operation in ("getInvoice", "getInvoiceDetails", "getInvoiceConfig")
    ],
    Case(
        "invoice updateInvoiceConfig",
        lambda _: f"{INV}/updateInvoiceConfig",
        lambda _: {"actionType": "SET", "merchantRedirectUrl": REDIRECT, "gst": "5"},
        "C-INV-CONFIG",
    ),
]


@pytest.fixture(scope="module")
def setup(sandbox: Any) -> dict[str, str]:
    """Records the operations act on, in the session sandbox."""
    with GatewayClient(sandbox) as client:
        order = unique("Formula")
        sale = client.pay("10.00", merchantTransactionId=order)
        authorization = client.pay("10.00", paymentType="PA")
        initial = client.pay("10.00", recurringType="INITIAL", merchantRedirectUrl=REDIRECT)
        registered = client.pay("10.00", createRegistration="true", merchantRedirectUrl=REDIRECT)
        invoice_ref = unique("Invoice")
        fields = {
            "authentication.memberId": MEMBER,
            "authentication.checksum": checksums.c_inv_gen(MEMBER, KEY, invoice_ref, "4.00", REDIRECT),
            "merchantInvoiceId": invoice_ref,
            "amount": "4.00",
            "currency": "EUR",
            "merchantRedirectUrl": REDIRECT,
            "customer.email": "a@example.com",
        }
        invoice = client.post(f"{INV}/generate", fields, token=client.new_token(INV))
        return {
            "order": order,
            "sale": sale["paymentId"],
            "authorization": authorization["paymentId"],
            "initial": initial["paymentId"],
            "registration": registered["registrationId"],
            "invoice": invoice["invoiceDetails"]["systemInvoiceId"],
            "invoice_ref": invoice_ref,
        }


def _code(body: dict[str, Any]) -> str:
    result = body.get("result") or body.get("statusInvoiceResult") or {}
    return str(result.get("code"))


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_only_the_sources_formula_is_accepted(client: GatewayClient, setup: dict[str, str], case: Case) -> None:
    path = case.path(setup)
    token = client.new_token(INV) if path.startswith(INV) else client.token
    fields = {"authentication.memberId": MEMBER, **case.fields(setup)}
    formulas = candidates(fields, case.path_id(setup))
    right = formulas[case.formula]
    wrong = {name: value for name, value in formulas.items() if value != right}
    wrong["uppercase hex"] = right.upper()
    assert len(wrong) >= 8
    for name, checksum in wrong.items():
        body = client.post(path, {**fields, "authentication.checksum": checksum}, token=token)
        assert _code(body) == CHECKSUM_MISMATCH, (name, body)
    body = client.post(path, {**fields, "authentication.checksum": right}, token=token)
    assert _code(body) != CHECKSUM_MISMATCH, body
