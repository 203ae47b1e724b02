"""La Poste (laposte.net)."""

from wink_desktop.core.i18n import QT_TRANSLATE_NOOP
from wink_desktop.core.models import Security
from wink_desktop.providers.base import Provider, ServerTemplate

PROVIDER = Provider(
    id="laposte",
    name="La Poste",
    domains=("laposte.net",),
    mx_patterns=("*.laposte.net",),
    imap=ServerTemplate("imap.laposte.net", 993, Security.SSL),
    smtp=ServerTemplate("smtp.laposte.net", 465, Security.SSL),
    hint=QT_TRANSLATE_NOOP("Provider", "Sign in with your main La Poste address, not an alias."),
)
