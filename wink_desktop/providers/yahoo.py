"""Yahoo Mail."""

from wink_desktop.core.i18n import QT_TRANSLATE_NOOP
from wink_desktop.core.models import Security
from wink_desktop.providers.base import Provider, ServerTemplate

PROVIDER = Provider(
    id="yahoo",
    name="Yahoo",
    domains=("yahoo.*", "ymail.com", "rocketmail.com", "myyahoo.com"),
    mx_patterns=("*.am0.yahoodns.net",),
    imap=ServerTemplate("imap.mail.yahoo.com", 993, Security.SSL),
    smtp=ServerTemplate("smtp.mail.yahoo.com", 465, Security.SSL),
    hint=QT_TRANSLATE_NOOP(
        "Provider",
        "Yahoo needs an app password, generated in your Yahoo account security settings.",
    ),
    hint_url="https://help.yahoo.com/kb/SLN15241.html",
    app_password_url="https://help.yahoo.com/kb/SLN15241.html",
    settings_url="https://help.yahoo.com/kb/SLN4075.html",
)
