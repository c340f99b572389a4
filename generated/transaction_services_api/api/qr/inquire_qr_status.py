from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.gateway_response import GatewayResponse
from ...models.qr_inquiry_request import QrInquiryRequest
from ...types import Response


def _get_kwargs(
    id: str,
    *,
    body: QrInquiryRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/transactionServices/REST/v1/inquiryStatus/{id}".format(
            id=quote(str(id), safe=""),
        ),
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
    id: str,
    *,
    client: AuthenticatedClient,
    body: QrInquiryRequest,
) -> Response[GatewayResponse | str]:
    """Status of a QR payment

     Status of the QR payment `{id}` (its `paymentId`). The docs sample sends `authentication.partnerId`
    and `paymentType=IN`; no checksum is documented (a build that requires one expects **C-RV-IN**).
    The answer looks like an inquiry, with code `00026`.

    Args:
        id (str):
        body (QrInquiryRequest): Fields of `inquireQrStatus`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GatewayResponse | str]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
    body: QrInquiryRequest,
) -> GatewayResponse | str | None:
    """Status of a QR payment

     Status of the QR payment `{id}` (its `paymentId`). The docs sample sends `authentication.partnerId`
    and `paymentType=IN`; no checksum is documented (a build that requires one expects **C-RV-IN**).
    The answer looks like an inquiry, with code `00026`.

    Args:
        id (str):
        body (QrInquiryRequest): Fields of `inquireQrStatus`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GatewayResponse | str
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    body: QrInquiryRequest,
) -> Response[GatewayResponse | str]:
    """Status of a QR payment

     Status of the QR payment `{id}` (its `paymentId`). The docs sample sends `authentication.partnerId`
    and `paymentType=IN`; no checksum is documented (a build that requires one expects **C-RV-IN**).
    The answer looks like an inquiry, with code `00026`.

    Args:
        id (str):
        body (QrInquiryRequest): Fields of `inquireQrStatus`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GatewayResponse | str]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
    body: QrInquiryRequest,
) -> GatewayResponse | str | None:
    """Status of a QR payment

     Status of the QR payment `{id}` (its `paymentId`). The docs sample sends `authentication.partnerId`
    and `paymentType=IN`; no checksum is documented (a build that requires one expects **C-RV-IN**).
    The answer looks like an inquiry, with code `00026`.

    Args:
        id (str):
        body (QrInquiryRequest): Fields of `inquireQrStatus`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GatewayResponse | str
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
