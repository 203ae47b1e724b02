"""Interfaces the services depend on; the adapters in ``infra`` implement them."""

from __future__ import annotations

from typing import Protocol


class SecretStore(Protocol):
    """Where passwords and tokens live (the OS keyring, never a file)."""

    def get(self, key: str) -> str | None:
        """Return the secret stored under ``key``, or None."""
        ...

    def put(self, key: str, secret: str) -> None:
        """Store ``secret`` under ``key``, replacing any previous one."""
        ...

    def delete(self, key: str) -> None:
        """Remove the secret under ``key``; removing a missing one is not an error."""
        ...
