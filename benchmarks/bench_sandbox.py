"""Sandbox throughput of an approved card sale (POST /payments, DB) at concurrency 1 and 50, and the
cost of a purchase, an inquiry and a transaction-list page as the ledger grows (0, 10,000, 50,000 rows).

    python benchmarks/bench_sandbox.py [--requests 2000] [--db :memory:] [--only throughput|scaling]

Ledger scaling runs an in-process sandbox whose ledger is pre-filled with payments of both members
(spread over 30 days, mixed statuses, some payouts due in the future), then times each request
end to end over HTTP (median of `--samples`); the target is at most 1.2x from 0 to 50,000 rows.

The sandbox runs in its own process (`python -m transaction_services_sandbox`), as merchants run it.
Each client process is one httpx.AsyncClient with at most 10 connections: past about ten, httpcore's
async pool costs the client more CPU per request than the sandbox spends (measured: 8.2 ms against
2.9 ms per request at 50 connections in one process), so concurrency 50 is five processes of ten.
"""

from __future__ import annotations

import argparse
import asyncio
import concurrent.futures
import statistics
import subprocess
import sys
import time
from collections.abc import Callable

import httpx

from transaction_services_sandbox import Sandbox, checksums, testdata
from transaction_services_sandbox.ledger import Ledger
from transaction_services_sandbox.models import Payment

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


LEDGER_SIZES = (0, 10_000, 50_000)
_STATUSES = ("capturesuccess", "authsuccessful", "authfailed", "reversed", "cancelled", "capturesuccess")


def fill(ledger: Ledger, rows: int) -> None:
    """Insert ``rows`` payments of both members, spread over the last 30 days, in one transaction."""
    now = time.time()
    with ledger.transaction():
        for n in range(rows):
            payment_id = ledger.next_payment_id()
            created = now - 30 * 86400 * (rows - n) / max(rows, 1)
            payout = n % 500 == 0
            ledger.insert_payment(
                Payment(
                    payment_id=payment_id,
                    kind="payout" if payout else "payment",
                    payment_type="PO" if payout else "DB",
                    status="payoutstarted" if payout else _STATUSES[n % len(_STATUSES)],
                    amount="10.00",
                    currency="EUR",
                    merchant_transaction_id=f"Fill {n:07d}",
                    created_at=created,
                    updated_at=created,
                    member_id="11344" if n % 4 else "11345",
                    customer={"givenName": "John", "surname": "Doe", "email": f"c{n % 977}@example.com"},
                    card_bin="400000",
                    card_last4="0051",
                    due_at=now + 10 * 86400 if payout else None,
                )
            )


class _Subject:
    """One running sandbox with a pre-filled ledger and the requests timed against it."""

    def __init__(self, client: httpx.Client) -> None:
        self.client = client
        self.paid: list[str] = []
        self.orders = iter(range(5 * 10**7, 6 * 10**7))
        self.list_fields = {
            "authentication.memberId": "11344",
            "authentication.checksum": checksums.c_list("11344", "secureKey"),
            "pagination.fromdate": time.strftime("%d/%m/%Y", time.localtime(time.time() - 31 * 86400)),
            "pagination.todate": time.strftime("%d/%m/%Y"),
            "pagination.pageno": "1",
            "pagination.records": "30",
        }

    def purchase(self, _: int) -> None:
        body = self.client.post(f"{TX}/payments", data=sale(next(self.orders))).json()
        assert body["transactionStatus"] == "Y", body
        self.paid.append(body["paymentId"])

    def inquiry(self, n: int) -> None:
        payment_id = self.paid[n % len(self.paid)]
        fields = {
            "authentication.memberId": "11344",
            "authentication.checksum": checksums.c_rv_in("11344", "secureKey", payment_id),
            "paymentType": "IN",
        }
        assert self.client.post(f"{TX}/payments/{payment_id}", data=fields).json()["status"]

    def listing(self, _: int) -> None:
        body = self.client.post(f"{TX}/getTransactionList", data=self.list_fields).json()
        assert len(body["transaction"]) == 30, body


OPERATIONS: dict[str, Callable[[_Subject, int], None]] = {
    "purchase": _Subject.purchase,
    "inquiry": _Subject.inquiry,
    "list": _Subject.listing,
}


def scaling(samples: int) -> None:
    """Print purchase, inquiry and list cost at each ledger size, and the ratio to the empty ledger.

    The three sandboxes run side by side and every sample visits each in turn, so load from other
    processes on a shared machine falls on all ledger sizes alike.
    """
    sandboxes = [Sandbox().start() for _ in LEDGER_SIZES]
    clients = [httpx.Client(base_url=sandbox.url, timeout=30) for sandbox in sandboxes]
    try:
        subjects = []
        for size, sandbox, client in zip(LEDGER_SIZES, sandboxes, clients, strict=True):
            fill(sandbox.ledger, size)
            credentials = {"authentication.partnerId": "195", "merchant.username": "testdoc"}
            credentials["authentication.sKey"] = "secureKey"
            client.headers["AuthToken"] = client.post(TX + "/authToken", data=credentials).json()["AuthToken"]
            subjects.append(_Subject(client))
        timings: dict[tuple[str, int], list[float]] = {(name, size): [] for name in OPERATIONS for size in LEDGER_SIZES}
        for name, operation in OPERATIONS.items():
            for n in range(30 + samples):  # the first 30 warm up
                for size, subject in zip(LEDGER_SIZES, subjects, strict=True):
                    started = time.perf_counter()
                    operation(subject, n)
                    if n >= 30:
                        timings[name, size].append(time.perf_counter() - started)
    finally:
        for client in clients:
            client.close()
        for sandbox in sandboxes:
            sandbox.stop()
    print(f"ledger scaling (median of {samples} requests per cell, interleaved; ratio to the empty ledger)")
    for name in OPERATIONS:
        base = statistics.median(timings[name, 0])
        cells = []
        for size in LEDGER_SIZES:
            cost = statistics.median(timings[name, size])
            cells.append(f"{size:>6} rows {cost * 1000:6.2f} ms ({cost / base:.2f}x)")
        print(f"  {name:<8} " + "  ".join(cells))


def main() -> None:
    """Measure and print purchases per second at concurrency 1 and 50, and the ledger scaling."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--db", default=":memory:")
    parser.add_argument("--port", type=int, default=18992)
    parser.add_argument("--samples", type=int, default=300, help="requests per operation and ledger size")
    parser.add_argument("--only", choices=("throughput", "scaling"))
    args = parser.parse_args()
    if args.only != "throughput":
        scaling(args.samples)
    if args.only == "scaling":
        return
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
