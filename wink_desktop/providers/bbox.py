"""Bbox (Bouygues Telecom, France)."""

from wink_desktop.core.models import Security
from wink_desktop.providers.base import Provider, ServerTemplate

PROVIDER = Provider(
    id="bbox",
    name="Bbox",
    domains=("bbox.fr",),
    mx_patterns=("*.bbox.fr",),
    imap=ServerTemplate("imap.bbox.fr", 993, Security.SSL),
    smtp=ServerTemplate("smtp.bbox.fr", 465, Security.SSL),
    settings_url="https://www.assistance.bouyguestelecom.fr/s/article/logiciel-messagerie-emails-bbox",
)
