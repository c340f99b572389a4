"""The httpx hook of ``gateway.raw`` only injects and invalidates: the token comes from the shell's step."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Mapping

import httpx
import pytest

from transaction_services._transport import AsyncAuthTokenAuth, AuthTokenAuth

TOKEN_FAILURE = {"result": {"code": "401", "description": "Authorization failed"}}
OK = {"result": {"code": "00001", "description": "ok"}}


class Tokens:
    """The shell's side: a token step that hands out numbered tokens, and a cache that records drops."""

    def __init__(self) -> None:
        self.issued: list[tuple[bool, str]] = []
        self.dropped: list[tuple[bool, str]] = []

    def token(self, invoice: bool) -> str:
        value = f"token-{len(self.issued) + 1}"
        self.issued.append((invoice, value))
        return value

    def invalidate(self, invoice: bool, token: str) -> None:
        self.dropped.append((invoice, token))

    async def atoken(self, invoice: bool) -> str:
        return self.token(invoice)

    async def ainvalidate(self, invoice: bool, token: str) -> None:
        self.invalidate(invoice, token)


def gateway_answering(*bodies: Mapping[str, object]) -> tuple[list[str | None], httpx.MockTransport]:
    """A gateway giving ``bodies`` in turn, and the AuthToken header of each request it got (as sent)."""
    seen: list[str | None] = []
    answers = iter(bodies)

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers.get("AuthToken"))
        return httpx.Response(200, content=json.dumps(next(answers)).encode())

    return seen, httpx.MockTransport(handle)


def test_a_refused_token_is_dropped_and_the_request_sent_once_more_with_the_next() -> None:
    tokens = Tokens()
    seen, transport = gateway_answering(TOKEN_FAILURE, OK)
    with httpx.Client(transport=transport, auth=AuthTokenAuth(tokens.token, tokens.invalidate)) as http:
        response = http.post("https://gw.test/transactionServices/REST/v1/getCardsAndAccounts")
    assert response.json() == OK
    assert seen == ["token-1", "token-2"]
    assert tokens.issued == [(False, "token-1"), (False, "token-2")]
    assert tokens.dropped == [(False, "token-1")]


def test_the_invoice_service_gets_its_own_token_and_a_good_token_is_kept() -> None:
    tokens = Tokens()
    seen, transport = gateway_answering(OK)
    with httpx.Client(transport=transport, auth=AuthTokenAuth(tokens.token, tokens.invalidate)) as http:
        http.post("https://gw.test/invoiceServices/REST/v1/getInvoiceConfigDetails")
    assert tokens.issued == [(True, "token-1")]
    assert tokens.dropped == []
    assert seen == ["token-1"]


@pytest.mark.parametrize(
    ("path", "headers"),
    [
        ("/transactionServices/REST/v1/payments", {"AuthToken": "from-the-driver"}),  # the gateway's own call
        ("/transactionServices/REST/v1/authToken", {}),  # the token endpoint authenticates with the key
    ],
)
def test_requests_that_carry_their_own_authentication_pass_untouched(path: str, headers: dict[str, str]) -> None:
    tokens = Tokens()
    seen, transport = gateway_answering(TOKEN_FAILURE)
    with httpx.Client(transport=transport, auth=AuthTokenAuth(tokens.token, tokens.invalidate)) as http:
        http.post(f"https://gw.test{path}", headers=headers)
    assert tokens.issued == []
    assert tokens.dropped == []
    assert seen == [headers.get("AuthToken")]


def test_the_async_hook_takes_the_same_steps() -> None:
    tokens = Tokens()
    seen, transport = gateway_answering(TOKEN_FAILURE, OK)

    async def run() -> httpx.Response:
        async with httpx.AsyncClient(
            transport=transport, auth=AsyncAuthTokenAuth(tokens.atoken, tokens.ainvalidate)
        ) as http:
            return await http.post("https://gw.test/transactionServices/REST/v1/getCardsAndAccounts")

    assert asyncio.run(run()).json() == OK
    assert seen == ["token-1", "token-2"]
    assert tokens.dropped == [(False, "token-1")]


def test_a_hook_refuses_the_other_kind_of_client() -> None:
    tokens = Tokens()
    _, transport = gateway_answering(OK)
    auth = AsyncAuthTokenAuth(tokens.atoken, tokens.ainvalidate)
    with httpx.Client(transport=transport, auth=auth) as http, pytest.raises(RuntimeError, match="asynchronous client"):
        http.post("https://gw.test/transactionServices/REST/v1/getCardsAndAccounts")
