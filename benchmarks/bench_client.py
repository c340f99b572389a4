"""Client CPU per call: the SDK's purchase against bare httpx, on one canned-response server on loopback.

    python benchmarks/bench_client.py [--calls 2000]

The server runs in another process and answers every POST with a fixed approved payment (and a fixed
token on /authToken), so the figures are the client's own CPU time (``time.process_time``) per call:
bare httpx posts the same form body and decodes the JSON; the SDK validates, signs, builds the
generated model, sends, parses and interprets. Also reports import times. Quote the ratios, not the
absolute numbers: the machines are shared.
"""

from __future__ import annotations

import argparse
import json
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx

from transaction_services import Card, Credentials, Customer, Gateway

# the docs' VISA_CC_Sync answer
PAYMENT = (
    b'{"paymentId":"54279","paymentBrand":"VISA","paymentType":"DB","paymentMode":"CC","amount":"50.00",'
    b'"result":{"code":"00001","description":"Transaction succeeded"},"card":{"bin":"400000","last4Digits":"0051",'
    b'"holder":"John Doe","expiryMonth":"07","expiryYear":"2030"},"timestamp":"2018-06-01 16:31:36",'
    b'"transactionStatus":"Y","merchantTransactionId":"Rest Transaction 01","remark":"AUTHORIZATION SUCCESS",'
    b'"currency":"EUR"}'
)
TOKEN = json.dumps(
    {"result": {"code": "200", "description": "Token generated successfully"}, "AuthToken": "eyJhbGciOi.eyJzdWIi.sig"}
).encode()
FORM = {
    "authentication.memberId": "11344",
    "authentication.checksum": "e89b70e06b2d649a69207fa751bddbc7",
    "authentication.terminalId": "1106",
    "merchantTransactionId": "Rest Transaction 01",
    "amount": "50.00",
    "currency": "EUR",
    "paymentType": "DB",
    "paymentMode": "CC",
    "paymentBrand": "VISA",
    "card.number": "4000000000000051",
    "card.expiryMonth": "07",
    "card.expiryYear": "2030",
    "card.cvv": "123",
    "customer.givenName": "John",
    "customer.surname": "Doe",
}


class CannedHandler(BaseHTTPRequestHandler):
    """Answers every POST with a fixed JSON body."""

    protocol_version = "HTTP/1.1"

    def setup(self) -> None:
        """Disable Nagle: headers and body go out as two writes, which would wait for a delayed ACK."""
        super().setup()
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("content-length", 0)))
        body = TOKEN if self.path.endswith("/authToken") else PAYMENT
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        return


def serve(port: int) -> None:
    """Run the canned server (in the child process)."""
    ThreadingHTTPServer(("127.0.0.1", port), CannedHandler).serve_forever()


def cpu_per_call(calls: dict[str, Callable[[], object]], total: int, rounds: int = 9) -> dict[str, float]:
    """Median client CPU microseconds per call of each candidate; rounds alternate between candidates."""
    for call in calls.values():
        for _ in range(50):
            call()
    samples: dict[str, list[float]] = {name: [] for name in calls}
    per_round = max(total // rounds, 1)
    for _ in range(rounds):
        for name, call in calls.items():
            started = time.process_time()
            for _ in range(per_round):
                call()
            samples[name].append((time.process_time() - started) / per_round * 1e6)
    return {name: statistics.median(values) for name, values in samples.items()}


def import_ms(statement: str) -> float:
    """Median wall time of a fresh interpreter running ``statement``, minus ``pass``, in ms."""

    def run(code: str) -> float:
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True)
        return time.perf_counter() - started

    baseline = statistics.median(run("pass") for _ in range(7))
    return (statistics.median(run(statement) for _ in range(7)) - baseline) * 1000


def main() -> None:
    """Run the benchmark and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--calls", type=int, default=2000)
    parser.add_argument("--port", type=int, default=18991)
    args = parser.parse_args()
    server = subprocess.Popen([sys.executable, __file__, "--serve", str(args.port)])
    try:
        base_url = f"http://127.0.0.1:{args.port}"
        for _ in range(100):
            try:
                httpx.post(base_url + "/ping", timeout=1)
                break
            except httpx.TransportError:
                time.sleep(0.05)
        credentials = Credentials("11344", "secureKey", "195", "testdoc", "1106")
        card = Card("4000000000000051", "07", "2030", cvv="123")
        customer = Customer(given_name="John", surname="Doe")
        with (
            httpx.Client(base_url=base_url, timeout=60) as bare,
            Gateway(base_url=base_url, credentials=credentials) as gateway,
        ):

            def bare_call() -> None:
                bare.post("/transactionServices/REST/v1/payments", data=FORM).json()

            def sdk_call() -> None:
                gateway.purchase(
                    merchant_transaction_id="Rest Transaction 01",
                    amount=Decimal("50.00"),
                    currency="EUR",
                    card=card,
                    customer=customer,
                )

            measured = cpu_per_call({"httpx": bare_call, "sdk": sdk_call}, args.calls)
            bare_us, sdk_us = measured["httpx"], measured["sdk"]
    finally:
        server.terminate()
        server.wait()
    httpx_ms = import_ms("import httpx")
    sdk_ms = import_ms("import transaction_services")
    ratio = sdk_us / bare_us
    print(f"client CPU per purchase: bare httpx {bare_us:.0f} us, transaction_services {sdk_us:.0f} us ({ratio:.2f}x)")
    print(f"import time: httpx {httpx_ms:.0f} ms, transaction_services {sdk_ms:.0f} ms ({sdk_ms / httpx_ms:.2f}x)")


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--serve":
        serve(int(sys.argv[2]))
    else:
        main()
