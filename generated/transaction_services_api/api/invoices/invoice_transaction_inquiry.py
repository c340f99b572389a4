from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.invoice_response import InvoiceResponse
from ...models.invoice_status_request import InvoiceStatusRequest
from ...types import Response


def _get_kwargs(
    *,
    body: InvoiceStatusRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/invoiceServices/REST/v1/invoiceTransInquiry",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> InvoiceResponse | str | None:
    if response.status_code == 200:
        response_200 = InvoiceResponse.from_dict(response.json())

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
) -> Response[InvoiceResponse | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: InvoiceStatusRequest,
) -> Response[InvoiceResponse | str]:
    """Status of an invoice and of the transaction that paid it

     As `invoiceInquiry` (same fields, same path through the platform's code), plus the paying
    transaction's `paymentId` and `transactionDetails` (long `transactionStatus`). Checksum **C-INV-
    STATUS** `memberId|secureKey|merchantInvoiceId`. Success `00014`.

    Args:
        body (InvoiceStatusRequest): Fields of `invoiceInquiry` and `invoiceTransactionInquiry`
            (C-INV-STATUS).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InvoiceResponse | str]
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
    body: InvoiceStatusRequest,
) -> InvoiceResponse | str | None:
    """Status of an invoice and of the transaction that paid it

     As `invoiceInquiry` (same fields, same path through the platform's code), plus the paying
    transaction's `paymentId` and `transactionDetails` (long `transactionStatus`). Checksum **C-INV-
    STATUS** `memberId|secureKey|merchantInvoiceId`. Success `00014`.

    Args:
        body (InvoiceStatusRequest): Fields of `invoiceInquiry` and `invoiceTransactionInquiry`
            (C-INV-STATUS).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InvoiceResponse | str
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: InvoiceStatusRequest,
) -> Response[InvoiceResponse | str]:
    """Status of an invoice and of the transaction that paid it

     As `invoiceInquiry` (same fields, same path through the platform's code), plus the paying
    transaction's `paymentId` and `transactionDetails` (long `transactionStatus`). Checksum **C-INV-
    STATUS** `memberId|secureKey|merchantInvoiceId`. Success `00014`.

    Args:
        body (InvoiceStatusRequest): Fields of `invoiceInquiry` and `invoiceTransactionInquiry`
            (C-INV-STATUS).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InvoiceResponse | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: InvoiceStatusRequest,
) -> InvoiceResponse | str | None:
    """Status of an invoice and of the transaction that paid it

     As `invoiceInquiry` (same fields, same path through the platform's code), plus the paying
    transaction's `paymentId` and `transactionDetails` (long `transactionStatus`). Checksum **C-INV-
    STATUS** `memberId|secureKey|merchantInvoiceId`. Success `00014`.

    Args:
        body (InvoiceStatusRequest): Fields of `invoiceInquiry` and `invoiceTransactionInquiry`
            (C-INV-STATUS).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InvoiceResponse | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
