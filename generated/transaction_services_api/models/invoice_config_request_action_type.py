from typing import Literal

InvoiceConfigRequestActionType = Literal["GET", "SET"]

INVOICE_CONFIG_REQUEST_ACTION_TYPE_VALUES: set[InvoiceConfigRequestActionType] = {
    "GET",
    "SET",
}


def check_invoice_config_request_action_type(value: str) -> InvoiceConfigRequestActionType:
    if value in INVOICE_CONFIG_REQUEST_ACTION_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INVOICE_CONFIG_REQUEST_ACTION_TYPE_VALUES!r}")
