"""``gateway.partner``: partner-level token calls, for both shells; loaded on first use."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .flows import partner as partner_flows
from .models import Card, Customer, Registration

if TYPE_CHECKING:
    from ._async_client import AsyncGateway
    from ._client import Gateway

__all__ = ["AsyncPartner", "Partner"]


class Partner:
    """``gateway.partner``: tokens at partner level, signed with the partner's key, sent with a partner token."""

    def __init__(self, gateway: Gateway) -> None:
        self._gateway = gateway
        self._ctx = gateway._ctx

    def register_card(self, card: Card, *, customer: Customer) -> Registration:
        """Store a card as the partner."""
        return self._gateway._send(partner_flows.build_partner_register_card(self._ctx, card=card, customer=customer))

    def registrations(self, customer_id: str | None = None) -> list[Registration]:
        """The partner's stored cards and accounts (of one customer, or all)."""
        return self._gateway._send(partner_flows.build_partner_list_registrations(self._ctx, customer_id=customer_id))

    def delete_registration(self, registration_id: str) -> str:
        """Delete a stored card or account as the partner; returns the gateway's confirmation."""
        return self._gateway._send(
            partner_flows.build_partner_delete_registration(self._ctx, registration_id=registration_id)
        )


class AsyncPartner:
    """``gateway.partner`` (async): tokens at partner level, signed with the partner's key."""

    def __init__(self, gateway: AsyncGateway) -> None:
        self._gateway = gateway
        self._ctx = gateway._ctx

    async def register_card(self, card: Card, *, customer: Customer) -> Registration:
        """Store a card as the partner."""
        return await self._gateway._send(
            partner_flows.build_partner_register_card(self._ctx, card=card, customer=customer)
        )

    async def registrations(self, customer_id: str | None = None) -> list[Registration]:
        """The partner's stored cards and accounts (of one customer, or all)."""
        return await self._gateway._send(
            partner_flows.build_partner_list_registrations(self._ctx, customer_id=customer_id)
        )

    async def delete_registration(self, registration_id: str) -> str:
        """Delete a stored card or account as the partner; returns the gateway's confirmation."""
        return await self._gateway._send(
            partner_flows.build_partner_delete_registration(self._ctx, registration_id=registration_id)
        )
