from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.gateway_response import GatewayResponse
from ...models.payout_request import PayoutRequest
from ...types import Response


def _get_kwargs(
    *,
    body: PayoutRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/transactionServices/REST/v1/payout",
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
    body: PayoutRequest,
) -> Response[GatewayResponse | str]:
    """Pay out to the card of an earlier payment, or to a bank account or wallet

     With `paymentId` the money goes back to the card of that earlier successful payment; the answer is
    immediate (`00001`, `status` and `transactionStatus` `Y`). Without it, `bankAccount.transferType`
    (`BT`, `IMPS`, `TigerPayWallet`, `JPBank`, a wallet name) and that type's bank fields select a bank
    or
    wallet payout, answered pending (`10004`, `P`) and completed later: the final state
    (`payoutsuccessful` / `payoutfailed`) arrives as a notification and through an inquiry on the
    payout's `paymentId`. Checksum **C-PAYOUT** with the key **last**:
    `memberId|merchantTransactionId|amount|secureKey`.

    Args:
        body (PayoutRequest): Fields of `createPayout` (C-PAYOUT, key last) - `paymentId` for a
            card payout, else `bankAccount.transferType` and its bank fields.

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
    body: PayoutRequest,
) -> GatewayResponse | str | None:
    """Pay out to the card of an earlier payment, or to a bank account or wallet

     With `paymentId` the money goes back to the card of that earlier successful payment; the answer is
    immediate (`00001`, `status` and `transactionStatus` `Y`). Without it, `bankAccount.transferType`
    (`BT`, `IMPS`, `TigerPayWallet`, `JPBank`, a wallet name) and that type's bank fields select a bank
    or
    wallet payout, answered pending (`10004`, `P`) and completed later: the final state
    (`payoutsuccessful` / `payoutfailed`) arrives as a notification and through an inquiry on the
    payout's `paymentId`. Checksum **C-PAYOUT** with the key **last**:
    `memberId|merchantTransactionId|amount|secureKey`.

    Args:
        body (PayoutRequest): Fields of `createPayout` (C-PAYOUT, key last) - `paymentId` for a
            card payout, else `bankAccount.transferType` and its bank fields.

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
    body: PayoutRequest,
) -> Response[GatewayResponse | str]:
    """Pay out to the card of an earlier payment, or to a bank account or wallet

     With `paymentId` the money goes back to the card of that earlier successful payment; the answer is
    immediate (`00001`, `status` and `transactionStatus` `Y`). Without it, `bankAccount.transferType`
    (`BT`, `IMPS`, `TigerPayWallet`, `JPBank`, a wallet name) and that type's bank fields select a bank
    or
    wallet payout, answered pending (`10004`, `P`) and completed later: the final state
    (`payoutsuccessful` / `payoutfailed`) arrives as a notification and through an inquiry on the
    payout's `paymentId`. Checksum **C-PAYOUT** with the key **last**:
    `memberId|merchantTransactionId|amount|secureKey`.

    Args:
        body (PayoutRequest): Fields of `createPayout` (C-PAYOUT, key last) - `paymentId` for a
            card payout, else `bankAccount.transferType` and its bank fields.

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
    body: PayoutRequest,
) -> GatewayResponse | str | None:
    """Pay out to the card of an earlier payment, or to a bank account or wallet

     With `paymentId` the money goes back to the card of that earlier successful payment; the answer is
    immediate (`00001`, `status` and `transactionStatus` `Y`). Without it, `bankAccount.transferType`
    (`BT`, `IMPS`, `TigerPayWallet`, `JPBank`, a wallet name) and that type's bank fields select a bank
    or
    wallet payout, answered pending (`10004`, `P`) and completed later: the final state
    (`payoutsuccessful` / `payoutfailed`) arrives as a notification and through an inquiry on the
    payout's `paymentId`. Checksum **C-PAYOUT** with the key **last**:
    `memberId|merchantTransactionId|amount|secureKey`.

    Args:
        body (PayoutRequest): Fields of `createPayout` (C-PAYOUT, key last) - `paymentId` for a
            card payout, else `bankAccount.transferType` and its bank fields.

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
