"""Several merchants of one partner, each with its own key, login, terminals and flags; every ledger
read and write is scoped by member (other half: config.py `MerchantConfig`, handlers/context.py)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest

from transaction_services_sandbox import Sandbox, checksums
from transaction_services_sandbox.callbacks import NotificationPath
from transaction_services_sandbox.config import SECOND_MERCHANT

from .gateway import INV, KEY, MEMBER, PARTNER, TERMINAL, TX, GatewayClient, unique

NOT_FOUND = "10026"
REDIRECT = "https://shop.example/back"


@dataclass(frozen=True)
class Member:
    member_id: str
    key: str
    username: str
    terminal: str


A = Member(MEMBER, KEY, "testdoc", TERMINAL)
B = Member(SECOND_MERCHANT.member_id, SECOND_MERCHANT.secure_key, SECOND_MERCHANT.username, "1107")


def token(client: GatewayClient, member: Member, service: str = TX) -> str:
    body = client.http.post(
        f"{service}/authToken",
        data={
            "authentication.partnerId": PARTNER,
            "merchant.username": member.username,
            "authentication.sKey": member.key,
        },
    ).json()
    assert body["result"]["code"] == "200", body
    assert body["memberId"] == member.member_id
    return str(body["AuthToken"])


class As:
    """Requests signed by one member with that member's token."""

    def __init__(self, client: GatewayClient, member: Member) -> None:
        self.client, self.member = client, member
        self.tx, self.inv = token(client, member), token(client, member, INV)

    def post(self, path: str, fields: dict[str, str]) -> dict[str, Any]:
        service_token = self.inv if path.startswith(INV) else self.tx
        signed = {**fields, "authentication.memberId": self.member.member_id}
        return self.client.post(path, signed, token=service_token)

    def pay(self, order: str, amount: str = "5.00", **extra: str) -> dict[str, Any]:
        fields = self.client.sale_fields(amount, merchantTransactionId=order, **extra)
        fields["authentication.terminalId"] = self.member.terminal
        fields["authentication.checksum"] = checksums.c_sale(self.member.member_id, self.member.key, order, amount)
        return self.post(f"{TX}/payments", fields)

    def follow(self, payment_id: str, payment_type: str, amount: str | None = None) -> dict[str, Any]:
        m = self.member
        if amount is None:
            fields = {"authentication.checksum": checksums.c_rv_in(m.member_id, m.key, payment_id)}
        else:
            fields = {"authentication.checksum": checksums.c_cp_rf(m.member_id, m.key, payment_id, amount)}
            fields["amount"] = amount
        return self.post(
            f"{TX}/payments/{payment_id}", {**fields, "paymentType": payment_type, "paymentId": payment_id}
        )

    def by_order(self, order: str) -> dict[str, Any]:
        checksum = checksums.c_in_mid(self.member.member_id, self.member.key, order)
        fields = {"authentication.checksum": checksum, "paymentType": "IN", "idType": "MID"}
        return self.post(f"{TX}/payments/{order}", {**fields, "merchantTransactionId": order})

    def list_fields(self) -> dict[str, str]:
        return {"authentication.checksum": checksums.c_list(self.member.member_id, self.member.key)}


@pytest.fixture
def both(fresh: Sandbox, fresh_client: GatewayClient) -> tuple[As, As]:
    return As(fresh_client, A), As(fresh_client, B)


def test_each_member_has_its_own_token_and_key(fresh_client: GatewayClient) -> None:
    assert token(fresh_client, B)
    wrong_key = fresh_client.http.post(
        f"{TX}/authToken",
        data={"authentication.partnerId": PARTNER, "merchant.username": B.username, "authentication.sKey": KEY},
    ).json()
    assert wrong_key["result"]["code"] == "403"


def test_a_members_token_never_acts_for_another(both: tuple[As, As]) -> None:
    a, b = both
    payment_id = a.pay(unique())["paymentId"]
    checksum = checksums.c_rv_in(A.member_id, A.key, payment_id)
    # B's token with A's member id and A's checksum: the token layer refuses it.
    body = b.client.post(
        f"{TX}/payments/{payment_id}",
        {"authentication.memberId": A.member_id, "authentication.checksum": checksum, "paymentType": "IN"},
        token=b.tx,
    )
    assert body["result"]["code"] == "401"


def test_payments_are_scoped_by_member(fresh: Sandbox, both: tuple[As, As]) -> None:
    a, b = both
    order = unique()
    sale = a.pay(order)
    authorization = a.pay(unique(), paymentType="PA")
    sale_id, auth_id = sale["paymentId"], authorization["paymentId"]
    assert b.follow(sale_id, "IN")["result"]["code"] == NOT_FOUND
    assert b.by_order(order)["result"]["code"] == NOT_FOUND
    assert b.follow(auth_id, "CP", "1.00")["result"]["code"] == NOT_FOUND
    assert b.follow(sale_id, "RF", "1.00")["result"]["code"] == NOT_FOUND
    assert b.follow(auth_id, "RV")["result"]["code"] == NOT_FOUND
    payout = {
        "authentication.checksum": checksums.c_payout(B.member_id, "po-b", "1.00", B.key),
        "merchantTransactionId": "po-b",
        "amount": "1.00",
        "paymentId": sale_id,
    }
    assert b.post(f"{TX}/payout", payout)["result"]["code"] == NOT_FOUND
    listed = b.post(f"{TX}/getTransactionList", b.list_fields())
    assert listed["result"]["code"] == NOT_FOUND  # B has none
    # A's payments are untouched, and A still sees them.
    assert a.follow(sale_id, "IN")["status"] == "capturesuccess"
    assert a.follow(auth_id, "IN")["status"] == "authsuccessful"
    assert {t["systemPaymentId"] for t in a.post(f"{TX}/getTransactionList", a.list_fields())["transaction"]} == {
        sale_id,
        auth_id,
    }
    # Order ids are unique per member: B may use A's.
    assert b.pay(order)["transactionStatus"] == "Y"
    assert b.by_order(order)["paymentId"] != sale_id
    assert {p.member_id for p in fresh.ledger.payments()} == {A.member_id, B.member_id}


def test_registrations_are_scoped_by_member(both: tuple[As, As]) -> None:
    a, b = both
    registration = a.pay(unique(), createRegistration="true", merchantRedirectUrl=REDIRECT)["registrationId"]
    pay = {
        "authentication.checksum": checksums.c_token(B.member_id, B.key, registration, "2.00"),
        "paymentType": "DB",
        "amount": "2.00",
        "merchantRedirectUrl": REDIRECT,
        "merchantTransactionId": unique(),
    }
    assert b.post(f"{TX}/paywithtoken/{registration}", pay)["result"]["code"] == NOT_FOUND
    delete = {
        "authentication.checksum": checksums.c_del_reg(B.member_id, B.key, registration),
        "paymentType": "DL",
    }
    assert b.post(f"{TX}/paywithtoken/{registration}", delete)["result"]["code"] == NOT_FOUND
    assert b.post(f"{TX}/getCardsAndAccounts", b.list_fields())["cards"] == {"card": []}
    cards = a.post(f"{TX}/getCardsAndAccounts", a.list_fields())["cards"]["card"]
    assert [card["registrationId"] for card in cards] == [registration]


def test_invoices_are_scoped_by_member(both: tuple[As, As]) -> None:
    a, b = both
    reference = unique("Invoice")
    generated = a.post(
        f"{INV}/generate",
        {
            "authentication.checksum": checksums.c_inv_gen(A.member_id, A.key, reference, "9.00", REDIRECT),
            "merchantInvoiceId": reference,
            "amount": "9.00",
            "currency": "EUR",
            "merchantRedirectUrl": REDIRECT,
            "customer.email": "a@example.com",
        },
    )
    invoice_id = generated["invoiceDetails"]["systemInvoiceId"]
    inquiry = {
        "authentication.checksum": checksums.c_inv_status(B.member_id, B.key, reference),
        "merchantInvoiceId": reference,
    }
    for operation in ("inquiry", "invoiceTransInquiry"):
        assert b.post(f"{INV}/{operation}", inquiry)["statusInvoiceResult"]["code"] == NOT_FOUND
    act = {
        "authentication.checksum": checksums.c_inv_act(invoice_id, B.member_id, B.key, REDIRECT),
        "invoiceId": invoice_id,
        "merchantRedirectUrl": REDIRECT,
    }
    for operation in ("cancel", "remind", "regenerate"):
        assert b.post(f"{INV}/{operation}", act)["statusInvoiceResult"]["code"] == NOT_FOUND
    assert b.post(f"{INV}/getInvoice", b.list_fields())["statusInvoiceResult"]["code"] == NOT_FOUND
    assert b.post(f"{INV}/getInvoiceDetails", b.list_fields())["invoiceDetails"]["total"] == "0"
    own = {**inquiry, "authentication.checksum": checksums.c_inv_status(A.member_id, A.key, reference)}
    assert a.post(f"{INV}/inquiry", own)["invoiceDetails"]["invoiceStatus"] == "generated"


def test_terminals_are_per_member(both: tuple[As, As]) -> None:
    _, b = both
    # A's terminal is not B's.
    fields = b.client.sale_fields("5.00", merchantTransactionId="t-1")
    fields.update(
        {
            "authentication.terminalId": A.terminal,
            "authentication.checksum": checksums.c_sale(B.member_id, B.key, "t-1", "5.00"),
        }
    )
    assert b.post(f"{TX}/payments", fields)["result"]["code"] == "30097"
    assert b.pay(unique())["transactionStatus"] == "Y"


def test_callbacks_are_signed_with_the_members_key(fresh: Sandbox, both: tuple[As, As]) -> None:
    _, b = both
    body = b.pay(unique(), notificationUrl="http://127.0.0.1:9/n")
    stored = fresh.ledger.get_payment(body["paymentId"])
    assert stored is not None
    assert stored.member_id == B.member_id
    fresh.state.notifier.notify(stored, NotificationPath.TRANSACTION, "00001", "Transaction succeeded")
    sent = fresh.ledger.notifications(body["paymentId"])[0].body
    expected = checksums.c_notify(body["paymentId"], stored.merchant_transaction_id, "5.00", "Y", B.key)
    assert sent["checksum"] == expected
