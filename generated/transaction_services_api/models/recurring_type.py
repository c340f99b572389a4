from typing import Literal

RecurringType = Literal["INITIAL", "REPEATED"]

RECURRING_TYPE_VALUES: set[RecurringType] = {
    "INITIAL",
    "REPEATED",
}


def check_recurring_type(value: str) -> RecurringType:
    if value in RECURRING_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RECURRING_TYPE_VALUES!r}")
