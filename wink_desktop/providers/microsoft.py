"""Outlook.com, Hotmail, Live, MSN and Microsoft 365."""

from wink_desktop.core.i18n import QT_TRANSLATE_NOOP
from wink_desktop.core.models import AuthMethod, Security
from wink_desktop.providers.base import Provider, ServerTemplate

PROVIDER = Provider(
    id="microsoft",
    name="Outlook / Microsoft 365",
    domains=("outlook.com", "outlook.*", "hotmail.*", "live.*", "msn.com", "passport.com"),
    mx_patterns=("*.mail.protection.outlook.com", "*.olc.protection.outlook.com"),
    imap=ServerTemplate("outlook.office365.com", 993, Security.SSL),
    smtp=ServerTemplate("smtp.office365.com", 587, Security.STARTTLS),
    auth=(AuthMethod.OAUTH2,),
    hint=QT_TRANSLATE_NOOP(
        "Provider",
        "Use “Continue with Microsoft”: Microsoft no longer accepts passwords from mail apps.",
    ),
    hint_url="https://support.microsoft.com/office/pop-imap-and-smtp-settings-8361e398-8af4-4e97-b147-6c6c4ac95353",
    settings_url="https://support.microsoft.com/office/pop-imap-and-smtp-settings-8361e398-8af4-4e97-b147-6c6c4ac95353",
)
