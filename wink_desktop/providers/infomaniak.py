"""Infomaniak (hosted domains, found by their MX)."""

from wink_desktop.core.models import Security
from wink_desktop.providers.base import Provider, ServerTemplate

PROVIDER = Provider(
    id="infomaniak",
    name="Infomaniak",
    domains=("ik.me",),
    mx_patterns=("*.infomaniak.ch",),
    imap=ServerTemplate("mail.infomaniak.com", 993, Security.SSL),
    smtp=ServerTemplate("mail.infomaniak.com", 465, Security.SSL),
    settings_url="https://www.infomaniak.com/en/support/faq/admin2/email-service",
)
