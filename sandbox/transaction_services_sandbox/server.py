"""`Sandbox`: runs the app with uvicorn in a background thread on 127.0.0.1 and a free port."""

from __future__ import annotations

import asyncio
import ipaddress
import logging
import secrets
import socket
import threading
import time
from types import TracebackType

import uvicorn

from .app import create_app
from .clock import SandboxClock
from .config import SandboxConfig
from .ledger import Ledger
from .state import SandboxState

__all__ = ["STARTUP_TIMEOUT_SECONDS", "Sandbox", "is_loopback"]

# How long `start()` waits for uvicorn to accept connections.
STARTUP_TIMEOUT_SECONDS = 10.0

logger = logging.getLogger("transaction_services_sandbox")


def is_loopback(host: str) -> bool:
    """Whether `host` names a loopback address (the control API stays open only there)."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class _ThreadServer(uvicorn.Server):
    """A uvicorn server that leaves signal handling to the main thread."""

    def install_signal_handlers(self) -> None:
        return


class Sandbox:
    """A running sandbox: `with Sandbox() as sb: httpx.post(sb.url + ...)`.

    `port=0` (the default) picks a free port. `.url` is the base URL (both services live under
    it), `.config`, `.ledger` and `.clock` are the live objects of the running app.
    """

    def __init__(self, config: SandboxConfig | None = None, *, host: str = "127.0.0.1", port: int = 0) -> None:
        self.config = config or SandboxConfig()
        self.host = host
        self._requested_port = port
        self.state = SandboxState(self.config)
        if not is_loopback(host):
            self.state.control_token = secrets.token_urlsafe(24)
        self.app = create_app(state=self.state)
        self._server: _ThreadServer | None = None
        self._thread: threading.Thread | None = None
        self._socket: socket.socket | None = None
        self.port = port

    @property
    def ledger(self) -> Ledger:
        """The live ledger."""
        return self.state.ledger

    @property
    def clock(self) -> SandboxClock:
        """The live sandbox clock."""
        return self.state.clock

    @property
    def control_token(self) -> str | None:
        """The token the control API requires (None on loopback, where it is open)."""
        return self.state.control_token

    @property
    def url(self) -> str:
        """Base URL, e.g. `http://127.0.0.1:54321`."""
        return f"http://{self.host}:{self.port}"

    @property
    def transaction_url(self) -> str:
        """Base URL of transactionServices REST v1."""
        return self.url + "/transactionServices/REST/v1"

    @property
    def invoice_url(self) -> str:
        """Base URL of invoiceServices REST v1."""
        return self.url + "/invoiceServices/REST/v1"

    def _close_connection(self, client: tuple[str, int]) -> bool:
        server = self._server
        if server is None:
            return False
        for protocol in list(server.server_state.connections):
            if tuple(getattr(protocol, "client", ()) or ()) == client:
                transport = getattr(protocol, "transport", None)
                if isinstance(transport, asyncio.Transport):
                    transport.close()
                    return True
        return False

    def start(self) -> Sandbox:
        """Start serving in a background thread; return when connections are accepted."""
        if self._thread is not None:
            return self
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        # Accepted connections inherit it: without it small responses wait for delayed ACKs (~40 ms).
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        sock.bind((self.host, self._requested_port))
        sock.listen(1024)
        sock.set_inheritable(True)
        self._socket = sock
        self.port = int(sock.getsockname()[1])
        config = uvicorn.Config(
            self.app, log_level="warning", access_log=False, lifespan="on", timeout_graceful_shutdown=2
        )
        self._server = _ThreadServer(config)
        self.state.connection_closer = self._close_connection
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [sock]}, name="transaction-services-sandbox", daemon=True
        )
        self._thread.start()
        deadline = time.monotonic() + STARTUP_TIMEOUT_SECONDS
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the sandbox did not start")
            time.sleep(0.01)
        logger.info("sandbox listening on %s", self.url)
        return self

    def stop(self) -> None:
        """Stop serving and close the ledger."""
        if self._server is not None and self._thread is not None:
            self._server.should_exit = True
            self._thread.join(timeout=10)
        self._server, self._thread = None, None
        if self._socket is not None:
            self._socket.close()
            self._socket = None
        self.state.connection_closer = None
        self.state.ledger.close()

    def __enter__(self) -> Sandbox:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()
