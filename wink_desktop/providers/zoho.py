"""Zoho Mail: the .com and .eu data centres have their own servers."""

from wink_desktop.core.i18n import QT_TRANSLATE_NOOP
from wink_desktop.core.models import Security
from wink_desktop.providers.base import Provider, ServerTemplate

_HINT = QT_TRANSLATE_NOOP(
    "Provider",
    "Turn on IMAP access in Zoho Mail settings first; with two-factor authentication, use "
    "an app-specific password.",
)
_HINT_URL = "https://www.zoho.com/mail/help/imap-access.html#EnableIMAP"

PROVIDER_COM = Provider(
    id="zoho",
    name="Zoho Mail",
    domains=("zoho.com", "zohomail.com"),
    mx_patterns=("mx*.zoho.com",),
    imap=ServerTemplate("imap.zoho.com", 993, Security.SSL),
    smtp=ServerTemplate("smtp.zoho.com", 465, Security.SSL),
    hint=_HINT,
    hint_url=_HINT_URL,
)

PROVIDER_EU = Provider(
    id="zoho",
    name="Zoho Mail",
    domains=("zoho.eu", "zohomail.eu"),
    mx_patterns=("mx*.zoho.eu",),
    imap=ServerTemplate("imap.zoho.eu", 993, Security.SSL),
    smtp=ServerTemplate("smtp.zoho.eu", 465, Security.SSL),
    hint=_HINT,
    hint_url=_HINT_URL,
)
