"""GMX: two families of servers, by country."""

from wink_desktop.core.i18n import QT_TRANSLATE_NOOP
from wink_desktop.core.models import Security
from wink_desktop.providers.base import Provider, ServerTemplate

_HINT = QT_TRANSLATE_NOOP(
    "Provider", "Allow POP3/IMAP access once in your GMX mail settings, then come back here."
)

#: gmx.net and the German-speaking domains.
PROVIDER_NET = Provider(
    id="gmx",
    name="GMX",
    domains=("gmx.net", "gmx.de", "gmx.at", "gmx.ch", "gmx.eu", "gmx.org", "gmx.info", "gmx.biz"),
    mx_patterns=("mx*.gmx.net",),
    imap=ServerTemplate("imap.gmx.net", 993, Security.SSL),
    smtp=ServerTemplate("mail.gmx.net", 465, Security.SSL),
    hint=_HINT,
    hint_url="https://hilfe.gmx.net/pop-imap/einschalten.html",
    settings_url="https://hilfe.gmx.net/pop-imap/imap/imap-serverdaten.html",
)

#: gmx.com and the other countries (gmx.fr among them).
PROVIDER_COM = Provider(
    id="gmx",
    name="GMX",
    domains=("gmx.com", "gmx.us", "gmx.co.uk", "gmx.fr", "gmx.es", "gmx.it"),
    mx_patterns=("mx*.gmx.com",),
    imap=ServerTemplate("imap.gmx.com", 993, Security.SSL),
    smtp=ServerTemplate("mail.gmx.com", 465, Security.SSL),
    hint=_HINT,
    hint_url="https://support.gmx.com/pop-imap/toggle.html",
)
