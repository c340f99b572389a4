"""Client options: the User-Agent, and httpx clients that share another client's connection pool."""

from __future__ import annotations

import platform

import httpx

__all__ = ["shared_async_http", "shared_http", "user_agent"]


def user_agent() -> str:
    """``transaction-services/<version> python/<version> httpx/<version>``."""
    from . import __version__

    return f"transaction-services/{__version__} python/{platform.python_version()} httpx/{httpx.__version__}"


# httpx keeps the connection pool in the client's transports; a second client over the same
# transports (and mounts, for proxies) shares the pool while keeping its own timeout and auth.
def shared_http(parent: httpx.Client) -> httpx.Client:
    """A new ``httpx.Client`` over ``parent``'s connection pool, headers and event hooks."""
    mounts = {pattern.pattern: transport for pattern, transport in parent._mounts.items()}
    return httpx.Client(
        transport=parent._transport,
        mounts=mounts,
        headers=parent.headers,
        event_hooks=parent.event_hooks,
    )


def shared_async_http(parent: httpx.AsyncClient) -> httpx.AsyncClient:
    """A new ``httpx.AsyncClient`` over ``parent``'s connection pool, headers and event hooks."""
    mounts = {pattern.pattern: transport for pattern, transport in parent._mounts.items()}
    return httpx.AsyncClient(
        transport=parent._transport,
        mounts=mounts,
        headers=parent.headers,
        event_hooks=parent.event_hooks,
    )
