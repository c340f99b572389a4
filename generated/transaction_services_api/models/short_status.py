from typing import Literal

ShortStatus = Literal["3D", "C", "E", "N", "P", "Y"]

SHORT_STATUS_VALUES: set[ShortStatus] = {
    "3D",
    "C",
    "E",
    "N",
    "P",
    "Y",
}


def check_short_status(value: str) -> ShortStatus:
    if value in SHORT_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SHORT_STATUS_VALUES!r}")
