"""Fastmail."""

from wink_desktop.core.i18n import QT_TRANSLATE_NOOP
from wink_desktop.core.models import Security
from wink_desktop.providers.base import Provider, ServerTemplate

PROVIDER = Provider(
    id="fastmail",
    name="Fastmail",
    domains=("fastmail.com", "fastmail.fm"),
    mx_patterns=("*.messagingengine.com",),
    imap=ServerTemplate("imap.fastmail.com", 993, Security.SSL),
    smtp=ServerTemplate("smtp.fastmail.com", 465, Security.SSL),
    hint=QT_TRANSLATE_NOOP(
        "Provider",
        "Fastmail needs an app password, created in its settings: your usual password does "
        "not work in mail apps.",
    ),
    hint_url="https://www.fastmail.help/hc/en-us/articles/360058752854-App-passwords",
    app_password_url="https://www.fastmail.help/hc/en-us/articles/360058752854-App-passwords",
    settings_url="https://www.fastmail.com/help/technical/servernamesandports.html",
)
