"""Field rules of the gateway's input validator (reference §4.1) and the sandbox's code per field.

Each request field has a regular expression (the reference's, or its ASCII equivalent), a maximum
length and a `3xxxx` result code of its own. `validate` checks the mandatory fields of an
operation first, in the order given, then every other known field that carries a value; the
first failure is reported in the gateway's error shape with a description naming the field.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime

from .codes import Code
from .errors import GatewayRefusal

__all__ = ["FIELD_RULES", "PAYMENT_TYPE_DESCRIPTION", "FieldRule", "iban_valid", "parse_list_date", "validate"]

PAYMENT_TYPE_DESCRIPTION = "Invalid Payment Type,Accept only [0-9] with Max Length 2"


def _re(pattern: str, flags: int = 0) -> re.Pattern[str]:
    return re.compile(pattern, flags)


# Patterns of reference §4.1 (Python spelling; ASCII equivalents where Java used \p{...}).
ONLY_NUMBER = _re(r"^[0-9]+$")
NUMBERS = _re(r"^[0-9]+$")
TEN_DIGIT_AMOUNT = _re(r"^([0-9]{1,10}\.[0-9]{2})$")
AMOUNT = _re(r"^(\d*\.?\d*[0-9]+\d*$)|^([0-9]+\d*\.\d*)$")
DESCRIPTION = _re(r"^\S[.A-Za-z0-9 \-_]{0,1024}$")
# SafeString: any text starting with a non-space character, except that a CR or LF is refused (issue 7;
# Java's `\P{M}` class would admit them, see sandbox/README.md).
SAFE_STRING = _re(r"^\S[^\r\n]{0,1024}$")
STRICT_STRING = _re(r"^\S[(a-zA-Z )]+$")
EMAIL = _re(r"^[A-Za-z0-9._%'-]+@[A-Za-z0-9.-]+\.[a-zA-Z]{2,8}$")
IPV4 = _re(r"^(?:(?:25[0-5]|2[0-4][0-9]|[01]?[0-9][0-9]?)\.){3}(?:25[0-5]|2[0-4][0-9]|[01]?[0-9][0-9]?)$")
# The reference's Phone rule `^[+]?([0-9]*[\.\s\-\(\)]|[0-9]+){1,24}$` backtracks exponentially on
# long inputs; with the length limit checked first, it accepts exactly this language.
PHONE = _re(r"^[+]?[0-9.\s\-()]+$")
ZIP = _re(r"^[a-zA-Z\d\-\s]{4,9}$")
COUNTRY = _re(r"^([0-9]{2,3}|[a-zA-Z]{2,3})$")
MONTHS = _re(r"^(([0-9])|(0[1-9])|(1[0-2]))$")
YEARS = _re(r"^((200[0-9])|(201[0-9])|(202[0-9])|(203[0-9]))$")
CVV = _re(r"^[\d]{3,4}$")
CARD_NUMBER = _re(r"^[0-9]{12,19}$")
TRANSACTION_TYPE = _re(r"^((PA|CP|DB|CD|RF|RV|IN|DL))$")
RECURRING_TYPE = _re(r"^((REPEATED|repeated|INITIAL|initial))$")
LANGUAGE = _re(r"^(ENG|CHN|RUS)$")
LIST_DATE = _re(r"^([0123][0-9])/([01][0-9])/([0-9]{2,4})$")
NON_BLANK = _re(r"^\S.*$", re.DOTALL)
NO_SPACE = _re(r"^\S+$")
CHECKSUM = _re(r"^[0-9A-Fa-f]{32}$")
IBAN = _re(r"^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$")
BIC = _re(r"^[A-Z0-9]{8}([A-Z0-9]{3})?$")


@dataclass(frozen=True)
class FieldRule:
    """How one request field is validated, and the code a failure answers with."""

    name: str
    code: str
    pattern: re.Pattern[str] | None = None
    max_length: int | None = None
    accepts: str = ""
    check: Callable[[str], bool] | None = None
    invalid_description: str | None = None
    missing_description: str | None = None

    def describe_missing(self) -> str:
        """Description of a missing mandatory value."""
        return self.missing_description or f"Invalid {self.name}, {self.name} should not be empty"

    def describe_invalid(self) -> str:
        """Description of a value that breaks the rule."""
        if self.invalid_description:
            return self.invalid_description
        limit = f" with Max Length {self.max_length}" if self.max_length else ""
        return f"Invalid {self.name}, Accept only {self.accepts}{limit}"

    def accepts_value(self, value: str) -> bool:
        """True when the value satisfies length, pattern (the whole value, as Java's `matches`) and extra check."""
        if self.max_length is not None and len(value) > self.max_length:
            return False
        if self.pattern is not None and not self.pattern.fullmatch(value):
            return False
        return self.check is None or self.check(value)


def iban_valid(iban: str) -> bool:
    """ISO 13616 mod-97 check of an IBAN without spaces."""
    if not IBAN.fullmatch(iban):
        return False
    rearranged = iban[4:] + iban[:4]
    digits = "".join(str(int(char, 36)) for char in rearranged)
    return int(digits) % 97 == 1


def _ip_valid(value: str) -> bool:
    if IPV4.fullmatch(value):
        return True
    try:
        return isinstance(ipaddress.ip_address(value), ipaddress.IPv6Address)
    except ValueError:
        return False


def _birth_date_valid(value: str) -> bool:
    try:
        born = datetime.strptime(value, "%Y%m%d").date()
    except ValueError:
        return False
    return born <= date.today()


def parse_list_date(value: str) -> date | None:
    """Parse a `dd/MM/yyyy` pagination date (two-digit years are 20yy); None when invalid."""
    match = LIST_DATE.fullmatch(value)
    if match is None:
        return None
    day, month, year = (int(part) for part in match.groups())
    if len(match.group(3)) == 2:
        year += 2000
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _list_date_valid(value: str) -> bool:
    return parse_list_date(value) is not None


def _rule(
    name: str,
    code: str,
    pattern: re.Pattern[str] | None,
    max_length: int | None,
    accepts: str,
    **extra: object,
) -> FieldRule:
    return FieldRule(name, code, pattern, max_length, accepts, **extra)  # type: ignore[arg-type]


_RULES: tuple[FieldRule, ...] = (
    _rule("authentication.memberId", "30001", ONLY_NUMBER, 10, "[0-9]"),
    _rule("authentication.checksum", "30002", CHECKSUM, 32, "32 hexadecimal characters"),
    _rule("authentication.terminalId", "30003", ONLY_NUMBER, 10, "[0-9]"),
    _rule("authentication.partnerId", "30004", ONLY_NUMBER, 10, "[0-9]"),
    _rule("authentication.accountId", "30005", ONLY_NUMBER, 10, "[0-9]"),
    _rule("merchantTransactionId", "30006", DESCRIPTION, 100, "[a-zA-Z0-9 .-_]"),
    _rule("amount", "30007", TEN_DIGIT_AMOUNT, 13, "[0-9] with two decimals"),
    _rule("currency", "30008", STRICT_STRING, 3, "[a-zA-Z]"),
    _rule(
        "paymentType",
        "30009",
        TRANSACTION_TYPE,
        2,
        "PA, DB, CP, RF, RV, IN, DL, CD",
        invalid_description=PAYMENT_TYPE_DESCRIPTION,
        missing_description=PAYMENT_TYPE_DESCRIPTION,
    ),
    _rule("paymentMode", "30010", NO_SPACE, 10, "non-space characters"),
    _rule("paymentBrand", "30011", STRICT_STRING, 20, "[a-zA-Z ]"),
    _rule("orderDescriptor", "30012", NON_BLANK, 255, "text"),
    _rule("merchantRedirectUrl", "30013", NO_SPACE, 1055, "a URL"),
    _rule("notificationUrl", "30014", NO_SPACE, 1055, "a URL"),
    _rule("redirectMethod", "30015", _re(r"^(GET|POST)$"), 4, "GET or POST"),
    _rule("tmpl_amount", "30016", AMOUNT, 12, "[0-9.]"),
    _rule("tmpl_currency", "30017", _re(r"^[A-Za-z]{3}$"), 3, "[a-zA-Z]"),
    _rule("createRegistration", "30018", _re(r"^(true|false)$", re.IGNORECASE), 5, "true or false"),
    _rule("recurringType", "30019", RECURRING_TYPE, 8, "INITIAL or REPEATED"),
    _rule("paymentId", "30020", NUMBERS, 20, "[0-9]"),
    _rule("attemptThreeD", "30021", _re(r"^(Direct|3D|Only3D)$"), 6, "Direct, 3D or Only3D"),
    _rule("installment", "30022", _re(r"^[0-9]{1,2}$"), 2, "[0-9]"),
    _rule("idType", "30023", _re(r"^(PID|MID)$"), 3, "PID or MID"),
    _rule("card.number", "30024", CARD_NUMBER, 19, "[0-9], 12 to 19 digits"),
    _rule("card.expiryMonth", "30025", MONTHS, 2, "[01-12]"),
    _rule("card.expiryYear", "30026", YEARS, 4, "[2000-2039]"),
    _rule("card.cvv", "30027", CVV, 4, "[0-9], 3 or 4 digits"),
    _rule("customer.givenName", "30028", SAFE_STRING, 50, "letters"),
    _rule("customer.surname", "30029", SAFE_STRING, 50, "letters"),
    _rule("customer.email", "30030", EMAIL, 100, "a valid email address"),
    _rule("customer.ip", "30031", None, 45, "an IPv4 or IPv6 address", check=_ip_valid),
    _rule("customer.phone", "30032", PHONE, 24, "[0-9+-.() ]"),
    _rule("customer.telnocc", "30033", PHONE, 4, "[0-9+]"),
    _rule("customer.birthDate", "30034", None, 8, "yyyyMMdd, not in the future", check=_birth_date_valid),
    _rule("customer.customerId", "30035", NON_BLANK, 100, "text"),
    _rule("customer.city", "30036", NON_BLANK, 50, "text"),
    _rule("customer.postcode", "30037", ZIP, 9, "[a-zA-Z0-9 -], 4 to 9 characters"),
    _rule("customer.street", "30038", NON_BLANK, 150, "text"),
    _rule("customer.mobile", "30039", PHONE, 24, "[0-9+-.() ]"),
    _rule("shipping.givenName", "30040", SAFE_STRING, 50, "letters"),
    _rule("shipping.surname", "30041", SAFE_STRING, 50, "letters"),
    _rule("shipping.street1", "30042", NON_BLANK, 150, "text"),
    _rule("shipping.city", "30043", NON_BLANK, 50, "text"),
    _rule("shipping.state", "30044", NON_BLANK, 40, "text"),
    _rule("shipping.postcode", "30045", ZIP, 9, "[a-zA-Z0-9 -], 4 to 9 characters"),
    _rule("shipping.country", "30046", COUNTRY, 3, "a 2 or 3 letter country code"),
    _rule("billing.givenName", "30050", SAFE_STRING, 50, "letters"),
    _rule("billing.surname", "30051", SAFE_STRING, 50, "letters"),
    _rule("billing.street", "30052", NON_BLANK, 150, "text"),
    _rule("billing.city", "30053", NON_BLANK, 50, "text"),
    _rule("billing.state", "30054", NON_BLANK, 40, "text"),
    _rule("billing.postcode", "30055", ZIP, 9, "[a-zA-Z0-9 -], 4 to 9 characters"),
    _rule("billing.country", "30056", COUNTRY, 3, "a 2 or 3 letter country code"),
    _rule("billing.language", "30057", LANGUAGE, 3, "ENG, CHN or RUS"),
    _rule("bankAccount.iban", "30060", None, 34, "a valid IBAN", check=iban_valid),
    _rule("bankAccount.bic", "30061", BIC, 11, "a BIC of 8 or 11 characters"),
    _rule("bankAccount.accountNumber", "30062", _re(r"^[0-9A-Za-z]+$"), 34, "[a-zA-Z0-9]"),
    _rule("bankAccount.routingNumber", "30063", _re(r"^[0-9]+$"), 20, "[0-9]"),
    _rule("bankAccount.transferType", "30064", NON_BLANK, 50, "text"),
    _rule("bankAccount.bankAccountNumber", "30065", _re(r"^[0-9A-Za-z]+$"), 34, "[a-zA-Z0-9]"),
    _rule("bankAccount.bankAccountName", "30066", NON_BLANK, 100, "text"),
    _rule("bankAccount.bankIfsc", "30067", _re(r"^[0-9A-Za-z]+$"), 11, "[a-zA-Z0-9]"),
    _rule("merchant.email", "30068", EMAIL, 100, "a valid email address"),
    _rule("merchant.username", "30069", NON_BLANK, 50, "text"),
    _rule("authentication.sKey", "30070", NON_BLANK, 100, "text"),
    _rule("partner.userName", "30071", NON_BLANK, 50, "text"),
    # InvoiceInputValidator.RestInputValidations: INVOICENO "Numbers" <= 10, DESCRIPTION "Description" <= 35.
    _rule("invoiceId", "30073", NUMBERS, 10, "[0-9]"),
    _rule("merchantInvoiceId", "30074", DESCRIPTION, 35, "[a-zA-Z0-9 .-_]"),
    _rule("invoiceExpirationPeriod", "30075", _re(r"^[0-9]{1,3}$"), 3, "[0-9] (days)"),
    _rule("cancelReason", "30076", NON_BLANK, 255, "text"),
    _rule("merchantOrderDescription", "30077", NON_BLANK, 255, "text"),
    _rule("actionType", "30078", _re(r"^(SET|GET)$"), 3, "SET or GET"),
    _rule("gst", "30079", _re(r"^[0-9]{1,3}(\.[0-9]{1,2})?$"), 6, "[0-9.]"),
    _rule("initial", "30080", _re(r"^[A-Za-z0-9]+$"), 10, "[a-zA-Z0-9]"),
    _rule("telnocc", "30081", PHONE, 4, "[0-9+]"),
    _rule("product.productAmount", "30082", TEN_DIGIT_AMOUNT, 13, "[0-9] with two decimals"),
    _rule("product.quantity", "30083", _re(r"^[0-9]{1,6}$"), 6, "[0-9]"),
    _rule("product.productTotal", "30084", TEN_DIGIT_AMOUNT, 13, "[0-9] with two decimals"),
    _rule(
        "pagination.pageno",
        "30086",
        _re(r"^[0-9]{1,5}$"),
        5,
        "[0-9]",
        invalid_description="invalid page no,pageno should not be empty [pagination.pageno]",
    ),
    _rule(
        "pagination.records",
        "30087",
        _re(r"^[0-9]{1,5}$"),
        5,
        "[0-9]",
        invalid_description="Invalid Records,Records should not be empty [pagination.records]",
    ),
    _rule(
        "pagination.fromdate",
        "30088",
        None,
        10,
        "[DD/MM/YYYY]",
        check=_list_date_valid,
        invalid_description="Invalid From date,Should not be empty ,Accepts only in [DD/MM/YYYY] [pagination.fromdate]",
    ),
    _rule(
        "pagination.todate",
        "30089",
        None,
        10,
        "[DD/MM/YYYY]",
        check=_list_date_valid,
        invalid_description="Invalid To date,Should not be empty ,Accepts only in [DD/MM/YYYY] [pagination.todate]",
    ),
    _rule("customer.country", "30092", COUNTRY, 3, "a 2 or 3 letter country code"),
    _rule("card.firstsix", "30093", _re(r"^[0-9]{6}$"), 6, "6 digits"),
    _rule("card.lastfour", "30094", _re(r"^[0-9]{4}$"), 4, "4 digits"),
)

FIELD_RULES: dict[str, FieldRule] = {rule.name: rule for rule in _RULES}


def _refuse(rule: FieldRule, description: str, invoice: bool) -> GatewayRefusal:
    return GatewayRefusal(Code(rule.code, description), description, invoice=invoice)


def validate(
    fields: Mapping[str, str],
    required: Iterable[str] = (),
    *,
    skip: Iterable[str] = (),
    invoice: bool = False,
) -> None:
    """Check mandatory fields, then every other known field with a value; raise on the first failure.

    Blank optional values (only spaces) are ignored, as docs samples send `" "` for unused fields.
    """
    required = tuple(required)
    skipped = set(skip)
    for name in required:
        rule = FIELD_RULES.get(name) or FieldRule(name, "30099")
        value = fields.get(name, "")
        if not value.strip():
            raise _refuse(rule, rule.describe_missing(), invoice)
        if not rule.accepts_value(value):
            raise _refuse(rule, rule.describe_invalid(), invoice)
    for name, value in fields.items():
        if name in skipped or name in required or not value.strip():
            continue
        known = FIELD_RULES.get(name)
        if known is not None and not known.accepts_value(value):
            raise _refuse(known, known.describe_invalid(), invoice)
