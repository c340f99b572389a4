from typing import Literal

IdType = Literal["MID", "PID"]

ID_TYPE_VALUES: set[IdType] = {
    "MID",
    "PID",
}


def check_id_type(value: str) -> IdType:
    if value in ID_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ID_TYPE_VALUES!r}")
