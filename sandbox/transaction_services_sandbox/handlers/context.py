"""The request pipeline shared by every operation: query string, body, token, identity, checksum."""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field

from starlette.requests import Request
from starlette.responses import Response

from .. import codes
from ..bodies import TooDeep, parse_body
from ..checksums import verify
from ..config import MerchantConfig
from ..errors import GatewayRefusal, QueryStringRefused, TokenFailure
from ..faults import FAULT_SCOPE_KEY, FaultRule
from ..rules import validate
from ..state import SandboxState
from ..statemachine import MerchantFlags
from ..tokens import ROLE_MERCHANT, ROLE_PARTNER, Claims

__all__ = ["Call", "Handler", "Identity", "operation"]


@dataclass(frozen=True)
class Identity:
    """Who signs a request: a merchant (member id, secure key) or the partner (partner id, key)."""

    role: str
    owner_id: str
    key: str
    merchant: MerchantConfig | None = None
    """The member's configuration (None for the partner)."""

    @property
    def member_scope(self) -> str | None:
        """The member whose records this signer may see; None for the partner (all of its members)."""
        return self.merchant.member_id if self.merchant is not None else None

    @property
    def flags(self) -> MerchantFlags:
        """The member's state-machine flags (platform defaults for the partner)."""
        if self.merchant is None:
            return MerchantFlags()
        return MerchantFlags(
            partial_refund=self.merchant.partial_refund,
            multiple_refund=self.merchant.multiple_refund,
            excess_capture=self.merchant.excess_capture,
        )


@dataclass
class Call:
    """One parsed, authenticated request to an operation."""

    request: Request
    state: SandboxState
    fields: dict[str, str]
    claims: Claims | None
    invoice: bool = False
    path_params: dict[str, str] = field(default_factory=dict)
    ignored: set[str] = field(default_factory=set)
    """Fields this operation accepts and ignores (never validated)."""

    def get(self, name: str) -> str:
        """A field's value, or "" when absent."""
        return self.fields.get(name, "")

    def take_fault(self) -> FaultRule | None:
        """The slow fault injected on this request, if any; only the first caller gets it."""
        state = self.request.scope.get("state")
        if not isinstance(state, dict):
            return None
        fault = state.pop(FAULT_SCOPE_KEY, None)
        return fault if isinstance(fault, FaultRule) else None

    @property
    def base_url(self) -> str:
        """The sandbox's own base URL as the client reached it (for redirect and pay links)."""
        return str(self.request.base_url).rstrip("/")

    def validate(self, required: Iterable[str] = (), *, skip: Iterable[str] = ()) -> None:
        """Validate fields with the gateway's rules (mandatory ones first)."""
        validate(self.fields, required, skip=self.ignored.union(skip), invoice=self.invoice)

    def refuse(self, code: codes.Code, description: str | None = None) -> GatewayRefusal:
        """A refusal in this service's error shape."""
        return GatewayRefusal(code, description, invoice=self.invoice)

    def identity(self, *, allow_partner: bool = False) -> Identity:
        """The signer of the request, checked against the sandbox's merchant or partner and the token's role."""
        config = self.state.config
        if not allow_partner and self.claims is not None and self.claims.role != ROLE_MERCHANT:
            raise TokenFailure(f"a {self.claims.role} token cannot act for the merchant here")
        member_id = self.get("authentication.memberId")
        partner_id = self.get("authentication.partnerId")
        if member_id or not allow_partner or not partner_id:
            self.validate(["authentication.memberId"])
            merchant = config.merchant_by_id(member_id)
            if merchant is None:
                raise self.refuse(codes.MEMBER_UNKNOWN)
            if self.claims is not None and self.claims.role == ROLE_MERCHANT and self.claims.sub != merchant.username:
                # A member's token never acts for another member of the partner.
                raise TokenFailure("the token belongs to another member")
            identity = Identity(ROLE_MERCHANT, member_id, merchant.secure_key, merchant)
        else:
            self.validate(["authentication.partnerId"])
            if partner_id != config.partner_id:
                raise self.refuse(codes.PARTNER_MISMATCH)
            identity = Identity(ROLE_PARTNER, partner_id, config.partner_key)
        if self.claims is not None and self.claims.role != identity.role:
            raise TokenFailure(f"a {self.claims.role} token cannot sign as {identity.role}")
        terminal_id = self.get("authentication.terminalId")
        if terminal_id.strip():
            known = (
                identity.merchant.terminal(terminal_id) is not None
                if identity.merchant is not None
                else any(m.terminal(terminal_id) for m in config.merchants())
            )
            if not known:
                self.validate(["authentication.terminalId"])
                raise self.refuse(codes.TERMINAL_UNKNOWN)
        return identity

    def check_currency(self, identity: Identity, currency: str) -> None:
        """Refuse a currency the terminal (or, without `terminalId`, every terminal of the member) lacks.

        TransactionHelper looks the terminal up by member, terminal id and currency; finding none it
        answers SYS_INVALID_TERMINAL.
        """
        if identity.merchant is None or not currency:
            return
        if not identity.merchant.accepts_currency(currency.upper(), self.get("authentication.terminalId").strip()):
            raise self.refuse(codes.TERMINAL_UNKNOWN)

    def check_checksum(self, expected: str) -> None:
        """Require `authentication.checksum` and that it equals the operation's one formula."""
        self.validate(["authentication.checksum"])
        if not verify(expected, self.get("authentication.checksum")):
            raise self.refuse(codes.CHECKSUM_MISMATCH)

    def check_optional_checksum(self, expected: str) -> None:
        """Verify `authentication.checksum` when sent (operations whose docs show none)."""
        if self.get("authentication.checksum").strip():
            self.check_checksum(expected)


Handler = Callable[[Call], Awaitable[Response]]


def _token_claims(request: Request, fields: dict[str, str], state: SandboxState, roles: tuple[str, ...]) -> Claims:
    token = request.headers.get("authtoken") or fields.get("AuthToken", "")
    claims = state.tokens.verify(token.strip(), state.clock.epoch())
    if claims.role == ROLE_MERCHANT:
        known = state.config.merchant_by_username(claims.sub) is not None
    else:
        known = claims.role == ROLE_PARTNER and claims.sub == state.config.partner_username
    if not known:
        raise TokenFailure("token of an unknown user")
    if claims.role not in roles:
        raise TokenFailure(f"a {claims.role} token is not accepted here")
    return claims


def operation(
    name: str,
    *,
    roles: tuple[str, ...] = (ROLE_MERCHANT,),
    token: bool = True,
    allow_json: bool = True,
    invoice: bool = False,
    creates_payments: bool = False,
) -> Callable[[Handler], Callable[[Request], Awaitable[Response]]]:
    """Wrap a handler with the gateway's pipeline.

    Order: query string refused (§1.5); body parsed (415 for other media types); due refunds and
    payouts completed; AuthToken checked (§2.5) unless `token` is False; then the handler. A slow
    fault is left to handlers that `creates_payments` (they wait between `begun` and the commit);
    other handlers wait before they start.
    """

    def decorate(handler: Handler) -> Callable[[Request], Awaitable[Response]]:
        @functools.wraps(handler)
        async def endpoint(request: Request) -> Response:
            state: SandboxState = request.app.state.sandbox
            state.count_request(name)
            if request.url.query:
                raise QueryStringRefused()
            try:
                fields = parse_body(request.headers.get("content-type"), await request.body(), allow_json=allow_json)
            except TooDeep as exc:
                raise GatewayRefusal(codes.BODY_TOO_DEEP, invoice=invoice) from exc
            if "card.number" in fields:
                # Docs samples carry a leading space; the gateway trims it.
                fields["card.number"] = fields["card.number"].strip()
            state.sweep()
            claims = _token_claims(request, fields, state, roles) if token else None
            call = Call(request, state, fields, claims, invoice, dict(request.path_params))
            if not creates_payments:
                fault = call.take_fault()
                if fault is not None:
                    await asyncio.sleep(fault.delay_seconds)
            return await handler(call)

        return endpoint

    return decorate
