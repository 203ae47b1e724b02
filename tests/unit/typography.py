"""The house rules for the words users read, as checks the tests share.

French typography (one choice, everywhere):

- U+00A0 NO-BREAK SPACE before ``:`` ``;`` ``?`` ``!``, after ``«`` and before ``»``, and
  between a number and its unit (``15 s``, ``{ms} ms``), so that a line never starts with
  the sign or the unit. The narrow U+202F is not used at all: one space, one look.
- A colon is typography only when a space or the end of the text follows it; otherwise it
  is part of a technical value, which stays as it is: ``https://``, ``12:30``,
  ``imap.orange.fr:993``, ``{host}:{port}``, ``[2001:db8::1]``. URLs are left out entirely.
- Quotes are « », apostrophes ’ (U+2019), the ellipsis … (one character).

French vocabulary (the help article's words): "adresse e-mail" for the address,
"e-mail(s)" for messages, "boîte mail" for the mailbox, "mot de passe d’application" for
the provider's second password. A provider's own name for a thing may be quoted in « ».

English: "reserved for" (not "reserved to"), "Status" (not "State") on a status label,
"Try again" (never "Retry") for doing the same step again, "email" without a hyphen, no
straight double quotes, the ellipsis … as one character.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FRENCH_CATALOGUE = ROOT / "resources" / "translations" / "wink_desktop_fr.ts"
NBSP = "\u00a0"

_URL = re.compile(r"[a-z][a-z0-9+.-]*://\S+", re.IGNORECASE)
_QUOTED = re.compile(r"«[^»]*»")
_PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%\([a-z_]+\)[rsd]|%[rsd]")


@dataclass(frozen=True)
class Entry:
    """One message of a catalogue."""

    context: str
    source: str
    translation: str | None
    unfinished: bool


def entries(ts: Path = FRENCH_CATALOGUE) -> list[Entry]:
    """Every message of ``ts``."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):  # noqa: S314 - our own file
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            found.append(
                Entry(
                    name,
                    message.findtext("source") or "",
                    translation.text if translation is not None else None,
                    translation is None or translation.get("type") in {"unfinished", "vanished"},
                )
            )
    return found


def french_spacing(text: str) -> list[str]:
    """Where ``text`` lacks the no-break space before ``: ; ? !`` or inside « »."""
    text = _URL.sub("URL", text)
    problems = []
    for match in re.finditer(r"[;?!]", text):
        before = text[: match.start()]
        if before and before[-1] not in (NBSP, "?", "!"):
            problems.append(f"no no-break space before {match.group()!r}: {_around(text, match)}")
    problems.extend(
        f"no no-break space before ':': {_around(text, match)}"
        for match in re.finditer(r":(?=\s|$)", text)
        if match.start() > 0 and text[match.start() - 1] != NBSP
    )
    problems.extend(
        f"no no-break space inside « »: {_around(text, match)}"
        for match in re.finditer(r"«(?!\u00a0)|(?<!\u00a0)»", text)
    )
    return problems


def french_typography(text: str) -> list[str]:
    """What in ``text`` breaks the French typography rules (empty when nothing does)."""
    problems = french_spacing(text)
    text = _URL.sub("URL", text)
    for match in re.finditer(r"(?:\d|\}) (?:s|ms)\b", text):
        problems.append(f"no no-break space before a unit: {_around(text, match)}")
    signs = {
        "\u202f": "a narrow no-break space (the house uses U+00A0)",
        "'": "a straight apostrophe (use ’)",
        '"': "straight quotes (use « »)",
        "“": "English quotes (use « »)",
        "”": "English quotes (use « »)",
        "...": "three dots (use …)",
    }
    if re.search(r"[ \u00a0]{2}", text):
        problems.append(f"two spaces in a row: {text!r}")
    problems.extend(f"{why}: {text!r}" for sign, why in signs.items() if sign in text)
    return problems


# (pattern, the word to use instead): matched outside « », where a provider's own name for
# a thing may be quoted.
FRENCH_WORDS = [
    (
        r"\badresses? (?:mail|email|e-mail électronique|électronique|courriel|de messagerie)\b",
        "adresse e-mail",
    ),
    (r"(?<![\w-])[Ee]mails?\b", "e-mail(s)"),
    (r"\b[Cc]ourriels?\b", "e-mail(s)"),
    (r"\b[Mm][ée]ls?\b", "e-mail(s)"),
    (r"courriers? électroniques?", "e-mail(s)"),
    (r"(?<![\w-])(?<![Bb]oîte )(?<![Bb]oîtes )mails?\b", "e-mail(s), or boîte mail"),
    (r"\b[Bb]oites?\b", "boîte"),
    (r"\b[Bb]oîtes? (?:aux lettres|e-mail|courriel|électronique|de messagerie)", "boîte mail"),
    (
        r"mots? de passe (?:pour |spécifiques? |applicatifs?|d[’']app\b)",
        "mot de passe d’application",
    ),
]


def french_vocabulary(text: str) -> list[str]:
    """The words of ``text`` that are not the house's."""
    text = _PLACEHOLDER.sub("X", _QUOTED.sub("«»", _URL.sub("URL", text)))
    return [
        f"{found.group()!r} (say “{instead}”): {text!r}"
        for pattern, instead in FRENCH_WORDS
        for found in re.finditer(pattern, text)
    ]


ENGLISH_WORDS = [
    (r"\breserved to\b", "reserved for"),
    (r"^State\b", "Status"),
    (r"\bRetry\b", "Try again"),
    (r"\b[Ee]-mails?\b", "email"),
    (r'"', "“ ”"),
    (r"\.\.\.", "…"),
]


def english_words(text: str) -> list[str]:
    """What in an English source string goes against the house's English."""
    return [
        f"{found.group()!r} (say “{instead}”): {text!r}"
        for pattern, instead in ENGLISH_WORDS
        for found in re.finditer(pattern, text)
    ]


def _around(text: str, match: re.Match[str]) -> str:
    return repr(text[max(0, match.start() - 20) : match.end() + 20])
