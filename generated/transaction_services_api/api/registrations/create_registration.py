from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.gateway_response import GatewayResponse
from ...models.registration_request import RegistrationRequest
from ...types import Response


def _get_kwargs(
    *,
    body: RegistrationRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/transactionServices/REST/v1/registrations",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GatewayResponse | str | None:
    if response.status_code == 200:
        response_200 = GatewayResponse.from_dict(response.json())

        return response_200

    if 400 <= response.status_code <= 499:
        response_4xx = response.text
        return response_4xx

    if 500 <= response.status_code <= 599:
        response_5xx = response.text
        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GatewayResponse | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: RegistrationRequest,
) -> Response[GatewayResponse | str]:
    """Store a card or bank account as a token (stand-alone tokenization)

     Tokenizes a card (`card.number`, expiry and the holder's names), a SEPA account (`bankAccount.iban`,
    `bankAccount.bic`) or an ACH account (`bankAccount.accountNumber`, `bankAccount.routingNumber`)
    without charging it. Checksum **C-REG**: `memberId|secureKey|<card number | BIC | account number>`;
    a partner signs `partnerId|partnerKey|<same>` with `authentication.partnerId`. `customer.customerId`
    groups tokens for `listCardsAndAccounts`. Success `00002` with `registrationId`.

    Args:
        body (RegistrationRequest): Fields of `createRegistration` - a card, a SEPA account or an
            ACH account to store (C-REG).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GatewayResponse | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: RegistrationRequest,
) -> GatewayResponse | str | None:
    """Store a card or bank account as a token (stand-alone tokenization)

     Tokenizes a card (`card.number`, expiry and the holder's names), a SEPA account (`bankAccount.iban`,
    `bankAccount.bic`) or an ACH account (`bankAccount.accountNumber`, `bankAccount.routingNumber`)
    without charging it. Checksum **C-REG**: `memberId|secureKey|<card number | BIC | account number>`;
    a partner signs `partnerId|partnerKey|<same>` with `authentication.partnerId`. `customer.customerId`
    groups tokens for `listCardsAndAccounts`. Success `00002` with `registrationId`.

    Args:
        body (RegistrationRequest): Fields of `createRegistration` - a card, a SEPA account or an
            ACH account to store (C-REG).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GatewayResponse | str
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: RegistrationRequest,
) -> Response[GatewayResponse | str]:
    """Store a card or bank account as a token (stand-alone tokenization)

     Tokenizes a card (`card.number`, expiry and the holder's names), a SEPA account (`bankAccount.iban`,
    `bankAccount.bic`) or an ACH account (`bankAccount.accountNumber`, `bankAccount.routingNumber`)
    without charging it. Checksum **C-REG**: `memberId|secureKey|<card number | BIC | account number>`;
    a partner signs `partnerId|partnerKey|<same>` with `authentication.partnerId`. `customer.customerId`
    groups tokens for `listCardsAndAccounts`. Success `00002` with `registrationId`.

    Args:
        body (RegistrationRequest): Fields of `createRegistration` - a card, a SEPA account or an
            ACH account to store (C-REG).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GatewayResponse | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: RegistrationRequest,
) -> GatewayResponse | str | None:
    """Store a card or bank account as a token (stand-alone tokenization)

     Tokenizes a card (`card.number`, expiry and the holder's names), a SEPA account (`bankAccount.iban`,
    `bankAccount.bic`) or an ACH account (`bankAccount.accountNumber`, `bankAccount.routingNumber`)
    without charging it. Checksum **C-REG**: `memberId|secureKey|<card number | BIC | account number>`;
    a partner signs `partnerId|partnerKey|<same>` with `authentication.partnerId`. `customer.customerId`
    groups tokens for `listCardsAndAccounts`. Success `00002` with `registrationId`.

    Args:
        body (RegistrationRequest): Fields of `createRegistration` - a card, a SEPA account or an
            ACH account to store (C-REG).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GatewayResponse | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
