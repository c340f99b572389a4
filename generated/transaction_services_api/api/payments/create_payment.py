from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.gateway_response import GatewayResponse
from ...models.payment_request import PaymentRequest
from ...types import Response


def _get_kwargs(
    *,
    body: PaymentRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/transactionServices/REST/v1/payments",
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
    body: PaymentRequest,
) -> Response[GatewayResponse | str]:
    """Start a payment (sale, pre-authorization, 3-D Secure, asynchronous method, recurring)

     The first step of every payment. `paymentType=DB` is a sale (authorize and capture at once),
    `PA` a pre-authorization to capture later with `followUpPayment` (`CP`). Checksum **C-SALE**
    (`memberId|secureKey|merchantTransactionId|amount`); with `recurringType=REPEATED` and `paymentId`
    it is **C-REPEAT-PID** (`memberId|secureKey|paymentId|amount`).

    * Card (`paymentMode` `CC`/`DC`): send the `card.*` block and the customer's given name and surname.
    * SEPA: `bankAccount.iban`, `bankAccount.bic` and the holder's names. ACH: account and routing
    number.
    * 3-D Secure, asynchronous methods (`NB`, `EW`, `PV`, ...), `recurringType=INITIAL` and
      `createRegistration=true` need `merchantRedirectUrl`.

    Outcomes: `transactionStatus` `Y` approved (`00001`); `N` declined (`10xxx`/`11xxx`/`2xxxx`);
    `P` pending (`10004`, often with a `redirect`); `3D` with `90026` and a `redirect` the customer's
    browser must follow; `paymentId` `"-"` with a `3xxxx` code is a refusal (validation, checksum).
    The completion of a redirect comes back as the `paymentNotification` webhook and the
    `customerRedirectReturn` browser return. If the call's outcome is unknown (timeout, dropped
    connection), inquire by `merchantTransactionId` (`followUpPayment` with `idType=MID`) before
    sending it again.

    Args:
        body (PaymentRequest): Fields of `createPayment`. Required by the docs for every payment:
            member id, checksum (C-SALE), terminal id, merchant transaction id, amount, currency,
            payment type, mode and brand; plus the card block and names for card modes, IBAN/BIC and
            names for SEPA, `merchantRedirectUrl` for 3-D Secure, asynchronous methods, recurring and
            tokenization. `createRegistration=true` stores the card during the payment; the response
            then carries `registrationId`.

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
    body: PaymentRequest,
) -> GatewayResponse | str | None:
    """Start a payment (sale, pre-authorization, 3-D Secure, asynchronous method, recurring)

     The first step of every payment. `paymentType=DB` is a sale (authorize and capture at once),
    `PA` a pre-authorization to capture later with `followUpPayment` (`CP`). Checksum **C-SALE**
    (`memberId|secureKey|merchantTransactionId|amount`); with `recurringType=REPEATED` and `paymentId`
    it is **C-REPEAT-PID** (`memberId|secureKey|paymentId|amount`).

    * Card (`paymentMode` `CC`/`DC`): send the `card.*` block and the customer's given name and surname.
    * SEPA: `bankAccount.iban`, `bankAccount.bic` and the holder's names. ACH: account and routing
    number.
    * 3-D Secure, asynchronous methods (`NB`, `EW`, `PV`, ...), `recurringType=INITIAL` and
      `createRegistration=true` need `merchantRedirectUrl`.

    Outcomes: `transactionStatus` `Y` approved (`00001`); `N` declined (`10xxx`/`11xxx`/`2xxxx`);
    `P` pending (`10004`, often with a `redirect`); `3D` with `90026` and a `redirect` the customer's
    browser must follow; `paymentId` `"-"` with a `3xxxx` code is a refusal (validation, checksum).
    The completion of a redirect comes back as the `paymentNotification` webhook and the
    `customerRedirectReturn` browser return. If the call's outcome is unknown (timeout, dropped
    connection), inquire by `merchantTransactionId` (`followUpPayment` with `idType=MID`) before
    sending it again.

    Args:
        body (PaymentRequest): Fields of `createPayment`. Required by the docs for every payment:
            member id, checksum (C-SALE), terminal id, merchant transaction id, amount, currency,
            payment type, mode and brand; plus the card block and names for card modes, IBAN/BIC and
            names for SEPA, `merchantRedirectUrl` for 3-D Secure, asynchronous methods, recurring and
            tokenization. `createRegistration=true` stores the card during the payment; the response
            then carries `registrationId`.

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
    body: PaymentRequest,
) -> Response[GatewayResponse | str]:
    """Start a payment (sale, pre-authorization, 3-D Secure, asynchronous method, recurring)

     The first step of every payment. `paymentType=DB` is a sale (authorize and capture at once),
    `PA` a pre-authorization to capture later with `followUpPayment` (`CP`). Checksum **C-SALE**
    (`memberId|secureKey|merchantTransactionId|amount`); with `recurringType=REPEATED` and `paymentId`
    it is **C-REPEAT-PID** (`memberId|secureKey|paymentId|amount`).

    * Card (`paymentMode` `CC`/`DC`): send the `card.*` block and the customer's given name and surname.
    * SEPA: `bankAccount.iban`, `bankAccount.bic` and the holder's names. ACH: account and routing
    number.
    * 3-D Secure, asynchronous methods (`NB`, `EW`, `PV`, ...), `recurringType=INITIAL` and
      `createRegistration=true` need `merchantRedirectUrl`.

    Outcomes: `transactionStatus` `Y` approved (`00001`); `N` declined (`10xxx`/`11xxx`/`2xxxx`);
    `P` pending (`10004`, often with a `redirect`); `3D` with `90026` and a `redirect` the customer's
    browser must follow; `paymentId` `"-"` with a `3xxxx` code is a refusal (validation, checksum).
    The completion of a redirect comes back as the `paymentNotification` webhook and the
    `customerRedirectReturn` browser return. If the call's outcome is unknown (timeout, dropped
    connection), inquire by `merchantTransactionId` (`followUpPayment` with `idType=MID`) before
    sending it again.

    Args:
        body (PaymentRequest): Fields of `createPayment`. Required by the docs for every payment:
            member id, checksum (C-SALE), terminal id, merchant transaction id, amount, currency,
            payment type, mode and brand; plus the card block and names for card modes, IBAN/BIC and
            names for SEPA, `merchantRedirectUrl` for 3-D Secure, asynchronous methods, recurring and
            tokenization. `createRegistration=true` stores the card during the payment; the response
            then carries `registrationId`.

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
    body: PaymentRequest,
) -> GatewayResponse | str | None:
    """Start a payment (sale, pre-authorization, 3-D Secure, asynchronous method, recurring)

     The first step of every payment. `paymentType=DB` is a sale (authorize and capture at once),
    `PA` a pre-authorization to capture later with `followUpPayment` (`CP`). Checksum **C-SALE**
    (`memberId|secureKey|merchantTransactionId|amount`); with `recurringType=REPEATED` and `paymentId`
    it is **C-REPEAT-PID** (`memberId|secureKey|paymentId|amount`).

    * Card (`paymentMode` `CC`/`DC`): send the `card.*` block and the customer's given name and surname.
    * SEPA: `bankAccount.iban`, `bankAccount.bic` and the holder's names. ACH: account and routing
    number.
    * 3-D Secure, asynchronous methods (`NB`, `EW`, `PV`, ...), `recurringType=INITIAL` and
      `createRegistration=true` need `merchantRedirectUrl`.

    Outcomes: `transactionStatus` `Y` approved (`00001`); `N` declined (`10xxx`/`11xxx`/`2xxxx`);
    `P` pending (`10004`, often with a `redirect`); `3D` with `90026` and a `redirect` the customer's
    browser must follow; `paymentId` `"-"` with a `3xxxx` code is a refusal (validation, checksum).
    The completion of a redirect comes back as the `paymentNotification` webhook and the
    `customerRedirectReturn` browser return. If the call's outcome is unknown (timeout, dropped
    connection), inquire by `merchantTransactionId` (`followUpPayment` with `idType=MID`) before
    sending it again.

    Args:
        body (PaymentRequest): Fields of `createPayment`. Required by the docs for every payment:
            member id, checksum (C-SALE), terminal id, merchant transaction id, amount, currency,
            payment type, mode and brand; plus the card block and names for card modes, IBAN/BIC and
            names for SEPA, `merchantRedirectUrl` for 3-D Secure, asynchronous methods, recurring and
            tokenization. `createRegistration=true` stores the card during the payment; the response
            then carries `registrationId`.

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
