from typing import Literal

RedirectMethod = Literal["GET", "POST"]

REDIRECT_METHOD_VALUES: set[RedirectMethod] = {
    "GET",
    "POST",
}


def check_redirect_method(value: str) -> RedirectMethod:
    if value in REDIRECT_METHOD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REDIRECT_METHOD_VALUES!r}")
