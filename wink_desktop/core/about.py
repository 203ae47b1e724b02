"""What this build is, in words: its version and which browser sign-ins it has.

Shared by ``wink-desktop --version`` and the "About Wink Desktop" dialog, so both say the
same thing. Which providers are enabled is decided at build time (``oauth.toml``'s client
ids, written by ``packaging/oauth_ids.py``).
"""

from __future__ import annotations

from collections.abc import Sequence

from wink_desktop.core.i18n import QT_TRANSLATE_NOOP, Translate, untranslated

_CTX = "About"
_ENABLED = QT_TRANSLATE_NOOP("About", "sign-in: {providers}")
_NONE = QT_TRANSLATE_NOOP("About", "sign-in with {providers} not set up in this build")
_SOME = QT_TRANSLATE_NOOP("About", "sign-in: {providers} ({missing} not set up in this build)")
_AND = QT_TRANSLATE_NOOP("About", "{first} and {last}")
_UNKNOWN = QT_TRANSLATE_NOOP("About", "sign-in: unknown (its configuration cannot be read)")


def _names(names: Sequence[str], translate: Translate) -> str:
    if len(names) < 2:  # noqa: PLR2004 - one name needs no "and"
        return "".join(names)
    return translate(_CTX, _AND).format(first=", ".join(names[:-1]), last=names[-1])


def sign_in_summary(
    enabled: Sequence[str] | None, missing: Sequence[str], translate: Translate = untranslated
) -> str:
    """Which browser sign-ins this build has, e.g. "sign-in: Google, Microsoft".

    Args:
        enabled: the providers' names with a client id (None: the configuration is broken).
        missing: the names of those without one.
        translate: the user's language.
    """
    if enabled is None:
        return translate(_CTX, _UNKNOWN)
    if not enabled:
        return translate(_CTX, _NONE).format(providers=_names(missing, translate))
    providers = ", ".join(enabled)
    if not missing:
        return translate(_CTX, _ENABLED).format(providers=providers)
    return translate(_CTX, _SOME).format(providers=providers, missing=_names(missing, translate))


def version_line(
    name: str,
    version: str,
    enabled: Sequence[str] | None,
    missing: Sequence[str],
    translate: Translate = untranslated,
) -> str:
    """``--version``'s line: "Wink Desktop 0.1.0 — sign-in: Google, Microsoft"."""
    return f"{name} {version} — {sign_in_summary(enabled, missing, translate)}"
