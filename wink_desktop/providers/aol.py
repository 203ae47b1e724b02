"""AOL Mail."""

from wink_desktop.core.i18n import QT_TRANSLATE_NOOP
from wink_desktop.core.models import Security
from wink_desktop.providers.base import Provider, ServerTemplate

PROVIDER = Provider(
    id="aol",
    name="AOL Mail",
    domains=(
        "aol.com",
        "aol.fr",
        "aol.de",
        "aol.co.uk",
        "aim.com",
        "netscape.net",
        "compuserve.com",
        "cs.com",
    ),
    mx_patterns=("*.mail.gm0.yahoodns.net", "mail.gm0.yahoodns.net"),
    imap=ServerTemplate("imap.aol.com", 993, Security.SSL),
    smtp=ServerTemplate("smtp.aol.com", 465, Security.SSL),
    hint=QT_TRANSLATE_NOOP(
        "Provider", "AOL needs an app password, generated in your AOL account security page."
    ),
    hint_url="https://help.aol.com/articles/Create-and-manage-app-password",
    app_password_url="https://help.aol.com/articles/Create-and-manage-app-password",
    settings_url="https://help.aol.com/articles/how-do-i-use-other-email-applications-to-send-and-receive-my-aol-mail",
)
