from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.gateway_response import GatewayResponse
from ...models.qr_checkout_request import QrCheckoutRequest
from ...types import Response


def _get_kwargs(
    *,
    body: QrCheckoutRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/transactionServices/REST/v1/QRCheckout",
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
    body: QrCheckoutRequest,
) -> Response[GatewayResponse | str]:
    """Start a QR checkout (crypto or e-wallet QR code)

     Creates a QR payment (`paymentMode=EW`, `paymentBrand=QR`); `currency` may be a crypto code (`BTC`,
    `ETH`) with `tmpl_amount`/`tmpl_currency` the customer-facing amount. `notificationUrl` is required.
    The docs sample sends no checksum; a build that requires one expects **C-SALE**. Success `00008`.
    Follow its status with `inquireQrStatus`.

    Args:
        body (QrCheckoutRequest): Fields of `createQrCheckout`.

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
    body: QrCheckoutRequest,
) -> GatewayResponse | str | None:
    """Start a QR checkout (crypto or e-wallet QR code)

     Creates a QR payment (`paymentMode=EW`, `paymentBrand=QR`); `currency` may be a crypto code (`BTC`,
    `ETH`) with `tmpl_amount`/`tmpl_currency` the customer-facing amount. `notificationUrl` is required.
    The docs sample sends no checksum; a build that requires one expects **C-SALE**. Success `00008`.
    Follow its status with `inquireQrStatus`.

    Args:
        body (QrCheckoutRequest): Fields of `createQrCheckout`.

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
    body: QrCheckoutRequest,
) -> Response[GatewayResponse | str]:
    """Start a QR checkout (crypto or e-wallet QR code)

     Creates a QR payment (`paymentMode=EW`, `paymentBrand=QR`); `currency` may be a crypto code (`BTC`,
    `ETH`) with `tmpl_amount`/`tmpl_currency` the customer-facing amount. `notificationUrl` is required.
    The docs sample sends no checksum; a build that requires one expects **C-SALE**. Success `00008`.
    Follow its status with `inquireQrStatus`.

    Args:
        body (QrCheckoutRequest): Fields of `createQrCheckout`.

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
    body: QrCheckoutRequest,
) -> GatewayResponse | str | None:
    """Start a QR checkout (crypto or e-wallet QR code)

     Creates a QR payment (`paymentMode=EW`, `paymentBrand=QR`); `currency` may be a crypto code (`BTC`,
    `ETH`) with `tmpl_amount`/`tmpl_currency` the customer-facing amount. `notificationUrl` is required.
    The docs sample sends no checksum; a build that requires one expects **C-SALE**. Success `00008`.
    Follow its status with `inquireQrStatus`.

    Args:
        body (QrCheckoutRequest): Fields of `createQrCheckout`.

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
