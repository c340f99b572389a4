from typing import Literal

AttemptThreeD = Literal["3D", "Direct", "Only3D"]

ATTEMPT_THREE_D_VALUES: set[AttemptThreeD] = {
    "3D",
    "Direct",
    "Only3D",
}


def check_attempt_three_d(value: str) -> AttemptThreeD:
    if value in ATTEMPT_THREE_D_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ATTEMPT_THREE_D_VALUES!r}")
