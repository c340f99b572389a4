"""Sandbox throughput of an approved card sale (POST /payments, DB) at concurrency 1 and 50.

    python benchmarks/bench_sandbox.py [--requests 2000] [--db :memory:]

The sandbox runs in its own process (`python -m transaction_services_sandbox`), as merchants run it.
Each client process is one httpx.AsyncClient with at most 10 connections: past about ten, httpcore's
async pool costs the client more CPU per request than the sandbox spends (measured: 8.2 ms against
2.9 ms per request at 50 connections in one process), so concurrency 50 is five processes of ten.
"""

from __future__ import annotations

import argparse
import asyncio
import concurrent.futures
import subprocess
import sys
import time

import httpx

from transaction_services_sandbox import checksums, testdata

TX = "/transactionServices/REST/v1"


def sale(n: int) -> dict[str, str]:
    """A signed approved card sale with a unique merchant transaction id."""
    merchant_id = f"Bench {n:07d}"
    return {
        "authentication.memberId": "11344",
        "authentication.checksum": checksums.c_sale("11344", "secureKey", merchant_id, "10.00"),
        "authentication.terminalId": "1106",
        "merchantTransactionId": merchant_id,
        "amount": "10.00",
        "currency": "EUR",
        "paymentType": "DB",
        "paymentMode": "CC",
        "paymentBrand": "VISA",
        "card.number": testdata.CARD_APPROVE,
        "card.expiryMonth": testdata.TEST_EXPIRY_MONTH,
        "card.expiryYear": testdata.TEST_EXPIRY_YEAR,
        "card.cvv": testdata.TEST_CVV,
        "customer.givenName": "John",
        "customer.surname": "Doe",
    }


async def run(base_url: str, token: str, total: int, concurrency: int, offset: int = 0) -> float:
    """Send ``total`` purchases from ``concurrency`` workers; return purchases per second."""
    counter = iter(range(offset, offset + total))
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=base_url, headers={"AuthToken": token}, limits=limits, timeout=30) as client:

        async def worker() -> None:
            for n in counter:
                response = await client.post(f"{TX}/payments", data=sale(n))
                if response.json().get("transactionStatus") != "Y":
                    raise SystemExit(f"unexpected answer: {response.text[:200]}")

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        return total / (time.perf_counter() - started)


CONNECTIONS_PER_PROCESS = 10


def _client_process(base_url: str, token: str, total: int, concurrency: int, offset: int) -> tuple[float, float]:
    """One client process: send ``total`` purchases; return its (start, end) wall-clock times."""
    asyncio.run(run(base_url, token, 20, 1, offset + 10**6))  # warm this process's code paths
    started = time.time()
    asyncio.run(run(base_url, token, total, concurrency, offset))
    return started, time.time()


def throughput(base_url: str, token: str, total: int, concurrency: int, offset: int) -> float:
    """Purchases per second with ``concurrency`` in flight, spread over client processes of ten."""
    processes = max(1, -(-concurrency // CONNECTIONS_PER_PROCESS))
    with concurrent.futures.ProcessPoolExecutor(processes) as pool:
        spans = list(
            pool.map(
                _client_process,
                [base_url] * processes,
                [token] * processes,
                [total // processes] * processes,
                [concurrency // processes] * processes,
                [offset + index * total for index in range(processes)],
            )
        )
    return (total // processes) * processes / (max(end for _, end in spans) - min(start for start, _ in spans))


def start_sandbox(port: int, db: str) -> subprocess.Popen[bytes]:
    """Start the sandbox in a child process and wait until it answers."""
    command = [sys.executable, "-m", "transaction_services_sandbox", "--port", str(port), "--db", db]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            httpx.get(f"http://127.0.0.1:{port}/_sandbox/clock", timeout=1)
            return process
        except httpx.TransportError:
            time.sleep(0.1)
    process.terminate()
    raise SystemExit("the sandbox did not start")


def main() -> None:
    """Measure and print purchases per second at concurrency 1 and 50."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--db", default=":memory:")
    parser.add_argument("--port", type=int, default=18992)
    args = parser.parse_args()
    base_url = f"http://127.0.0.1:{args.port}"
    sandbox = start_sandbox(args.port, args.db)
    try:
        token = httpx.post(
            base_url + TX + "/authToken",
            data={
                "authentication.partnerId": "195",
                "merchant.username": "testdoc",
                "authentication.sKey": "secureKey",
            },
        ).json()["AuthToken"]
        asyncio.run(run(base_url, token, 100, 1, offset=10**8))  # warm-up
        for index, concurrency in enumerate((1, 50)):
            rate = throughput(base_url, token, args.requests, concurrency, offset=index * 10**7)
            print(
                f"sandbox, concurrency {concurrency:>2}: {rate:8.1f} purchases/s "
                f"({args.requests} requests, db {args.db})"
            )
    finally:
        sandbox.terminate()
        sandbox.wait()


if __name__ == "__main__":
    main()
