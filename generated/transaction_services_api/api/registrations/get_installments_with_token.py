from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.gateway_response import GatewayResponse
from ...models.installment_request import InstallmentRequest
from ...types import Response


def _get_kwargs(
    registration_id: str,
    *,
    body: InstallmentRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/transactionServices/REST/v1/getInstallmentWithToken/{registration_id}".format(
            registration_id=quote(str(registration_id), safe=""),
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
    registration_id: str,
    *,
    client: AuthenticatedClient,
    body: InstallmentRequest,
) -> Response[GatewayResponse | str]:
    """Installment options for a stored card

     Lists the installment counts available for the token `{registrationId}` (`installment`, e.g. `3,4`).
    The docs sample carries a checksum whose formula is not documented; send C-DEL-REG's string
    `memberId|secureKey|registrationId`.

    Args:
        registration_id (str):
        body (InstallmentRequest): Fields of `getInstallmentsWithToken`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GatewayResponse | str]
    """

    kwargs = _get_kwargs(
        registration_id=registration_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    registration_id: str,
    *,
    client: AuthenticatedClient,
    body: InstallmentRequest,
) -> GatewayResponse | str | None:
    """Installment options for a stored card

     Lists the installment counts available for the token `{registrationId}` (`installment`, e.g. `3,4`).
    The docs sample carries a checksum whose formula is not documented; send C-DEL-REG's string
    `memberId|secureKey|registrationId`.

    Args:
        registration_id (str):
        body (InstallmentRequest): Fields of `getInstallmentsWithToken`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GatewayResponse | str
    """

    return sync_detailed(
        registration_id=registration_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    registration_id: str,
    *,
    client: AuthenticatedClient,
    body: InstallmentRequest,
) -> Response[GatewayResponse | str]:
    """Installment options for a stored card

     Lists the installment counts available for the token `{registrationId}` (`installment`, e.g. `3,4`).
    The docs sample carries a checksum whose formula is not documented; send C-DEL-REG's string
    `memberId|secureKey|registrationId`.

    Args:
        registration_id (str):
        body (InstallmentRequest): Fields of `getInstallmentsWithToken`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GatewayResponse | str]
    """

    kwargs = _get_kwargs(
        registration_id=registration_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    registration_id: str,
    *,
    client: AuthenticatedClient,
    body: InstallmentRequest,
) -> GatewayResponse | str | None:
    """Installment options for a stored card

     Lists the installment counts available for the token `{registrationId}` (`installment`, e.g. `3,4`).
    The docs sample carries a checksum whose formula is not documented; send C-DEL-REG's string
    `memberId|secureKey|registrationId`.

    Args:
        registration_id (str):
        body (InstallmentRequest): Fields of `getInstallmentsWithToken`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GatewayResponse | str
    """

    return (
        await asyncio_detailed(
            registration_id=registration_id,
            client=client,
            body=body,
        )
    ).parsed
