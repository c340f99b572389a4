"""AuthTokens: HS256 JWTs with the gateway's claims, expiring one hour after issue (sandbox time)."""

from __future__ import annotations

from dataclasses import dataclass

import jwt

from .config import TOKEN_LIFETIME_SECONDS
from .errors import TokenFailure, TokenForbidden

__all__ = ["ISSUER", "ROLE_MERCHANT", "ROLE_PARTNER", "Claims", "TokenIssuer"]

ISSUER = "PZ"
ROLE_MERCHANT = "merchant"
ROLE_PARTNER = "partner"


@dataclass(frozen=True)
class Claims:
    """The claims the gateway puts in a token (reference §2.3)."""

    sub: str
    role: str
    exp: int


class TokenIssuer:
    """Issues and checks tokens with one secret."""

    def __init__(self, secret: str) -> None:
        self._secret = secret

    def issue(self, subject: str, role: str, now: float) -> tuple[str, Claims]:
        """A new token for `subject` in `role`, valid for one hour from `now`."""
        claims = Claims(sub=subject, role=role, exp=int(now) + TOKEN_LIFETIME_SECONDS)
        payload = {"sub": claims.sub, "role": claims.role, "iss": ISSUER, "exp": claims.exp}
        return jwt.encode(payload, self._secret, algorithm="HS256", headers={"typ": "JWT"}), claims

    def _decode(self, token: str) -> Claims:
        payload = jwt.decode(
            token,
            self._secret,
            algorithms=["HS256"],
            # Expiry is checked against the sandbox clock, not the host's.
            options={"verify_exp": False, "require": ["sub", "role", "exp"]},
            issuer=ISSUER,
        )
        sub, role, exp = payload.get("sub"), payload.get("role"), payload.get("exp")
        if not isinstance(sub, str) or not isinstance(role, str) or not isinstance(exp, int):
            raise jwt.InvalidTokenError("claims of the wrong type")
        return Claims(sub=sub, role=role, exp=exp)

    def verify(self, token: str, now: float) -> Claims:
        """Claims of a valid, unexpired token; raise `TokenFailure` otherwise."""
        if not token:
            raise TokenFailure("missing token")
        try:
            claims = self._decode(token)
        except jwt.InvalidTokenError as exc:
            raise TokenFailure("invalid token") from exc
        if claims.exp <= now:
            raise TokenFailure("expired token")
        return claims

    def decode_for_regeneration(self, token: str) -> Claims:
        """Claims of a token signed by this sandbox, expired or not; raise `TokenForbidden` otherwise."""
        try:
            return self._decode(token)
        except jwt.InvalidTokenError as exc:
            raise TokenForbidden("undecodable token") from exc
