"""The demo's merchant endpoints: a local server that verifies notifications and browser returns.

What a merchant's web application does: ``POST /notify`` is the gateway's notification (checked with
:func:`~transaction_services.parse_notification`), ``/return`` the customer's browser coming back
(checked with :func:`~transaction_services.parse_redirect`). A callback whose checksum fails is
answered 400 and recorded as refused; the demo waits for the verified ones by payment id.
"""

from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any

from transaction_services import Notification, RedirectReturn, SignatureError, parse_notification, parse_redirect

__all__ = ["CallbackReceiver"]


class CallbackReceiver:
    """Verifies and records callbacks posted to ``{url}/notify`` and ``{url}/return``."""

    def __init__(self, secure_key: str) -> None:
        self._secure_key = secure_key
        self._notifications: dict[str, Notification] = {}
        self._returns: dict[str, RedirectReturn] = {}
        self.refused: list[str] = []
        self._condition = threading.Condition()
        receiver = self

        class _Handler(BaseHTTPRequestHandler):
            def _answer(self, status: int) -> None:
                self.send_response(status)
                self.send_header("Content-Type", "text/plain")
                self.send_header("Content-Length", "2")
                self.end_headers()
                self.wfile.write(b"ok" if status == 200 else b"no")

            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                path, _, query = self.path.partition("?")
                verified = receiver._verify(path, body or query.encode())
                self._answer(200 if verified else 400)

            do_POST = _handle
            do_GET = _handle

            def log_message(self, format: str, *args: Any) -> None:
                return

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, name="demo-receiver", daemon=True)

    @property
    def url(self) -> str:
        """The base URL of the merchant endpoints."""
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def _verify(self, path: str, body: bytes) -> bool:
        try:
            if path == "/notify":
                notification = parse_notification(body, self._secure_key)
                with self._condition:
                    self._notifications[str(notification.payment_id)] = notification
                    self._condition.notify_all()
                return True
            if path == "/return":
                returned = parse_redirect(body, self._secure_key)
                with self._condition:
                    self._returns[str(returned.payment_id)] = returned
                    self._condition.notify_all()
                return True
        except SignatureError as error:
            with self._condition:
                self.refused.append(f"{path}: {error}")
        return False

    def _wait(self, records: dict[str, Any], payment_id: str, timeout: float) -> Any:
        deadline = time.monotonic() + timeout
        with self._condition:
            while payment_id not in records:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise TimeoutError(f"no verified callback for payment {payment_id} within {timeout:g} s")
                self._condition.wait(remaining)
            return records[payment_id]

    def notification(self, payment_id: str, timeout: float = 10.0) -> Notification:
        """The verified notification of ``payment_id``, once it has arrived."""
        found: Notification = self._wait(self._notifications, payment_id, timeout)
        return found

    def browser_return(self, payment_id: str, timeout: float = 10.0) -> RedirectReturn:
        """The verified browser return of ``payment_id``, once it has arrived."""
        found: RedirectReturn = self._wait(self._returns, payment_id, timeout)
        return found

    def __enter__(self) -> CallbackReceiver:
        self._thread.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._server.shutdown()
        self._server.server_close()
