"""The account and the profile held in memory: read once, written through, announced."""

from __future__ import annotations

import asyncio
import json
import threading
from pathlib import Path

import pytest

from wink_desktop.core.account import AccountFileCorruptError, MailAccount, UserProfile
from wink_desktop.core.models import AuthMethod, ConnectionState, Role, Security
from wink_desktop.core.settings import ServerSettings
from wink_desktop.infra.account_store import JsonAccountStore
from wink_desktop.infra.profile import FileProfileSource
from wink_desktop.services.records import AccountRecord, ProfileRecord


class CountingStore(JsonAccountStore):
    """The real JSON store; counts reads and remembers which threads touched the file."""

    def __init__(self, folder: Path) -> None:
        super().__init__(folder)
        self.reads = 0
        self.threads: set[int] = set()

    def load(self) -> MailAccount | None:
        self.reads += 1
        self.threads.add(threading.get_ident())
        return super().load()

    def save(self, account: MailAccount) -> None:
        self.threads.add(threading.get_ident())
        super().save(account)


def account(state: ConnectionState = ConnectionState.CONNECTED) -> MailAccount:
    server = ServerSettings("imap.example.test", 993, Security.SSL, "marie@example.test")
    return MailAccount("marie@example.test", AuthMethod.PASSWORD, server, server, state=state)


def test_the_account_is_read_once_off_the_loop_thread_then_served_from_memory(
    tmp_path: Path,
) -> None:
    store = CountingStore(tmp_path)
    store.save(account())
    store.threads.clear()
    record = AccountRecord(store)
    seen: list[MailAccount | None] = []
    record.subscribe(seen.append)
    assert record.account is None
    assert not record.loaded

    async def start() -> int:
        await record.reload()
        return threading.get_ident()

    loop_thread = asyncio.run(start())
    assert record.account is not None
    assert record.account.email == "marie@example.test"
    assert [a.email if a else None for a in seen] == ["marie@example.test"]
    for _ in range(100):
        assert record.account is not None  # every refresh: memory
    assert store.reads == 1
    assert loop_thread not in store.threads


def test_a_save_goes_to_the_file_and_is_announced_once(tmp_path: Path) -> None:
    store = CountingStore(tmp_path)
    record = AccountRecord(store)
    seen: list[MailAccount | None] = []
    record.subscribe(seen.append)
    refused = account(ConnectionState.NEEDS_RECONNECTION)

    async def scenario() -> None:
        await record.reload()  # no file yet: nobody connected
        await record.save(refused)
        await record.save(refused)  # the same record again: nothing to announce
        await record.delete()

    asyncio.run(scenario())
    assert seen == [None, refused, None]
    assert not (tmp_path / "account.json").exists()
    assert record.account is None


def test_the_file_is_written_for_the_next_run(tmp_path: Path) -> None:
    saved = account(ConnectionState.OFFLINE)
    asyncio.run(AccountRecord(JsonAccountStore(tmp_path)).save(saved))
    assert JsonAccountStore(tmp_path).load() == saved
    assert AccountRecord(JsonAccountStore(tmp_path)).load_now() == saved


def test_an_unreadable_file_is_reported_once_and_leaves_no_account(tmp_path: Path) -> None:
    (tmp_path / "account.json").write_text("{not json", encoding="utf-8")
    record = AccountRecord(JsonAccountStore(tmp_path))
    with pytest.raises(AccountFileCorruptError):
        asyncio.run(record.reload())
    assert record.loaded
    assert record.account is None
    assert asyncio.run(record.reload()) is None  # set aside: the next start is clean


def test_the_profile_is_read_once_and_again_when_asked(tmp_path: Path) -> None:
    (tmp_path / "profile.json").write_text(json.dumps({"role": "admin"}), encoding="utf-8")
    record = ProfileRecord(FileProfileSource(tmp_path))
    seen: list[UserProfile] = []
    record.subscribe(seen.append)
    asyncio.run(record.reload())
    (tmp_path / "profile.json").write_text(json.dumps({"role": "collaborator"}), encoding="utf-8")
    assert record.current().role is Role.ADMIN  # memory, until the watcher says it changed
    asyncio.run(record.reload())
    assert record.current().role is Role.COLLABORATOR
    assert [p.role for p in seen] == [Role.ADMIN, Role.COLLABORATOR]
