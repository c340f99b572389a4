"""Client cost of the SDK against bare httpx (and peers) on one canned keep-alive server in another process.

    python benchmarks/bench_client.py [--calls 3000] [--rounds 9] [--quick] [--write benchmarks/results.md]

The server answers every POST with a fixed approved payment (and a fixed token on ``/authToken``), so what
differs between candidates is the client's own work. Every measurement alternates the candidates round by
round and reports the ratio of each round; the figure quoted is the median of those ratios (the machines are
shared and noisy: quote ratios from one run, never absolute numbers).

- client CPU per sync purchase (``time.process_time``): bare ``httpx.Client`` posting the same signed form and
  decoding the JSON; the generated client alone; ``Gateway.purchase``; stripe-python when it is installed;
- async throughput (calls per second of wall time) of the generated client alone and of
  ``AsyncGateway.purchase`` against bare ``httpx.AsyncClient`` at concurrency 1, 10 and 100;
- import time of the whole process (``python -c "import ..."``), in the interpreter given by ``--import-python``
  (``nox -s bench`` builds a venv with the runtime dependencies only, no dev tools);
- memory: resident set growth between call 1,000 and call 10,000 of ``Gateway.purchase``.

``--write`` saves the figures as Markdown and a PNG chart of the ratios beside it.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx

from transaction_services import AsyncGateway, Card, Credentials, Customer, Gateway

if TYPE_CHECKING:
    from transaction_services_api.client import AuthenticatedClient

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
PAYMENTS_PATH = "/transactionServices/REST/v1/payments"
CREDENTIALS = Credentials("11344", "secureKey", "195", "testdoc", "1106")
CARD = Card("4000000000000051", "07", "2030", cvv="123")
CUSTOMER = Customer(given_name="John", surname="Doe")
TARGETS = {"sync CPU": 1.15, "async throughput": 0.95, "import": 1.4}


# --- the canned server (child process) ---------------------------------------------------------------------------


class CannedProtocol(asyncio.Protocol):
    """HTTP/1.1 keep-alive server that answers every request with a canned body.

    Hand-rolled on purpose: a server framework would spend more CPU per request than the clients under test
    and, at concurrency 100 on two cores, become the bottleneck that hides the differences being measured.
    """

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport
        self.buffer = b""

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while True:
            head_end = self.buffer.find(b"\r\n\r\n")
            if head_end < 0:
                return
            head = self.buffer[:head_end].decode("latin-1")
            length = 0
            for line in head.split("\r\n")[1:]:
                name, _, value = line.partition(":")
                if name.strip().lower() == "content-length":
                    length = int(value)
            if len(self.buffer) < head_end + 4 + length:
                return
            target = head.split(" ", 2)[1]
            self.buffer = self.buffer[head_end + 4 + length :]
            body = TOKEN if target.endswith("authToken") else PAYMENT
            self.transport.write(
                b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: %d\r\n\r\n%s" % (len(body), body)
            )


def serve(port: int) -> None:
    """Run the canned server until killed."""

    async def run() -> None:
        server = await asyncio.get_running_loop().create_server(CannedProtocol, "127.0.0.1", port, backlog=512)
        await server.serve_forever()

    asyncio.run(run())


# --- measurement helpers -------------------------------------------------------------------------------------------


@dataclass
class Figure:
    """One comparison: a candidate against its baseline, as per-round ratios."""

    name: str
    baseline: str
    candidate: str
    unit: str
    baseline_values: list[float] = field(default_factory=list)
    candidate_values: list[float] = field(default_factory=list)
    higher_is_better: bool = False
    label: str = ""
    """A short name for the chart (the table shows ``name``)."""

    @property
    def ratios(self) -> list[float]:
        """Candidate / baseline per round."""
        return [c / b for b, c in zip(self.baseline_values, self.candidate_values, strict=True)]

    @property
    def ratio(self) -> float:
        """Median of the per-round ratios."""
        return statistics.median(self.ratios)


def alternate(candidates: dict[str, Callable[[], float]], rounds: int) -> dict[str, list[float]]:
    """Run each measurement once per round, candidates alternated (order reversed every other round)."""
    samples: dict[str, list[float]] = {name: [] for name in candidates}
    names = list(candidates)
    for index in range(rounds):
        for name in names if index % 2 == 0 else reversed(names):
            samples[name].append(candidates[name]())
    return samples


def cpu_us(call: Callable[[], object], count: int) -> Callable[[], float]:
    """A measurement: client CPU microseconds per call over ``count`` calls."""

    def measure() -> float:
        started = time.process_time()
        for _ in range(count):
            call()
        return (time.process_time() - started) / count * 1e6

    return measure


def throughput(
    loop: asyncio.AbstractEventLoop, call: Callable[[], Awaitable[object]], concurrency: int, count: int
) -> Callable[[], float]:
    """A measurement: calls per second of wall time with ``concurrency`` calls in flight."""

    async def worker(quota: int) -> None:
        for _ in range(quota):
            await call()

    async def run() -> float:
        started = time.perf_counter()
        await asyncio.gather(*(worker(count // concurrency) for _ in range(concurrency)))
        return (count // concurrency) * concurrency / (time.perf_counter() - started)

    return lambda: loop.run_until_complete(run())


def process_ms(python: str, statement: str) -> Callable[[], float]:
    """A measurement: wall milliseconds of a whole fresh interpreter running ``statement``."""

    def measure() -> float:
        started = time.perf_counter()
        subprocess.run([python, "-c", statement], check=True)
        return (time.perf_counter() - started) * 1000

    return measure


def rss_kib() -> int:
    """Current resident set size of this process in KiB."""
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") // 1024


# --- candidates ---------------------------------------------------------------------------------------------------


def generated_client(base_url: str, **httpx_args: Any) -> AuthenticatedClient:
    """The generated client alone, with a fixed token and the same timeouts as bare httpx."""
    from transaction_services_api.client import AuthenticatedClient

    return AuthenticatedClient(
        base_url=base_url,
        token="eyJhbGciOi.eyJzdWIi.sig",
        prefix="",
        auth_header_name="AuthToken",
        timeout=httpx.Timeout(60),
        httpx_args=httpx_args,
    )


def sync_candidates(base_url: str, stack: list[Callable[[], None]]) -> dict[str, Callable[[], object]]:
    """The sync calls to compare; closers are pushed onto ``stack``."""
    from transaction_services_api.api.payments import create_payment
    from transaction_services_api.models import PaymentRequest

    bare = httpx.Client(base_url=base_url, timeout=60)
    gateway = Gateway(base_url=base_url, credentials=CREDENTIALS)
    generated = generated_client(base_url)
    stack.extend([bare.close, gateway.close, generated.get_httpx_client().close])

    calls: dict[str, Callable[[], object]] = {
        "httpx": lambda: bare.post(PAYMENTS_PATH, data=FORM).json(),
        "generated client": lambda: (
            create_payment.sync_detailed(client=generated, body=PaymentRequest.from_dict(FORM)).parsed
        ),
        "transaction_services": lambda: gateway.purchase(
            merchant_transaction_id="Rest Transaction 01",
            amount=Decimal("50.00"),
            currency="EUR",
            card=CARD,
            customer=CUSTOMER,
        ),
    }
    try:
        import stripe

        stripe_client = stripe.StripeClient(
            "sk_test_bench",
            base_addresses={"api": base_url},
            http_client=stripe.HTTPXClient(allow_sync_methods=True),
            max_network_retries=0,
        )
        calls["stripe-python"] = lambda: stripe_client.v1.payment_intents.create(
            params={"amount": 5000, "currency": "eur", "payment_method": "pm_card_visa", "confirm": True}
        )
    except ImportError:
        pass
    return calls


def bench_sync(base_url: str, calls: int, rounds: int) -> list[Figure]:
    """Client CPU per sync purchase, every candidate against bare httpx."""
    closers: list[Callable[[], None]] = []
    try:
        candidates = sync_candidates(base_url, closers)
        for call in candidates.values():
            for _ in range(100):
                call()
        per_round = max(calls // rounds, 1)
        samples = alternate({name: cpu_us(call, per_round) for name, call in candidates.items()}, rounds)
    finally:
        for close in closers:
            close()
    return [
        Figure(f"sync CPU: {name}", "httpx", name, "us/call", samples["httpx"], samples[name])
        for name in candidates
        if name != "httpx"
    ]


def bench_async(base_url: str, calls: int, rounds: int) -> list[Figure]:
    """Async throughput of AsyncGateway.purchase against bare httpx.AsyncClient at concurrency 1, 10, 100."""
    loop = asyncio.new_event_loop()
    limits = httpx.Limits(max_connections=100, max_keepalive_connections=100)
    bare = httpx.AsyncClient(base_url=base_url, timeout=60, limits=limits)
    sdk_http = httpx.AsyncClient(limits=limits)
    gateway = AsyncGateway(base_url=base_url, credentials=CREDENTIALS, http_client=sdk_http)
    from transaction_services_api.api.payments import create_payment
    from transaction_services_api.models import PaymentRequest

    generated = generated_client(base_url, limits=limits)  # the floor under AsyncGateway, which parses with it

    def bare_call() -> Awaitable[object]:
        async def call() -> object:
            return (await bare.post(PAYMENTS_PATH, data=FORM)).json()

        return call()

    def generated_call() -> Awaitable[object]:
        async def call() -> object:
            body = PaymentRequest.from_dict(FORM)
            return (await create_payment.asyncio_detailed(client=generated, body=body)).parsed

        return call()

    def sdk_call() -> Awaitable[object]:
        return gateway.purchase(
            merchant_transaction_id="Rest Transaction 01",
            amount=Decimal("50.00"),
            currency="EUR",
            card=CARD,
            customer=CUSTOMER,
        )

    figures = []
    try:
        for concurrency in (1, 10, 100):
            count = max(calls // 3, concurrency * 10)
            per_round = count // rounds * 3
            calls_by_name = {"httpx": bare_call, "generated client": generated_call, "AsyncGateway": sdk_call}
            for call in calls_by_name.values():
                throughput(loop, call, concurrency, concurrency * 5)()  # open the connections, fetch the token
            samples = alternate(
                {name: throughput(loop, call, concurrency, per_round) for name, call in calls_by_name.items()},
                rounds,
            )
            for candidate in ("generated client", "AsyncGateway"):
                figures.append(
                    Figure(
                        f"async throughput, concurrency {concurrency}",
                        "httpx.AsyncClient",
                        candidate,
                        "calls/s",
                        samples["httpx"],
                        samples[candidate],
                        higher_is_better=True,
                    )
                )
    finally:
        loop.run_until_complete(bare.aclose())
        loop.run_until_complete(sdk_http.aclose())
        loop.run_until_complete(generated.get_async_httpx_client().aclose())
        loop.close()
    return figures


# What a program imports: the package alone (the target), and what a sync or async program
# actually touches first. The package loads its names on first use, so only the last two are the
# cost a program pays; they are measured, and held to the same target, so that laziness hides nothing.
IMPORTS = {
    "the package": "import transaction_services",
    "a sync program's names": "from transaction_services import Card, Credentials, Customer, Gateway",
    "an async program's names": "from transaction_services import AsyncGateway, Card, Credentials, Customer",
}


def bench_import(python: str, rounds: int) -> list[Figure]:
    """Whole-process import time of transaction_services (and of stripe) against httpx."""
    statements = {"httpx": "import httpx", **IMPORTS}
    if _importable(python, "stripe"):
        statements["stripe"] = "import stripe"
    samples = alternate(
        {name: process_ms(python, statement) for name, statement in statements.items()}, max(rounds, 11)
    )
    figures = [
        Figure(
            f"import (whole process): {statement}",
            "httpx",
            "transaction_services",
            "ms",
            samples["httpx"],
            samples[name],
            label=f"import: {name}",
        )
        for name, statement in IMPORTS.items()
    ]
    if "stripe" in samples:
        figures.append(
            Figure(
                "import (whole process): import stripe",
                "httpx",
                "stripe",
                "ms",
                samples["httpx"],
                samples["stripe"],
                label="import: stripe",
            )
        )
    return figures


def _importable(python: str, module: str) -> bool:
    return subprocess.run([python, "-c", f"import {module}"], capture_output=True).returncode == 0


def bench_memory(base_url: str) -> tuple[int, int]:
    """Resident set (KiB) after 1,000 and after 10,000 sync purchases on one Gateway."""
    with Gateway(base_url=base_url, credentials=CREDENTIALS) as gateway:
        marks = []
        for done in range(1, 10_001):
            gateway.purchase(
                merchant_transaction_id="Rest Transaction 01",
                amount=Decimal("50.00"),
                currency="EUR",
                card=CARD,
                customer=CUSTOMER,
            )
            if done in (1_000, 10_000):
                gc.collect()
                marks.append(rss_kib())
    return marks[0], marks[1]


# --- reporting ----------------------------------------------------------------------------------------------------


def verdict(figure: Figure) -> str:
    """'meets' or 'misses' the issue's target for this figure, or '' when it has none."""
    for prefix, target in TARGETS.items():
        if figure.name.startswith(prefix) and figure.candidate in ("transaction_services", "AsyncGateway"):
            ok = figure.ratio >= target if figure.higher_is_better else figure.ratio <= target
            return f"{'meets' if ok else 'MISSES'} {'>=' if figure.higher_is_better else '<='} {target}x"
    return ""


def render(figures: list[Figure], memory: tuple[int, int] | None, args: argparse.Namespace) -> str:
    """The figures as Markdown."""
    lines = [
        "# Client benchmark results",
        "",
        f"`python benchmarks/bench_client.py --calls {args.calls} --rounds {args.rounds}` (via `nox -s bench`), "
        f"{time.strftime('%Y-%m-%d')}, Python {platform.python_version()}, httpx {httpx.__version__}, "
        f"{os.cpu_count()} cores. Ratios are candidate / baseline, per round; the figure is their median.",
        "",
        "| measurement | baseline | candidate | baseline median | candidate median | ratio (median) | "
        "ratios per round | target |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for figure in figures:
        per_round = " ".join(f"{ratio:.2f}" for ratio in figure.ratios)
        lines.append(
            f"| {figure.name} | {figure.baseline} | {figure.candidate} | "
            f"{statistics.median(figure.baseline_values):.0f} {figure.unit} | "
            f"{statistics.median(figure.candidate_values):.0f} {figure.unit} | **{figure.ratio:.2f}x** | "
            f"{per_round} | {verdict(figure)} |"
        )
    if memory:
        lines += ["", f"Memory: resident set {memory[0]} KiB after 1,000 purchases, {memory[1]} KiB after 10,000 "]
        lines[-1] += f"({memory[1] - memory[0]:+d} KiB)."
    lines += ["", "![ratios](results.png)", ""]
    return "\n".join(lines)


def chart(figures: list[Figure], path: Path) -> None:
    """A horizontal bar chart of the median ratios with the targets marked."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    labels = [f"{f.label or f.name}\n({f.candidate} / {f.baseline})" for f in figures]
    ratios = [f.ratio for f in figures]
    fig, ax = plt.subplots(figsize=(11, 0.6 * len(figures) + 1.5))
    ax.set_xlim(0, max(ratios + list(TARGETS.values())) * 1.2)
    bars = ax.barh(
        labels, ratios, color=["#4c72b0" if not verdict(f).startswith("MISSES") else "#c44e52" for f in figures]
    )
    ax.axvline(1.0, color="black", linewidth=0.8)
    for figure, bar in zip(figures, bars, strict=True):
        ax.text(bar.get_width() + 0.02, bar.get_y() + bar.get_height() / 2, f"{figure.ratio:.2f}x", va="center")
        target = next((t for p, t in TARGETS.items() if figure.name.startswith(p)), None)
        if target and figure.candidate in ("transaction_services", "AsyncGateway"):
            ax.plot([target, target], [bar.get_y(), bar.get_y() + bar.get_height()], color="#dd8452", linewidth=2)
    ax.invert_yaxis()
    ax.set_xlabel("ratio to the baseline (orange tick: the target; throughput: higher is better)")
    ax.set_title("client cost against bare httpx")
    fig.tight_layout()
    fig.savefig(path, dpi=100)


def main() -> None:
    """Run the benchmark and print (and optionally write) the figures."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--calls", type=int, default=3000, help="sync calls per candidate (spread over rounds)")
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--port", type=int, default=18991)
    parser.add_argument("--import-python", default=sys.executable, help="interpreter whose imports are timed")
    parser.add_argument("--quick", action="store_true", help="skip the memory run")
    parser.add_argument("--write", type=Path, help="write Markdown here and a PNG chart beside it")
    args = parser.parse_args()
    server = subprocess.Popen([sys.executable, __file__, "--serve", str(args.port)])
    base_url = f"http://127.0.0.1:{args.port}"
    try:
        for _ in range(200):
            try:
                httpx.post(base_url + "/ping", timeout=1)
                break
            except httpx.TransportError:
                time.sleep(0.05)
        figures = bench_sync(base_url, args.calls, args.rounds)
        figures += bench_async(base_url, args.calls, args.rounds)
        memory = None if args.quick else bench_memory(base_url)
    finally:
        server.terminate()
        server.wait()
    figures += bench_import(args.import_python, args.rounds)
    report = render(figures, memory, args)
    print(report)
    if args.write:
        args.write.write_text(report)
        chart(figures, args.write.with_suffix(".png"))


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--serve":
        serve(int(sys.argv[2]))
    else:
        main()
