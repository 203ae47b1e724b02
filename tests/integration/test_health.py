"""Keeping the connection alive: states, lock-out protection, crash safety, CLI."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.fixtures.dovecot import DovecotServer, MailUser, changeable_user
from tests.fixtures.postfix import PostfixServer
from tests.fixtures.switch import SwitchableServer
from wink_desktop.core.account import AccountFileCorruptError, MailAccount, password_key
from wink_desktop.core.checks import Protocol
from wink_desktop.core.errors import KeyringUnavailableError
from wink_desktop.core.models import AuthMethod, ConnectionState, Security
from wink_desktop.core.settings import Credentials, ServerSettings
from wink_desktop.infra.account_store import JsonAccountStore
from wink_desktop.infra.imap_reader import ImapInboxReader
from wink_desktop.infra.probes import default_probes
from wink_desktop.infra.secrets import KeyringSecretStore
from wink_desktop.services.connection_test import check_connection
from wink_desktop.services.health import HealthMonitor, Reason
from wink_desktop.services.mailbox import Mailbox

pytestmark = [pytest.mark.servers, pytest.mark.usefixtures("trust_test_ca")]

CAROL = MailUser("carol@example.test", "Carol-Pass-1")


@pytest.fixture
def carol(dovecot: DovecotServer) -> Iterator[MailUser]:
    """A user whose password the test changes (restored afterwards)."""
    yield from changeable_user(dovecot, CAROL)


async def sign_in_once(user: MailUser, imap: ServerSettings, smtp: ServerSettings) -> bool:
    """One sign-in attempt on each server (a marker in the servers' logs)."""
    report = await check_connection(
        default_probes(), user.address, imap, smtp, Credentials(user.password)
    )
    return report.ok


def servers(
    dovecot: DovecotServer, postfix: PostfixServer
) -> tuple[ServerSettings, ServerSettings]:
    return (
        ServerSettings("localhost", dovecot.tls_port, Security.SSL),
        ServerSettings("localhost", postfix.tls_port, Security.SSL),
    )


@pytest.mark.usefixtures("keyring_env")
def test_a_changed_password_needs_reconnection_after_exactly_one_attempt(
    tmp_path: Path, dovecot: DovecotServer, postfix: PostfixServer, carol: MailUser
) -> None:
    mailbox = Mailbox(JsonAccountStore(tmp_path), KeyringSecretStore(), default_probes())
    imap, smtp = servers(dovecot, postfix)
    connected = asyncio.run(
        mailbox.connect_with_password(carol.address, imap, smtp, carol.password)
    )
    assert connected.account is not None
    since = connected.account.connected_since
    dovecot.set_password(carol.address, "Changed-On-The-Web-2")
    monitor = HealthMonitor(mailbox)

    def refused(address: str) -> tuple[int, int]:
        return dovecot.refused_imap_logins(address), postfix.refused_logins(address)

    def settled(address: str, expected: tuple[int, int]) -> None:
        # The servers write their logs asynchronously: wait (bounded) for the lines.
        deadline = time.monotonic() + 10
        while refused(address) != expected and time.monotonic() < deadline:
            time.sleep(0.05)
        assert refused(address) == expected

    imap_before, smtp_before = refused(carol.address)
    first = asyncio.run(monitor.check(Reason.TIMER))
    assert first.account is not None
    assert first.account.state is ConnectionState.NEEDS_RECONNECTION
    assert first.account.last_error == "auth_failed"
    settled(carol.address, (imap_before + 1, smtp_before + 1))  # one sign-in per server
    assert monitor.next_delay(first.account) is None  # no automatic retry planned
    for reason in (Reason.TIMER, Reason.STARTUP, Reason.ONLINE):
        skipped = asyncio.run(monitor.check(reason))
        assert skipped.skipped
    assert asyncio.run(mailbox.latest_messages(ImapInboxReader())) == []  # no sign-in either
    # A marker failure of another account, logged after anything the checks could have
    # caused: once it shows, carol's count is final.
    marker = MailUser("marker@example.test", "nobody-knows")
    marker_before = refused(marker.address)
    assert asyncio.run(sign_in_once(marker, *servers(dovecot, postfix))) is False
    settled(marker.address, (marker_before[0] + 1, marker_before[1] + 1))
    assert refused(carol.address) == (imap_before + 1, smtp_before + 1)  # not one more
    # The user reconnects with the new password: same record, connected-since kept.
    again = asyncio.run(
        mailbox.connect_with_password(carol.address, imap, smtp, "Changed-On-The-Web-2")
    )
    assert again.account is not None
    assert again.account.state is ConnectionState.CONNECTED
    assert again.account.connected_since == since
    assert KeyringSecretStore().get(password_key(carol.address)) == "Changed-On-The-Web-2"


@pytest.mark.usefixtures("keyring_env")
def test_server_down_is_not_the_users_fault_and_recovers(
    tmp_path: Path, dovecot: DovecotServer, postfix: PostfixServer, carol: MailUser
) -> None:
    imap_switch = SwitchableServer(("127.0.0.1", dovecot.tls_port))
    imap_switch.start()
    try:
        mailbox = Mailbox(JsonAccountStore(tmp_path), KeyringSecretStore(), default_probes())
        _, smtp = servers(dovecot, postfix)
        imap = ServerSettings("localhost", imap_switch.port, Security.SSL)
        assert asyncio.run(
            mailbox.connect_with_password(carol.address, imap, smtp, carol.password)
        ).account
        monitor = HealthMonitor(mailbox, interval=900)
        imap_switch.up = False
        down = asyncio.run(monitor.check(Reason.TIMER))
        assert down.account is not None
        assert down.account.state is ConnectionState.SERVER_ERROR
        assert not down.account.state.needs_user_action  # no reconnect banner
        assert monitor.next_delay(down.account) == 60  # back-off starts at a minute
        asyncio.run(monitor.check(Reason.TIMER))
        assert monitor.next_delay(mailbox.current()) == 120
        imap_switch.up = True
        back = asyncio.run(monitor.check(Reason.ONLINE))
        assert back.account is not None
        assert back.account.state is ConnectionState.CONNECTED
        assert monitor.next_delay(back.account) == 900
    finally:
        imap_switch.stop()


def test_no_secure_keyring_means_nothing_is_saved(
    tmp_path: Path, dovecot: DovecotServer, postfix: PostfixServer, carol: MailUser
) -> None:
    # No session bus here: keyring has no backend.
    mailbox = Mailbox(JsonAccountStore(tmp_path), KeyringSecretStore(), default_probes())
    imap, smtp = servers(dovecot, postfix)
    with pytest.raises(KeyringUnavailableError):
        asyncio.run(mailbox.connect_with_password(carol.address, imap, smtp, carol.password))
    assert not (tmp_path / "account.json").exists()
    # An account saved earlier, with the keyring gone since: a state the user can act on.
    JsonAccountStore(tmp_path).save(MailAccount(carol.address, AuthMethod.PASSWORD, imap, smtp))
    account, report = asyncio.run(mailbox.test_saved())
    assert report is None
    assert account.state is ConnectionState.KEYRING_UNAVAILABLE
    assert account.state.needs_user_action


def test_a_corrupt_account_file_is_set_aside(tmp_path: Path) -> None:
    (tmp_path / "account.json").write_text("{ this is not json", encoding="utf-8")
    with pytest.raises(AccountFileCorruptError) as caught:
        JsonAccountStore(tmp_path).load()
    assert Path(caught.value.set_aside).exists()
    assert not (tmp_path / "account.json").exists()
    assert JsonAccountStore(tmp_path).load() is None  # and the app goes on


WRITER = """
import sys
from wink_desktop.core.account import MailAccount
from wink_desktop.core.models import AuthMethod, Security
from wink_desktop.core.settings import Credentials, ServerSettings
from wink_desktop.services.connection_test import check_connection
from wink_desktop.infra.account_store import JsonAccountStore
store = JsonAccountStore(__import__("pathlib").Path(sys.argv[1]))
server = ServerSettings("imap.example.com", 993, Security.SSL)
print("ready", flush=True)
n = 0
while True:
    n += 1
    store.save(MailAccount(f"user{n % 2}@example.com", AuthMethod.PASSWORD, server, server,
                           last_error="x" * (n % 5000)))
"""


def test_killed_while_saving_the_file_always_loads(tmp_path: Path) -> None:
    store = JsonAccountStore(tmp_path)
    for attempt in range(25):
        proc = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(tmp_path)], stdout=subprocess.PIPE, text=True
        )
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "ready"
        time.sleep(0.005 * (attempt % 7))  # a different moment each time (not an assertion)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        proc.stdout.close()
        account = store.load()  # never raises: the old or the new file, whole
        if account is not None:
            assert account.email in {"user0@example.com", "user1@example.com"}


@pytest.mark.usefixtures("keyring_env")
def test_cli_status_test_and_disconnect(
    tmp_path: Path, dovecot: DovecotServer, postfix: PostfixServer, carol: MailUser, pki: object
) -> None:
    config = tmp_path / "config"
    mailbox = Mailbox(JsonAccountStore(config), KeyringSecretStore(), default_probes())
    imap, smtp = servers(dovecot, postfix)
    assert asyncio.run(
        mailbox.connect_with_password(carol.address, imap, smtp, carol.password)
    ).account
    env = {**os.environ, "WINK_CONFIG_DIR": str(config)}

    def cli(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "wink_desktop", *args],
            input=stdin,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )

    status = cli("status", "--json")
    assert status.returncode == 0, status.stderr
    data = json.loads(status.stdout)
    assert (data["email"], data["state"], data["method"]) == (
        carol.address,
        "connected",
        "password",
    )
    assert carol.password not in status.stdout + status.stderr
    tested = cli("test")
    assert tested.returncode == 0, tested.stdout + tested.stderr
    no = cli("disconnect", stdin="n\n")
    assert no.returncode == 1
    assert (config / "account.json").exists()
    yes = cli("disconnect", "--yes")
    assert yes.returncode == 0, yes.stderr
    assert not (config / "account.json").exists()
    assert KeyringSecretStore().get(password_key(carol.address)) is None
    assert cli("status").returncode == 3
    del pki


class Turnstile:
    """Hooks that hold every sign-in until released, and tell when one has begun."""

    def __init__(self) -> None:
        self.entered = threading.Event()
        self.release = threading.Event()

    def hold(self) -> None:
        self.entered.set()
        assert self.release.wait(60), "never released"


class HeldRun:
    """A probe run held at its start by the turnstile."""

    def __init__(self, run: Any, gate: Turnstile) -> None:
        self._run, self._gate = run, gate

    def wait(self) -> Any:
        self._gate.hold()
        return self._run.wait()

    def cancel(self) -> None:
        self._run.cancel()


class HeldImapProbe:
    """The real IMAP probe, held at the start of its run by the turnstile."""

    def __init__(self, real: Any, gate: Turnstile) -> None:
        self._real, self._gate = real, gate

    def prepare(self, request: Any, on_step: Any) -> HeldRun:
        return HeldRun(self._real.prepare(request, on_step), self._gate)


class HeldReader(ImapInboxReader):
    """The real inbox reader, held before it signs in."""

    def __init__(self, gate: Turnstile) -> None:
        self._gate = gate

    def latest(self, *args: Any, **kwargs: Any) -> Any:
        self._gate.hold()
        return super().latest(*args, **kwargs)


class WatchedStore(JsonAccountStore):
    """The real store; tells when the account is read once it is armed."""

    def __init__(self, folder: Path) -> None:
        super().__init__(folder)
        self.read = threading.Event()

    def load(self) -> MailAccount | None:
        account = super().load()
        self.read.set()
        return account


@pytest.mark.usefixtures("keyring_env")
@pytest.mark.parametrize("first", ["health_check", "inbox_reader"])
def test_start_up_after_a_password_change_signs_in_once_per_server(
    first: str, tmp_path: Path, dovecot: DovecotServer, postfix: PostfixServer, carol: MailUser
) -> None:
    # Both start-up tasks want to sign in. Whichever goes first is held inside its sign-in
    # until the other has read the saved account (so, without a rule, it would sign in too).
    gate = Turnstile()
    store = WatchedStore(tmp_path)
    probes = dict(default_probes())
    probes[Protocol.IMAP] = HeldImapProbe(probes[Protocol.IMAP], gate)
    imap, smtp = servers(dovecot, postfix)
    gate.release.set()
    assert asyncio.run(
        Mailbox(store, KeyringSecretStore(), probes).connect_with_password(
            carol.address, imap, smtp, carol.password
        )
    ).account
    dovecot.set_password(carol.address, "Changed-On-The-Web-3")
    gate.entered.clear()
    gate.release.clear()
    wait_until_logged(dovecot, postfix)  # set_password's own refused attempts included
    before = refused(dovecot, postfix, carol.address)
    mailbox = Mailbox(store, KeyringSecretStore(), probes)  # the app starts again
    monitor = HealthMonitor(mailbox)

    async def start_up() -> list[Any]:
        def check() -> asyncio.Future[Any]:
            return asyncio.ensure_future(monitor.check(Reason.STARTUP))

        def read() -> asyncio.Future[Any]:
            return asyncio.ensure_future(mailbox.latest_messages(HeldReader(gate)))

        one = check() if first == "health_check" else read()
        assert await asyncio.to_thread(gate.entered.wait, 60)
        store.read.clear()
        two = read() if first == "health_check" else check()
        assert await asyncio.to_thread(store.read.wait, 60)
        gate.release.set()
        return list(await asyncio.gather(one, two, return_exceptions=True))

    asyncio.run(start_up())
    account = store.load()
    assert account is not None
    assert account.state is ConnectionState.NEEDS_RECONNECTION
    wait_until_logged(dovecot, postfix)
    assert refused(dovecot, postfix, carol.address) == (before[0] + 1, before[1] + 1)


def refused(dovecot: DovecotServer, postfix: PostfixServer, address: str) -> tuple[int, int]:
    """Refused IMAP and SMTP sign-ins of ``address`` so far (from the servers' logs)."""
    return dovecot.refused_imap_logins(address), postfix.refused_logins(address)


def wait_until_logged(dovecot: DovecotServer, postfix: PostfixServer) -> None:
    """Once a marker failure logged after everything else shows, the counts are final."""
    marker = MailUser("marker@example.test", "nobody-knows")
    expected = tuple(n + 1 for n in refused(dovecot, postfix, marker.address))
    assert asyncio.run(sign_in_once(marker, *servers(dovecot, postfix))) is False
    deadline = time.monotonic() + 10
    while refused(dovecot, postfix, marker.address) != expected and time.monotonic() < deadline:
        time.sleep(0.05)
    assert refused(dovecot, postfix, marker.address) == expected


def saved_json(tmp_path: Path) -> dict[str, Any]:
    """A good record, as JSON (tests spoil one value)."""
    server = ServerSettings("imap.example.com", 993, Security.SSL)
    JsonAccountStore(tmp_path).save(
        MailAccount("ann@example.com", AuthMethod.PASSWORD, server, server)
    )
    data: dict[str, Any] = json.loads((tmp_path / "account.json").read_text(encoding="utf-8"))
    (tmp_path / "account.json").unlink()
    return data


SPOILED: dict[str, Any] = {
    "port_is_a_list": ("imap", "port", [993]),
    "host_with_crlf": ("imap", "host", "imap.example.com\r\nA1 DELETE INBOX"),
    "username_with_tab": ("smtp", "username", "ann\t@example.com"),
    "email_is_a_number": (None, "email", 42),
    "fingerprints_is_text": (None, "trusted_fingerprints", "AB:CD"),
    "servers_is_a_list": (None, "imap", ["imap.example.com", 993]),
}


@pytest.mark.parametrize(
    "content",
    [
        b'{"email": "ann@example.com", "method": "\xff\xfe password"}',
        b"\xef\xbb\xbf\x80\x81 not text",
        b"[1, 2, 3]",
        b"[" * 100_000 + b"]" * 100_000,
        *(f"spoil:{name}".encode() for name in SPOILED),
    ],
    ids=["invalid_utf8_in_json", "invalid_utf8", "a_list", "deeply_nested", *SPOILED],
)
def test_any_unusable_account_file_is_set_aside(tmp_path: Path, content: bytes) -> None:
    if content.startswith(b"spoil:"):
        section, key, value = SPOILED[content.decode()[6:]]
        data = saved_json(tmp_path)
        (data[section] if section else data)[key] = value
        content = json.dumps(data).encode()
    (tmp_path / "account.json").write_bytes(content)
    with pytest.raises(AccountFileCorruptError) as caught:
        JsonAccountStore(tmp_path).load()
    assert Path(caught.value.set_aside).read_bytes() == content
    assert not (tmp_path / "account.json").exists()
    assert JsonAccountStore(tmp_path).load() is None  # and the app goes on


def wink(config: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The CLI, with its settings in ``config``."""
    return subprocess.run(
        [sys.executable, "-m", "wink_desktop", *args],
        env={**os.environ, "WINK_CONFIG_DIR": str(config)},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize("command", ["status", "test"])
def test_cli_survives_an_account_file_that_is_not_utf8(tmp_path: Path, command: str) -> None:
    (tmp_path / "account.json").write_bytes(b'{"email": "\xff\xfe"}')
    done = wink(tmp_path, command)
    assert done.returncode == 3, done.stderr
    assert "Traceback" not in done.stderr
    assert "set aside" in done.stderr
    assert list(tmp_path.glob("account.corrupt-*.json"))
    as_json = wink(tmp_path, command, "--json")  # nothing left to set aside now
    assert as_json.returncode == 3, as_json.stderr
    assert json.loads(as_json.stdout)["state"] == "not_connected"


def test_status_json_always_prints_a_state(tmp_path: Path) -> None:
    nothing = wink(tmp_path, "status", "--json")
    assert nothing.returncode == 3
    assert json.loads(nothing.stdout) == {"connected": False, "state": "not_connected"}
    (tmp_path / "account.json").write_text("{ not json", encoding="utf-8")
    corrupt = wink(tmp_path, "status", "--json")
    assert corrupt.returncode == 3
    data = json.loads(corrupt.stdout)
    assert data["state"] == "not_connected"
    assert data["error"]["code"] == "account_file_corrupt"
    assert "set aside" in data["error"]["message"]
    assert Path(data["error"]["set_aside"]).exists()


SAVE_IN_PROGRESS = """
import fcntl, os, sys
from pathlib import Path
from wink_desktop.infra.account_store import LOCK_FILE
folder = Path(sys.argv[1])
fd = os.open(folder / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o600)
fcntl.flock(fd, fcntl.LOCK_EX)
(folder / ".account-inprogress.tmp").write_text("{")
print("saving", flush=True)
sys.stdin.readline()
"""


def test_temporary_files_of_killed_saves_are_removed_at_the_next_start(tmp_path: Path) -> None:
    server = ServerSettings("imap.example.com", 993, Security.SSL)
    JsonAccountStore(tmp_path).save(
        MailAccount("ann@example.com", AuthMethod.PASSWORD, server, server)
    )
    killed = tmp_path / ".account-killed.tmp"
    killed.write_text('{"email": "ann@exa')
    other = tmp_path / ".other-file.tmp"
    other.write_text("not ours")
    # Another process (the CLI while the app is open) is saving right now: its file stays.
    saver = subprocess.Popen(
        [sys.executable, "-c", SAVE_IN_PROGRESS, str(tmp_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert saver.stdout is not None
    assert saver.stdout.readline().strip() == "saving"
    account = JsonAccountStore(tmp_path).load()
    assert account is not None
    assert account.email == "ann@example.com"
    assert (tmp_path / ".account-inprogress.tmp").exists()
    os.kill(saver.pid, signal.SIGKILL)  # killed in the middle of its save
    saver.wait()
    assert saver.stdin is not None
    saver.stdout.close()
    saver.stdin.close()
    assert JsonAccountStore(tmp_path).load() is not None  # the next start
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        ".account.lock",
        ".other-file.tmp",
        "account.json",
    ]
