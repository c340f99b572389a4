"""Tests for transaction_services/__init__.py and every module's ``__all__`` (after httpx)."""

from __future__ import annotations

import importlib

import pytest

import transaction_services
from transaction_services import _EXPORTS

PACKAGE = "transaction_services"

MODULES = [
    "transaction_services",
    "transaction_services._constants",
    "transaction_services._currencies",
    "transaction_services._driver",
    "transaction_services._payload",
    "transaction_services._redaction",
    "transaction_services._retry",
    "transaction_services._timestamps",
    "transaction_services._validation",
    "transaction_services._options",
    "transaction_services._async_client",
    "transaction_services._base_client",
    "transaction_services._client",
    "transaction_services._deadline_backend",
    "transaction_services._invoices",
    "transaction_services._partner",
    "transaction_services._transport",
    "transaction_services.auth",
    "transaction_services.config",
    "transaction_services.flows._call",
    "transaction_services.flows._fields",
    "transaction_services.flows.invoices",
    "transaction_services.flows.payments",
    "transaction_services.flows.partner",
    "transaction_services.flows.payouts",
    "transaction_services.flows.qr",
    "transaction_services.flows.registrations",
    "transaction_services.flows.service",
    "transaction_services.flows.tokens",
    "transaction_services.flows.transactions",
    "transaction_services.callbacks",
    "transaction_services.errors",
    "transaction_services.models",
    "transaction_services.signing",
]


def test_package_all_is_sorted_and_complete() -> None:
    exported = transaction_services.__all__
    assert exported == sorted(exported)
    for name in exported:  # each loads on first use, from the module that defines it
        assert getattr(transaction_services, name) is getattr(importlib.import_module(_EXPORTS[name], PACKAGE), name)
    assert set(_EXPORTS) == set(exported)
    public = {name for name in dir(transaction_services) if not name.startswith("_")}
    submodules = {"auth", "callbacks", "config", "errors", "flows", "models", "signing"}
    assert public - submodules - {"annotations"} == set(exported)


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="Gatway"):
        transaction_services.Gatway  # type: ignore[attr-defined]  # noqa: B018 - a type error too


def _isort_style(name: str) -> tuple[int, str]:
    # ruff's RUF022 order: CONSTANTS, then CamelCase, then everything else.
    if name.isupper():
        return (0, name)
    return (1 if name[0].isupper() else 2, name)


@pytest.mark.parametrize("name", MODULES)
def test_module_all_is_sorted_and_resolves(name: str) -> None:
    module = importlib.import_module(name)
    exported = module.__all__
    assert exported == sorted(exported, key=_isort_style), name
    assert len(set(exported)) == len(exported)
    for member in exported:
        assert hasattr(module, member), member


@pytest.mark.parametrize("name", MODULES)
def test_public_callables_have_docstrings(name: str) -> None:
    module = importlib.import_module(name)
    for member in module.__all__:
        value = getattr(module, member)
        if callable(value) and getattr(value, "__module__", "").startswith("transaction_services"):
            assert value.__doc__, f"{name}.{member}"
