"""Yandex Mail."""

from wink_desktop.core.i18n import QT_TRANSLATE_NOOP
from wink_desktop.core.models import Security
from wink_desktop.providers.base import Provider, ServerTemplate

PROVIDER = Provider(
    id="yandex",
    name="Yandex",
    domains=(
        "yandex.ru",
        "yandex.com",
        "yandex.net",
        "yandex.by",
        "yandex.kz",
        "yandex.ua",
        "ya.ru",
        "narod.ru",
    ),
    mx_patterns=("mx.yandex.net", "*.yandex.net", "*.yandex.ru"),
    imap=ServerTemplate("imap.yandex.com", 993, Security.SSL),
    smtp=ServerTemplate("smtp.yandex.com", 465, Security.SSL),
    hint=QT_TRANSLATE_NOOP(
        "Provider",
        "Turn on access for mail apps (IMAP) in Yandex Mail settings first; with two-step "
        "sign-in, use an app password.",
    ),
    hint_url="https://yandex.com/support/passport/authorization/app-passwords.html",
    app_password_url="https://yandex.com/support/passport/authorization/app-passwords.html",
)
