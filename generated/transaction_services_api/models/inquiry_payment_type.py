from typing import Literal

InquiryPaymentType = Literal["IN"]

INQUIRY_PAYMENT_TYPE_VALUES: set[InquiryPaymentType] = {
    "IN",
}


def check_inquiry_payment_type(value: str) -> InquiryPaymentType:
    if value in INQUIRY_PAYMENT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INQUIRY_PAYMENT_TYPE_VALUES!r}")
