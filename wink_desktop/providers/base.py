"""The provider types, re-exported for the provider modules (they live in the core)."""

from wink_desktop.core.providers import EMAIL_ADDRESS, EMAIL_LOCALPART, Provider, ServerTemplate

__all__ = ["EMAIL_ADDRESS", "EMAIL_LOCALPART", "Provider", "ServerTemplate"]
