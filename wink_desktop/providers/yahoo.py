"""Yahoo Mail."""

from wink_desktop.providers.base import Provider

PROVIDER = Provider(
    id="yahoo",
    name="Yahoo",
    domains=("yahoo.com", "yahoo.fr", "ymail.com", "rocketmail.com"),
    app_password_url="https://help.yahoo.com/kb/SLN15241.html",
)
