"""The diagnostics journal: bounded, atomic, secret-free, never in the way."""

from __future__ import annotations

import json
from pathlib import Path

from wink_desktop.core.account import MailAccount
from wink_desktop.core.checks import Problem, ProblemCode, Protocol, ServerReport, Step, StepResult
from wink_desktop.core.diagnostics import HISTORY_LIMIT
from wink_desktop.core.models import AuthMethod, ConnectionState, Security
from wink_desktop.core.probing import ProbeRequest, StepCallback
from wink_desktop.core.settings import Credentials, ServerSettings
from wink_desktop.infra.account_store import JsonAccountStore
from wink_desktop.infra.diagnostics_journal import (
    JOURNAL_FILE,
    JournaledAccountStore,
    JsonJournal,
    RecordingProbe,
)

PASSWORD = "Planted-Pw-4417"
SERVER = ServerSettings("imap.example.test", 993, Security.SSL)


def test_only_changes_are_kept_and_only_the_last_fifty(tmp_path: Path) -> None:
    journal = JsonJournal(tmp_path)
    journal.record_state("connected", None)
    journal.record_state("connected", None)
    assert [h["state"] for h in journal.history()] == ["connected"]
    for i in range(HISTORY_LIMIT + 10):
        journal.record_state("offline" if i % 2 else "server_error", "timeout")
    history = journal.history()
    assert len(history) == HISTORY_LIMIT
    assert history[-1]["state"] == "offline"
    assert {p.name for p in tmp_path.iterdir()} == {JOURNAL_FILE}  # no temporary file left


def test_an_unreadable_journal_is_an_empty_one(tmp_path: Path) -> None:
    (tmp_path / JOURNAL_FILE).write_bytes(b"\xff{not json" * 10)
    journal = JsonJournal(tmp_path)
    assert journal.history() == []
    assert journal.last_check() == {}
    journal.record_state("connected", None)
    assert [h["state"] for h in journal.history()] == ["connected"]


def test_an_unwritable_folder_does_not_fail_the_save(tmp_path: Path) -> None:
    blocked = tmp_path / "data"
    blocked.write_text("a file where the folder should be")
    store = JournaledAccountStore(JsonAccountStore(tmp_path / "config"), JsonJournal(blocked))
    account = MailAccount("marie@orange.fr", AuthMethod.PASSWORD, SERVER, SERVER)
    store.save(account)
    assert store.load() == account


def test_saving_and_deleting_the_account_records_its_states(tmp_path: Path) -> None:
    journal = JsonJournal(tmp_path / "data")
    store = JournaledAccountStore(JsonAccountStore(tmp_path / "config"), journal)
    account = MailAccount("marie@orange.fr", AuthMethod.PASSWORD, SERVER, SERVER)
    store.save(account)
    store.save(account.with_state(ConnectionState.NEEDS_RECONNECTION, "auth_failed"))
    store.delete()
    assert [(h["state"], h["error"]) for h in journal.history()] == [
        ("connected", None),
        ("needs_reconnection", "auth_failed"),
        ("not_connected", None),
    ]


class _EchoingRun:
    def wait(self) -> ServerReport:
        said = f'NO LOGIN "marie@orange.fr" "{PASSWORD}" refused'
        return ServerReport(
            Protocol.IMAP,
            [
                StepResult(Protocol.IMAP, Step.CONNECT, True, 12),
                StepResult(Protocol.IMAP, Step.SIGN_IN, False, 30),
            ],
            Problem(ProblemCode.AUTH_FAILED, server_said=said),
        )

    def cancel(self) -> None:
        pass


class _EchoingProbe:
    def prepare(self, request: ProbeRequest, on_step: StepCallback) -> _EchoingRun:
        del request, on_step
        return _EchoingRun()


def test_the_last_check_is_kept_without_the_secret_a_server_echoed(tmp_path: Path) -> None:
    journal = JsonJournal(tmp_path)
    request = ProbeRequest(Protocol.IMAP, "marie@orange.fr", SERVER, Credentials(PASSWORD))
    report = RecordingProbe(_EchoingProbe(), journal).prepare(request, lambda _s: None).wait()
    assert report.problem is not None  # handed on as it was
    trace = journal.last_check()["imap"]
    assert trace["error"] == "auth_failed"
    assert [(s["step"], s["ok"], s["ms"]) for s in trace["steps"]] == [
        ("connect", True, 12),
        ("sign_in", False, 30),
    ]
    assert "refused" in trace["server_said"]
    assert PASSWORD not in (tmp_path / JOURNAL_FILE).read_text()
    json.loads((tmp_path / JOURNAL_FILE).read_text())
