"""Every command but ``discover``: its parser and its run, apart from :mod:`wink_desktop.cli`.

``discover`` never loads this module: each line of code on its path costs start-up time.
"""

from __future__ import annotations

import argparse
from typing import Any

from wink_desktop.core.i18n import QT_TRANSLATE_NOOP, Translate, untranslated

# argparse's own words a user of this command can meet (its gettext message ids), so that
# our catalogue carries them: argparse asks gettext, which has no French for them. Here
# rather than beside argparse_speaks(): only the catalogue's extraction reads them.
ARGPARSE_WORDS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "unexpected option string: %s"),
    # Not argparse's: our own error line (see Parser.error), in the same words' company.
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: %(message)s"),
)


def add_command(commands: Any, name: str, translate: Translate) -> None:
    """Declare ``name``'s parser, from the module that runs it (loaded only when needed)."""
    if name == "gui":
        gui = commands.add_parser("gui", help=translate("Cli", "open the app (the default)"))
        # For packaging tests and benchmarks only: open, save the painted window, exit.
        gui.add_argument("--smoke-screenshot", metavar="PATH", help=argparse.SUPPRESS)
    elif name in {"status", "test", "disconnect"}:
        from wink_desktop.commands import account  # noqa: PLC0415

        account.add_parser(commands, translate, name)
    elif name in {"screenshots", "guide"}:
        from wink_desktop.commands import support  # noqa: PLC0415

        support.add_parser(commands, translate, name)
    else:  # paths, check, report: one command per module
        from importlib import import_module  # noqa: PLC0415

        import_module(f"wink_desktop.commands.{name}").add_parser(commands, translate)


def run(args: argparse.Namespace, translate: Translate) -> int:
    """Run the command ``args`` name (the app without one); return the exit code."""
    # The composition root: the commands get the concrete parts from here.
    from wink_desktop import wiring  # noqa: PLC0415

    if args.command == "paths":
        from wink_desktop.commands.paths import run_paths  # noqa: PLC0415

        return run_paths(
            args.json, translate, lambda: {**wiring.app_paths(), "log_file": wiring.log_file()}
        )
    if args.verbose and args.command not in {None, "gui"}:
        wiring.setup_logging(verbose=True, stderr=True)
    support = {"report": _report, "screenshots": _pictures, "guide": _pictures}
    if args.command in support:
        return support[args.command](args, translate)
    if args.command in {"status", "test", "disconnect"}:
        from wink_desktop.commands import account  # noqa: PLC0415

        runner = {
            "status": account.run_status,
            "test": account.run_test,
            "disconnect": account.run_disconnect,
        }[args.command]
        return runner(args, translate, wiring.mailbox)
    if args.command == "check":
        from wink_desktop.commands.check import run_check  # noqa: PLC0415

        return run_check(args, translate, wiring.probes, wiring.catalogue)
    from wink_desktop.app import run as run_app  # noqa: PLC0415 - Qt only for the GUI

    shown = None
    if getattr(args, "smoke_screenshot", None):
        from wink_desktop.ui.smoke import screenshot_then_exit  # noqa: PLC0415

        shown = screenshot_then_exit(args.smoke_screenshot)
    return run_app(
        language=args.lang, role=args.role, on_shown=shown, start=args.start, verbose=args.verbose
    )


def _report(args: argparse.Namespace, translate: Translate) -> int:
    from wink_desktop import wiring  # noqa: PLC0415
    from wink_desktop.commands.report import run_report  # noqa: PLC0415
    from wink_desktop.services.diagnostics import collect  # noqa: PLC0415
    from wink_desktop.ui.versions import qt_version  # noqa: PLC0415 - Qt only in the UI layer

    language = "fr" if translate is not untranslated else "en"
    return run_report(
        args,
        translate,
        lambda network: collect(wiring.report_parts(language, qt_version(), network=network)),
    )


def _pictures(args: argparse.Namespace, translate: Translate) -> int:
    from wink_desktop import wiring  # noqa: PLC0415
    from wink_desktop.ui.support import commands  # noqa: PLC0415 - Qt only here

    run_kit = commands.run_screenshots if args.command == "screenshots" else commands.run_guide
    return run_kit(args, translate, wiring.catalogue)
