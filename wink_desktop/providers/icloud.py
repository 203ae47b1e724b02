"""iCloud Mail."""

from wink_desktop.core.i18n import QT_TRANSLATE_NOOP
from wink_desktop.core.models import Security
from wink_desktop.providers.base import EMAIL_LOCALPART, Provider, ServerTemplate

PROVIDER = Provider(
    id="icloud",
    name="iCloud",
    domains=("icloud.com", "me.com", "mac.com"),
    mx_patterns=("*.mail.icloud.com",),
    imap=ServerTemplate("imap.mail.me.com", 993, Security.SSL, EMAIL_LOCALPART),
    smtp=ServerTemplate("smtp.mail.me.com", 587, Security.STARTTLS),
    hint=QT_TRANSLATE_NOOP(
        "Provider",
        "iCloud needs an app-specific password, created in your Apple Account, not your "
        "usual password.",
    ),
    hint_url="https://support.apple.com/102654",
    app_password_url="https://support.apple.com/102654",
    settings_url="https://support.apple.com/102525",
)
