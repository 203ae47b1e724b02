"""Orange and Wanadoo (France)."""

from wink_desktop.core.models import Security
from wink_desktop.providers.base import Provider, ServerTemplate

PROVIDER = Provider(
    id="orange",
    name="Orange",
    domains=("orange.fr", "wanadoo.fr"),
    mx_patterns=("*.orange.fr",),
    imap=ServerTemplate("imap.orange.fr", 993, Security.SSL),
    smtp=ServerTemplate("smtp.orange.fr", 465, Security.SSL),
    settings_url="https://assistance.orange.fr/ordinateurs-peripheriques/installer-et-utiliser/l-utilisation-du-mail-et-du-cloud/mail-orange/le-mail-orange-sur-un-logiciel-de-messagerie/parametrer-un-logiciel-de-messagerie-avec-le-mail-orange_434630-964290",
)
