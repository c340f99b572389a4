from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.follow_up_request import FollowUpRequest
from ...models.gateway_response import GatewayResponse
from ...types import Response


def _get_kwargs(
    id: str,
    *,
    body: FollowUpRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/transactionServices/REST/v1/payments/{id}".format(
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
    body: FollowUpRequest,
) -> Response[GatewayResponse | str]:
    """Capture, refund, reverse, inquire or repeat an existing payment

     A follow-up on the payment `{id}` (its `paymentId`; with `idType=MID` the merchant's
    `merchantTransactionId`, percent-encoded). `paymentType` selects the operation and its checksum:

    | paymentType | Operation | Also required | Checksum |
    |---|---|---|---|
    | `CP` | capture a pre-authorization (`authsuccessful`) once, full or partial (a partial capture
    ends the authorization), at most the authorized amount unless the merchant allows excess capture |
    `amount` | C-CP-RF `memberId\\|secureKey\\|paymentId\\|amount` |
    | `RF` | refund a sale or a captured pre-authorization (`capturesuccess`, `settled`, or `reversed`
    while captured > refunded); partial and multiple unless the merchant's flags forbid them | `amount`
    | C-CP-RF |
    | `RV` | cancel an uncaptured pre-authorization (`authsuccessful` only; a sale is refunded, never
    voided) | – | C-RV-IN `memberId\\|secureKey\\|paymentId` |
    | `IN` + `idType=PID` (default) | status inquiry by payment id | – | C-RV-IN |
    | `IN` + `idType=MID` | status inquiry by merchant transaction id | `merchantTransactionId` | C-IN-
    MID `memberId\\|secureKey\\|merchantTransactionId` |
    | `PA`/`DB` + `recurringType=REPEATED` | repeated recurring payment on the original payment |
    `amount`, `merchantRedirectUrl` | C-REPEAT-PID `memberId\\|secureKey\\|paymentId\\|amount` |

    Success codes: capture `00004`, refund `00005` (long status `reversed` at once; `markedforreversal`
    only while an acquirer has not confirmed a refund), reversal `00006` (`cancelled`); capture, refund
    and cancel answers also carry `paymentType` and `descriptor`; inquiry `00026` or `00001` with the
    long `status`. Failures:
    `10005` capture, `10006` refund, `10007` cancel, `10026` record not found. Send `paymentId` in the
    body too (the docs samples do).

    Args:
        id (str):
        body (FollowUpRequest): Fields of `followUpPayment`; `paymentType` selects capture,
            refund, reversal, inquiry or repeated recurring.

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
    body: FollowUpRequest,
) -> GatewayResponse | str | None:
    """Capture, refund, reverse, inquire or repeat an existing payment

     A follow-up on the payment `{id}` (its `paymentId`; with `idType=MID` the merchant's
    `merchantTransactionId`, percent-encoded). `paymentType` selects the operation and its checksum:

    | paymentType | Operation | Also required | Checksum |
    |---|---|---|---|
    | `CP` | capture a pre-authorization (`authsuccessful`) once, full or partial (a partial capture
    ends the authorization), at most the authorized amount unless the merchant allows excess capture |
    `amount` | C-CP-RF `memberId\\|secureKey\\|paymentId\\|amount` |
    | `RF` | refund a sale or a captured pre-authorization (`capturesuccess`, `settled`, or `reversed`
    while captured > refunded); partial and multiple unless the merchant's flags forbid them | `amount`
    | C-CP-RF |
    | `RV` | cancel an uncaptured pre-authorization (`authsuccessful` only; a sale is refunded, never
    voided) | – | C-RV-IN `memberId\\|secureKey\\|paymentId` |
    | `IN` + `idType=PID` (default) | status inquiry by payment id | – | C-RV-IN |
    | `IN` + `idType=MID` | status inquiry by merchant transaction id | `merchantTransactionId` | C-IN-
    MID `memberId\\|secureKey\\|merchantTransactionId` |
    | `PA`/`DB` + `recurringType=REPEATED` | repeated recurring payment on the original payment |
    `amount`, `merchantRedirectUrl` | C-REPEAT-PID `memberId\\|secureKey\\|paymentId\\|amount` |

    Success codes: capture `00004`, refund `00005` (long status `reversed` at once; `markedforreversal`
    only while an acquirer has not confirmed a refund), reversal `00006` (`cancelled`); capture, refund
    and cancel answers also carry `paymentType` and `descriptor`; inquiry `00026` or `00001` with the
    long `status`. Failures:
    `10005` capture, `10006` refund, `10007` cancel, `10026` record not found. Send `paymentId` in the
    body too (the docs samples do).

    Args:
        id (str):
        body (FollowUpRequest): Fields of `followUpPayment`; `paymentType` selects capture,
            refund, reversal, inquiry or repeated recurring.

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
    body: FollowUpRequest,
) -> Response[GatewayResponse | str]:
    """Capture, refund, reverse, inquire or repeat an existing payment

     A follow-up on the payment `{id}` (its `paymentId`; with `idType=MID` the merchant's
    `merchantTransactionId`, percent-encoded). `paymentType` selects the operation and its checksum:

    | paymentType | Operation | Also required | Checksum |
    |---|---|---|---|
    | `CP` | capture a pre-authorization (`authsuccessful`) once, full or partial (a partial capture
    ends the authorization), at most the authorized amount unless the merchant allows excess capture |
    `amount` | C-CP-RF `memberId\\|secureKey\\|paymentId\\|amount` |
    | `RF` | refund a sale or a captured pre-authorization (`capturesuccess`, `settled`, or `reversed`
    while captured > refunded); partial and multiple unless the merchant's flags forbid them | `amount`
    | C-CP-RF |
    | `RV` | cancel an uncaptured pre-authorization (`authsuccessful` only; a sale is refunded, never
    voided) | – | C-RV-IN `memberId\\|secureKey\\|paymentId` |
    | `IN` + `idType=PID` (default) | status inquiry by payment id | – | C-RV-IN |
    | `IN` + `idType=MID` | status inquiry by merchant transaction id | `merchantTransactionId` | C-IN-
    MID `memberId\\|secureKey\\|merchantTransactionId` |
    | `PA`/`DB` + `recurringType=REPEATED` | repeated recurring payment on the original payment |
    `amount`, `merchantRedirectUrl` | C-REPEAT-PID `memberId\\|secureKey\\|paymentId\\|amount` |

    Success codes: capture `00004`, refund `00005` (long status `reversed` at once; `markedforreversal`
    only while an acquirer has not confirmed a refund), reversal `00006` (`cancelled`); capture, refund
    and cancel answers also carry `paymentType` and `descriptor`; inquiry `00026` or `00001` with the
    long `status`. Failures:
    `10005` capture, `10006` refund, `10007` cancel, `10026` record not found. Send `paymentId` in the
    body too (the docs samples do).

    Args:
        id (str):
        body (FollowUpRequest): Fields of `followUpPayment`; `paymentType` selects capture,
            refund, reversal, inquiry or repeated recurring.

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
    body: FollowUpRequest,
) -> GatewayResponse | str | None:
    """Capture, refund, reverse, inquire or repeat an existing payment

     A follow-up on the payment `{id}` (its `paymentId`; with `idType=MID` the merchant's
    `merchantTransactionId`, percent-encoded). `paymentType` selects the operation and its checksum:

    | paymentType | Operation | Also required | Checksum |
    |---|---|---|---|
    | `CP` | capture a pre-authorization (`authsuccessful`) once, full or partial (a partial capture
    ends the authorization), at most the authorized amount unless the merchant allows excess capture |
    `amount` | C-CP-RF `memberId\\|secureKey\\|paymentId\\|amount` |
    | `RF` | refund a sale or a captured pre-authorization (`capturesuccess`, `settled`, or `reversed`
    while captured > refunded); partial and multiple unless the merchant's flags forbid them | `amount`
    | C-CP-RF |
    | `RV` | cancel an uncaptured pre-authorization (`authsuccessful` only; a sale is refunded, never
    voided) | – | C-RV-IN `memberId\\|secureKey\\|paymentId` |
    | `IN` + `idType=PID` (default) | status inquiry by payment id | – | C-RV-IN |
    | `IN` + `idType=MID` | status inquiry by merchant transaction id | `merchantTransactionId` | C-IN-
    MID `memberId\\|secureKey\\|merchantTransactionId` |
    | `PA`/`DB` + `recurringType=REPEATED` | repeated recurring payment on the original payment |
    `amount`, `merchantRedirectUrl` | C-REPEAT-PID `memberId\\|secureKey\\|paymentId\\|amount` |

    Success codes: capture `00004`, refund `00005` (long status `reversed` at once; `markedforreversal`
    only while an acquirer has not confirmed a refund), reversal `00006` (`cancelled`); capture, refund
    and cancel answers also carry `paymentType` and `descriptor`; inquiry `00026` or `00001` with the
    long `status`. Failures:
    `10005` capture, `10006` refund, `10007` cancel, `10026` record not found. Send `paymentId` in the
    body too (the docs samples do).

    Args:
        id (str):
        body (FollowUpRequest): Fields of `followUpPayment`; `paymentType` selects capture,
            refund, reversal, inquiry or repeated recurring.

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
