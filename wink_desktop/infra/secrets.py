"""The OS keyring as the only place secrets are kept."""

from __future__ import annotations

from typing import Any

from wink_desktop import APP_ID
from wink_desktop.core.errors import KeyringUnavailableError

#: keyring backends that do not protect secrets: never used, even if keyring picks them.
_INSECURE_BACKENDS = (
    "keyring.backends.fail",
    "keyring.backends.null",
    "keyrings.alt",
)


def _is_secure(backend: Any) -> bool:
    module = type(backend).__module__
    if module.startswith("keyring.backends.chainer"):
        # A chain writes to its first (highest-priority) member: that one must be secure.
        members = list(getattr(backend, "backends", ()))
        return bool(members) and _is_secure(members[0])
    return not module.startswith(_INSECURE_BACKENDS) and float(backend.priority) >= 1


class KeyringSecretStore:
    """A :class:`~wink_desktop.core.ports.SecretStore` on top of ``keyring``.

    Raises:
        KeyringUnavailableError: on first use when no secure backend exists, or when the
            keyring refuses (locked, daemon gone). Nothing is written anywhere else.
    """

    def __init__(self, service: str = APP_ID) -> None:
        self._service = service

    def _keyring(self) -> Any:
        import keyring  # noqa: PLC0415 - keyring's backend scan is slow: not at startup

        backend = keyring.get_keyring()
        if not _is_secure(backend):
            raise KeyringUnavailableError
        return backend

    def get(self, key: str) -> str | None:
        """Return the secret stored under ``key``, or None."""
        backend = self._keyring()
        try:
            value = backend.get_password(self._service, key)
        except Exception as exc:  # keyring raises backend-specific errors
            raise KeyringUnavailableError from exc
        return None if value is None else str(value)

    def put(self, key: str, secret: str) -> None:
        """Store ``secret`` under ``key``, replacing any previous one."""
        backend = self._keyring()
        try:
            backend.set_password(self._service, key, secret)
        except Exception as exc:
            raise KeyringUnavailableError from exc

    def delete(self, key: str) -> None:
        """Remove the secret under ``key``; a missing one is not an error."""
        import keyring.errors  # noqa: PLC0415

        backend = self._keyring()
        try:
            backend.delete_password(self._service, key)
        except keyring.errors.PasswordDeleteError:
            return
        except Exception as exc:
            raise KeyringUnavailableError from exc
