"""A tiny local HTTP server that records the requests it receives (notifications, browser returns)."""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any
from urllib.parse import parse_qsl, urlsplit

__all__ = ["ReceivedRequest", "Receiver"]


@dataclass(frozen=True)
class ReceivedRequest:
    """One recorded request."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        """The body parsed as JSON."""
        return json.loads(self.body)

    def form(self) -> dict[str, str]:
        """The body parsed as form fields."""
        return dict(parse_qsl(self.body.decode("utf-8"), keep_blank_values=True))

    def query(self) -> dict[str, str]:
        """The query parameters of the path."""
        return dict(parse_qsl(urlsplit(self.path).query, keep_blank_values=True))


class Receiver:
    """Records every request to `.url`; answers 200 `ok` (or `status`)."""

    def __init__(self, status: int = 200) -> None:
        self.status = status
        self._requests: list[ReceivedRequest] = []
        self._condition = threading.Condition()
        receiver = self

        class _Handler(BaseHTTPRequestHandler):
            def _record(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                request = ReceivedRequest(self.command, self.path, dict(self.headers.items()), body)
                with receiver._condition:
                    receiver._requests.append(request)
                    receiver._condition.notify_all()
                self.send_response(receiver.status)
                self.send_header("Content-Type", "text/plain")
                self.send_header("Content-Length", "2")
                self.end_headers()
                self.wfile.write(b"ok")

            do_POST = _record
            do_GET = _record

            def log_message(self, format: str, *args: Any) -> None:
                return

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, name="notification-receiver", daemon=True
        )

    @property
    def url(self) -> str:
        """Base URL; any path under it is recorded."""
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    @property
    def requests(self) -> list[ReceivedRequest]:
        """Requests received so far."""
        with self._condition:
            return list(self._requests)

    def wait_for(self, count: int = 1, timeout: float = 5.0) -> list[ReceivedRequest]:
        """Wait until at least `count` requests arrived; return them (raise TimeoutError otherwise)."""
        deadline = time.monotonic() + timeout
        with self._condition:
            while len(self._requests) < count:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise TimeoutError(f"expected {count} requests, got {len(self._requests)}")
                self._condition.wait(remaining)
            return list(self._requests)

    def clear(self) -> None:
        """Forget the recorded requests."""
        with self._condition:
            self._requests.clear()

    def start(self) -> Receiver:
        """Start serving."""
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving."""
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> Receiver:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()
