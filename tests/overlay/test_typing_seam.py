"""The seam between builder, endpoint and interpreter is typed: mypy refuses a mismatched pair.

One mypy run over a file of deliberate mistakes, each line marked with the error code it must raise,
beside correct uses that must raise nothing. Every expected error must appear on its line and no
other error anywhere, so the test fails when a mistake stops being a type error (the seam lost its
types) and when a correct use starts being one.
"""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest

mypy_api = pytest.importorskip("mypy.api")

ROOT = Path(__file__).resolve().parents[2]
SNIPPET = textwrap.dedent(
    """\
    from datetime import UTC

    from transaction_services import Credentials, Customer
    from transaction_services.flows import payments
    from transaction_services.flows._call import Call, Context, form, form_at
    from transaction_services.flows._fields import customer_fields
    from transaction_services.models import Invoice, Payment
    from transaction_services_api.api.invoices import generate_invoice
    from transaction_services_api.api.payments import create_payment, follow_up_payment
    from transaction_services_api.models import (
        FollowUpRequest,
        GatewayResponse,
        InvoiceResponse,
        PaymentRequest,
    )

    ctx = Context(Credentials("1", "k", "2", "u", "3"), UTC)
    interpret = payments.interpret_payment(ctx, "purchase")
    inquiry = FollowUpRequest(authentication_member_id="1", authentication_checksum="c", payment_type="IN")


    def read_invoice(model: InvoiceResponse) -> Invoice:
        raise NotImplementedError


    # Correct pairs: no error.
    ok: Call[FollowUpRequest, GatewayResponse, Payment] = Call(
        operation="inquire",
        body=inquiry,
        request=form_at(follow_up_payment._get_kwargs, "1"),
        response=follow_up_payment._build_response,
        interpret=interpret,
    )
    ok_result: Payment = ok.result(GatewayResponse())

    # A body built for another endpoint.
    Call(
        operation="purchase",
        body=inquiry,
        request=form(create_payment._get_kwargs),  # E: arg-type
        response=create_payment._build_response,
        interpret=interpret,
    )

    # An interpreter of another service's answer.
    Call(
        operation="inquire",
        body=inquiry,
        request=form_at(follow_up_payment._get_kwargs, "1"),
        response=follow_up_payment._build_response,
        interpret=read_invoice,  # E: arg-type
    )

    # An interpreter paired with the wrong endpoint's parser.
    Call(
        operation="generate",
        body=inquiry,
        request=form_at(follow_up_payment._get_kwargs, "1"),
        response=generate_invoice._build_response,
        interpret=interpret,  # E: arg-type
    )

    # An endpoint with a path parameter used as one without.
    form(follow_up_payment._get_kwargs)  # E: arg-type

    # A misspelled request field.
    PaymentRequest(  # E: call-arg
        authentication_member_id="1",
        authentication_checksum="c",
        authentication_terminal_id="3",
        merchant_transaction_id="o",
        amount="1.00",
        currency="EUR",
        payment_type="DB",
        payment_mode="CC",
        payment_brand="VISA",
        order_descripter="x",
    )

    # A value outside a field's enum.
    FollowUpRequest(authentication_member_id="1", authentication_checksum="c", payment_type="XX")  # E: arg-type

    # A block unpacked into a model that has no such fields.
    customer = customer_fields(Customer())
    FollowUpRequest(authentication_member_id="1", authentication_checksum="c", payment_type="IN", **customer)  # E: misc

    # A parameter the builder does not take.
    payments.build_inquiry(ctx, payment_id="1", colour="red")  # E: call-arg

    # The result type follows the pair: a Payment call does not give an Invoice.
    wrong: Invoice = ok.result(GatewayResponse())  # E: assignment

    # A misspelled public name: the package loads its names on first use, and type checkers still see them.
    from transaction_services import Gatway  # E: attr-defined
    """
)
_EXPECT = re.compile(r"#\s*E:\s*([a-z-]+)")
_ERROR = re.compile(r"^(\d+): error: .*\[([a-z-]+)\]$")


def _expected() -> dict[int, str]:
    return {
        number: match.group(1)
        for number, line in enumerate(SNIPPET.splitlines(), start=1)
        if (match := _EXPECT.search(line))
    }


def test_mismatched_pairs_fail_type_checking_and_correct_ones_pass(tmp_path: Path) -> None:
    snippet = tmp_path / "seam_mistakes.py"
    snippet.write_text(SNIPPET)
    stdout, stderr, _status = mypy_api.run(
        [
            "--strict",
            "--no-error-summary",
            "--show-error-codes",
            "--hide-error-context",
            "--no-pretty",
            "--config-file",
            str(ROOT / "pyproject.toml"),
            "--cache-dir",
            str(tmp_path / "mypy-cache"),
            str(snippet),
        ]
    )
    assert not stderr.strip(), stderr
    found: dict[int, set[str]] = {}
    for line in stdout.splitlines():
        path, _, rest = line.strip().partition(":")
        if Path(path).name != snippet.name:
            continue  # the overlay's own errors are the types session's business
        match = _ERROR.match(rest)
        if match:
            found.setdefault(int(match.group(1)), set()).add(match.group(2))
        elif ": error:" in line:
            raise AssertionError(f"unparsed mypy error: {line}")
    expected = _expected()
    assert len(expected) == 10
    missing = {line: code for line, code in expected.items() if code not in found.get(line, set())}
    unexpected = {line: codes for line, codes in found.items() if line not in expected}
    assert not missing, f"mistakes mypy accepted (line: code): {missing}\n{stdout}"
    assert not unexpected, f"errors on correct lines: {unexpected}\n{stdout}"
