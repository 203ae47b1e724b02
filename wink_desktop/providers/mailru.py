"""Mail.ru."""

from wink_desktop.core.i18n import QT_TRANSLATE_NOOP
from wink_desktop.core.models import Security
from wink_desktop.providers.base import Provider, ServerTemplate

PROVIDER = Provider(
    id="mailru",
    name="Mail.ru",
    domains=("mail.ru", "inbox.ru", "list.ru", "bk.ru", "internet.ru"),
    mx_patterns=("*.mail.ru",),
    imap=ServerTemplate("imap.mail.ru", 993, Security.SSL),
    smtp=ServerTemplate("smtp.mail.ru", 465, Security.SSL),
    hint=QT_TRANSLATE_NOOP(
        "Provider", "Mail.ru needs a password for external apps, created in its security settings."
    ),
    hint_url="https://help.mail.ru/mail/security/protection/external",
    app_password_url="https://help.mail.ru/mail/security/protection/external",
)
