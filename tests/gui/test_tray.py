"""The tray icon, close-to-tray and ``--hidden``, on a real X server with a tray host.

The offscreen platform has no tray: each test runs the app in a subprocess on Xvfb (xcb)
with a private D-Bus session bus. With the fake StatusNotifierWatcher of
``tests.fixtures.sni_host`` on that bus, Qt exports the tray icon there as a
StatusNotifierItem; the test reads its properties, clicks its menu (com.canonical.dbusmenu)
and activates it, as a panel would. Without the watcher, the desktop has no tray.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import queue
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from jeepney import DBusAddress, new_method_call
from jeepney.io.blocking import DBusConnection, open_dbus_connection

from tests.fixtures.dovecot import DovecotServer, MailUser, changeable_user
from tests.fixtures.postfix import PostfixServer
from tests.fixtures.procs import require_program, spawn, stop_process
from tests.fixtures.secret_service import SecretService
from wink_desktop.core.account import MailAccount
from wink_desktop.core.models import AuthMethod, ConnectionState, Security
from wink_desktop.core.settings import ServerSettings
from wink_desktop.infra.account_store import JsonAccountStore
from wink_desktop.infra.probes import default_probes
from wink_desktop.infra.secrets import KeyringSecretStore
from wink_desktop.services.mailbox import Mailbox

WAIT = 30.0
TEST_IFACE = DBusAddress("/StatusNotifierWatcher", "org.kde.StatusNotifierWatcher", "org.wink.Test")

# The app as users start it (app.run, the real tray and start-up option), on a shell whose
# services are not built (no network, no keyring: the account's state comes from the file
# or from the test). Commands on stdin stand for what the test cannot do through D-Bus:
# "close" (the window's close button), "window" (report the window), "state X".
DRIVER = r"""
import os, sys
from PySide6.QtCore import QSocketNotifier
from wink_desktop import app, wiring
from wink_desktop.core.models import ConnectionState
from wink_desktop.services.records import AccountRecord, ProfileRecord
from wink_desktop.ui.shell import Shell

shells = []

def make_shell(role=None):
    accounts = AccountRecord(wiring.account_store())
    profile = ProfileRecord(wiring.profile_source(None, role))
    shell = Shell(accounts=accounts, profile=profile, context=None, catalogue=wiring.catalogue)
    shells.append((shell, accounts))
    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read, shell)
    notifier.activated.connect(read_commands)
    return shell

pending = b""

def read_commands(*_):
    # Unbuffered: two commands may arrive in one read, and a buffered readline would
    # leave the second one unseen until more input comes.
    global pending
    pending += os.read(sys.stdin.fileno(), 4096)
    while b"\n" in pending:
        line, pending = pending.split(b"\n", 1)
        command(line.decode().split())

def command(words):
    shell, accounts = shells[0]
    window = shell.main_window
    if words == ["close"]:
        window.close()
    elif words == ["window"]:
        print("window", window.isVisible(), window.isMinimized(), flush=True)
    elif words and words[0] == "state":
        account = accounts.account.with_state(ConnectionState(words[1]))
        shell.tasks.start(accounts.save(account))

app.make_shell = make_shell
start = sys.argv[2] if len(sys.argv) > 2 else None
code = app.run(language=sys.argv[1], start=start, on_shown=lambda: print("shown", flush=True))
print("exit", code, flush=True)
raise SystemExit(code)
"""


@dataclass
class Desktop:
    """An X server and a session bus, with or without a tray host on it."""

    display: str
    bus: str
    root: Path

    def env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "WAYLAND"))}
        env.update(
            QT_QPA_PLATFORM="xcb",
            DISPLAY=self.display,
            DBUS_SESSION_BUS_ADDRESS=self.bus,
            WINK_DESKTOP_HOME=str(self.root / "home"),
            XDG_CONFIG_HOME=str(self.root / "xdg"),
            XDG_RUNTIME_DIR=str(self.root / "runtime"),
        )
        env.pop("WINK_CONFIG_DIR", None)
        return env

    def connect(self) -> DBusConnection:
        return open_dbus_connection(bus=self.bus)


@pytest.fixture
def display() -> Iterator[str]:
    """Xvfb on a free display (``-displayfd``): an X server with no tray of its own."""
    xvfb = require_program("Xvfb", "xvfb")
    read, write = os.pipe()
    server = subprocess.Popen(
        [xvfb, "-displayfd", str(write), "-screen", "0", "1024x768x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as numbers:
        number = numbers.readline().strip()  # Xvfb writes it once it accepts clients
    try:
        assert number, "Xvfb did not start"
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.fixture
def desktop(display: str, tmp_path: Path) -> Iterator[Desktop]:
    """The X server and a private session bus of this test's, no tray yet."""
    dbus_daemon = require_program("dbus-daemon", "dbus-daemon")
    (tmp_path / "runtime").mkdir(mode=0o700)
    bus_path = tmp_path / "bus"
    bus = spawn(
        [dbus_daemon, "--session", "--nofork", "--nopidfile", f"--address=unix:path={bus_path}"],
        tmp_path / "dbus.log",
    )
    try:
        wait_until(bus_path.exists, "the session bus")
        yield Desktop(display, f"unix:path={bus_path}", tmp_path)
    finally:
        stop_process(bus)


@contextlib.contextmanager
def host_on(bus: str) -> Iterator[None]:
    """The fake StatusNotifierWatcher (and notification server) on ``bus``."""
    host = subprocess.Popen(
        [sys.executable, "-m", "tests.fixtures.sni_host", bus],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert host.stdout is not None
    try:
        assert host.stdout.readline().strip() == "ready"
        yield
    finally:
        host.terminate()
        host.communicate(timeout=10)


@pytest.fixture
def tray_host(desktop: Desktop) -> Iterator[None]:
    """A tray on the desktop."""
    with host_on(desktop.bus):
        yield


def wait_until(condition: Callable[[], Any], what: str, deadline: float = WAIT) -> Any:
    """Poll ``condition`` until it is true, failing after ``deadline`` seconds."""
    end = time.monotonic() + deadline
    while time.monotonic() < end:
        if value := condition():
            return value
        time.sleep(0.05)
    pytest.fail(f"timed out waiting for {what}")


def save_account(desktop: Desktop, state: ConnectionState) -> None:
    server = ServerSettings("imap.example.test", 993, Security.SSL, "marie@example.test")
    account = MailAccount("marie@example.test", AuthMethod.PASSWORD, server, server, state=state)
    config = desktop.root / "home" / "config"
    config.mkdir(parents=True, exist_ok=True)
    (config / "account.json").write_text(json.dumps(account.to_json()), encoding="utf-8")


class App:
    """The app in a subprocess, its stdout read line by line on a thread."""

    def __init__(
        self, desktop: Desktop, language: str, *args: str, real: dict[str, str] | None = None
    ) -> None:
        """``real``: run ``python -m wink_desktop`` itself, with these extra variables."""
        command = (
            [sys.executable, "-m", "wink_desktop", "--lang", language, *(f"--{a}" for a in args)]
            if real is not None
            else [sys.executable, "-c", DRIVER, language, *args]
        )
        self.proc = subprocess.Popen(
            command,
            env={**desktop.env(), **(real or {})},
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=Path(__file__).resolve().parents[2],
        )
        self.lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.put(line.strip())

    def expect(self, prefix: str) -> str:
        end = time.monotonic() + WAIT
        while (left := end - time.monotonic()) > 0:
            try:
                line = self.lines.get(timeout=left)
            except queue.Empty:
                break
            if line.startswith(prefix):
                return line
        pytest.fail(f"the app never printed {prefix!r}: {self.stop()}")

    def send(self, command: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(command + "\n")
        self.proc.stdin.flush()

    def window(self) -> tuple[bool, bool]:
        """(visible, minimised)."""
        self.send("window")
        words = self.expect("window").split()
        return words[1] == "True", words[2] == "True"

    def exited(self) -> int:
        return self.proc.wait(timeout=WAIT)

    def stop(self) -> str:
        if self.proc.poll() is None:
            self.proc.kill()
        _out, err = self.proc.communicate(timeout=WAIT)
        return err


@pytest.fixture
def running() -> Iterator[list[App]]:
    apps: list[App] = []
    yield apps
    for app in apps:
        app.stop()


def call(
    conn: DBusConnection,
    address: DBusAddress,
    method: str,
    signature: str = "",
    body: tuple[Any, ...] = (),
) -> tuple[Any, ...]:
    reply = conn.send_and_get_reply(new_method_call(address, method, signature, body), timeout=10)
    return tuple(reply.body)


def item(conn: DBusConnection) -> str:
    """The bus name of the app's StatusNotifierItem, once registered."""
    return wait_until(lambda: next(iter(call(conn, TEST_IFACE, "Items")[0]), ""), "the tray item")


def properties(conn: DBusConnection, service: str) -> dict[str, Any]:
    props = DBusAddress("/StatusNotifierItem", service, "org.freedesktop.DBus.Properties")
    values = call(conn, props, "GetAll", "s", ("org.kde.StatusNotifierItem",))[0]
    return {name: value for name, (_sig, value) in values.items()}


def tooltip(conn: DBusConnection, service: str) -> str:
    return str(properties(conn, service)["ToolTip"][2])


def badge_pixel(conn: DBusConnection, service: str) -> tuple[int, int, int, int]:
    """The ARGB of the 32-pixel icon near its lower right corner (where the badge goes)."""
    for width, height, data in properties(conn, service)["IconPixmap"]:
        if width == 32:
            offset = ((height - 6) * width + (width - 6)) * 4
            a, r, g, b = data[offset : offset + 4]
            return a, r, g, b
    pytest.fail("no 32-pixel icon")


def notifications(conn: DBusConnection) -> list[str]:
    return list(call(conn, TEST_IFACE, "Notifications")[0])


def menu_click(conn: DBusConnection, service: str, label: str) -> None:
    """Click the tray menu's entry ``label``, as a panel does (com.canonical.dbusmenu)."""
    menu = DBusAddress(properties(conn, service)["Menu"], service, "com.canonical.dbusmenu")
    _revision, (_root, _props, children) = call(conn, menu, "GetLayout", "iias", (0, -1, []))
    labels = {}
    for _sig, (entry, entry_props, _children) in children:
        if "label" in entry_props:
            labels[entry_props["label"][1].replace("_", "").replace("&", "")] = entry
    assert label in labels, labels
    conn.send(new_method_call(menu, "Event", "isvu", (labels[label], "clicked", ("s", ""), 0)))


WORDS = {
    "fr": {
        "connected": "Wink — boîte mail connectée",
        "reconnect": "Wink — boîte mail à reconnecter",
        "open": "Ouvrir Wink",
        "quit": "Quitter",
        "still": "Wink est toujours actif",
        "action": "Wink\u00a0: action requise sur votre compte",
    },
    "en": {
        "connected": "Wink — mailbox connected",
        "reconnect": "Wink — mailbox to reconnect",
        "open": "Open Wink",
        "quit": "Quit",
        "still": "Wink is still running",
        "action": "Wink: account action required",
    },
}


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.usefixtures("tray_host")
def test_the_tray_keeps_wink_running_shows_the_state_and_quits(
    desktop: Desktop, running: list[App], language: str, request: pytest.FixtureRequest
) -> None:
    words = WORDS[language]
    save_account(desktop, ConnectionState.CONNECTED)
    app = App(desktop, language, "hidden")  # as the autostart entry starts it
    running.append(app)
    app.expect("shown")
    conn = desktop.connect()
    request.addfinalizer(conn.close)
    service = item(conn)
    # Started with the session: only the icon, no window; it says the mailbox is fine.
    assert app.window() == (False, False)
    wait_until(lambda: tooltip(conn, service) == words["connected"], "the connected tooltip")
    plain = badge_pixel(conn, service)

    # A check finds the password refused: the icon gets its badge, the tooltip says it, and
    # the notice comes from the tray icon (no window open).
    app.send("state needs_reconnection")
    wait_until(lambda: badge_pixel(conn, service) != plain, "the badge")
    assert badge_pixel(conn, service)[1] > 200  # a red-orange badge, fully visible
    wait_until(lambda: any(words["action"] in n for n in notifications(conn)), "the notice")
    wait_until(lambda: tooltip(conn, service) == words["reconnect"], "the reconnect tooltip")

    # Activating the icon (a click) opens the window; closing it keeps Wink in the tray,
    # saying so once.
    icon = DBusAddress("/StatusNotifierItem", service, "org.kde.StatusNotifierItem")
    call(conn, icon, "Activate", "ii", (0, 0))
    wait_until(lambda: app.window()[0], "the window")
    app.send("close")
    wait_until(lambda: not app.window()[0], "the window to hide")
    assert app.proc.poll() is None
    wait_until(lambda: any(n.startswith(words["still"]) for n in notifications(conn)), "notice")
    menu_click(conn, service, words["open"])
    wait_until(lambda: app.window()[0], "the window, from the menu")
    app.send("close")
    wait_until(lambda: not app.window()[0], "the window to hide again")
    told = [n for n in notifications(conn) if n.startswith(words["still"])]
    assert len(told) == 1  # once, not at every close

    menu_click(conn, service, words["quit"])
    assert app.exited() == 0

    # The next start knows the notice was given: closing says nothing this time.
    app = App(desktop, language)
    running.append(app)
    app.expect("shown")
    item(conn)
    app.send("close")
    wait_until(lambda: not app.window()[0], "the window to hide")
    assert app.proc.poll() is None
    assert [n for n in notifications(conn) if n.startswith(words["still"])] == told


@pytest.mark.parametrize("start", [None, "hidden"])
def test_without_a_tray_closing_quits_and_a_hidden_start_shows_the_window_minimised(
    desktop: Desktop, running: list[App], start: str | None
) -> None:
    save_account(desktop, ConnectionState.CONNECTED)
    app = App(desktop, "fr", *([start] if start else []))
    running.append(app)
    app.expect("shown")
    assert app.window() == (True, start == "hidden")
    app.send("close")
    assert app.exited() == 0


@pytest.mark.usefixtures("tray_host")
def test_with_a_tray_but_no_mailbox_closing_quits(desktop: Desktop, running: list[App]) -> None:
    app = App(desktop, "en")
    running.append(app)
    app.expect("shown")
    with desktop.connect() as conn:
        item(conn)
        app.send("close")
        assert app.exited() == 0
        assert notifications(conn) == []


@pytest.mark.usefixtures("tray_host")
def test_a_second_launch_shows_the_window_of_wink_hidden_in_the_tray(
    desktop: Desktop, running: list[App]
) -> None:
    save_account(desktop, ConnectionState.CONNECTED)
    app = App(desktop, "en", "hidden")
    running.append(app)
    app.expect("shown")
    with desktop.connect() as conn:
        item(conn)
    assert app.window() == (False, False)
    second = subprocess.run(
        [sys.executable, "-m", "wink_desktop", "--lang", "en"],
        env=desktop.env(),
        capture_output=True,
        text=True,
        timeout=WAIT,
        check=False,
    )
    assert second.returncode == 0, second.stderr
    wait_until(lambda: app.window()[0], "the hidden window to show")


DANA = MailUser("dana@example.test", "Dana-Pass-1")


@pytest.fixture
def dana(dovecot: DovecotServer) -> Iterator[MailUser]:
    """A user whose password the test changes (restored afterwards)."""
    yield from changeable_user(dovecot, DANA)


@pytest.mark.servers
@pytest.mark.keyring
@pytest.mark.usefixtures("keyring_env", "trust_test_ca")
def test_in_the_tray_the_checks_go_on_and_a_changed_password_shows_on_the_icon(
    display: str,
    tmp_path: Path,
    secret_service: SecretService,
    dovecot: DovecotServer,
    postfix: PostfixServer,
    dana: MailUser,
    running: list[App],
) -> None:
    # The real app on the real servers and keyring: the tray host joins the keyring's bus.
    desktop = Desktop(display, secret_service.bus_address, tmp_path)
    (tmp_path / "runtime").mkdir(mode=0o700)
    config = tmp_path / "home" / "config"
    mailbox = Mailbox(JsonAccountStore(config), KeyringSecretStore(), default_probes())
    imap = ServerSettings("localhost", dovecot.tls_port, Security.SSL)
    smtp = ServerSettings("localhost", postfix.tls_port, Security.SSL)
    connected = asyncio.run(mailbox.connect_with_password(dana.address, imap, smtp, dana.password))
    assert connected.account is not None

    def last_check() -> str:
        return str(json.loads((config / "account.json").read_text())["last_check"])

    first = last_check()
    with host_on(desktop.bus), desktop.connect() as conn:
        # Started with the session (no window), checking every second instead of 15 min.
        app = App(desktop, "fr", "hidden", real={"WINK_HEALTH_INTERVAL": "1"})
        running.append(app)
        service = item(conn)
        wait_until(lambda: tooltip(conn, service) == WORDS["fr"]["connected"], "connected")
        plain = badge_pixel(conn, service)
        wait_until(lambda: last_check() != first, "a check made with the window closed")
        # The password is changed on the provider's side: the next check is refused.
        dovecot.set_password(dana.address, "Changed-On-The-Web-2")
        wait_until(lambda: badge_pixel(conn, service) != plain, "the badge")
        wait_until(
            lambda: any(WORDS["fr"]["action"] in n for n in notifications(conn)), "the notice"
        )
        wait_until(lambda: tooltip(conn, service) == WORDS["fr"]["reconnect"], "the tooltip")
        menu_click(conn, service, WORDS["fr"]["quit"])
        assert app.exited() == 0
