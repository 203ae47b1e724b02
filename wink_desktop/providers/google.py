"""Gmail and Google Workspace."""

from wink_desktop.providers.base import Provider

PROVIDER = Provider(
    id="google",
    name="Gmail",
    domains=("gmail.com", "googlemail.com"),
    # With a password (not "Sign in with Google"), Gmail needs an app password.
    app_password_url="https://support.google.com/mail/answer/185833",
)
