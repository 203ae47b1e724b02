"""AOL Mail."""

from wink_desktop.providers.base import Provider

PROVIDER = Provider(
    id="aol",
    name="AOL Mail",
    domains=("aol.com", "aol.fr", "aim.com"),
    app_password_url="https://help.aol.com/articles/Create-and-manage-app-password",
)
