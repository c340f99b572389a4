"""The ``transaction-services`` command: ``demo`` (the SDK on an embedded sandbox) and ``sandbox``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from decimal import Decimal

import httpx

from ._client import Gateway
from .config import Credentials
from .models import Card, Customer, Outcome

__all__ = ["main", "run_demo"]

DEMO_REDIRECT_URL = "https://merchant.example/return"


def run_demo() -> int:
    """Start an embedded sandbox and walk through the main flows with the SDK, printing each step."""
    try:
        from transaction_services_sandbox import Sandbox, testdata
    except ImportError:
        print("the demo needs the sandbox: pip install 'transaction-services[sandbox]'", file=sys.stderr)
        return 2
    with Sandbox() as sandbox:
        config = sandbox.config
        credentials = Credentials(
            config.member_id, config.secure_key, config.partner_id, config.username, config.terminal_id
        )
        print(f"sandbox running at {sandbox.url} (member {config.member_id})\n")
        customer = Customer(given_name="Ada", surname="Lovelace", email="ada@example.com", customer_id="demo-1")
        card = Card(testdata.CARD_APPROVE, testdata.TEST_EXPIRY_MONTH, testdata.TEST_EXPIRY_YEAR, cvv=testdata.TEST_CVV)
        with Gateway(base_url=sandbox.url, credentials=credentials) as gateway:
            sale = gateway.purchase(
                merchant_transaction_id="demo-sale-1",
                amount=Decimal("25.00"),
                currency="EUR",
                card=card,
                customer=customer,
            )
            print(f"1. purchase 25.00 EUR with {card.masked}: {sale.outcome} (payment {sale.payment_id})")
            auth = gateway.authorize(
                merchant_transaction_id="demo-auth-1", amount="40.00", currency="EUR", card=card, customer=customer
            )
            print(f"2. authorize 40.00: {auth.outcome}, status {gateway.inquire(auth.payment_id).status}")
            gateway.capture(str(auth.payment_id), "30.00")
            gateway.refund(str(auth.payment_id), "10.00")
            print(f"3. capture 30.00, refund 10.00: status {gateway.inquire(auth.payment_id).status}")
            declined = gateway.purchase(
                merchant_transaction_id="demo-sale-2",
                amount="5.00",
                currency="EUR",
                card=Card(testdata.CARD_DECLINE, testdata.TEST_EXPIRY_MONTH, testdata.TEST_EXPIRY_YEAR, cvv="123"),
                customer=customer,
            )
            print(f"4. a declined card is a result, not an exception: {declined.outcome} ({declined.result_code})")
            secure = gateway.purchase(
                merchant_transaction_id="demo-3ds-1",
                amount="12.00",
                currency="EUR",
                card=Card(testdata.CARD_3DS, testdata.TEST_EXPIRY_MONTH, testdata.TEST_EXPIRY_YEAR, cvv="123"),
                customer=customer,
                merchant_redirect_url=DEMO_REDIRECT_URL,
            )
            if secure.redirect is None or secure.outcome is not Outcome.REDIRECT:
                print(f"unexpected 3-D Secure answer: {secure.outcome}", file=sys.stderr)
                return 1
            print(f"5. 3-D Secure: {secure.outcome}; the customer is sent to {secure.redirect.url}")
            form = dict(secure.redirect.parameters)
            httpx.post(secure.redirect.url, data={**form, "decision": "approve"}, timeout=10)
            final = gateway.wait_for_final(str(secure.payment_id), timeout=10, poll_interval=0.2)
            print(f"   after the customer approved: {final.outcome} ({final.status})")
            token = gateway.register_card(card, customer=customer)
            repeat = gateway.pay_with_token(
                token.registration_id,
                "9.99",
                merchant_transaction_id="demo-token-1",
                merchant_redirect_url=DEMO_REDIRECT_URL,
                currency="EUR",
            )
            print(f"6. stored card {token.registration_id}, paid 9.99 with it: {repeat.outcome}")
            invoice = gateway.invoices.generate(
                merchant_invoice_id="demo-invoice-1",
                amount="99.00",
                currency="EUR",
                customer=customer,
                merchant_redirect_url=DEMO_REDIRECT_URL,
            )
            print(f"7. invoice {invoice.invoice_id}: pay link {invoice.pay_url}")
    print("\nDone. Run `transaction-services sandbox` to keep a sandbox running for your own tests.")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``transaction-services`` console script."""
    parser = argparse.ArgumentParser(prog="transaction-services", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("demo", help="run the SDK's main flows against an embedded sandbox")
    commands.add_parser(
        "sandbox", help="run a local sandbox gateway (see `transaction-services sandbox --help`)", add_help=False
    )
    args, rest = parser.parse_known_args(argv)
    if args.command == "sandbox":
        try:
            from transaction_services_sandbox.cli import main as sandbox_main
        except ImportError:
            print("the sandbox needs its extra: pip install 'transaction-services[sandbox]'", file=sys.stderr)
            return 2
        return sandbox_main(rest)
    if rest:
        parser.error(f"unrecognized arguments: {' '.join(rest)}")
    return run_demo()


if __name__ == "__main__":
    raise SystemExit(main())
