"""Tests for transaction_services/signing.py: every worked vector of reference §5.4-§5.6 and §4.6-§4.11."""

from __future__ import annotations

import hmac
from collections.abc import Callable

import pytest

from transaction_services.signing import (
    adler32_checksum,
    capture_refund_checksum,
    delete_registration_checksum,
    inquiry_by_merchant_id_checksum,
    invoice_action_checksum,
    invoice_config_checksum,
    invoice_generate_checksum,
    invoice_status_checksum,
    list_checksum,
    md5_checksum,
    notification_checksum,
    payout_checksum,
    redirect_checksum,
    registration_checksum,
    repeat_checksum,
    reversal_inquiry_checksum,
    sale_checksum,
    standard_checkout_checksum,
    token_payment_checksum,
    verify_checksum,
)

KEY = "secureKey"

# (formula function, arguments in the function's order, expected md5) -- reference §5.4
DOCS_VECTORS: list[tuple[Callable[..., str], tuple[str, ...], str]] = [
    (sale_checksum, ("11344", KEY, "RestTransaction01", "50.00"), "fcae56890665174a5d03fce306414d0d"),
    (capture_refund_checksum, ("11344", KEY, "54303", "1.00"), "4366cd213d8f70a34e393fa338c71025"),
    (capture_refund_checksum, ("11344", KEY, "31387", "50.00"), "146a3cebe7694eb5dc8ea194d7a00259"),
    (repeat_checksum, ("11344", KEY, "31387", "50.00"), "146a3cebe7694eb5dc8ea194d7a00259"),
    (reversal_inquiry_checksum, ("11344", KEY, "31387"), "7b91e06c4dc4e473b3ab42232639b904"),
    (reversal_inquiry_checksum, ("11344", KEY, "54289"), "e0e5f0ef7f1ccfa3a2280b34781bb134"),
    (
        inquiry_by_merchant_id_checksum,
        ("11344", KEY, "Test Transaction01"),
        "85e229d37128cd8170c02b4335c795dc",
    ),
    (
        token_payment_checksum,
        ("11344", KEY, "hcZRVi0AGc2jFZ82WNo1Ncs0oOYCdRvQ", "50.00"),
        "8059f793050ad95db952b7b700a48fac",
    ),
    (
        delete_registration_checksum,
        ("11344", KEY, "hcZRVi0AGc2jFZ82WNo1Ncs0oOYCdRvQ"),
        "0f7b8c9bc17ddf63e21f2fe8fa38b9c9",
    ),
    (registration_checksum, ("11344", KEY, "4176661000001056"), "8d0bcfded10675eee1f1c75b67b8cef3"),
    (registration_checksum, ("11344", KEY, "MARKDEF1100"), "f00bbd9bb82bbaca7827d38f62be2c0f"),
    (list_checksum, ("11344", KEY), "a88074d287c80e18c0b733290be90f1d"),
    (payout_checksum, ("11344", "Payout Transaction 01", "1.00", KEY), "75f1fb28f3fb2573610d14c486c5898e"),
    (redirect_checksum, ("21565", "testTransaction", "50.00", "Y", KEY), "742628b97396ff13bcf64dd2ab49da3c"),
    (
        standard_checkout_checksum,
        ("11344", "docspartner", "1.00", "Transaction01", "https://www.merchantRedirectUrl.com", KEY),
        "1864b6242d1f182075f762d2a3878298",
    ),
    (
        invoice_generate_checksum,
        ("11344", KEY, "invoice01", "250.00", "www.merchantRedirectUrl.com"),
        "d1decf88944c513e7636bc71fc0ac3e7",
    ),
    (
        invoice_action_checksum,
        ("1746", "11344", KEY, "www.merchantRedirectUrl.com"),
        "0f80a7de1b225bafe0374fd44ff4dc93",
    ),
    (
        invoice_action_checksum,
        ("1760", "11344", KEY, "www.merchantRedirectUrl.com"),
        "2b5a33c8e6743ad0dfa52e62ee0fc9c6",
    ),
    # C-INV-STATUS as the platform's code checks it (md5 of "11344|secureKey|Invoice01", computed)
    (invoice_status_checksum, ("11344", KEY, "Invoice01"), "5322b55349a6e3df1bd1476d47b281db"),
    # C-INV-CONFIG (md5 of "11344|secureKey|https://www.merchantRedirectUrl.com", computed)
    (
        invoice_config_checksum,
        ("11344", KEY, "https://www.merchantRedirectUrl.com"),
        "55574ba596c0735cd595fbdb695bb1e4",
    ),
    (
        notification_checksum,
        ("77251", "011E1D8A5C034", "156.00", "N", KEY),
        "80b6ed1acd02b7afe48063b4832bed0a",
    ),
    # §5.4 note: the generate request sample hashed as sent
    (
        invoice_generate_checksum,
        ("11344", KEY, "Invoice01", "50.00", "www.merchantRedirectUrl.com"),
        "5a9b7453ba715f9a363a263f4e1e68d8",
    ),
]

# reference §5.5 edge cases
EDGE_VECTORS: list[tuple[Callable[..., str], tuple[str, ...], str]] = [
    (sale_checksum, ("11344", KEY, "Rest Transaction 01", "50.00"), "e89b70e06b2d649a69207fa751bddbc7"),
    (inquiry_by_merchant_id_checksum, ("11344", KEY, "#081756894916609"), "222efc079d222baec7381fb862f6046b"),
    (sale_checksum, ("11344", KEY, "Order 2024-05_01.A", "1234.50"), "e146d44fdd1e480b574b73106b5c133f"),
    (sale_checksum, ("11344", KEY, "JPY Order 0001", "1500.00"), "6ae4bfe324b7936f1128e11e8e0b21cf"),
    (
        notification_checksum,
        ("55001", "JPY Order 0001", "1500", "Y", KEY),
        "5f3854951d52ec0e92b646a4c57b2022",
    ),
    (notification_checksum, ("1001", "ORDER-JPY", "100", "Y", KEY), "cb62950f1fceb96c50c8b88081752090"),
    (capture_refund_checksum, ("11344", KEY, "54279", "0.50"), "78d1a072a0efe27ebe97e43026ec4545"),
    (payout_checksum, ("12934", "Payout-Infipay-BT-4", "100000.65", KEY), "c5f19e697f23f2ab46b99252e2775138"),
    (
        delete_registration_checksum,
        ("175", KEY, "kGuadVKOymeTYkuAYoxon2vKUzu88Po1"),
        "6ad8e0e16aeb0ecaa954d6e934c4fdae",
    ),
    (list_checksum, ("195", KEY), "61e8b825fd85286eb5a32d73bc0c3153"),
    (
        redirect_checksum,
        ("34267", "Rest Transaction 01", "50.00", "P", KEY),
        "c535b793a45a51afa6eb3798e7504151",
    ),
    (
        notification_checksum,
        ("54289", "Test Transaction01", "1.00", "Y", KEY),
        "a3b3f4319b7bc62f455661fe20bec477",
    ),
]

# correct values quoted in §4.6-§4.11 and §5.6
SECTION_4_VECTORS: list[tuple[Callable[..., str], tuple[str, ...], str]] = [
    (capture_refund_checksum, ("11344", KEY, "54279", "1.00"), "e595a79fb832fc7dbe1041cb3204c783"),
    (reversal_inquiry_checksum, ("11344", KEY, "54279"), "8c073dbef12934ea066aa56305ae89e8"),
    (
        inquiry_by_merchant_id_checksum,
        ("11344", KEY, "Test Transaction01"),
        "85e229d37128cd8170c02b4335c795dc",
    ),
    (
        token_payment_checksum,
        ("11344", KEY, "hcZRVi0AGc2jFZ82WNo1Ncs0oOYCdRvQ", "50.00"),
        "8059f793050ad95db952b7b700a48fac",
    ),
    (registration_checksum, ("11344", KEY, "4000000000000051"), "aea63b9bf36a6380dba866f18ea441f8"),
    (payout_checksum, ("11344", "Payout Transaction 01", "1.00", KEY), "75f1fb28f3fb2573610d14c486c5898e"),
    (payout_checksum, ("12507", "Test160", "700.00", KEY), "12b0f3fd1ece5e978671c9456ff4ae33"),
    (
        invoice_generate_checksum,
        ("11344", KEY, "Invoice01", "50.00", "www.merchantRedirectUrl.com"),
        "5a9b7453ba715f9a363a263f4e1e68d8",
    ),
    (list_checksum, ("11344", KEY), "a88074d287c80e18c0b733290be90f1d"),
]


def _id(vector: tuple[Callable[..., str], tuple[str, ...], str]) -> str:
    return f"{vector[0].__name__}:{'|'.join(vector[1])}"


@pytest.mark.parametrize("vector", DOCS_VECTORS, ids=_id)
def test_docs_worked_examples(vector: tuple[Callable[..., str], tuple[str, ...], str]) -> None:
    function, args, expected = vector
    assert function(*args) == expected


@pytest.mark.parametrize("vector", EDGE_VECTORS, ids=_id)
def test_edge_case_examples(vector: tuple[Callable[..., str], tuple[str, ...], str]) -> None:
    function, args, expected = vector
    assert function(*args) == expected


@pytest.mark.parametrize("vector", SECTION_4_VECTORS, ids=_id)
def test_correct_values_quoted_for_request_samples(
    vector: tuple[Callable[..., str], tuple[str, ...], str],
) -> None:
    function, args, expected = vector
    assert function(*args) == expected


@pytest.mark.parametrize(
    ("function", "args", "must_not_equal"),
    [
        # a wrong amount format hashes differently (and the gateway rejects "50" anyway)
        (sale_checksum, ("11344", KEY, "RestTransaction01", "50"), "fcae56890665174a5d03fce306414d0d"),
        # a JPY notification hashes the integer amount, not "1500.00"
        (
            notification_checksum,
            ("55001", "JPY Order 0001", "1500.00", "Y", KEY),
            "5f3854951d52ec0e92b646a4c57b2022",
        ),
        # SEPA registration hashes the BIC, not the IBAN
        (registration_checksum, ("11344", KEY, "DE23100000001234567890"), "f00bbd9bb82bbaca7827d38f62be2c0f"),
    ],
    ids=["amount-without-decimals", "jpy-two-decimals", "sepa-iban-instead-of-bic"],
)
def test_negative_vectors_differ(function: Callable[..., str], args: tuple[str, ...], must_not_equal: str) -> None:
    assert function(*args) != must_not_equal


@pytest.mark.parametrize(
    ("function", "args", "expected"),
    [
        (sale_checksum, ("11344", KEY, "RestTransaction01", "50"), "fc9fb116bc8f652a9108c83c9c40fb91"),
        (
            notification_checksum,
            ("55001", "JPY Order 0001", "1500.00", "Y", KEY),
            "9f8ff019bd72a6c43f515c31102d47e6",
        ),
        (registration_checksum, ("11344", KEY, "DE23100000001234567890"), "1cf0233bf7592e46773678377035f185"),
    ],
    ids=["amount-50", "jpy-1500.00", "iban"],
)
def test_negative_vectors_have_their_own_documented_hash(
    function: Callable[..., str], args: tuple[str, ...], expected: str
) -> None:
    assert function(*args) == expected


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        (("11344", KEY, "RestTransaction01", "50.00"), "367332762"),
        (("11344", KEY, "Invoice01", "50.00", "www.merchantRedirectUrl.com"), "1837438326"),
    ],
)
def test_adler32_variant(values: tuple[str, ...], expected: str) -> None:
    assert adler32_checksum(*values) == expected


def test_output_is_32_lowercase_hex() -> None:
    value = md5_checksum("a", "b")
    assert len(value) == 32
    assert value == value.lower()
    assert all(ch in "0123456789abcdef" for ch in value)


def test_key_position_matters_payout_key_last() -> None:
    assert payout_checksum("11344", "Payout Transaction 01", "1.00", KEY) != md5_checksum(
        "11344", KEY, "Payout Transaction 01", "1.00"
    )


def test_values_are_not_trimmed() -> None:
    assert sale_checksum("11344", KEY, " Rest Transaction 01", "50.00") != "e89b70e06b2d649a69207fa751bddbc7"


class TestVerifyChecksum:
    def test_accepts_exact(self) -> None:
        assert verify_checksum("fcae56890665174a5d03fce306414d0d", "fcae56890665174a5d03fce306414d0d")

    def test_lenient_with_uppercase_and_whitespace_received(self) -> None:
        # The gateway rejects uppercase in requests; when *we* verify, the sender is given slack.
        assert verify_checksum("fcae56890665174a5d03fce306414d0d", " FCAE56890665174A5D03FCE306414D0D\n")

    @pytest.mark.parametrize(
        "received",
        ["", "fcae56890665174a5d03fce306414d0", "fcae56890665174a5d03fce306414d0e", "x" * 32, "é" * 32],
        ids=["empty", "short", "one-digit-off", "garbage", "non-ascii"],
    )
    def test_rejects(self, received: str) -> None:
        assert not verify_checksum("fcae56890665174a5d03fce306414d0d", received)

    def test_uses_constant_time_comparison(self, monkeypatch: pytest.MonkeyPatch) -> None:
        calls: list[tuple[bytes, bytes]] = []

        def spy(a: bytes, b: bytes) -> bool:
            calls.append((a, b))
            return a == b

        monkeypatch.setattr(hmac, "compare_digest", spy)
        assert verify_checksum("ab", "AB")
        assert calls == [(b"ab", b"ab")]


def test_uppercase_checksum_is_not_what_we_send() -> None:
    # §5.5: the uppercase form of the PA_DB hash is rejected by the gateway; we always emit lowercase.
    upper = "FCAE56890665174A5D03FCE306414D0D"
    assert sale_checksum("11344", KEY, "RestTransaction01", "50.00") != upper
