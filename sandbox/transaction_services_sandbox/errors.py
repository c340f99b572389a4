"""Domain exceptions; `app.py` turns each into the gateway's answer (reference §6.5, §2.6)."""

from __future__ import annotations

from .codes import Code

__all__ = ["GatewayRefusal", "QueryStringRefused", "SandboxError", "TokenFailure", "TokenForbidden"]


class SandboxError(Exception):
    """Root of the exceptions raised while handling a gateway request."""


class GatewayRefusal(SandboxError):
    """A refused request (validation, checksum, business rule): `paymentId` "-" and a result."""

    def __init__(self, code: Code, description: str | None = None, *, invoice: bool = False) -> None:
        self.code = code.code
        self.description = description or code.description
        self.invoice = invoice
        super().__init__(f"{self.code} {self.description}")

    def __repr__(self) -> str:
        return f"GatewayRefusal(code={self.code!r}, description={self.description!r})"


class TokenFailure(SandboxError):
    """Missing, malformed, expired or foreign AuthToken on a guarded operation (code 401)."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(reason)


class TokenForbidden(SandboxError):
    """Wrong credentials on a token endpoint, or an undecodable token to regenerate (code 403)."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(reason)


class QueryStringRefused(SandboxError):
    """An operation was called with a query string (reference §1.5)."""
