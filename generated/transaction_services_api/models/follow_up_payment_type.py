from typing import Literal

FollowUpPaymentType = Literal["CP", "DB", "IN", "PA", "RF", "RV"]

FOLLOW_UP_PAYMENT_TYPE_VALUES: set[FollowUpPaymentType] = {
    "CP",
    "DB",
    "IN",
    "PA",
    "RF",
    "RV",
}


def check_follow_up_payment_type(value: str) -> FollowUpPaymentType:
    if value in FOLLOW_UP_PAYMENT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FOLLOW_UP_PAYMENT_TYPE_VALUES!r}")
