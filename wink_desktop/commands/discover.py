"""``wink-desktop discover``: find the IMAP and SMTP settings for an address."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from typing import Any

from wink_desktop.core.discovery import Discovered, DiscoveryResult, DiscoverySource
from wink_desktop.core.errors import InvalidInputError
from wink_desktop.core.i18n import Translate, labelled
from wink_desktop.core.settings import security_label
from wink_desktop.core.validation import normalize_email

EXIT_FOUND, EXIT_USAGE, EXIT_NOTHING = 0, 2, 3


def run_discover(
    args: argparse.Namespace,
    translate: Translate,
    default_sources: Callable[[list[str] | None], Sequence[DiscoverySource]],
) -> int:
    """Validate, discover, print; return the exit code.

    Args:
        args: the parsed command line.
        translate: the user's language.
        default_sources: makes the sources named (all of them for None), from the
            composition root.
    """
    try:
        email = normalize_email(args.email)
    except InvalidInputError as exc:
        where = labelled(translate, "wink-desktop discover", exc.field)
        sys.stderr.write(labelled(translate, where, exc.user_message(translate)) + "\n")
        return EXIT_USAGE
    # Blocking on threads: the command starts without asyncio's import cost.
    from wink_desktop.services.discovery import discover_blocking  # noqa: PLC0415

    result = discover_blocking(email, default_sources(args.source))
    if args.explain or args.json:
        from wink_desktop.commands import discover_more as more  # noqa: PLC0415 - not on its path

        if args.explain:
            (sys.stderr if args.json else sys.stdout).write(
                more.explanation(result, translate) + "\n"
            )
        if args.json:
            print(more.json_text(result, translate))
    if not args.json:
        print(_text(result, translate))
    if result.found is None:
        if args.json:
            sys.stderr.write(_nothing_found(result, translate) + "\n")
        return EXIT_NOTHING
    return EXIT_FOUND


def hints(found: Discovered, translate: Translate) -> list[str]:
    """The provider's hints, and where to read more, in the user's language."""
    hints = [translate("Provider", hint) for hint in found.hints]
    if found.links:
        hints.append(translate("Cli", "More help: {links}").format(links=" ".join(found.links)))
    return hints


def _nothing_found(result: DiscoveryResult, translate: Translate) -> str:
    if result.offline:
        return translate(
            "Cli",
            "Nothing found: this computer seems to be offline. Check the connection, or "
            "enter the settings by hand.",
        )
    return translate(
        "Cli",
        "No settings found for this address. Your provider's help pages give the IMAP and "
        "SMTP servers: enter them by hand.",
    )


def _text(result: DiscoveryResult, translate: Translate) -> str:
    found = result.found
    if found is None:
        return _nothing_found(result, translate)
    lines = [
        translate("Cli", "Settings for {email} (source: {source}{trust})").format(
            email=result.email,
            source=found.source.value,
            trust="" if found.trusted else translate("Cli", ", not authenticated: check them"),
        )
    ]
    for name, server in (("IMAP", found.imap), ("SMTP", found.smtp)):
        if server is None:
            lines.append("  " + labelled(translate, name, translate("Cli", "none offered")))
            continue
        lines.append(
            "  "
            + labelled(translate, name, server.address())
            + f"  {security_label(server.security, translate)}  "
            + translate("Cli", "user name: {user}").format(user=server.login(result.email))
        )
    # The arrow, as in check: a "!" in front would read as a misplaced French "!".
    lines.extend(f"  → {hint}" for hint in hints(found, translate))
    return "\n".join(lines)


def add_parser(commands: Any, translate: Translate, sources: Sequence[str]) -> None:
    """Declare ``discover`` on the CLI's ``commands``; ``sources`` are the wired names."""
    discover = commands.add_parser(
        "discover",
        help=translate("Cli", "find the IMAP and SMTP settings of an email address"),
        description=translate(
            "Cli",
            "Asks every source at once (bundled providers, the provider's autoconfig, the "
            "ISP database, DNS SRV and MX records, then guessing) and keeps the most "
            "reliable answer. Exit code 0 when settings were found, 3 when nothing was "
            "found, 2 for bad input.",
        ),
    )
    discover.add_argument("email", help=translate("Cli", "the email address"))
    discover.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
    discover.add_argument(
        "--source",
        action="append",
        choices=sources,
        help=translate("Cli", "use only this source (repeatable)"),
    )
    discover.add_argument(
        "--explain",
        action="store_true",
        help=translate("Cli", "show what each source answered and how long it took"),
    )
