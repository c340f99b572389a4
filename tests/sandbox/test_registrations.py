"""Tokens and recurring payments (other half: handlers/registrations.py, handlers/payments.py)."""

from __future__ import annotations

from typing import Any

from transaction_services_sandbox import checksums, testdata

from .gateway import KEY, MEMBER, PARTNER, TX, GatewayClient, unique

PARTNER_KEY = "partnerKey"


def register_card(client: GatewayClient, customer_id: str, card: str = testdata.CARD_VISA_2) -> dict[str, Any]:
    return client.post(
        f"{TX}/registrations",
        {
            "authentication.memberId": MEMBER,
            "authentication.checksum": checksums.c_reg(MEMBER, KEY, card),
            "card.number": card,
            "card.expiryMonth": "07",
            "card.expiryYear": "2035",
            "card.cvv": "745",
            "paymentBrand": "VISA",
            "paymentMode": "CC",
            "shipping.givenName": "John",
            "shipping.surname": "veer",
            "customer.customerId": customer_id,
        },
    )


def list_tokens(client: GatewayClient, customer_id: str) -> dict[str, Any]:
    return client.post(
        f"{TX}/getCardsAndAccounts",
        {
            "authentication.memberId": MEMBER,
            "authentication.checksum": checksums.c_list(MEMBER, KEY),
            "customer.customerId": customer_id,
        },
    )


def pay_with_token(client: GatewayClient, registration_id: str, amount: str = "50.00", **extra: str) -> dict[str, Any]:
    fields = {
        "authentication.memberId": MEMBER,
        "authentication.checksum": checksums.c_token(MEMBER, KEY, registration_id, amount),
        "amount": amount,
        "currency": "JPY",
        "paymentType": "PA",
        "merchantRedirectUrl": "www.merchantRedirectUrl.com",
        **extra,
    }
    return client.post(f"{TX}/paywithtoken/{registration_id}", fields)


def test_standalone_card_registration_list_pay_delete(client: GatewayClient) -> None:
    customer = unique("cust").replace(" ", "")
    body = register_card(client, customer)
    assert body["result"] == {"code": "00002", "description": "Registration successful"}
    registration_id = body["registrationId"]
    assert len(registration_id) == 32
    assert registration_id.isalnum()
    assert (body["memberId"], body["paymentBrand"], body["paymentMode"]) == (MEMBER, "VISA", "CC")

    listed = list_tokens(client, customer)
    assert listed["result"] == {"code": "0008", "description": "Your request processed successfully"}
    assert listed["customerId"] == customer
    assert listed["cards"]["card"] == [
        {
            "registrationId": registration_id,
            "registrationStatus": "Y",
            "cardType": "VISA",
            "bin": "417666",
            "last4Digits": "1056",
            "expiryMonth": "07",
            "expiryYear": "2035",
        }
    ]
    assert listed["bankaccounts"]["bankaccount"] == []

    paid = pay_with_token(client, registration_id, recurringType="REPEATED")
    assert (paid["transactionStatus"], paid["registrationId"], paid["currency"]) == ("Y", registration_id, "JPY")
    assert paid["card"]["last4Digits"] == "1056"
    assert client.inquire(paid["paymentId"])["status"] == "authsuccessful"

    options = client.post(
        f"{TX}/getInstallmentWithToken/{registration_id}",
        {
            "authentication.memberId": MEMBER,
            "authentication.checksum": checksums.c_del_reg(MEMBER, KEY, registration_id),
        },
    )
    assert options == {
        "registrationId": registration_id,
        "card": {"bin": "417666", "last4Digits": "1056", "lastFourDigits": "1056"},
        "installment": "3,4",
    }

    deleted = client.post(
        f"{TX}/paywithtoken/{registration_id}",
        {
            "authentication.memberId": MEMBER,
            "authentication.checksum": checksums.c_del_reg(MEMBER, KEY, registration_id),
            "paymentType": "DL",
        },
    )
    assert deleted["result"] == {"code": "00003", "description": "Registration successfully deleted"}
    assert list_tokens(client, customer)["cards"]["card"] == []
    assert pay_with_token(client, registration_id)["result"]["code"] == "10026"


def test_sepa_registration(client: GatewayClient) -> None:
    customer = unique("sepa").replace(" ", "")
    body = client.post(
        f"{TX}/registrations",
        {
            "authentication.memberId": MEMBER,
            "authentication.checksum": checksums.c_reg(MEMBER, KEY, testdata.TEST_BIC),
            "bankAccount.iban": testdata.TEST_IBAN,
            "bankAccount.bic": testdata.TEST_BIC,
            "paymentBrand": "DIRECTDEBIT",
            "paymentMode": "SEPA",
            "customer.givenName": "John",
            "customer.surname": "Doe",
            "customer.customerId": customer,
        },
    )
    assert body["result"]["code"] == "00002"
    accounts = list_tokens(client, customer)["bankaccounts"]["bankaccount"]
    assert accounts == [
        {
            "registrationId": body["registrationId"],
            "registrationStatus": "Y",
            "iban": "******************7890",
            "bic": testdata.TEST_BIC,
        }
    ]
    paid = pay_with_token(client, body["registrationId"], "10.00", paymentType="DB", currency="EUR")
    assert paid["transactionStatus"] == "Y"
    assert paid["bankAccount"]["iban"] == "******************7890"
    installments = client.post(
        f"{TX}/getInstallmentWithToken/{body['registrationId']}", {"authentication.memberId": MEMBER}
    )
    assert installments["result"]["code"] == "90034"


def test_registration_checksums(client: GatewayClient) -> None:
    wrong_iban = client.post(
        f"{TX}/registrations",
        {
            "authentication.memberId": MEMBER,
            "authentication.checksum": checksums.c_reg(MEMBER, KEY, testdata.TEST_IBAN),
            "bankAccount.iban": testdata.TEST_IBAN,
            "bankAccount.bic": testdata.TEST_BIC,
            "customer.givenName": "John",
            "customer.surname": "Doe",
        },
    )
    assert wrong_iban["result"]["code"] == "30095"
    registration_id = register_card(client, "c-wrong")["registrationId"]
    assert (
        pay_with_token(
            client,
            registration_id,
            **{"authentication.checksum": checksums.c_token(MEMBER, KEY, registration_id, "5.00")},
        )["result"]["code"]
        == "30095"
    )
    wrong_delete = client.post(
        f"{TX}/paywithtoken/{registration_id}",
        {
            "authentication.memberId": MEMBER,
            "authentication.checksum": checksums.c_rv_in(MEMBER, KEY, "x"),
            "paymentType": "DL",
        },
    )
    assert wrong_delete["result"]["code"] == "30095"
    wrong_list = client.post(
        f"{TX}/getCardsAndAccounts",
        {"authentication.memberId": MEMBER, "authentication.checksum": checksums.c_list(PARTNER, KEY)},
    )
    assert wrong_list["result"]["code"] == "30095"
    wrong_installments = client.post(
        f"{TX}/getInstallmentWithToken/{registration_id}",
        {
            "authentication.memberId": MEMBER,
            "authentication.checksum": checksums.c_token(MEMBER, KEY, registration_id, "1.00"),
        },
    )
    assert wrong_installments["result"]["code"] == "30095"


def test_partner_registers_lists_and_deletes(client: GatewayClient) -> None:
    token = client.partner_token()
    customer = unique("partner").replace(" ", "")
    body = client.post(
        f"{TX}/registrations",
        {
            "authentication.partnerId": PARTNER,
            "authentication.checksum": checksums.c_reg(PARTNER, PARTNER_KEY, testdata.CARD_MASTERCARD),
            "card.number": testdata.CARD_MASTERCARD,
            "card.expiryMonth": "01",
            "card.expiryYear": "2036",
            "customer.givenName": "Jane",
            "customer.surname": "Roe",
            "customer.customerId": customer,
        },
        token=token,
    )
    assert (body["result"]["code"], body["partnerId"], body["paymentBrand"]) == ("00002", PARTNER, "MC")
    listed = client.post(
        f"{TX}/getCardsAndAccounts",
        {
            "authentication.partnerId": PARTNER,
            "authentication.checksum": checksums.c_list(PARTNER, PARTNER_KEY),
            "customer.customerId": customer,
        },
        token=token,
    )
    assert [card["registrationId"] for card in listed["cards"]["card"]] == [body["registrationId"]]
    deleted = client.post(
        f"{TX}/paywithtoken/{body['registrationId']}",
        {
            "authentication.partnerId": PARTNER,
            "authentication.checksum": checksums.c_del_reg(PARTNER, PARTNER_KEY, body["registrationId"]),
            "paymentType": "DL",
        },
        token=token,
    )
    assert deleted["result"]["code"] == "00003"
    # A partner cannot pay with a token.
    paid = client.post(
        f"{TX}/paywithtoken/{body['registrationId']}",
        {"authentication.partnerId": PARTNER, "paymentType": "DB"},
        token=token,
    )
    assert paid["result"]["code"] == "401"


def test_registration_during_payment_and_recurring(client: GatewayClient) -> None:
    customer = unique("rec").replace(" ", "")
    initial = client.pay(
        "50.00",
        paymentType="PA",
        createRegistration="true",
        recurringType="INITIAL",
        merchantRedirectUrl="https://merchant.example/return",
        **{"customer.customerId": customer},
    )
    assert initial["transactionStatus"] == "Y"
    registration_id = initial["registrationId"]
    assert [c["registrationId"] for c in list_tokens(client, customer)["cards"]["card"]] == [registration_id]

    original = initial["paymentId"]
    repeated_fields = {
        "authentication.memberId": MEMBER,
        "authentication.checksum": checksums.c_repeat_pid(MEMBER, KEY, original, "20.00"),
        "paymentType": "DB",
        "recurringType": "REPEATED",
        "amount": "20.00",
        "merchantRedirectUrl": "https://merchant.example/return",
    }
    by_path = client.post(f"{TX}/payments/{original}", repeated_fields)
    assert (by_path["transactionStatus"], by_path["paymentType"], by_path["amount"]) == ("Y", "DB", "20.00")
    assert by_path["paymentId"] != original
    by_body = client.post(f"{TX}/payments", {**repeated_fields, "paymentId": original})
    assert by_body["transactionStatus"] == "Y"
    declined = client.post(
        f"{TX}/payments/{original}",
        {
            **repeated_fields,
            "amount": testdata.AMOUNT_DECLINE,
            "authentication.checksum": checksums.c_repeat_pid(MEMBER, KEY, original, testdata.AMOUNT_DECLINE),
        },
    )
    assert declined["transactionStatus"] == "N"
    wrong = client.post(
        f"{TX}/payments/{original}",
        {**repeated_fields, "authentication.checksum": checksums.c_repeat_pid(MEMBER, KEY, original, "2.00")},
    )
    assert wrong["result"]["code"] == "30095"
    by_token = pay_with_token(
        client, registration_id, "5.00", recurringType="REPEATED", paymentType="DB", currency="EUR"
    )
    assert (by_token["transactionStatus"], by_token["registrationId"]) == ("Y", registration_id)


def test_repeat_needs_a_successful_initial(client: GatewayClient) -> None:
    plain = client.pay("5.00")["paymentId"]
    body = client.post(
        f"{TX}/payments/{plain}",
        {
            "authentication.memberId": MEMBER,
            "authentication.checksum": checksums.c_repeat_pid(MEMBER, KEY, plain, "5.00"),
            "paymentType": "DB",
            "recurringType": "REPEATED",
            "amount": "5.00",
            "merchantRedirectUrl": "https://m.example",
        },
    )
    assert body["result"]["code"] == "90032"


def test_registration_of_a_3ds_payment_waits_for_approval(client: GatewayClient) -> None:
    customer = unique("p3d").replace(" ", "")
    body = client.pay(
        "5.00",
        testdata.CARD_3DS,
        createRegistration="true",
        merchantRedirectUrl="https://m.example",
        **{"customer.customerId": customer},
    )
    assert body["transactionStatus"] == "3D"
    assert list_tokens(client, customer)["cards"]["card"] == []
    md = next(p["value"] for p in body["redirect"]["parameters"] if p["name"] == "MD")
    client.http.post("/transaction/Authenticate", data={"MD": md, "decision": "approve"})
    assert [c["registrationId"] for c in list_tokens(client, customer)["cards"]["card"]] == [body["registrationId"]]
