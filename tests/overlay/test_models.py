"""Tests for transaction_services/models.py: inputs, Outcome/derive_outcome, Redirect from the generated model."""

from __future__ import annotations

import html.parser
from collections.abc import Mapping
from datetime import date

import attrs
import pytest

from transaction_services import (
    BankAccount,
    Card,
    Customer,
    Outcome,
    Redirect,
    UnexpectedResponseError,
    ValidationError,
    derive_outcome,
)
from transaction_services_api.models import RedirectInstruction
from transaction_services_api.types import UNSET

FUTURE_YEAR = str(date.today().year + 3)


class TestCard:
    def test_normalizes(self) -> None:
        card = Card("4111 1111 1111 1111", 7, FUTURE_YEAR, cvv="123", holder="John Doe")
        assert card.number == "4111111111111111"
        assert card.expiry_month == "07"
        assert card.expiry_year == FUTURE_YEAR
        assert card.masked == "411111******1111"

    @pytest.mark.parametrize("render", [repr, str, lambda c: f"{c}", lambda c: f"{c!r}"])
    def test_never_shows_pan_or_cvv(self, render: object) -> None:
        card = Card("4111111111111111", "07", FUTURE_YEAR, cvv="987", holder="John Doe")
        assert callable(render)
        text = render(card)
        assert "4111111111111111" not in text
        assert "987" not in text
        assert "411111******1111" in text

    def test_repr_shape(self) -> None:
        card = Card("4111111111111111", "07", FUTURE_YEAR, cvv="987")
        assert repr(card) == (
            f"Card(number='411111******1111', expiry_month='07', expiry_year='{FUTURE_YEAR}', cvv='***', holder=None)"
        )
        assert "cvv=None" in repr(Card("4111111111111111", "07", FUTURE_YEAR))

    @pytest.mark.parametrize(
        ("kwargs", "field"),
        [
            ({"number": "4111111111111112"}, "card.number"),
            ({"number": "41111111111"}, "card.number"),
            ({"expiry_month": "13"}, "card.expiry_month"),
            ({"expiry_year": "2001"}, "card.expiry_year"),
            ({"expiry_year": "2040"}, "card.expiry_year"),
            ({"expiry_year": 3.5}, "card.expiry"),
            ({"cvv": "12"}, "card.cvv"),
            ({"holder": " John"}, "card.holder"),
        ],
    )
    def test_validates(self, kwargs: dict[str, object], field: str) -> None:
        arguments: dict[str, object] = {"number": "4111111111111111", "expiry_month": "07", "expiry_year": FUTURE_YEAR}
        arguments.update(kwargs)
        with pytest.raises(ValidationError) as info:
            Card(**arguments)  # type: ignore[arg-type]
        assert info.value.field == field
        assert "4111111111111112" not in str(info.value)

    def test_frozen(self) -> None:
        card = Card("4111111111111111", "07", FUTURE_YEAR)
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            card.number = "4000000000000051"  # type: ignore[misc]


class TestCustomer:
    def test_valid(self) -> None:
        customer = Customer(
            given_name="John",
            surname="Doe",
            email="john.d@xyz.com",
            ip="192.168.0.1",
            phone="07730432996",
            telnocc="+44",
            birth_date=date(1989, 2, 2),
            customer_id="10014",
            country="gb",
            city="Aston",
            postcode="CH5 3LJ",
            street="19 Scrimshire Lane",
        )
        assert customer.country == "GB"
        assert customer.email == "john.d@xyz.com"

    def test_all_optional(self) -> None:
        assert Customer() == Customer()

    @pytest.mark.parametrize(
        ("kwargs", "field"),
        [
            ({"given_name": " "}, "customer.given_name"),
            ({"surname": "x" * 51}, "customer.surname"),
            ({"email": "nope"}, "customer.email"),
            ({"ip": "999.1.1.1"}, "customer.ip"),
            ({"phone": "call me"}, "customer.phone"),
            ({"telnocc": "+4412"}, "customer.telnocc"),
            ({"country": "GBRX"}, "customer.country"),
            ({"postcode": "1"}, "customer.postcode"),
            ({"birth_date": date(2999, 1, 1)}, "customer.birth_date"),
            ({"customer_id": ""}, "customer.customer_id"),
        ],
    )
    def test_validates(self, kwargs: dict[str, object], field: str) -> None:
        with pytest.raises(ValidationError) as info:
            Customer(**kwargs)  # type: ignore[arg-type]
        assert info.value.field == field


class TestBankAccount:
    def test_normalizes_and_masks(self) -> None:
        account = BankAccount(iban="de23 1000 0000 1234 5678 90", bic="markdef1100", holder="John Doe")
        assert account.iban == "DE23100000001234567890"
        assert account.bic == "MARKDEF1100"
        text = repr(account)
        assert "DE23100000001234567890" not in text
        assert "******************7890" in text
        assert "MARKDEF1100" in text

    def test_payout_fields_masked(self) -> None:
        account = BankAccount(
            bank_account_number="9874563210", bank_account_name="AccountName from user", transfer_type="IMPS"
        )
        assert "9874563210" not in repr(account)
        assert "******3210" in repr(account)
        assert "transfer_type='IMPS'" in repr(account)
        assert "iban" not in repr(account)

    @pytest.mark.parametrize(
        ("kwargs", "field"),
        [
            ({"iban": "DE24100000001234567890"}, "bank_account.iban"),
            ({"bic": "MARK"}, "bank_account.bic"),
            ({"account_number": " 1"}, "bank_account.account_number"),
            ({"country": "Germany"}, "bank_account.country"),
        ],
    )
    def test_validates(self, kwargs: dict[str, str], field: str) -> None:
        with pytest.raises(ValidationError) as info:
            BankAccount(**kwargs)
        assert info.value.field == field


# --- Outcome -------------------------------------------------------------------------------------------


def test_outcome_members_and_finality() -> None:
    assert [o.value for o in Outcome] == [
        "approved",
        "declined",
        "pending",
        "redirect",
        "cancelled",
        "refunded",
        "chargeback",
    ]
    assert {o for o in Outcome if not o.is_final} == {Outcome.PENDING, Outcome.REDIRECT}
    assert Outcome("approved") is Outcome.APPROVED
    assert str(Outcome.APPROVED) == "approved"
    assert f"{Outcome.REDIRECT}" == "redirect"


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        ("capturesuccess", Outcome.APPROVED),
        ("settled", Outcome.APPROVED),
        ("setteled", Outcome.APPROVED),
        ("authsuccessful", Outcome.APPROVED),
        ("payoutsuccessful", Outcome.APPROVED),
        ("SUCCESS", Outcome.APPROVED),
        ("authfailed", Outcome.DECLINED),
        ("capturefailed", Outcome.DECLINED),
        ("failed", Outcome.DECLINED),
        ("payoutfailed", Outcome.DECLINED),
        ("cancelled", Outcome.CANCELLED),
        ("authcancelled", Outcome.CANCELLED),
        ("payoutcancelsuccessful", Outcome.CANCELLED),
        ("reversed", Outcome.REFUNDED),
        ("chargeback", Outcome.CHARGEBACK),
        ("chargebackreversed", Outcome.CHARGEBACK),
        ("begun", Outcome.PENDING),
        ("authstarted", Outcome.PENDING),
        ("authstarted_3D", Outcome.PENDING),
        ("capturestarted", Outcome.PENDING),
        ("cancelstarted", Outcome.PENDING),
        ("markedforreversal", Outcome.PENDING),
        ("payoutstarted", Outcome.PENDING),
        ("PARTIAL_SUCCESS", Outcome.PENDING),
        ("somethingnew", Outcome.PENDING),
        (" CaptureSuccess ", Outcome.APPROVED),
    ],
)
def test_long_status_groups(status: str, expected: Outcome) -> None:
    assert derive_outcome(None, status, None, False) is expected


@pytest.mark.parametrize(
    ("transaction_status", "status", "code", "redirect", "expected"),
    [
        # short status alone
        ("Y", None, None, False, Outcome.APPROVED),
        ("N", None, None, False, Outcome.DECLINED),
        ("P", None, None, False, Outcome.PENDING),
        ("C", None, None, False, Outcome.CANCELLED),
        ("y", None, None, False, Outcome.APPROVED),
        ("E", None, None, False, Outcome.PENDING),
        # 3-D Secure and pending with a redirect
        ("3D", None, "90026", True, Outcome.REDIRECT),
        ("3D", None, "90026", False, Outcome.PENDING),
        ("P", None, "10004", True, Outcome.REDIRECT),
        (None, None, "10004", True, Outcome.REDIRECT),
        (None, None, None, True, Outcome.REDIRECT),
        (None, "authstarted_3D", None, True, Outcome.REDIRECT),
        # a final status wins over a redirect
        ("Y", None, "00001", True, Outcome.APPROVED),
        ("N", None, "10001", True, Outcome.DECLINED),
        # the long status wins over the short one (Y does not mean captured, §8.6)
        ("Y", "reversed", "00026", False, Outcome.REFUNDED),
        ("Y", "chargeback", None, False, Outcome.CHARGEBACK),
        ("Y", "authcancelled", None, False, Outcome.CANCELLED),
        ("P", "capturesuccess", None, False, Outcome.APPROVED),
        ("N", "markedforreversal", None, False, Outcome.PENDING),
        # an unknown long status falls back to the short status
        ("Y", "brandnewstatus", None, False, Outcome.APPROVED),
        ("N", "brandnewstatus", None, False, Outcome.DECLINED),
        # statuses win over the result code (§11.9)
        ("N", None, "00001", False, Outcome.DECLINED),
        ("Y", None, "10001", False, Outcome.APPROVED),
        # list items carry the long status in transactionStatus
        ("capturesuccess", None, None, False, Outcome.APPROVED),
        ("authfailed", None, None, False, Outcome.DECLINED),
        # payouts carry a short value in status
        (None, "Y", "00001", False, Outcome.APPROVED),
        (None, "P", "10004", False, Outcome.PENDING),
        ("P", "Y", None, False, Outcome.PENDING),
        # result code as the last resort
        (None, None, "00001", False, Outcome.APPROVED),
        (None, None, "00004", False, Outcome.APPROVED),
        (None, None, "00006", False, Outcome.APPROVED),
        (None, None, "00026", False, Outcome.APPROVED),
        (None, None, "0008", False, Outcome.APPROVED),
        (None, None, "10004", False, Outcome.PENDING),
        (None, None, "90026", False, Outcome.PENDING),
        (None, None, "10001", False, Outcome.DECLINED),
        (None, None, "10005", False, Outcome.DECLINED),
        (None, None, "11033", False, Outcome.DECLINED),
        (None, None, "10026", False, Outcome.PENDING),
        (None, None, "20085", False, Outcome.PENDING),
        (None, None, "401", False, Outcome.PENDING),
        (None, None, " 00001 ", False, Outcome.APPROVED),
        # nothing known
        (None, None, None, False, Outcome.PENDING),
        ("", "", "", False, Outcome.PENDING),
        (None, "weird", "weird", False, Outcome.PENDING),
    ],
)
def test_derive_outcome(
    transaction_status: str | None, status: str | None, code: str | None, redirect: bool, expected: Outcome
) -> None:
    assert derive_outcome(transaction_status, status, code, redirect) is expected


# --- Redirect -------------------------------------------------------------------------------------------

THREE_D_REDIRECT = {
    "url": "https://0eafstag.cardinalcommerce.com/EAFService/jsp/v1/redirect",
    "method": "POST",
    "target": "blank",
    "parameters": [
        {"name": "PaReq", "value": "P.2d9582a0"},
        {"name": "TermUrl", "value": "https://host_url/transaction/PVFrontEndServlet?referenceNo=54288-ETLb"},
        {"name": "MD", "value": "8a829449603181160160359779187ff0"},
        {"name": "creq", "value": 'eyJ"<script>'},
    ],
}


class _FormCollector(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.forms: list[dict[str, str | None]] = []
        self.inputs: list[tuple[str | None, str | None]] = []
        self.metas: list[dict[str, str | None]] = []
        self.links: list[str | None] = []
        self.scripts: list[dict[str, str | None]] = []

    def handle_starttag(self, tag: str, attributes: list[tuple[str, str | None]]) -> None:
        attrs_map = dict(attributes)
        if tag == "form":
            self.forms.append(attrs_map)
        elif tag == "input":
            self.inputs.append((attrs_map.get("name"), attrs_map.get("value")))
        elif tag == "meta":
            self.metas.append(attrs_map)
        elif tag == "a":
            self.links.append(attrs_map.get("href"))
        elif tag == "script":
            self.scripts.append(attrs_map)


def _parse_html(page: str) -> _FormCollector:
    collector = _FormCollector()
    collector.feed(page)
    return collector


def _redirect(instruction: Mapping[str, object]) -> Redirect | None:
    """A Redirect read from the generated model of an answer's ``redirect`` object."""
    return Redirect.from_model(RedirectInstruction.from_dict(instruction))


class TestRedirect:
    def test_from_model_list(self) -> None:
        redirect = _redirect(THREE_D_REDIRECT)
        assert redirect is not None
        assert redirect.url == THREE_D_REDIRECT["url"]
        assert redirect.method == "POST"
        assert redirect.target == "blank"
        assert [name for name, _ in redirect.parameters] == ["PaReq", "TermUrl", "MD", "creq"]

    def test_from_model_single_object(self) -> None:
        redirect = _redirect({"url": "https://acs.example/3ds", "parameters": {"name": "creq", "value": "abc"}})
        assert redirect is not None
        assert redirect.parameters == (("creq", "abc"),)

    def test_from_model_other_key(self) -> None:
        # builds using the Java field names put the list under another key (§11.6)
        payload = {
            "url": "https://acs.example/3ds",
            "method": "post",
            "redirectParameters": [{"name": "MD", "value": 1}],
        }
        redirect = _redirect(payload)
        assert redirect is not None
        assert redirect.parameters == (("MD", "1"),)
        assert redirect.method == "POST"

    def test_from_model_other_key_single_object(self) -> None:
        redirect = _redirect({"url": "https://acs.example/3ds", "params": {"name": "PaReq", "value": "x"}})
        assert redirect is not None
        assert redirect.parameters == (("PaReq", "x"),)

    def test_from_model_url_only(self) -> None:
        redirect = _redirect({"url": "https://www.sofort.com/payment/ideal?user_id=105952&amount=50.0"})
        assert redirect is not None
        assert redirect.parameters == ()
        assert redirect.method == "POST"

    def test_from_model_name_value_mapping_and_null_value(self) -> None:
        payload = {"url": "https://a.example", "parameters": [{"PaReq": "x", "MD": "y"}, {"name": "v", "value": None}]}
        redirect = _redirect(payload)
        assert redirect is not None
        assert redirect.parameters == (("PaReq", "x"), ("MD", "y"), ("v", ""))

    def test_from_model_odd_items_under_another_key_are_skipped(self) -> None:
        # Under the declared key the generated parser refuses a junk item (test_malformed_answers); under an
        # undeclared one the SDK reads the items itself and skips what is not an object.
        payload = {
            "url": "https://a.example",
            "redirectParameters": [{"PaReq": "x", "MD": "y"}, "junk", 7, {"name": "v", "value": None}],
        }
        redirect = _redirect(payload)
        assert redirect is not None
        assert redirect.parameters == (("PaReq", "x"), ("MD", "y"), ("v", ""))

    @pytest.mark.parametrize("payload", [{}, {"url": ""}, {"method": "POST"}])
    def test_from_model_none(self, payload: dict[str, object]) -> None:
        assert _redirect(payload) is None

    @pytest.mark.parametrize("missing", [None, UNSET])
    def test_from_model_missing(self, missing: None) -> None:
        assert Redirect.from_model(missing) is None

    @pytest.mark.parametrize("url", ["javascript:alert(1)", "data:text/html,x", "/relative/path", "https://"])
    def test_from_model_rejects_dangerous_urls(self, url: str) -> None:
        with pytest.raises(UnexpectedResponseError):
            _redirect({"url": url})

    def test_unknown_method_from_model_becomes_post(self) -> None:
        redirect = _redirect({"url": "https://a.example", "method": "PUT"})
        assert redirect is not None
        assert redirect.method == "POST"

    def test_constructor_validates(self) -> None:
        with pytest.raises(ValidationError) as info:
            Redirect(url="javascript:alert(1)")
        assert info.value.field == "redirect.url"
        with pytest.raises(ValidationError) as method_info:
            Redirect(url="https://a.example", method="DELETE")
        assert method_info.value.field == "redirect.method"

    def test_constructor_accepts_mapping(self) -> None:
        redirect = Redirect(url="https://a.example", method="get", parameters={"a": "1", "b": "2"})
        assert redirect.parameters == (("a", "1"), ("b", "2"))
        assert redirect.method == "GET"

    def test_html_form_posts_every_parameter_escaped(self) -> None:
        redirect = _redirect(THREE_D_REDIRECT)
        assert redirect is not None
        page = redirect.to_html_form()
        parsed = _parse_html(page)
        assert parsed.forms == [
            {"id": "transaction-services-redirect", "method": "post", "action": THREE_D_REDIRECT["url"]}
        ]
        assert parsed.inputs == [*redirect.parameters]
        assert 'eyJ"<script>' not in page
        assert "eyJ&quot;&lt;script&gt;" in page
        assert "submit()" in page
        assert "target" not in page

    def test_html_form_with_nonce(self) -> None:
        redirect = Redirect(url="https://a.example", parameters=[("a", "1")])
        parsed = _parse_html(redirect.to_html_form(nonce='n"1'))
        assert parsed.scripts == [{"nonce": 'n"1'}]

    def test_html_form_get(self) -> None:
        redirect = Redirect(url="https://a.example/x", method="GET", parameters=[("a", "1")])
        assert _parse_html(redirect.to_html_form()).forms[0]["method"] == "get"

    @pytest.mark.parametrize("method", ["GET", "POST"])
    def test_without_parameters_is_a_plain_redirect(self, method: str) -> None:
        url = "https://www.sofort.com/payment/ideal?user_id=1&amount=50.0"
        page = Redirect(url=url, method=method).to_html_form()
        parsed = _parse_html(page)
        assert parsed.forms == []
        assert parsed.links == [url]
        assert parsed.metas[-1] == {"http-equiv": "refresh", "content": f"0;url={url}"}
        assert "&amp;amount" in page

    def test_repr_lists_parameter_names_only(self) -> None:
        redirect = Redirect(url="https://a.example", parameters=[("PaReq", "secretish-blob")])
        assert "secretish-blob" not in repr(redirect)
        assert "PaReq" in repr(redirect)
