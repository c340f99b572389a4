"""Delivers notifications: records each in the ledger, POSTs it as JSON once, resends on demand."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import httpx

from .callbacks import NotificationPath, notification_body
from .clock import SandboxClock
from .config import SandboxConfig
from .ledger import Ledger
from .models import NotificationRecord, Payment

__all__ = ["Notifier"]

logger = logging.getLogger("transaction_services_sandbox")


def _absolute(url: str) -> str:
    # Docs samples use scheme-less URLs ("www.merchantRedirectUrl.com").
    return url if "://" in url else "http://" + url


class Notifier:
    """Sends the gateway's server-to-server notifications (one attempt each, as the gateway does)."""

    def __init__(self, config: SandboxConfig, ledger: Ledger, clock: SandboxClock) -> None:
        self._config = config
        self._ledger = ledger
        self._clock = clock
        self._client: httpx.AsyncClient | None = None
        self._tasks: set[asyncio.Task[Any]] = set()

    async def aclose(self) -> None:
        """Wait for deliveries in flight, then close the HTTP client."""
        if self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)
        if self._client is not None:
            await self._client.aclose()
            self._client = None

    def _http(self) -> httpx.AsyncClient:
        if self._client is None:
            self._client = httpx.AsyncClient(timeout=self._config.notification_timeout_seconds, trust_env=False)
        return self._client

    def notify(self, payment: Payment, path: NotificationPath, result_code: str, result_description: str) -> int | None:
        """Record and schedule a notification for the payment; None when it has no `notificationUrl`."""
        if not payment.notification_url:
            return None
        body = notification_body(
            payment,
            self._config.secure_key_of(payment.member_id),
            self._clock.timestamp(),
            path,
            result_code,
            result_description,
        )
        notification_id = self._ledger.add_notification(
            str(payment.payment_id), payment.notification_url, body, self._clock.epoch()
        )
        self._schedule(notification_id)
        return notification_id

    def _schedule(self, notification_id: int) -> None:
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            logger.warning("notification %s recorded but not sent: no event loop", notification_id)
            return
        task = loop.create_task(self.deliver(notification_id))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def deliver(self, notification_id: int) -> NotificationRecord | None:
        """POST a recorded notification now; record the attempt and return the updated record."""
        record = self._ledger.get_notification(notification_id)
        if record is None:
            return None
        status: int | None = None
        error = ""
        try:
            response = await self._http().post(_absolute(record.url), json=record.body)
            status = response.status_code
        except httpx.HTTPError as exc:
            error = f"{type(exc).__name__}: {exc}"
        self._ledger.record_delivery(notification_id, status, error)
        logger.info(
            "notification %s for payment %s: status=%s error=%s", notification_id, record.payment_id, status, error
        )
        return self._ledger.get_notification(notification_id)

    async def wait_idle(self) -> None:
        """Wait until every scheduled delivery has finished."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)
