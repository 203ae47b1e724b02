"""Free (France)."""

from wink_desktop.core.models import Security
from wink_desktop.providers.base import EMAIL_LOCALPART, Provider, ServerTemplate

PROVIDER = Provider(
    id="free",
    name="Free",
    domains=("free.fr", "libertysurf.fr"),
    mx_patterns=("*.free.fr",),
    imap=ServerTemplate("imap.free.fr", 993, Security.SSL, EMAIL_LOCALPART),
    smtp=ServerTemplate("smtp.free.fr", 465, Security.SSL, EMAIL_LOCALPART),
    settings_url="https://assistance.free.fr/articles/configurer-de-maniere-avancee-mon-logiciel-de-messagerie-609",
)
