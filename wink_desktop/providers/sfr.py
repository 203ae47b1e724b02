"""SFR and Neuf (France)."""

from wink_desktop.core.models import Security
from wink_desktop.providers.base import Provider, ServerTemplate

PROVIDER = Provider(
    id="sfr",
    name="SFR",
    domains=("sfr.fr", "neuf.fr", "cegetel.net", "9online.fr", "club-internet.fr"),
    mx_patterns=("*.sfr.fr",),
    imap=ServerTemplate("imap.sfr.fr", 993, Security.SSL),
    smtp=ServerTemplate("smtp.sfr.fr", 465, Security.SSL),
    settings_url="https://assistance.sfr.fr/service-et-accessoire/sfr-mail/serveurs-messagerie-sfr.html",
)
