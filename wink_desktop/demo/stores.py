"""In-memory account and secret stores (the AccountStore and SecretStore ports)."""

from __future__ import annotations

from wink_desktop.core.account import MailAccount


class MemoryAccountStore:
    """Keeps the account record in memory; ``saves`` counts writes for assertions."""

    def __init__(self, account: MailAccount | None = None) -> None:
        self.account = account
        self.saves = 0

    def load(self) -> MailAccount | None:
        """The saved account, or None."""
        return self.account

    def save(self, account: MailAccount) -> None:
        """Replace the saved account."""
        self.account = account
        self.saves += 1

    def delete(self) -> None:
        """Forget the account."""
        self.account = None


class MemorySecretStore:
    """Keeps secrets in a dict, like a keyring that is always unlocked.

    ``available=False`` makes it behave like a machine without a secure keyring: every call
    raises :class:`~wink_desktop.core.errors.KeyringUnavailableError`.
    """

    def __init__(self, *, available: bool = True) -> None:
        self.secrets: dict[str, str] = {}
        self.available = available

    def _check(self) -> None:
        if not self.available:
            from wink_desktop.core.errors import KeyringUnavailableError  # noqa: PLC0415

            raise KeyringUnavailableError

    def get(self, key: str) -> str | None:
        """The secret under ``key``, or None."""
        self._check()
        return self.secrets.get(key)

    def put(self, key: str, secret: str) -> None:
        """Store ``secret`` under ``key``."""
        self._check()
        self.secrets[key] = secret

    def delete(self, key: str) -> None:
        """Remove ``key`` (missing is fine)."""
        self._check()
        self.secrets.pop(key, None)
