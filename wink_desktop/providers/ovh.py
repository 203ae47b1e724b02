"""OVHcloud MX Plan (hosted domains, found by their MX)."""

from wink_desktop.core.models import Security
from wink_desktop.providers.base import Provider, ServerTemplate

PROVIDER = Provider(
    id="ovh",
    name="OVHcloud",
    domains=(),
    mx_patterns=("*.mail.ovh.net",),
    imap=ServerTemplate("ssl0.ovh.net", 993, Security.SSL),
    smtp=ServerTemplate("ssl0.ovh.net", 465, Security.SSL),
    settings_url="https://help.ovhcloud.com/csm/en-web-hosting-mx-plan-getting-started",
)
