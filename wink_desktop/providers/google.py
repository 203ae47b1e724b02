"""Gmail and Google Workspace."""

from wink_desktop.core.i18n import QT_TRANSLATE_NOOP
from wink_desktop.core.models import AuthMethod, Security
from wink_desktop.providers.base import Provider, ServerTemplate

PROVIDER = Provider(
    id="google",
    name="Gmail",
    domains=("gmail.com", "googlemail.com"),
    mx_patterns=("*.google.com", "*.googlemail.com", "google.com"),
    imap=ServerTemplate("imap.gmail.com", 993, Security.SSL),
    smtp=ServerTemplate("smtp.gmail.com", 465, Security.SSL),
    auth=(AuthMethod.OAUTH2, AuthMethod.PASSWORD),
    hint=QT_TRANSLATE_NOOP(
        "Provider",
        "Use “Continue with Google”. To sign in with a password instead, Google asks for an "
        "app password (it needs 2-step verification).",
    ),
    hint_url="https://support.google.com/accounts/answer/185833",
    app_password_url="https://support.google.com/accounts/answer/185833",
    settings_url="https://support.google.com/mail/answer/7126229",
)
