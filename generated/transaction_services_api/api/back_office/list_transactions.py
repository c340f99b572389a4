from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.gateway_response import GatewayResponse
from ...models.transaction_list_request import TransactionListRequest
from ...types import Response


def _get_kwargs(
    *,
    body: TransactionListRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/transactionServices/REST/v1/getTransactionList",
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
    body: TransactionListRequest,
) -> Response[GatewayResponse | str]:
    """List transactions by date range, status and customer

     Back-office list. Dates are `dd/MM/yyyy` (`pagination.fromdate`, `pagination.todate`); page with
    `pagination.pageno` (from 1) and `pagination.records`, increasing the page until one returns fewer
    items than `records`. Filters: long `status` (e.g. `capturesuccess`), customer names and email,
    `card.firstsix`, `card.lastfour`, `paymentId`, `currency`. Checksum **C-LIST**
    (`memberId|secureKey`).
    Success `00029`; list items carry the **long** status in `transactionStatus`. An empty result may
    come as `10026` "Your record not found." instead of an empty list.

    Args:
        body (TransactionListRequest): Fields of `listTransactions` (C-LIST).

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
    body: TransactionListRequest,
) -> GatewayResponse | str | None:
    """List transactions by date range, status and customer

     Back-office list. Dates are `dd/MM/yyyy` (`pagination.fromdate`, `pagination.todate`); page with
    `pagination.pageno` (from 1) and `pagination.records`, increasing the page until one returns fewer
    items than `records`. Filters: long `status` (e.g. `capturesuccess`), customer names and email,
    `card.firstsix`, `card.lastfour`, `paymentId`, `currency`. Checksum **C-LIST**
    (`memberId|secureKey`).
    Success `00029`; list items carry the **long** status in `transactionStatus`. An empty result may
    come as `10026` "Your record not found." instead of an empty list.

    Args:
        body (TransactionListRequest): Fields of `listTransactions` (C-LIST).

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
    body: TransactionListRequest,
) -> Response[GatewayResponse | str]:
    """List transactions by date range, status and customer

     Back-office list. Dates are `dd/MM/yyyy` (`pagination.fromdate`, `pagination.todate`); page with
    `pagination.pageno` (from 1) and `pagination.records`, increasing the page until one returns fewer
    items than `records`. Filters: long `status` (e.g. `capturesuccess`), customer names and email,
    `card.firstsix`, `card.lastfour`, `paymentId`, `currency`. Checksum **C-LIST**
    (`memberId|secureKey`).
    Success `00029`; list items carry the **long** status in `transactionStatus`. An empty result may
    come as `10026` "Your record not found." instead of an empty list.

    Args:
        body (TransactionListRequest): Fields of `listTransactions` (C-LIST).

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
    body: TransactionListRequest,
) -> GatewayResponse | str | None:
    """List transactions by date range, status and customer

     Back-office list. Dates are `dd/MM/yyyy` (`pagination.fromdate`, `pagination.todate`); page with
    `pagination.pageno` (from 1) and `pagination.records`, increasing the page until one returns fewer
    items than `records`. Filters: long `status` (e.g. `capturesuccess`), customer names and email,
    `card.firstsix`, `card.lastfour`, `paymentId`, `currency`. Checksum **C-LIST**
    (`memberId|secureKey`).
    Success `00029`; list items carry the **long** status in `transactionStatus`. An empty result may
    come as `10026` "Your record not found." instead of an empty list.

    Args:
        body (TransactionListRequest): Fields of `listTransactions` (C-LIST).

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
