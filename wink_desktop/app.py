"""The composition root: builds the application, wires it and runs the event loop."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from wink_desktop import APP_ID, APP_NAME, __version__
from wink_desktop.ui.i18n import choose_language, install_translators
from wink_desktop.ui.shell import Shell
from wink_desktop.ui.theme import apply_theme

# Exit code when another Wink Desktop holds the lock but never answered.
EXIT_ALREADY_RUNNING = 4

if TYPE_CHECKING:
    from wink_desktop.core.account import AccountStore, MailAccount, UserProfile
    from wink_desktop.core.providers import ProviderCatalogue
    from wink_desktop.services.records import AccountRecord, ProfileRecord
    from wink_desktop.ui.context import AppContext
    from wink_desktop.wiring import Parts


def create_application(
    argv: list[str], language: str | None = None, theme: str | None = None
) -> QApplication:
    """Create (or reuse) the QApplication with our names, theme and translations.

    ``theme`` is ``light``, ``dark`` or ``system``; None follows ``$WINK_DESKTOP_THEME``.
    """
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv)
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Wink")
    app.setDesktopFileName(APP_ID)
    # The translators are children of the application, which keeps them alive.
    install_translators(app, choose_language(language))
    apply_theme(app, theme)
    return app


def build_context(
    role_override: str | None = None,
    accounts: AccountRecord | None = None,
    profile: ProfileRecord | None = None,
) -> AppContext:
    """Every service the windows use, wired to the real adapters (by :mod:`wiring`).

    Slow (it reads the OAuth configuration and loads the keyring and the probes): the shell
    calls it in a worker thread. ``accounts`` and ``profile`` are the shell's records, so
    the services and the windows share one account in memory.
    """
    from wink_desktop import wiring  # noqa: PLC0415
    from wink_desktop.ui.i18n import translate  # noqa: PLC0415

    return context_of(
        wiring.parts(
            translate,
            accounts=accounts,
            profile=profile or wiring.profile_source(None, role_override),
        )
    )


def context_of(parts: Parts, open_browser: Callable[[str], bool] | None = None) -> AppContext:
    """The windows' view of the wired ``parts``."""
    from wink_desktop.services.delivery import DeliveryCheck  # noqa: PLC0415
    from wink_desktop.ui.context import AppContext  # noqa: PLC0415

    return AppContext(
        mailbox=parts.mailbox,
        profile=parts.profile,
        discovery_sources=parts.discovery_sources,
        oauth_clients=parts.oauth_clients,
        receiver=parts.receiver,
        open_browser=open_browser or _open_browser,
        inbox=parts.inbox,
        catalogue=parts.catalogue,
        delivery=DeliveryCheck(parts.mailbox, parts.delivery),
        diagnostics=parts.diagnostics,
    )


def _watch_network(shell: Shell) -> None:
    """When the network comes back (where Qt can tell), check the connection at once."""
    from PySide6.QtNetwork import QNetworkInformation  # noqa: PLC0415

    if not QNetworkInformation.loadDefaultBackend():
        return
    info = QNetworkInformation.instance()

    def changed(reachability: QNetworkInformation.Reachability) -> None:
        if reachability == QNetworkInformation.Reachability.Online:
            shell.network_back()

    info.reachabilityChanged.connect(changed)


def _after_first_paint(app: QApplication) -> None:
    """What the first paint need not wait for: the windows' icon, the system's scheme."""
    from wink_desktop.ui.resources import icon  # noqa: PLC0415
    from wink_desktop.ui.theme import follow_system  # noqa: PLC0415

    app.setWindowIcon(icon("wink"))
    follow_system(app)


def _open_browser(url: str) -> bool:
    """The system browser, through ``webbrowser`` (so ``$BROWSER`` is honoured)."""
    import webbrowser  # noqa: PLC0415

    try:
        return webbrowser.open(url)
    except webbrowser.Error:
        return False


def make_shell(role_override: str | None = None) -> Shell:
    """The shell, on records that nothing has read yet.

    :meth:`Shell.start` reads the account and the profile and builds the services in
    worker threads: nothing here touches a file.
    """
    from wink_desktop.services.records import AccountRecord, ProfileRecord  # noqa: PLC0415

    accounts = AccountRecord(_LazyAccounts())
    profile = ProfileRecord(_LazyProfile(role_override))
    return Shell(
        accounts=accounts,
        profile=profile,
        context=lambda: build_context(role_override, accounts, profile),
        catalogue=_catalogue,
    )


async def _watch_profile(shell: Shell) -> None:
    """Read ``profile.json`` again whenever it changes (Wink's sign-in rewrites it)."""
    import asyncio  # noqa: PLC0415

    from wink_desktop import wiring  # noqa: PLC0415
    from wink_desktop.ui.file_watch import FileWatch  # noqa: PLC0415

    path = await asyncio.to_thread(wiring.profile_path)
    FileWatch(path, shell.reload_profile, shell)


def _catalogue() -> ProviderCatalogue:
    from wink_desktop import wiring  # noqa: PLC0415

    return wiring.catalogue()


class _LazyAccounts:
    """The JSON account store, created on first use (not on the start-up path)."""

    def _store(self) -> AccountStore:
        from wink_desktop import wiring  # noqa: PLC0415

        return wiring.account_store()

    def load(self) -> MailAccount | None:
        return self._store().load()

    def save(self, account: MailAccount) -> None:
        self._store().save(account)

    def delete(self) -> None:
        self._store().delete()


class _LazyProfile:
    """The profile file, read on first use."""

    def __init__(self, role_override: str | None) -> None:
        self._role = role_override

    def current(self) -> UserProfile:
        from wink_desktop import wiring  # noqa: PLC0415

        return wiring.profile_source(None, self._role).current()


def _tray_available() -> bool:
    from wink_desktop.ui.tray import tray_available  # noqa: PLC0415

    return tray_available()


def _integrate_desktop(shell: Shell, into_tray: bool) -> None:
    """The tray icon (where the desktop has a tray) and "start with the session"."""
    from wink_desktop import wiring  # noqa: PLC0415
    from wink_desktop.core.startup import StartMode  # noqa: PLC0415
    from wink_desktop.ui.startup_option import StartupOption  # noqa: PLC0415
    from wink_desktop.ui.tray import install_tray  # noqa: PLC0415

    preferences = wiring.preferences_store()
    tray = install_tray(shell, preferences)
    if tray is None and into_tray:  # the tray went away since we asked
        shell.main_window.showMinimized()
    mode = StartMode.HIDDEN if tray is not None else StartMode.MINIMIZED
    StartupOption(shell, preferences, wiring.session_start(), mode)


def run(
    language: str | None = None,
    on_shown: Callable[[], None] | None = None,
    role: str | None = None,
    start: str | None = None,
    verbose: bool = False,
) -> int:
    """Start the GUI and block until the last window closes (or "Quit" in the tray).

    Args:
        language: ``fr`` or ``en``; None follows ``$WINK_DESKTOP_LANG`` or the system.
        on_shown: called once the main window is painted, before the event loop runs
            (benchmarks, smoke tests).
        role: ``super_admin``, ``admin`` or ``collaborator``, instead of the profile's.
        start: ``hidden`` (into the tray; the window minimised where there is no tray) or
            ``minimized``; None shows the window. Starts with the session use them.
        verbose: log at debug level (``--verbose``), still redacted.

    Returns:
        The process exit code.
    """
    app = create_application(sys.argv[:1], language)
    from wink_desktop.ui.single_instance import SingleInstance  # noqa: PLC0415

    instance = SingleInstance()
    if not instance.acquire():
        # Wink is already open for this user: show that window instead of racing on its
        # files, and say so on the terminal (if any).
        woke = instance.wake_running()
        message = (
            app.translate("App", "Wink Desktop is already open: its window is in front.")
            if woke
            else app.translate(
                "App",
                "Wink Desktop is already open but does not answer. Close it (or end it in "
                "the task manager), then start Wink again.",
            )
        )
        print(message, file=sys.stderr)  # noqa: T201
        return 0 if woke else EXIT_ALREADY_RUNNING
    shell = make_shell(role)
    into_tray = start == "hidden" and _tray_available()
    if into_tray:
        pass  # only the tray icon, made below: the health checks run without the window
    elif start in {"hidden", "minimized"}:
        shell.main_window.showMinimized()
    else:
        shell.show(refresh=False)
    # Paint the window before loading asyncio and qasync (a third of start-up): the user
    # sees Wink at once; the mailbox page fills in next.
    app.processEvents()
    if on_shown is not None:
        on_shown()
    _after_first_paint(app)

    import asyncio  # noqa: PLC0415

    import qasync  # noqa: PLC0415

    from wink_desktop import wiring  # noqa: PLC0415

    wiring.setup_logging(verbose=verbose)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    # The account, the profile and the services load in worker threads; the mailbox page
    # fills in when they are read, then the messages load and the connection is checked.
    shell.tasks.start(shell.start())
    shell.tasks.start(_watch_profile(shell))
    _watch_network(shell)
    _integrate_desktop(shell, into_tray)
    instance.listen(shell.bring_to_front)
    app.aboutToQuit.connect(instance.release)
    quit_requested = asyncio.Event()
    app.aboutToQuit.connect(quit_requested.set)
    with loop:
        loop.run_until_complete(quit_requested.wait())
    return 0
