"""iCloud Mail."""

from wink_desktop.providers.base import Provider

PROVIDER = Provider(
    id="icloud",
    name="iCloud",
    domains=("icloud.com", "me.com", "mac.com"),
    app_password_url="https://support.apple.com/102654",
)
