"""Every example of the contract validates against its schema and carries a correct checksum."""

from __future__ import annotations

import copy
import hashlib
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from tests.contract.contract import CONTRACT_URI, Example, document, examples, pointer

EXAMPLES = examples()
REQUEST_EXAMPLES = [e for e in EXAMPLES if e.kind == "request"]
SECURE_KEY = "secureKey"  # the docs' placeholder key; every signed example is signed with it

# Path ids the signed examples of path-parameter operations were computed for (named in their summaries).
PATH_IDS = {
    ("payWithToken", "repeatedByToken"): "hcZRVi0AGc2jFZ82WNo1Ncs0oOYCdRvQ",
    ("payWithToken", "payWithToken"): "hcZRVi0AGc2jFZ82WNo1Ncs0oOYCdRvQ",
    ("payWithToken", "deleteToken"): "hcZRVi0AGc2jFZ82WNo1Ncs0oOYCdRvQ",
    ("payWithToken", "partnerDeletesToken"): "kGuadVKOymeTYkuAYoxon2vKUzu88Po1",
    ("getInstallmentsWithToken", "installments"): "kGuadVKOymeTYkuAYoxon2vKUzu88Po1",
}


def validator_for(schema_pointer: str) -> Draft202012Validator:
    """A JSON Schema 2020-12 validator for the schema at a pointer of the contract, refs resolved."""
    resource = Resource.from_contents(document(), default_specification=DRAFT202012)
    registry: Registry[Any] = Registry().with_resource(CONTRACT_URI, resource)
    return Draft202012Validator({"$ref": CONTRACT_URI + schema_pointer}, registry=registry)


def test_the_contract_has_examples_everywhere() -> None:
    assert len(EXAMPLES) >= 80
    assert {e.kind for e in EXAMPLES} == {"request", "response", "parameter"}


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda e: e.id)
def test_example_validates_against_its_schema(example: Example) -> None:
    validator_for(example.schema_pointer).validate(example.value)


@pytest.mark.parametrize(
    ("schema", "value", "field"),
    [
        ("PaymentRequest", {"amount": "50"}, "amount"),
        ("PaymentRequest", {"amount": "50.001"}, "amount"),
        ("PaymentRequest", {"authentication.checksum": "FCAE56890665174A5D03FCE306414D0D"}, "checksum"),
        ("PaymentRequest", {"paymentType": "CP"}, "paymentType"),
        ("PaymentRequest", {"card.expiryYear": "2041"}, "expiryYear"),
        ("PaymentRequest", {"merchantTransactionId": " leading space"}, "merchantTransactionId"),
        ("PaymentRequest", {"currency": None}, "currency"),
    ],
)
def test_a_broken_request_fails_validation(schema: str, value: dict[str, Any], field: str) -> None:
    card_sale = next(e for e in REQUEST_EXAMPLES if e.name == "cardSale").value
    broken = {**copy.deepcopy(card_sale), **value}
    if value.get("currency", "") is None:
        del broken["currency"]
    with pytest.raises(ValidationError):
        validator_for(pointer("components", "schemas", schema)).validate(broken)


@pytest.mark.parametrize(
    "value",
    [
        {"paymentId": "1", "status": "authstarted_new", "transactionStatus": "Z", "unknownField": {"x": "1"}},
        {"result": {"code": "00029"}, "transaction": {"systemPaymentId": "1", "transactionStatus": "settled"}},
        {"result": {"code": "0008"}, "cards": {"card": {"bin": "411111"}}, "bankaccounts": {"bankaccount": []}},
        {"redirect": {"url": "https://acs.example", "parameters": {"name": "PaReq", "value": "x"}}},
        {"result": {"description": "Query String request is not supported ,Kindly pass the request in the body"}},
    ],
)
def test_responses_are_lenient(value: dict[str, Any]) -> None:
    validator_for(pointer("components", "schemas", "GatewayResponse")).validate(value)


def md5(*values: str) -> str:
    """The gateway's checksum: lowercase hex MD5 of the values joined with '|'."""
    return hashlib.md5("|".join(values).encode()).hexdigest()


def expected_checksum(operation_id: str, name: str, fields: dict[str, str]) -> str:
    """The checksum the gateway expects for a request example (reference §5.2), independent of the SDK."""
    member = fields.get("authentication.memberId") or fields["authentication.partnerId"]
    payment_type = fields.get("paymentType")
    reference = fields.get("merchantTransactionId", "")
    amount = fields.get("amount", "")
    payment_id = fields.get("paymentId", "")
    path_id = PATH_IDS.get((operation_id, name), "")
    if operation_id in {"createPayment", "createQrCheckout"}:
        if fields.get("recurringType") == "REPEATED":
            return md5(member, SECURE_KEY, payment_id, amount)  # C-REPEAT-PID
        return md5(member, SECURE_KEY, reference, amount)  # C-SALE
    if operation_id in {"followUpPayment", "inquirePayment"}:
        if payment_type in {"CP", "RF", "PA", "DB"}:
            return md5(member, SECURE_KEY, payment_id, amount)  # C-CP-RF, C-REPEAT-PID
        if fields.get("idType") == "MID":
            return md5(member, SECURE_KEY, reference)  # C-IN-MID
        return md5(member, SECURE_KEY, payment_id)  # C-RV-IN
    if operation_id == "payWithToken":
        if payment_type == "DL":
            return md5(member, SECURE_KEY, path_id)  # C-DEL-REG
        return md5(member, SECURE_KEY, path_id, amount)  # C-TOKEN
    if operation_id == "getInstallmentsWithToken":
        return md5(member, SECURE_KEY, path_id)
    if operation_id == "createRegistration":
        third = fields.get("card.number") or fields.get("bankAccount.bic") or fields["bankAccount.accountNumber"]
        return md5(member, SECURE_KEY, third)  # C-REG
    if operation_id == "createPayout":
        return md5(member, reference, amount, SECURE_KEY)  # C-PAYOUT
    if operation_id == "generateInvoice":
        return md5(member, SECURE_KEY, fields["merchantInvoiceId"], amount, fields["merchantRedirectUrl"])
    if operation_id in {"cancelInvoice", "regenerateInvoice", "remindInvoice"}:
        return md5(fields["invoiceId"], member, SECURE_KEY, fields["merchantRedirectUrl"])  # C-INV-ACT
    if operation_id in {"invoiceInquiry", "invoiceTransactionInquiry"}:
        return md5(member, SECURE_KEY, fields["merchantInvoiceId"])  # C-INV-STATUS
    if operation_id == "updateInvoiceConfig":
        return md5(member, SECURE_KEY, fields["merchantRedirectUrl"])  # C-INV-CONFIG
    return md5(member, SECURE_KEY)  # C-LIST


SIGNED_REQUESTS = [e for e in REQUEST_EXAMPLES if "authentication.checksum" in e.value]


def test_most_request_examples_are_signed() -> None:
    assert len(SIGNED_REQUESTS) >= 35


@pytest.mark.parametrize("example", SIGNED_REQUESTS, ids=lambda e: e.id)
def test_request_example_checksum_is_correct_for_the_docs_key(example: Example) -> None:
    assert example.value["authentication.checksum"] == expected_checksum(
        example.operation.operation_id, example.name, example.value
    )


def test_callback_examples_carry_correct_checksums() -> None:
    for example in EXAMPLES:
        value = example.value
        if example.operation.operation_id == "receivePaymentNotification":
            status = value["transactionStatus"]
        elif example.operation.operation_id.startswith("receiveCustomerRedirect"):
            status = value["status"]
        else:
            continue
        fields = (value["paymentId"], value["merchantTransactionId"], value["amount"], status, SECURE_KEY)
        assert value["checksum"] == md5(*fields), example.id
