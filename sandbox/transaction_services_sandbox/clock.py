"""The sandbox clock: real time plus an offset that the control API can advance."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

__all__ = ["SandboxClock", "format_list_timestamp", "format_timestamp"]


class SandboxClock:
    """Real UTC time shifted by an adjustable offset; thread-safe."""

    def __init__(self, timezone: str = "UTC", offset_seconds: float = 0.0) -> None:
        self._lock = threading.Lock()
        self._offset = timedelta(seconds=offset_seconds)
        self.zone = ZoneInfo(timezone)

    def now(self) -> datetime:
        """Current sandbox time, timezone-aware (UTC)."""
        with self._lock:
            offset = self._offset
        return datetime.now(UTC) + offset

    def epoch(self) -> float:
        """Current sandbox time as a POSIX timestamp."""
        return self.now().timestamp()

    def local(self, moment: datetime | None = None) -> datetime:
        """The given (or current) moment in the sandbox's timezone."""
        return (moment or self.now()).astimezone(self.zone)

    def advance(self, seconds: float) -> datetime:
        """Move the sandbox clock forward (or back, with a negative value); return the new time."""
        with self._lock:
            self._offset += timedelta(seconds=seconds)
        return self.now()

    def reset(self) -> None:
        """Return to real time."""
        with self._lock:
            self._offset = timedelta(0)

    @property
    def offset_seconds(self) -> float:
        """Current offset from real time, in seconds."""
        with self._lock:
            return self._offset.total_seconds()

    def timestamp(self, moment: datetime | None = None) -> str:
        """`yyyy-MM-dd HH:mm:ss` in the sandbox timezone, as responses carry it."""
        return format_timestamp(self.local(moment))


def format_timestamp(moment: datetime) -> str:
    """`yyyy-MM-dd HH:mm:ss` of a local datetime (reference §1.6)."""
    return moment.strftime("%Y-%m-%d %H:%M:%S")


def format_list_timestamp(moment: datetime) -> str:
    """SQL-style timestamp with a `.0` fraction, as list items carry it (reference §6.7)."""
    return moment.strftime("%Y-%m-%d %H:%M:%S") + ".0"
