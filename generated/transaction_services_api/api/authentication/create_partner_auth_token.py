from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.partner_token_request import PartnerTokenRequest
from ...models.token_response import TokenResponse
from ...types import Response


def _get_kwargs(
    *,
    body: PartnerTokenRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/transactionServices/REST/v1/partnerAuthToken",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> TokenResponse | str | None:
    if response.status_code == 200:
        response_200 = TokenResponse.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[TokenResponse | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PartnerTokenRequest,
) -> Response[TokenResponse | str]:
    """Obtain a partner AuthToken

     Exchanges the partner's id, login name (`partner.userName`) and partner key (as
    `authentication.sKey`)
    for a one-hour JWT with role `partner`. A partner token lets the partner tokenize cards, list and
    delete tokens for its merchants, signing with the partner variants of C-REG, C-LIST and C-DEL-REG.

    Args:
        body (PartnerTokenRequest): Partner login for a partner token.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TokenResponse | str]
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
    client: AuthenticatedClient | Client,
    body: PartnerTokenRequest,
) -> TokenResponse | str | None:
    """Obtain a partner AuthToken

     Exchanges the partner's id, login name (`partner.userName`) and partner key (as
    `authentication.sKey`)
    for a one-hour JWT with role `partner`. A partner token lets the partner tokenize cards, list and
    delete tokens for its merchants, signing with the partner variants of C-REG, C-LIST and C-DEL-REG.

    Args:
        body (PartnerTokenRequest): Partner login for a partner token.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TokenResponse | str
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PartnerTokenRequest,
) -> Response[TokenResponse | str]:
    """Obtain a partner AuthToken

     Exchanges the partner's id, login name (`partner.userName`) and partner key (as
    `authentication.sKey`)
    for a one-hour JWT with role `partner`. A partner token lets the partner tokenize cards, list and
    delete tokens for its merchants, signing with the partner variants of C-REG, C-LIST and C-DEL-REG.

    Args:
        body (PartnerTokenRequest): Partner login for a partner token.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TokenResponse | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PartnerTokenRequest,
) -> TokenResponse | str | None:
    """Obtain a partner AuthToken

     Exchanges the partner's id, login name (`partner.userName`) and partner key (as
    `authentication.sKey`)
    for a one-hour JWT with role `partner`. A partner token lets the partner tokenize cards, list and
    delete tokens for its merchants, signing with the partner variants of C-REG, C-LIST and C-DEL-REG.

    Args:
        body (PartnerTokenRequest): Partner login for a partner token.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TokenResponse | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
