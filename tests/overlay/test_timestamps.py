"""Tests for transaction_services/_timestamps.py."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from transaction_services._timestamps import parse_gateway_timestamp, parse_gateway_timestamp_strict

IST = ZoneInfo("Asia/Kolkata")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2018-06-01 16:31:36", datetime(2018, 6, 1, 16, 31, 36, tzinfo=IST)),
        ("2021-08-10 13:51:19.0", datetime(2021, 8, 10, 13, 51, 19, tzinfo=IST)),
        ("2021-08-10 13:51:19.25", datetime(2021, 8, 10, 13, 51, 19, 250000, tzinfo=IST)),
        ("2017-02-08", datetime(2017, 2, 8, tzinfo=IST)),
        ("2017-02-08  16:15:46.", datetime(2017, 2, 8, 16, 15, 46, tzinfo=IST)),
        (" 2017-02-08 16:15:46. ", datetime(2017, 2, 8, 16, 15, 46, tzinfo=IST)),
        ("2018-06-01T16:31:36", datetime(2018, 6, 1, 16, 31, 36, tzinfo=IST)),
        ("2018-6-1 9:05", datetime(2018, 6, 1, 9, 5, tzinfo=IST)),
        ("2018-06-01 16:31:36+05:30", datetime(2018, 6, 1, 16, 31, 36, tzinfo=IST)),
        ("2018-06-01T11:01:36Z", datetime(2018, 6, 1, 16, 31, 36, tzinfo=IST)),
    ],
)
def test_parses_gateway_shapes(value: str, expected: datetime) -> None:
    parsed = parse_gateway_timestamp(value, IST)
    assert parsed == expected
    assert parsed is not None
    assert parsed.tzinfo is IST


def test_naive_value_is_interpreted_in_given_zone() -> None:
    parsed = parse_gateway_timestamp("2019-05-16 17:53:26", IST)
    assert parsed is not None
    assert parsed.astimezone(UTC) == datetime(2019, 5, 16, 12, 23, 26, tzinfo=UTC)
    fixed = timezone(timedelta(hours=-5))
    assert parse_gateway_timestamp("2019-05-16 17:53:26", fixed) == datetime(2019, 5, 16, 17, 53, 26, tzinfo=fixed)


@pytest.mark.parametrize(
    "value",
    [
        None,
        "",
        "   ",
        "garbage",
        "5",
        "2018-13-01 00:00:00",
        "2018-02-30",
        "16:15:46",
        "01/02/2018",
        "-",
        "2018-06-01 25:00:00",
    ],
)
def test_returns_none_for_garbage(value: str | None) -> None:
    assert parse_gateway_timestamp(value, IST) is None


def test_non_string_is_none() -> None:
    assert parse_gateway_timestamp(1501146641, IST) is None  # type: ignore[arg-type]


def test_strict_variant_raises() -> None:
    with pytest.raises(ValueError, match="not a gateway timestamp"):
        parse_gateway_timestamp_strict("garbage", UTC)
    with pytest.raises(ValueError, match="day is out of range"):
        parse_gateway_timestamp_strict("2018-02-30", UTC)
    assert parse_gateway_timestamp_strict("2018-06-01 16:31:36", UTC) == datetime(2018, 6, 1, 16, 31, 36, tzinfo=UTC)
