"""Partner-level tokens (registrations): store, list and delete with the partner's id and key.

These calls are signed with the partner checksum variants (``partnerId|partnerKey|...``) and sent
with a partner AuthToken; the gateway answers for every merchant of the partner.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import signing
from .._payload import result_description
from .._validation import check_registration_id, check_text
from ..errors import ValidationError
from ..models import Card, Customer, Registration
from ._call import Call, Context, form, form_at, opt, raise_for_refusal
from ._fields import card_brand, card_fields, customer_fields

if TYPE_CHECKING:
    from transaction_services_api.models import (
        CardsAndAccountsRequest,
        GatewayResponse,
        RegistrationRequest,
        TokenPaymentRequest,
    )

__all__ = ["build_partner_delete_registration", "build_partner_list_registrations", "build_partner_register_card"]


def _partner(ctx: Context) -> tuple[str, str]:
    credentials = ctx.credentials
    if credentials.partner_id is None or credentials.partner_key is None or credentials.partner_username is None:
        raise ValidationError(
            "credentials.partner_key", "partner calls need partner_id, partner_username and partner_key"
        )
    return credentials.partner_id, credentials.partner_key


def build_partner_register_card(
    ctx: Context, *, card: Card, customer: Customer
) -> Call[RegistrationRequest, GatewayResponse, Registration]:
    """Store a card as the partner (partner C-REG: ``partnerId|partnerKey|cardNumber``)."""
    from transaction_services_api.api.registrations import create_registration
    from transaction_services_api.models import RegistrationRequest

    partner_id, partner_key = _partner(ctx)
    if not customer.given_name or not customer.surname:
        raise ValidationError("customer", "a card registration needs the customer's given_name and surname")

    def interpret(model: GatewayResponse) -> Registration:
        raise_for_refusal(model, "partner.register_card")
        return Registration.from_model(model, tz=ctx.tz)

    body = RegistrationRequest(
        authentication_partner_id=partner_id,
        authentication_checksum=signing.registration_checksum(partner_id, partner_key, card.number),
        payment_mode="CC",
        payment_brand=card_brand(card),
        **card_fields(card),
        **customer_fields(customer),
    )
    return Call(
        operation="partner.register_card",
        body=body,
        request=form(create_registration._get_kwargs),
        response=create_registration._build_response,
        interpret=interpret,
    )


def build_partner_list_registrations(
    ctx: Context, *, customer_id: str | None = None
) -> Call[CardsAndAccountsRequest, GatewayResponse, list[Registration]]:
    """The partner's stored cards and accounts (partner C-LIST: ``partnerId|partnerKey``)."""
    from transaction_services_api.api.registrations import list_cards_and_accounts
    from transaction_services_api.models import CardsAndAccountsRequest

    partner_id, partner_key = _partner(ctx)

    def interpret(model: GatewayResponse) -> list[Registration]:
        raise_for_refusal(model, "partner.registrations")
        return Registration.list_from_model(model)

    body = CardsAndAccountsRequest(
        authentication_partner_id=partner_id,
        authentication_checksum=signing.list_checksum(partner_id, partner_key),
        customer_customer_id=opt(check_text(customer_id, "customer_id") if customer_id else None),
    )
    return Call(
        operation="partner.registrations",
        body=body,
        request=form(list_cards_and_accounts._get_kwargs),
        response=list_cards_and_accounts._build_response,
        interpret=interpret,
    )


def build_partner_delete_registration(
    ctx: Context, *, registration_id: str
) -> Call[TokenPaymentRequest, GatewayResponse, str]:
    """Delete a token as the partner (partner C-DEL-REG: ``partnerId|partnerKey|registrationId``)."""
    from transaction_services_api.api.registrations import pay_with_token
    from transaction_services_api.models import TokenPaymentRequest

    partner_id, partner_key = _partner(ctx)
    token = check_registration_id(registration_id)

    def interpret(model: GatewayResponse) -> str:
        raise_for_refusal(model, "partner.delete_registration")
        return result_description(model) or "Registration successfully deleted"

    body = TokenPaymentRequest(
        authentication_partner_id=partner_id,
        authentication_checksum=signing.delete_registration_checksum(partner_id, partner_key, token),
        payment_type="DL",
    )
    return Call(
        operation="partner.delete_registration",
        body=body,
        request=form_at(pay_with_token._get_kwargs, token),
        response=pay_with_token._build_response,
        interpret=interpret,
    )
