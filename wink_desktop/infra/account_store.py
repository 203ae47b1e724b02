"""The account record as a JSON file, written atomically; a corrupt file is set aside."""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from wink_desktop.core.account import AccountFileCorruptError, MailAccount
from wink_desktop.core.errors import WinkError

ACCOUNT_FILE = "account.json"
#: Held by every save while its temporary file exists (between processes: the CLI may save
#: while the app is open).
LOCK_FILE = ".account.lock"
TEMP_PATTERN = ".account-*.tmp"
#: Far more than any account record (a few hundred bytes): a bigger file is not ours.
MAX_FILE_BYTES = 1 << 20
#: Without OS file locks, a temporary file this old (seconds) belongs to no running save.
STALE_AFTER = 600.0


class JsonAccountStore:
    """:class:`~wink_desktop.core.account.AccountStore` in ``<config>/account.json``."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / ACCOUNT_FILE

    def load(self) -> MailAccount | None:
        """The saved account, or None when there is none.

        Also removes what a save killed half-way left behind (its temporary file).

        Raises:
            AccountFileCorruptError: the content could not be used (not UTF-8, not JSON,
                wrong types, invalid settings); the file was set aside.
        """
        self.remove_stale_temporary_files()
        try:
            with self.path.open("rb") as source:
                raw = source.read(MAX_FILE_BYTES + 1)
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise AccountFileCorruptError(self._set_aside()) from exc
        try:
            return _parse(raw)
        except (
            ValueError,  # not UTF-8, not JSON, too large, bad enum value
            KeyError,
            TypeError,
            AttributeError,
            RecursionError,  # deeply nested JSON
            WinkError,  # settings that fail validation (InvalidInputError)
        ) as exc:
            raise AccountFileCorruptError(self._set_aside()) from exc

    def save(self, account: MailAccount) -> None:
        """Write to a temporary file, flush it to disk, then rename over the old one.

        A crash at any moment leaves either the old file or the new one, never half.
        """
        self.path.parent.mkdir(parents=True, exist_ok=True)
        data = json.dumps(account.to_json(), indent=2, ensure_ascii=False).encode("utf-8")
        with self._locked(blocking=True):
            fd, tmp = tempfile.mkstemp(prefix=".account-", suffix=".tmp", dir=self.path.parent)
            try:
                with os.fdopen(fd, "wb") as out:
                    out.write(data)
                    out.flush()
                    os.fsync(out.fileno())
                Path(tmp).chmod(0o600)
                Path(tmp).replace(self.path)
                _fsync_dir(self.path.parent)
            except BaseException:
                with contextlib.suppress(OSError):
                    Path(tmp).unlink()
                raise

    def delete(self) -> None:
        """Remove the file (and any leftover temporary file)."""
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()
        self.remove_stale_temporary_files()
        _fsync_dir(self.path.parent)

    def remove_stale_temporary_files(self) -> None:
        """Delete temporary files of saves that were killed (never one being written).

        A save holds the lock file while its temporary file exists, and the system releases
        that lock when the process dies however it dies: with the lock, every temporary file
        left is stale. Where the system has no such lock, only old files are removed.
        """
        leftovers = list(self.path.parent.glob(TEMP_PATTERN))
        if not leftovers:
            return
        with self._locked(blocking=False) as locked:
            if locked is None:
                return  # a save is running right now, in this process or another one
            oldest = time.time() - STALE_AFTER
            for leftover in leftovers:
                with contextlib.suppress(OSError):
                    if locked or leftover.stat().st_mtime < oldest:
                        leftover.unlink()

    @contextlib.contextmanager
    def _locked(self, *, blocking: bool) -> Iterator[bool | None]:
        """Hold the save lock.

        Yields:
            True when held, False when the system has no file locks, None when someone
            else holds it (only when not ``blocking``).
        """
        try:
            import fcntl  # noqa: PLC0415 - POSIX only
        except ImportError:
            yield False
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path.parent / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | (0 if blocking else fcntl.LOCK_NB))
            except BlockingIOError:
                yield None
                return
            yield True
        finally:
            os.close(fd)

    def _set_aside(self) -> str:
        target = self.path.with_name(f"{self.path.stem}.corrupt-{int(time.time())}.json")
        with contextlib.suppress(OSError):
            self.path.replace(target)
        return str(target)


def _parse(raw: bytes) -> MailAccount:
    if len(raw) > MAX_FILE_BYTES:
        msg = "account file too large"
        raise ValueError(msg)
    data = json.loads(raw.decode("utf-8"))
    if not isinstance(data, dict):
        msg = "account file is not a JSON object"
        raise TypeError(msg)
    return MailAccount.from_json(data)


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
