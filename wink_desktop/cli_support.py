"""The command line's machinery: its language, argparse's own words, its parser class.

Split from :mod:`wink_desktop.cli`, which declares the commands and dispatches them.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Iterator, Sequence
from typing import Any

from wink_desktop.core.i18n import Translate, untranslated

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2


def translator(language: str | None) -> Translate:
    """The CLI speaks the user's language too, from the same catalogues as the GUI."""
    lang = (language or os.environ.get("WINK_DESKTOP_LANG") or os.environ.get("LANG") or "en")[:2]
    if lang.lower() != "fr":
        return untranslated
    # The catalogues are Qt's .qm files: reading them is the UI layer's job.
    from wink_desktop.ui.i18n import catalogue_translate  # noqa: PLC0415

    return catalogue_translate("fr")


@contextlib.contextmanager
def argparse_speaks(translate: Translate) -> Iterator[None]:
    """Argparse's own words ("usage", "options", its errors) in the user's language.

    argparse looks its words up through its module's ``_`` (gettext) each time it needs
    one, when parsers are built and when they print: this hands it our catalogue for that
    time only, so nothing else in the process sees the change.
    """
    saved = argparse._  # type: ignore[attr-defined]

    def words(message: str) -> str:
        # English as it is: gettext would search the disk for a catalogue at every word
        # (~1 ms per start), and Python ships none for argparse.
        return message if translate is untranslated else translate("argparse", message)

    argparse._ = words  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._ = saved  # type: ignore[attr-defined]


def early_language(argv: Sequence[str]) -> str | None:
    """The ``--lang`` value on the command line, read before parsing (help is translated)."""
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv):
            return argv[index + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


def _terminal_columns() -> int:
    """``shutil.get_terminal_size().columns``, without loading shutil and its compressors.

    argparse imports shutil for this alone, on every run: a cost ``discover`` pays at
    each start for nothing.
    """
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns or 80


class _Formatter(argparse.HelpFormatter):
    """argparse's formatter, told the terminal's width (as argparse itself computes it)."""

    def __init__(
        self,
        prog: str,
        indent_increment: int = 2,
        max_help_position: int = 24,
        width: int | None = None,
    ) -> None:
        if width is None:
            width = _terminal_columns() - 2
        super().__init__(prog, indent_increment, max_help_position, width)


class Parser(argparse.ArgumentParser):
    """argparse that exits with code 2 and a one-line message, never a traceback."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> None:  # type: ignore[override]
        """Print the usage and the message, then exit with code 2."""
        self.print_usage(sys.stderr)
        # argparse's ``_`` is our catalogue while argparse_speaks() is in effect.
        line = argparse._("%(prog)s: %(message)s")  # type: ignore[attr-defined]
        sys.stderr.write(line % {"prog": self.prog, "message": message} + "\n")
        raise SystemExit(EXIT_USAGE)


class VersionAction(argparse.Action):
    """``--version``: the version and which browser sign-ins this build has, then exit.

    The sign-ins are read from ``oauth.toml`` only when asked (tomllib, no Qt), so no other
    command pays for it.
    """

    def __init__(self, option_strings: Sequence[str], translate: Translate, **kwargs: Any) -> None:
        super().__init__(option_strings, nargs=0, default=argparse.SUPPRESS, **kwargs)
        self._translate = translate

    def __call__(self, parser: argparse.ArgumentParser, *_args: Any, **_kwargs: Any) -> None:
        """Print the line and exit with 0 (a broken configuration is said, not raised)."""
        from wink_desktop import APP_NAME, __version__, wiring  # noqa: PLC0415
        from wink_desktop.core.about import version_line  # noqa: PLC0415

        enabled, missing = wiring.sign_in_status()
        print(version_line(APP_NAME, __version__, enabled, missing, self._translate))  # noqa: T201
        parser.exit()
