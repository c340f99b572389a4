"""Contains all the data models used in inputs/outputs.

Loaded lazily (PEP 562): importing one endpoint imports only the models it uses.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .attempt_three_d import AttemptThreeD
    from .authentication_fields import AuthenticationFields
    from .bank_account_details import BankAccountDetails
    from .bank_account_fields import BankAccountFields
    from .bank_account_list import BankAccountList
    from .billing_fields import BillingFields
    from .boolean_string import BooleanString
    from .card_details import CardDetails
    from .card_fields import CardFields
    from .card_list import CardList
    from .cards_and_accounts_request import CardsAndAccountsRequest
    from .customer_details import CustomerDetails
    from .customer_fields import CustomerFields
    from .follow_up_payment_type import FollowUpPaymentType
    from .follow_up_request import FollowUpRequest
    from .gateway_response import GatewayResponse
    from .id_type import IdType
    from .inquiry_payment_type import InquiryPaymentType
    from .inquiry_request import InquiryRequest
    from .installment_request import InstallmentRequest
    from .invoice_action_request import InvoiceActionRequest
    from .invoice_config_request import InvoiceConfigRequest
    from .invoice_config_request_action_type import InvoiceConfigRequestActionType
    from .invoice_details import InvoiceDetails
    from .invoice_generate_request import InvoiceGenerateRequest
    from .invoice_list_request import InvoiceListRequest
    from .invoice_response import InvoiceResponse
    from .invoice_response_invoice_config import InvoiceResponseInvoiceConfig
    from .invoice_status_request import InvoiceStatusRequest
    from .invoice_transaction_details import InvoiceTransactionDetails
    from .long_status import LongStatus
    from .merchant_token_request import MerchantTokenRequest
    from .order_id_request import OrderIdRequest
    from .pagination_fields import PaginationFields
    from .partner_token_request import PartnerTokenRequest
    from .payment_notification import PaymentNotification
    from .payment_request import PaymentRequest
    from .payout_request import PayoutRequest
    from .qr_checkout_request import QrCheckoutRequest
    from .qr_inquiry_request import QrInquiryRequest
    from .recurring_type import RecurringType
    from .redirect_instruction import RedirectInstruction
    from .redirect_method import RedirectMethod
    from .redirect_parameter import RedirectParameter
    from .redirect_return import RedirectReturn
    from .regenerate_token_request import RegenerateTokenRequest
    from .registration_request import RegistrationRequest
    from .result import Result
    from .sale_payment_type import SalePaymentType
    from .shipping_fields import ShippingFields
    from .short_status import ShortStatus
    from .three_d_secure_fields import ThreeDSecureFields
    from .token_payment_request import TokenPaymentRequest
    from .token_payment_type import TokenPaymentType
    from .token_response import TokenResponse
    from .transaction_list_request import TransactionListRequest
    from .transaction_summary import TransactionSummary

_MODULES = {
    "AttemptThreeD": "attempt_three_d",
    "AuthenticationFields": "authentication_fields",
    "BankAccountDetails": "bank_account_details",
    "BankAccountFields": "bank_account_fields",
    "BankAccountList": "bank_account_list",
    "BillingFields": "billing_fields",
    "BooleanString": "boolean_string",
    "CardDetails": "card_details",
    "CardFields": "card_fields",
    "CardList": "card_list",
    "CardsAndAccountsRequest": "cards_and_accounts_request",
    "CustomerDetails": "customer_details",
    "CustomerFields": "customer_fields",
    "FollowUpPaymentType": "follow_up_payment_type",
    "FollowUpRequest": "follow_up_request",
    "GatewayResponse": "gateway_response",
    "IdType": "id_type",
    "InquiryPaymentType": "inquiry_payment_type",
    "InquiryRequest": "inquiry_request",
    "InstallmentRequest": "installment_request",
    "InvoiceActionRequest": "invoice_action_request",
    "InvoiceConfigRequest": "invoice_config_request",
    "InvoiceConfigRequestActionType": "invoice_config_request_action_type",
    "InvoiceDetails": "invoice_details",
    "InvoiceGenerateRequest": "invoice_generate_request",
    "InvoiceListRequest": "invoice_list_request",
    "InvoiceResponse": "invoice_response",
    "InvoiceResponseInvoiceConfig": "invoice_response_invoice_config",
    "InvoiceStatusRequest": "invoice_status_request",
    "InvoiceTransactionDetails": "invoice_transaction_details",
    "LongStatus": "long_status",
    "MerchantTokenRequest": "merchant_token_request",
    "OrderIdRequest": "order_id_request",
    "PaginationFields": "pagination_fields",
    "PartnerTokenRequest": "partner_token_request",
    "PaymentNotification": "payment_notification",
    "PaymentRequest": "payment_request",
    "PayoutRequest": "payout_request",
    "QrCheckoutRequest": "qr_checkout_request",
    "QrInquiryRequest": "qr_inquiry_request",
    "RecurringType": "recurring_type",
    "RedirectInstruction": "redirect_instruction",
    "RedirectMethod": "redirect_method",
    "RedirectParameter": "redirect_parameter",
    "RedirectReturn": "redirect_return",
    "RegenerateTokenRequest": "regenerate_token_request",
    "RegistrationRequest": "registration_request",
    "Result": "result",
    "SalePaymentType": "sale_payment_type",
    "ShippingFields": "shipping_fields",
    "ShortStatus": "short_status",
    "ThreeDSecureFields": "three_d_secure_fields",
    "TokenPaymentRequest": "token_payment_request",
    "TokenPaymentType": "token_payment_type",
    "TokenResponse": "token_response",
    "TransactionListRequest": "transaction_list_request",
    "TransactionSummary": "transaction_summary",
}

__all__ = (
    "AttemptThreeD",
    "AuthenticationFields",
    "BankAccountDetails",
    "BankAccountFields",
    "BankAccountList",
    "BillingFields",
    "BooleanString",
    "CardDetails",
    "CardFields",
    "CardList",
    "CardsAndAccountsRequest",
    "CustomerDetails",
    "CustomerFields",
    "FollowUpPaymentType",
    "FollowUpRequest",
    "GatewayResponse",
    "IdType",
    "InquiryPaymentType",
    "InquiryRequest",
    "InstallmentRequest",
    "InvoiceActionRequest",
    "InvoiceConfigRequest",
    "InvoiceConfigRequestActionType",
    "InvoiceDetails",
    "InvoiceGenerateRequest",
    "InvoiceListRequest",
    "InvoiceResponse",
    "InvoiceResponseInvoiceConfig",
    "InvoiceStatusRequest",
    "InvoiceTransactionDetails",
    "LongStatus",
    "MerchantTokenRequest",
    "OrderIdRequest",
    "PaginationFields",
    "PartnerTokenRequest",
    "PaymentNotification",
    "PaymentRequest",
    "PayoutRequest",
    "QrCheckoutRequest",
    "QrInquiryRequest",
    "RecurringType",
    "RedirectInstruction",
    "RedirectMethod",
    "RedirectParameter",
    "RedirectReturn",
    "RegenerateTokenRequest",
    "RegistrationRequest",
    "Result",
    "SalePaymentType",
    "ShippingFields",
    "ShortStatus",
    "ThreeDSecureFields",
    "TokenPaymentRequest",
    "TokenPaymentType",
    "TokenResponse",
    "TransactionListRequest",
    "TransactionSummary",
)


def __getattr__(name: str) -> Any:
    try:
        module = _MODULES[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value
