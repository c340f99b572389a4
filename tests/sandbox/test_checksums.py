"""Every worked checksum vector of reference §5.4/§5.5 (other half: checksums.py)."""

from __future__ import annotations

import pytest

from transaction_services_sandbox import checksums

K = "secureKey"

VECTORS = [
    ("C-SALE", checksums.c_sale("11344", K, "RestTransaction01", "50.00"), "fcae56890665174a5d03fce306414d0d"),
    ("C-CP-RF CP", checksums.c_cp_rf("11344", K, "54303", "1.00"), "4366cd213d8f70a34e393fa338c71025"),
    ("C-CP-RF RF", checksums.c_cp_rf("11344", K, "31387", "50.00"), "146a3cebe7694eb5dc8ea194d7a00259"),
    ("C-REPEAT-PID", checksums.c_repeat_pid("11344", K, "31387", "50.00"), "146a3cebe7694eb5dc8ea194d7a00259"),
    ("C-RV-IN RV", checksums.c_rv_in("11344", K, "31387"), "7b91e06c4dc4e473b3ab42232639b904"),
    ("C-RV-IN IN", checksums.c_rv_in("11344", K, "54289"), "e0e5f0ef7f1ccfa3a2280b34781bb134"),
    ("C-IN-MID", checksums.c_in_mid("11344", K, "Test Transaction01"), "85e229d37128cd8170c02b4335c795dc"),
    (
        "C-TOKEN",
        checksums.c_token("11344", K, "hcZRVi0AGc2jFZ82WNo1Ncs0oOYCdRvQ", "50.00"),
        "8059f793050ad95db952b7b700a48fac",
    ),
    (
        "C-DEL-REG",
        checksums.c_del_reg("11344", K, "hcZRVi0AGc2jFZ82WNo1Ncs0oOYCdRvQ"),
        "0f7b8c9bc17ddf63e21f2fe8fa38b9c9",
    ),
    ("C-REG card", checksums.c_reg("11344", K, "4176661000001056"), "8d0bcfded10675eee1f1c75b67b8cef3"),
    ("C-REG card sample", checksums.c_reg("11344", K, "4000000000000051"), "aea63b9bf36a6380dba866f18ea441f8"),
    ("C-REG SEPA", checksums.c_reg("11344", K, "MARKDEF1100"), "f00bbd9bb82bbaca7827d38f62be2c0f"),
    ("C-LIST", checksums.c_list("11344", K), "a88074d287c80e18c0b733290be90f1d"),
    ("C-PAYOUT", checksums.c_payout("11344", "Payout Transaction 01", "1.00", K), "75f1fb28f3fb2573610d14c486c5898e"),
    ("C-PAYOUT wallet", checksums.c_payout("12507", "Test160", "700.00", K), "12b0f3fd1ece5e978671c9456ff4ae33"),
    (
        "C-REDIRECT",
        checksums.c_redirect("21565", "testTransaction", "50.00", "Y", K),
        "742628b97396ff13bcf64dd2ab49da3c",
    ),
    (
        "C-INV-GEN",
        checksums.c_inv_gen("11344", K, "invoice01", "250.00", "www.merchantRedirectUrl.com"),
        "d1decf88944c513e7636bc71fc0ac3e7",
    ),
    (
        "C-INV-GEN sample",
        checksums.c_inv_gen("11344", K, "Invoice01", "50.00", "www.merchantRedirectUrl.com"),
        "5a9b7453ba715f9a363a263f4e1e68d8",
    ),
    (
        "C-INV-ACT cancel",
        checksums.c_inv_act("1746", "11344", K, "www.merchantRedirectUrl.com"),
        "0f80a7de1b225bafe0374fd44ff4dc93",
    ),
    (
        "C-INV-ACT remind",
        checksums.c_inv_act("1760", "11344", K, "www.merchantRedirectUrl.com"),
        "2b5a33c8e6743ad0dfa52e62ee0fc9c6",
    ),
    ("C-INV-STATUS", checksums.c_inv_status("1746", "11344", K), "ad8db6d73df86abc8a6b8fe7627572b5"),
    ("C-NOTIFY", checksums.c_notify("77251", "011E1D8A5C034", "156.00", "N", K), "80b6ed1acd02b7afe48063b4832bed0a"),
    # §5.5 edge cases
    ("C-SALE spaces", checksums.c_sale("11344", K, "Rest Transaction 01", "50.00"), "e89b70e06b2d649a69207fa751bddbc7"),
    ("C-SALE amount 50", checksums.c_sale("11344", K, "RestTransaction01", "50"), "fc9fb116bc8f652a9108c83c9c40fb91"),
    ("C-IN-MID hash", checksums.c_in_mid("11344", K, "#081756894916609"), "222efc079d222baec7381fb862f6046b"),
    (
        "C-SALE punctuation",
        checksums.c_sale("11344", K, "Order 2024-05_01.A", "1234.50"),
        "e146d44fdd1e480b574b73106b5c133f",
    ),
    ("C-SALE JPY", checksums.c_sale("11344", K, "JPY Order 0001", "1500.00"), "6ae4bfe324b7936f1128e11e8e0b21cf"),
    ("C-NOTIFY JPY", checksums.c_notify("55001", "JPY Order 0001", "1500", "Y", K), "5f3854951d52ec0e92b646a4c57b2022"),
    (
        "C-NOTIFY JPY decimals",
        checksums.c_notify("55001", "JPY Order 0001", "1500.00", "Y", K),
        "9f8ff019bd72a6c43f515c31102d47e6",
    ),
    ("C-NOTIFY JPY docs", checksums.c_notify("1001", "ORDER-JPY", "100", "Y", K), "cb62950f1fceb96c50c8b88081752090"),
    ("C-CP-RF partial", checksums.c_cp_rf("11344", K, "54279", "0.50"), "78d1a072a0efe27ebe97e43026ec4545"),
    ("C-CP-RF constructed", checksums.c_cp_rf("11344", K, "54279", "1.00"), "e595a79fb832fc7dbe1041cb3204c783"),
    ("C-RV-IN constructed", checksums.c_rv_in("11344", K, "54279"), "8c073dbef12934ea066aa56305ae89e8"),
    (
        "C-PAYOUT bank",
        checksums.c_payout("12934", "Payout-Infipay-BT-4", "100000.65", K),
        "c5f19e697f23f2ab46b99252e2775138",
    ),
    (
        "C-DEL-REG partner",
        checksums.c_del_reg("175", K, "kGuadVKOymeTYkuAYoxon2vKUzu88Po1"),
        "6ad8e0e16aeb0ecaa954d6e934c4fdae",
    ),
    ("C-LIST partner", checksums.c_list("195", K), "61e8b825fd85286eb5a32d73bc0c3153"),
    (
        "C-REDIRECT pending",
        checksums.c_redirect("34267", "Rest Transaction 01", "50.00", "P", K),
        "c535b793a45a51afa6eb3798e7504151",
    ),
    (
        "C-NOTIFY IN sample",
        checksums.c_notify("54289", "Test Transaction01", "1.00", "Y", K),
        "a3b3f4319b7bc62f455661fe20bec477",
    ),
    (
        "C-REG IBAN (wrong value)",
        checksums.c_reg("11344", K, "DE23100000001234567890"),
        "1cf0233bf7592e46773678377035f185",
    ),
]


@pytest.mark.parametrize(("formula", "computed", "expected"), VECTORS, ids=[v[0] for v in VECTORS])
def test_worked_vector(formula: str, computed: str, expected: str) -> None:
    assert computed == expected


def test_uppercase_hex_is_rejected() -> None:
    expected = checksums.c_sale("11344", K, "RestTransaction01", "50.00")
    assert checksums.verify(expected, expected)
    assert not checksums.verify(expected, "FCAE56890665174A5D03FCE306414D0D")


@pytest.mark.parametrize(
    ("amount", "currency", "expected"),
    [("1500.00", "JPY", "1500"), ("100.50", "JPY", "101"), ("1500.00", "EUR", "1500.00"), ("7.00", "jpy", "7")],
)
def test_notification_amount(amount: str, currency: str, expected: str) -> None:
    assert checksums.notification_amount(amount, currency) == expected
