"""Tokens: `/registrations`, `/paywithtoken/{registrationId}`, `/getCardsAndAccounts`,
`/getInstallmentWithToken/{registrationId}` (reference §4.7-4.9, §4.15)."""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from .. import checksums, codes
from ..models import Registration, mask_iban
from ..outcomes import CARD_MODES, card_brand
from ..processing import NewPayment, customer_fields, new_registration_id, payment_body, process_payment
from ..responses import gateway_json
from ..tokens import ROLE_MERCHANT, ROLE_PARTNER
from .context import Call, Identity, operation
from .payments import require_positive_amount

__all__ = ["cards_and_accounts", "installments", "pay_with_token", "register"]

_BOTH_ROLES = (ROLE_MERCHANT, ROLE_PARTNER)
# Currency of a token payment that names none.
DEFAULT_PAYMENT_CURRENCY = "EUR"


def _holder_names(call: Call) -> dict[str, str]:
    customer = customer_fields(call.fields)
    for name in ("givenName", "surname"):
        if not customer.get(name):
            call.validate([f"customer.{name}"])
    return customer


@operation("registrations", roles=_BOTH_ROLES)
async def register(call: Call) -> Response:
    """Stand-alone tokenization of a card, a SEPA account or an ACH account (C-REG)."""
    identity = call.identity(allow_partner=True)
    mode = call.get("paymentMode").upper()
    if call.get("card.number") or mode in CARD_MODES:
        call.validate(["card.number", "card.expiryMonth", "card.expiryYear"])
        kind, instrument = "card", call.get("card.number")
    elif call.get("bankAccount.iban") or mode == "SEPA":
        call.validate(["bankAccount.iban", "bankAccount.bic"])
        kind, instrument = "sepa", call.get("bankAccount.bic")
    else:
        call.validate(["bankAccount.accountNumber", "bankAccount.routingNumber"])
        kind, instrument = "ach", call.get("bankAccount.accountNumber")
    call.validate(["authentication.checksum"])
    call.check_checksum(checksums.c_reg(identity.owner_id, identity.key, instrument))
    customer = _holder_names(call)
    call.validate()
    number = call.get("card.number")
    brand = call.get("paymentBrand") or (card_brand(number) if kind == "card" else "SEPA" if kind == "sepa" else "ACH")
    registration = Registration(
        registration_id=new_registration_id(),
        kind=kind,
        status="Y",
        created_at=call.state.clock.epoch(),
        customer_id=call.get("customer.customerId"),
        member_id=identity.member_scope or "",
        owner=identity.role,
        payment_brand=brand,
        payment_mode=call.get("paymentMode") or ("CC" if kind == "card" else kind.upper()),
        card_number=number,
        card_bin=number[:6],
        card_last4=number[-4:],
        card_expiry_month=call.get("card.expiryMonth"),
        card_expiry_year=call.get("card.expiryYear"),
        card_holder=" ".join((customer["givenName"], customer["surname"])),
        iban=call.get("bankAccount.iban"),
        bic=call.get("bankAccount.bic"),
        account_number=call.get("bankAccount.accountNumber"),
        routing_number=call.get("bankAccount.routingNumber"),
        holder=" ".join((customer["givenName"], customer["surname"])),
    )
    call.state.ledger.save_registration(registration)
    owner_key = "memberId" if identity.role == ROLE_MERCHANT else "partnerId"
    return gateway_json(
        {
            "registrationId": registration.registration_id,
            owner_key: identity.owner_id,
            "paymentBrand": registration.payment_brand,
            "paymentMode": registration.payment_mode,
            "result": {"code": codes.REGISTRATION_OK.code, "description": codes.REGISTRATION_OK.description},
            "timestamp": call.state.clock.timestamp(),
        }
    )


def _active(call: Call, identity: Identity, registration_id: str) -> Registration:
    registration = call.state.ledger.get_registration(registration_id, identity.member_scope)
    if registration is None or registration.status != "Y":
        raise call.refuse(codes.NOT_FOUND)
    return registration


@operation("paywithtoken/{registrationId}", roles=_BOTH_ROLES, creates_payments=True)
async def pay_with_token(call: Call) -> Response:
    """Pay (PA, DB; C-TOKEN) with a stored token, or delete it (DL; C-DEL-REG, merchant or partner)."""
    registration_id = call.path_params["registrationId"]
    call.validate(["paymentType"])
    payment_type = call.get("paymentType")
    if payment_type == "DL":
        identity = call.identity(allow_partner=True)
        call.check_checksum(checksums.c_del_reg(identity.owner_id, identity.key, registration_id))
        registration = _active(call, identity, registration_id)
        registration.status = "D"
        call.state.ledger.save_registration(registration)
        return gateway_json(
            {
                "registrationId": registration_id,
                "result": {
                    "code": codes.REGISTRATION_DELETED.code,
                    "description": codes.REGISTRATION_DELETED.description,
                },
                "timestamp": call.state.clock.timestamp(),
            }
        )
    if payment_type not in ("PA", "DB"):
        raise call.refuse(codes.OPERATION_NOT_SUPPORTED)
    identity = call.identity()
    call.validate(["authentication.checksum", "amount", "merchantRedirectUrl"])
    require_positive_amount(call)
    call.check_checksum(checksums.c_token(identity.owner_id, identity.key, registration_id, call.get("amount")))
    registration = _active(call, identity, registration_id)
    call.check_currency(identity, call.get("currency") or DEFAULT_PAYMENT_CURRENCY)
    customer = customer_fields(call.fields)
    if registration.customer_id and "customerId" not in customer:
        customer["customerId"] = registration.customer_id
    for name, value in zip(("givenName", "surname"), registration.holder.split(" ", 1), strict=False):
        customer.setdefault(name, value)
    recurring = call.get("recurringType").upper()
    spec = NewPayment(
        payment_type=payment_type,
        amount=call.get("amount"),
        currency=call.get("currency") or DEFAULT_PAYMENT_CURRENCY,
        merchant_transaction_id=call.get("merchantTransactionId") or registration_id,
        payment_mode=registration.payment_mode,
        payment_brand=registration.payment_brand,
        card_number=registration.card_number,
        card_expiry_month=registration.card_expiry_month,
        card_expiry_year=registration.card_expiry_year,
        card_holder=registration.card_holder,
        iban=registration.iban,
        bic=registration.bic,
        account_number=registration.account_number,
        customer=customer,
        merchant_redirect_url=call.get("merchantRedirectUrl"),
        redirect_method=call.get("redirectMethod") or "POST",
        notification_url=call.get("notificationUrl"),
        recurring_type=recurring,
        registration_id=registration_id,
        customer_present=recurring != "REPEATED",
        attempt_three_d=call.get("attemptThreeD"),
        tmpl_amount=call.get("tmpl_amount"),
        tmpl_currency=call.get("tmpl_currency"),
        order_description=call.get("orderDescriptor"),
        terminal_id=call.get("authentication.terminalId"),
        member_id=identity.owner_id,
        # The platform checks the order id the merchant sent; without one the sandbox checks nothing.
        unique_order_id=bool(call.get("merchantTransactionId")),
    )
    payment = await process_payment(call.state, spec, call.take_fault())
    return gateway_json(payment_body(call.state, payment, call.base_url))


def _card_item(registration: Registration) -> dict[str, str]:
    return {
        "registrationId": registration.registration_id,
        "registrationStatus": registration.status,
        "cardType": registration.payment_brand,
        "bin": registration.card_bin,
        "last4Digits": registration.card_last4,
        "expiryMonth": registration.card_expiry_month,
        "expiryYear": registration.card_expiry_year,
    }


def _account_item(registration: Registration) -> dict[str, str]:
    item = {"registrationId": registration.registration_id, "registrationStatus": registration.status}
    if registration.iban:
        item["iban"] = mask_iban(registration.iban)
        item["bic"] = registration.bic
    else:
        item["accountNumber"] = mask_iban(registration.account_number)
        item["routingNumber"] = registration.routing_number
    return item


@operation("getCardsAndAccounts", roles=_BOTH_ROLES)
async def cards_and_accounts(call: Call) -> Response:
    """Stored cards and accounts, optionally of one customer (C-LIST, merchant or partner)."""
    identity = call.identity(allow_partner=True)
    call.check_checksum(checksums.c_list(identity.owner_id, identity.key))
    call.validate()
    customer_id = call.get("customer.customerId") or None
    registrations = call.state.ledger.registrations(customer_id, member_id=identity.member_scope)
    body: dict[str, Any] = {"memberId" if identity.role == ROLE_MERCHANT else "partnerId": identity.owner_id}
    if customer_id:
        body["customerId"] = customer_id
    body["result"] = {"code": codes.LIST_OK.code, "description": codes.LIST_OK.description}
    body["cards"] = {"card": [_card_item(r) for r in registrations if r.kind == "card"]}
    body["bankaccounts"] = {"bankaccount": [_account_item(r) for r in registrations if r.kind != "card"]}
    return gateway_json(body)


@operation("getInstallmentWithToken/{registrationId}")
async def installments(call: Call) -> Response:
    """Installment options of a stored card (checksum, when sent: `memberId|secureKey|registrationId`)."""
    registration_id = call.path_params["registrationId"]
    identity = call.identity()
    call.check_optional_checksum(checksums.c_del_reg(identity.owner_id, identity.key, registration_id))
    call.validate()
    registration = _active(call, identity, registration_id)
    if registration.kind != "card":
        raise call.refuse(codes.TOKEN_UNSUPPORTED)
    options = ",".join(str(count) for count in call.state.config.installment_options)
    return gateway_json(
        {
            "registrationId": registration_id,
            "card": {
                "bin": registration.card_bin,
                "last4Digits": registration.card_last4,
                "lastFourDigits": registration.card_last4,
            },
            "installment": options,
        }
    )
