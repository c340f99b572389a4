"""Gateway and AsyncGateway (and their invoices) offer the same surface; only ``await`` differs."""

from __future__ import annotations

import asyncio
import functools
import inspect

import pytest

from transaction_services import AsyncGateway, AsyncInvoices, AsyncPartner, Gateway, Invoices, Partner
from transaction_services_api import AuthenticatedClient

from .gateway_support import credentials

PAIRS = [(Gateway, AsyncGateway), (Invoices, AsyncInvoices), (Partner, AsyncPartner)]
# Auto-paging iterators: a generator, and an async generator.
ITERATORS = {"transactions", "list"}
# Return a configured client at once, without I/O: plain methods on both.
SYNC_ON_BOTH = {"with_options"}
# Context-manager protocol differs by design (with / async with).
PROTOCOL = {"__enter__", "__exit__", "__aenter__", "__aexit__"}


def public(cls: type) -> dict[str, object]:
    return {name: inspect.getattr_static(cls, name) for name in dir(cls) if not name.startswith("_")}


def parameters(function: object) -> list[tuple[str, object, object, object]]:
    signature = inspect.signature(function)  # type: ignore[arg-type]
    return [(p.name, p.kind, p.default, p.annotation) for p in signature.parameters.values() if p.name != "self"]


@pytest.mark.parametrize(("sync_cls", "async_cls"), PAIRS, ids=["gateway", "invoices", "partner"])
def test_same_public_names(sync_cls: type, async_cls: type) -> None:
    assert set(public(sync_cls)) == set(public(async_cls))
    assert len(public(sync_cls)) >= 3


@pytest.mark.parametrize(("sync_cls", "async_cls"), PAIRS, ids=["gateway", "invoices", "partner"])
def test_same_parameters_and_async_methods_are_coroutines(sync_cls: type, async_cls: type) -> None:
    for name, sync_member in public(sync_cls).items():
        async_member = public(async_cls)[name]
        if isinstance(sync_member, property | functools.cached_property):
            assert type(async_member) is type(sync_member), name
            continue
        assert callable(sync_member), name
        assert callable(async_member), name
        assert parameters(sync_member) == parameters(async_member), name
        assert not inspect.iscoroutinefunction(sync_member), name
        if name in ITERATORS:
            assert inspect.isasyncgenfunction(async_member)
            assert inspect.isgeneratorfunction(sync_member)
        elif name in SYNC_ON_BOTH:
            assert not inspect.iscoroutinefunction(async_member), name
        else:
            assert inspect.iscoroutinefunction(async_member), name


def test_constructors_take_the_same_options() -> None:
    sync_params = {name: (kind, default) for name, kind, default, _ in parameters(Gateway.__init__)}
    async_params = {name: (kind, default) for name, kind, default, _ in parameters(AsyncGateway.__init__)}
    assert sync_params == async_params


def test_both_clients_expose_invoices_raw_and_their_context_managers() -> None:
    creds = credentials()
    with Gateway(base_url="http://127.0.0.1:9", credentials=creds) as gateway:
        assert isinstance(gateway.invoices, Invoices)
        assert isinstance(gateway.raw, AuthenticatedClient)
    async_gateway = AsyncGateway(base_url="http://127.0.0.1:9", credentials=creds)
    try:
        assert isinstance(async_gateway.invoices, AsyncInvoices)
        assert isinstance(async_gateway.raw, AuthenticatedClient)
    finally:
        asyncio.run(async_gateway.close())
    assert PROTOCOL & set(dir(Gateway)) == {"__enter__", "__exit__"}
    assert PROTOCOL & set(dir(AsyncGateway)) == {"__aenter__", "__aexit__"}
    assert inspect.iscoroutinefunction(AsyncGateway.__aenter__)
