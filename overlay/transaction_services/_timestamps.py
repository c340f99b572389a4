"""Gateway local-time strings to timezone-aware datetimes.

The gateway writes timestamps in its server's local time without an offset, in several shapes
(reference §1.6, §11.12-13): ``2018-06-01 16:31:36``, ``2021-08-10 13:51:19.0`` (list items), a date
alone (``2017-02-08``) and, on invoices, a date plus a time with stray spaces and a trailing dot
(``" 16:15:46."``). Naive values are interpreted in the configured gateway zone; values that carry an
offset are converted to it.

The canonical shapes are read directly; anything else that looks like a timestamp goes to
python-dateutil, imported on first use to keep it out of the package's import time.
"""

from __future__ import annotations

import re
from datetime import datetime, tzinfo

__all__ = ["parse_gateway_timestamp", "parse_gateway_timestamp_strict"]

# "yyyy-MM-dd", "yyyy-MM-dd HH:mm:ss" and "yyyy-MM-dd HH:mm:ss.f": every shape the docs samples show.
_CANONICAL = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,6}))?)?")
# Anything dateutil may try: a date, optionally a time with a fraction, optionally an offset. Other
# strings are refused first, because dateutil would happily turn "5" into the 5th of this month.
_LENIENT = re.compile(
    r"\d{4}-\d{1,2}-\d{1,2}"
    r"(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)?"
    r"(?:\s*(?:Z|[+-]\d{2}:?\d{2}))?"
)


def _clean(value: str) -> str:
    # Collapse runs of whitespace ("2017-02-08  16:15:46.") and drop trailing dots and spaces.
    return " ".join(value.split()).rstrip(". ")


def _parse_canonical(match: re.Match[str]) -> datetime:
    year, month, day, hour, minute, second, fraction = match.groups()
    microsecond = int(fraction.ljust(6, "0")) if fraction else 0
    return datetime(int(year), int(month), int(day), int(hour or 0), int(minute or 0), int(second or 0), microsecond)


def _parse_lenient(cleaned: str) -> datetime:
    from dateutil import parser as dateutil_parser  # deferred: ~30 ms of import time

    try:
        return dateutil_parser.isoparse(cleaned.replace(" ", "T", 1))
    except ValueError:
        pass
    try:
        return dateutil_parser.parse(cleaned, yearfirst=True, dayfirst=False)
    except (ValueError, OverflowError) as exc:
        raise ValueError("not a gateway timestamp") from exc


def parse_gateway_timestamp_strict(value: str, tz: tzinfo) -> datetime:
    """Parse a gateway timestamp into an aware datetime in ``tz``; raise ``ValueError`` when it cannot."""
    cleaned = _clean(value)
    canonical = _CANONICAL.fullmatch(cleaned)
    if canonical is not None:
        parsed = _parse_canonical(canonical)
    elif _LENIENT.fullmatch(cleaned):
        parsed = _parse_lenient(cleaned)
    else:
        raise ValueError("not a gateway timestamp")
    if parsed.tzinfo is None:
        return parsed.replace(tzinfo=tz)
    return parsed.astimezone(tz)


def parse_gateway_timestamp(value: str | None, tz: tzinfo) -> datetime | None:
    """Parse a gateway timestamp into an aware datetime in ``tz``; ``None`` for empty or unparseable input."""
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        return parse_gateway_timestamp_strict(value, tz)
    except ValueError:
        return None
