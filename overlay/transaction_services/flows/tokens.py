"""The token endpoints: merchant token per service, partner token."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from .._payload import auth_token, is_success_code, result_code, result_description
from ..errors import AuthenticationError, ValidationError
from ._call import Call, Context, form, opt

if TYPE_CHECKING:
    from transaction_services_api.models import MerchantTokenRequest, PartnerTokenRequest, TokenResponse

__all__ = ["build_merchant_token", "build_partner_token", "interpret_token"]


def _interpret_token(operation: str) -> Callable[[TokenResponse], str]:
    """The interpreter of a token answer: the token, or AuthenticationError."""

    def interpret(model: TokenResponse) -> str:
        code = result_code(model)
        token = auth_token(model)
        if token and is_success_code(code):
            return token
        raise AuthenticationError(
            result_description(model) or "no token in the answer",
            result_code=code,
            operation=operation,
        )

    return interpret


interpret_token = _interpret_token


def build_merchant_token(
    ctx: Context, *, invoice_service: bool = False
) -> Call[MerchantTokenRequest, TokenResponse, str]:
    """The merchant's AuthToken for the transaction (or invoice) service."""
    from transaction_services_api.api.authentication import create_auth_token
    from transaction_services_api.api.invoices import create_invoice_auth_token
    from transaction_services_api.models import MerchantTokenRequest

    credentials = ctx.credentials
    if credentials.username is None and credentials.partner_id is None:
        raise ValidationError("credentials.username", "the token call needs username and partner_id")
    body = MerchantTokenRequest(
        authentication_partner_id=opt(credentials.partner_id),
        merchant_username=opt(credentials.username),
        authentication_s_key=credentials.secure_key,
        authentication_member_id=opt(None if credentials.username else credentials.member_id),
    )
    operation = "invoice_token" if invoice_service else "token"
    return Call(
        operation=operation,
        body=body,
        request=form(create_invoice_auth_token._get_kwargs if invoice_service else create_auth_token._get_kwargs),
        response=create_invoice_auth_token._build_response if invoice_service else create_auth_token._build_response,
        interpret=_interpret_token(operation),
    )


def build_partner_token(ctx: Context) -> Call[PartnerTokenRequest, TokenResponse, str]:
    """A partner AuthToken (role ``partner``) from the partner login in the credentials."""
    from transaction_services_api.api.authentication import create_partner_auth_token
    from transaction_services_api.models import PartnerTokenRequest

    credentials = ctx.credentials
    if credentials.partner_id is None or credentials.partner_username is None or credentials.partner_key is None:
        raise ValidationError(
            "credentials.partner_key", "partner_token() needs partner_id, partner_username and partner_key"
        )
    body = PartnerTokenRequest(
        authentication_partner_id=credentials.partner_id,
        partner_user_name=credentials.partner_username,
        authentication_s_key=credentials.partner_key,
    )
    return Call(
        operation="partner_token",
        body=body,
        request=form(create_partner_auth_token._get_kwargs),
        response=create_partner_auth_token._build_response,
        interpret=_interpret_token("partner_token"),
    )
