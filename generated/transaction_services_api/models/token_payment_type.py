from typing import Literal

TokenPaymentType = Literal["DB", "DL", "PA"]

TOKEN_PAYMENT_TYPE_VALUES: set[TokenPaymentType] = {
    "DB",
    "DL",
    "PA",
}


def check_token_payment_type(value: str) -> TokenPaymentType:
    if value in TOKEN_PAYMENT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TOKEN_PAYMENT_TYPE_VALUES!r}")
