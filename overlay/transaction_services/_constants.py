"""Every default and limit of the overlay, each with the reason for its value.

Nothing here reads the environment or does work at import time; ``config.py`` reads overrides in its
constructor.
"""

from __future__ import annotations

__all__ = [
    "AMOUNT_DECIMAL_PLACES",
    "DEFAULT_GATEWAY_TIMEZONE_NAME",
    "DEFAULT_INVOICE_PAGE_SIZE_RECORDS",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_PAGE_SIZE_RECORDS",
    "DEFAULT_SETTLE_WINDOW_SECONDS",
    "DEFAULT_TIMEOUT_SECONDS",
    "DEFAULT_WAIT_POLL_INTERVAL_SECONDS",
    "DEFAULT_WAIT_TIMEOUT_SECONDS",
    "ERROR_EXCERPT_MAX_CHARS",
    "INITIAL_RETRY_DELAY_SECONDS",
    "INITIAL_SETTLE_DELAY_SECONDS",
    "INVOICE_SERVICES_PREFIX",
    "LOGGER_NAME",
    "MAX_AMOUNT_INTEGER_DIGITS",
    "MAX_CARD_NUMBER_DIGITS",
    "MAX_CITY_LENGTH",
    "MAX_EMAIL_LENGTH",
    "MAX_EXPIRY_YEAR",
    "MAX_MERCHANT_TRANSACTION_ID_LENGTH",
    "MAX_NAME_LENGTH",
    "MAX_PAYMENT_ID_LENGTH",
    "MAX_PHONE_LENGTH",
    "MAX_REGISTRATION_ID_LENGTH",
    "MAX_RETRY_DELAY_SECONDS",
    "MAX_STATE_LENGTH",
    "MAX_STREET_LENGTH",
    "MAX_TELNOCC_LENGTH",
    "MAX_TEXT_LENGTH",
    "MAX_URL_LENGTH",
    "MAX_WAIT_POLL_INTERVAL_SECONDS",
    "MIN_CARD_NUMBER_DIGITS",
    "MIN_EXPIRY_YEAR",
    "TOKEN_LIFETIME_SECONDS",
    "TOKEN_REFRESH_MARGIN_SECONDS",
    "TRANSACTION_SERVICES_PREFIX",
]

# --- transport -------------------------------------------------------------------------------------
# Card authorisations behind 3-D Secure and acquirer hops can take tens of seconds; 60 s covers the
# slow tail without ever allowing "no timeout" (design.md, "The overlay").
DEFAULT_TIMEOUT_SECONDS = 60.0
# Two retries absorb a transient blip; more would multiply the 60 s timeout beyond what a checkout waits.
DEFAULT_MAX_RETRIES = 2
# Half a second is long enough for a restarted proxy or a full connection pool to recover.
INITIAL_RETRY_DELAY_SECONDS = 0.5
# Exponential backoff is capped so that the last retry still happens within a checkout's patience.
MAX_RETRY_DELAY_SECONDS = 8.0
# A third of the default deadline is kept for settling an unknown outcome by inquiry: long enough for
# a gateway that commits seconds after our read timeout, short enough to leave the request 40 s.
DEFAULT_SETTLE_WINDOW_SECONDS = 20.0
# The first settling inquiry follows quickly (most late commits land within a second), then backs off.
INITIAL_SETTLE_DELAY_SECONDS = 0.25

# --- AuthToken (reference §2.3) ---------------------------------------------------------------------
# The gateway's JWT expires one hour after issue (exp = now + 3600000 ms in AuthFunctions.java).
TOKEN_LIFETIME_SECONDS = 3600
# Refresh five minutes early so that a token never expires between our check and the gateway's.
TOKEN_REFRESH_MARGIN_SECONDS = 300

# --- paths (reference §1.2) -------------------------------------------------------------------------
# Canonical base path of the payment service.
TRANSACTION_SERVICES_PREFIX = "/transactionServices/REST/v1"
# Canonical base path of the invoice service (docs prose and the updateInvoiceConfig sample).
INVOICE_SERVICES_PREFIX = "/invoiceServices/REST/v1"

# --- time zone -----------------------------------------------------------------------------------------
# Timestamps carry no zone and the deployment's zone cannot be discovered; UTC until configured.
DEFAULT_GATEWAY_TIMEZONE_NAME = "UTC"

# --- waiting for a final status -------------------------------------------------------------------------
# Asynchronous methods and 3-D Secure settle in seconds; polling every 5 s keeps load on the gateway low.
DEFAULT_WAIT_POLL_INTERVAL_SECONDS = 5.0
# Polling intervals grow, but never beyond one minute, so a late success is noticed promptly.
MAX_WAIT_POLL_INTERVAL_SECONDS = 60.0
# Five minutes covers a customer finishing a bank or 3-D Secure page; beyond that, rely on notifications.
DEFAULT_WAIT_TIMEOUT_SECONDS = 300.0

# --- paging (reference §4.10) -----------------------------------------------------------------------------
# pagination.records accepts up to 5 digits; 100 rows per page keeps responses small and pages few.
DEFAULT_PAGE_SIZE_RECORDS = 100
# The invoice list's pages: invoices carry more fields than transaction rows, so fewer per page.
DEFAULT_INVOICE_PAGE_SIZE_RECORDS = 50

# --- errors -------------------------------------------------------------------------------------------------
# Enough of an HTML error page to recognise it, short enough to never carry a whole body into logs.
ERROR_EXCERPT_MAX_CHARS = 200

# --- field limits (reference §4.1, §4.5) ---------------------------------------------------------
# tenDigitAmount: ^([0-9]{1,10}\.[0-9]{2})$
MAX_AMOUNT_INTEGER_DIGITS = 10
# The amount pattern requires exactly two decimals, also for zero-decimal currencies such as JPY.
AMOUNT_DECIMAL_PLACES = 2
# merchantTransactionId: Description rule, at most 100 characters.
MAX_MERCHANT_TRANSACTION_ID_LENGTH = 100
# merchantRedirectUrl / notificationUrl: URL rule, at most 1055 characters.
MAX_URL_LENGTH = 1055
# givenName / surname: SafeString, at most 50 characters.
MAX_NAME_LENGTH = 50
# customer.email: Email rule, at most 100 characters.
MAX_EMAIL_LENGTH = 100
# customer.phone: Phone rule, at most 24 characters.
MAX_PHONE_LENGTH = 24
# customer.telnocc: dialling code such as "+44" or "091", at most 4 characters.
MAX_TELNOCC_LENGTH = 4
# City rule: at most 50 characters.
MAX_CITY_LENGTH = 50
# State rule: at most 40 characters.
MAX_STATE_LENGTH = 40
# Address rule (street): at most 150 characters.
MAX_STREET_LENGTH = 150
# Free-form optional fields without a documented limit: 255 matches orderDescriptor, the longest one.
MAX_TEXT_LENGTH = 255
# paymentId: Numbers rule, at most 20 characters.
MAX_PAYMENT_ID_LENGTH = 20
# registrationId: alphanumeric, at most 32 characters (the samples are exactly 32).
MAX_REGISTRATION_ID_LENGTH = 32
# Shortest PAN in use (some Maestro ranges); the gateway's CC rule has no documented minimum.
MIN_CARD_NUMBER_DIGITS = 12
# ISO/IEC 7812 maximum and the gateway's CC rule maximum.
MAX_CARD_NUMBER_DIGITS = 19
# Years rule: ^((200[0-9])|(201[0-9])|(202[0-9])|(203[0-9]))$
MIN_EXPIRY_YEAR = 2000
# Upper end of the Years rule; later years are refused by the gateway.
MAX_EXPIRY_YEAR = 2039

# The overlay's single logger; metadata only, never bodies or headers (design.md, "Logging").
LOGGER_NAME = "transaction_services"
