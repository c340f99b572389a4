from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cards_and_accounts_request import CardsAndAccountsRequest
from ...models.gateway_response import GatewayResponse
from ...types import Response


def _get_kwargs(
    *,
    body: CardsAndAccountsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/transactionServices/REST/v1/getCardsAndAccounts",
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
    body: CardsAndAccountsRequest,
) -> Response[GatewayResponse | str]:
    """List stored cards and bank accounts

     Lists the tokens of the merchant (or, with `authentication.partnerId` and a partner token, of the
    partner), optionally restricted to one `customer.customerId`. Checksum **C-LIST**
    (`memberId|secureKey`, partner `partnerId|partnerKey`). Success `0008` (four digits, sic).
    `cards.card` and `bankaccounts.bankaccount` are arrays, or a single object when there is one item.

    Args:
        body (CardsAndAccountsRequest): Fields of `listCardsAndAccounts` (C-LIST; the member id
            or, for a partner, the partner id).

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
    body: CardsAndAccountsRequest,
) -> GatewayResponse | str | None:
    """List stored cards and bank accounts

     Lists the tokens of the merchant (or, with `authentication.partnerId` and a partner token, of the
    partner), optionally restricted to one `customer.customerId`. Checksum **C-LIST**
    (`memberId|secureKey`, partner `partnerId|partnerKey`). Success `0008` (four digits, sic).
    `cards.card` and `bankaccounts.bankaccount` are arrays, or a single object when there is one item.

    Args:
        body (CardsAndAccountsRequest): Fields of `listCardsAndAccounts` (C-LIST; the member id
            or, for a partner, the partner id).

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
    body: CardsAndAccountsRequest,
) -> Response[GatewayResponse | str]:
    """List stored cards and bank accounts

     Lists the tokens of the merchant (or, with `authentication.partnerId` and a partner token, of the
    partner), optionally restricted to one `customer.customerId`. Checksum **C-LIST**
    (`memberId|secureKey`, partner `partnerId|partnerKey`). Success `0008` (four digits, sic).
    `cards.card` and `bankaccounts.bankaccount` are arrays, or a single object when there is one item.

    Args:
        body (CardsAndAccountsRequest): Fields of `listCardsAndAccounts` (C-LIST; the member id
            or, for a partner, the partner id).

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
    body: CardsAndAccountsRequest,
) -> GatewayResponse | str | None:
    """List stored cards and bank accounts

     Lists the tokens of the merchant (or, with `authentication.partnerId` and a partner token, of the
    partner), optionally restricted to one `customer.customerId`. Checksum **C-LIST**
    (`memberId|secureKey`, partner `partnerId|partnerKey`). Success `0008` (four digits, sic).
    `cards.card` and `bankaccounts.bankaccount` are arrays, or a single object when there is one item.

    Args:
        body (CardsAndAccountsRequest): Fields of `listCardsAndAccounts` (C-LIST; the member id
            or, for a partner, the partner id).

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
