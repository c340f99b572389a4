from typing import Literal

LongStatus = Literal[
    "authcancelled",
    "authfailed",
    "authstarted",
    "authstarted_3D",
    "authsuccessful",
    "begun",
    "cancelled",
    "cancelstarted",
    "capturefailed",
    "capturestarted",
    "capturesuccess",
    "chargeback",
    "chargebackreversed",
    "failed",
    "markedforreversal",
    "payoutcancelsuccessful",
    "payoutfailed",
    "payoutstarted",
    "payoutsuccessful",
    "reversed",
    "setteled",
    "settled",
]

LONG_STATUS_VALUES: set[LongStatus] = {
    "authcancelled",
    "authfailed",
    "authstarted",
    "authstarted_3D",
    "authsuccessful",
    "begun",
    "cancelled",
    "cancelstarted",
    "capturefailed",
    "capturestarted",
    "capturesuccess",
    "chargeback",
    "chargebackreversed",
    "failed",
    "markedforreversal",
    "payoutcancelsuccessful",
    "payoutfailed",
    "payoutstarted",
    "payoutsuccessful",
    "reversed",
    "setteled",
    "settled",
}


def check_long_status(value: str) -> LongStatus:
    if value in LONG_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LONG_STATUS_VALUES!r}")
