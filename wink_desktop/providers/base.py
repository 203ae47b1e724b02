"""What we know about a mail service, GNOME-Online-Accounts style: one small object each."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Provider:
    """One mail service.

    Attributes:
        id: stable identifier (``google``, ``icloud``, ...).
        name: display name (a brand: not translated).
        domains: the email domains it hosts for everyone (gmail.com, icloud.com, ...).
        app_password_url: its help page on app-specific passwords, when mail apps signing in
            with a password need one.
    """

    id: str
    name: str
    domains: tuple[str, ...]
    app_password_url: str | None = None

    def serves(self, domain: str) -> bool:
        """Whether addresses at ``domain`` belong to this provider."""
        return domain.lower() in self.domains
