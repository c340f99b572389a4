from typing import Literal

SalePaymentType = Literal["DB", "PA"]

SALE_PAYMENT_TYPE_VALUES: set[SalePaymentType] = {
    "DB",
    "PA",
}


def check_sale_payment_type(value: str) -> SalePaymentType:
    if value in SALE_PAYMENT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SALE_PAYMENT_TYPE_VALUES!r}")
