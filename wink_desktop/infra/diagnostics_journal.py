"""The diagnostics journal: state changes and the last check's trace, for support.

Kept in ``<data>/diagnostics.json``, written atomically, bounded on read and on write,
never with a secret: the servers' words are redacted for every form the secret was sent
in before they are written. Failing to write it never fails what is being recorded.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import tempfile
import threading
from pathlib import Path
from typing import Any

from wink_desktop.core.account import AccountStore, MailAccount, now_iso
from wink_desktop.core.checks import ServerReport
from wink_desktop.core.diagnostics import HISTORY_LIMIT, server_trace
from wink_desktop.core.models import ConnectionState
from wink_desktop.core.probing import ProbeRequest, ProbeRun, ServerProbe, StepCallback
from wink_desktop.infra.logs import REDACTOR
from wink_desktop.infra.secret_forms import redact, secret_forms, secret_pieces

JOURNAL_FILE = "diagnostics.json"
#: Far more than 50 state changes and two traces: a bigger file is not ours.
_MAX_BYTES = 256 * 1024
_log = logging.getLogger(__name__)
# One writer at a time within the process (the two probes finish on two threads).
_LOCK = threading.Lock()


class JsonJournal:
    """:class:`~wink_desktop.core.diagnostics.DiagnosticsJournal` in a JSON file."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / JOURNAL_FILE

    def _read(self) -> dict[str, Any]:
        try:
            with self.path.open("rb") as source:
                raw = source.read(_MAX_BYTES + 1)
            data = json.loads(raw) if len(raw) <= _MAX_BYTES else {}
        except (OSError, ValueError, RecursionError):
            return {}
        return data if isinstance(data, dict) else {}

    def _write(self, data: dict[str, Any]) -> None:
        temp: Path | None = None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, name = tempfile.mkstemp(prefix=".diagnostics-", suffix=".tmp", dir=self.path.parent)
            temp = Path(name)
            with os.fdopen(fd, "w", encoding="utf-8") as target:
                json.dump(data, target, ensure_ascii=False, indent=1)
                target.flush()
                os.fsync(target.fileno())
            temp.replace(self.path)
        except OSError as exc:
            _log.warning("diagnostics journal not written: %s", exc.strerror or exc)
            if temp is not None:
                with contextlib.suppress(OSError):
                    temp.unlink()

    def record_state(self, state: str, error: str | None) -> None:
        """Append a state change (nothing when the last one recorded is the same)."""
        with _LOCK:
            data = self._read()
            history = [h for h in data.get("history", []) if isinstance(h, dict)]
            if history and history[-1].get("state") == state:
                return
            history.append({"at": now_iso(), "state": state, "error": error})
            data["history"] = history[-HISTORY_LIMIT:]
            self._write(data)

    def record_server(self, trace: dict[str, Any]) -> None:
        """Keep ``trace`` as the last check of its server."""
        with _LOCK:
            data = self._read()
            last = data.get("last_check")
            last = last if isinstance(last, dict) else {}
            last[str(trace.get("protocol"))] = trace
            data["last_check"] = last
            self._write(data)

    def history(self) -> list[dict[str, Any]]:
        """The last state changes, oldest first."""
        history = self._read().get("history", [])
        return [h for h in history if isinstance(h, dict)][-HISTORY_LIMIT:]

    def last_check(self) -> dict[str, Any]:
        """The last check of each server, by protocol."""
        last = self._read().get("last_check", {})
        return (
            {k: v for k, v in last.items() if isinstance(v, dict)} if isinstance(last, dict) else {}
        )


class JournaledAccountStore:
    """An account store that notes each change of the connection's state in the journal."""

    def __init__(self, store: AccountStore, journal: JsonJournal) -> None:
        self._store = store
        self._journal = journal

    def load(self) -> MailAccount | None:
        """The saved account (see :meth:`AccountStore.load`)."""
        return self._store.load()

    def save(self, account: MailAccount) -> None:
        """Save, then note the state (when it changed)."""
        self._store.save(account)
        self._journal.record_state(account.state.value, account.last_error)

    def delete(self) -> None:
        """Forget the account, then note ``not_connected``."""
        self._store.delete()
        self._journal.record_state(ConnectionState.NOT_CONNECTED.value, None)


class RecordingProbe:
    """A probe whose every finished check is kept as its server's last trace."""

    def __init__(self, probe: ServerProbe, journal: JsonJournal) -> None:
        self._probe = probe
        self._journal = journal

    def prepare(self, request: ProbeRequest, on_step: StepCallback) -> ProbeRun:
        """Prepare the wrapped probe's run; its report is recorded when it ends."""
        return _RecordingRun(self._probe.prepare(request, on_step), request, self._journal)


class _RecordingRun:
    def __init__(self, run: ProbeRun, request: ProbeRequest, journal: JsonJournal) -> None:
        self._run = run
        self._request = request
        self._journal = journal

    def wait(self) -> ServerReport:
        report = self._run.wait()
        said = report.problem.server_said if report.problem else ""
        credentials = self._request.credentials
        if said and credentials is not None:
            user = self._request.server.login(self._request.email)
            secret = credentials.secret
            forms = secret_forms(user, secret, is_token=credentials.is_token)
            said = redact(said, forms, secret_pieces(secret))
        self._journal.record_server(server_trace(report, now_iso(), REDACTOR.redact(said)))
        return report

    def cancel(self) -> None:
        self._run.cancel()
