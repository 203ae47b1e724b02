"""Proton Mail, through Proton Mail Bridge (a desktop app of Proton's)."""

from wink_desktop.core.i18n import QT_TRANSLATE_NOOP
from wink_desktop.core.models import Security
from wink_desktop.providers.base import Provider, ServerTemplate

PROVIDER = Provider(
    id="proton",
    name="Proton Mail",
    domains=("proton.me", "protonmail.com", "protonmail.ch", "pm.me"),
    mx_patterns=("*.protonmail.ch",),
    imap=ServerTemplate("127.0.0.1", 1143, Security.STARTTLS),
    smtp=ServerTemplate("127.0.0.1", 1025, Security.STARTTLS),
    hint=QT_TRANSLATE_NOOP(
        "Provider",
        "Proton Mail works with mail apps only through Proton Mail Bridge (paid plans): "
        "install it, sign in, keep it running, and use the ports and the password it shows, "
        "not your Proton password. Its certificate is its own: you will be asked to trust it.",
    ),
    hint_url="https://proton.me/support/protonmail-bridge-faq",
    settings_url="https://proton.me/support/protonmail-bridge-faq",
)
