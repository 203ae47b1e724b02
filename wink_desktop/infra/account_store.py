"""The account record as a JSON file, written atomically; a corrupt file is set aside."""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
import time
from pathlib import Path

from wink_desktop.core.account import AccountFileCorruptError, MailAccount

ACCOUNT_FILE = "account.json"


class JsonAccountStore:
    """:class:`~wink_desktop.core.account.AccountStore` in ``<config>/account.json``."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / ACCOUNT_FILE

    def load(self) -> MailAccount | None:
        """The saved account, or None when there is none."""
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise AccountFileCorruptError(self._set_aside()) from exc
        try:
            return MailAccount.from_json(json.loads(text))
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise AccountFileCorruptError(self._set_aside()) from exc

    def save(self, account: MailAccount) -> None:
        """Write to a temporary file, flush it to disk, then rename over the old one.

        A crash at any moment leaves either the old file or the new one, never half.
        """
        self.path.parent.mkdir(parents=True, exist_ok=True)
        data = json.dumps(account.to_json(), indent=2, ensure_ascii=False).encode("utf-8")
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
        for leftover in self.path.parent.glob(".account-*.tmp"):
            with contextlib.suppress(OSError):
                leftover.unlink()
        _fsync_dir(self.path.parent)

    def _set_aside(self) -> str:
        target = self.path.with_name(f"{self.path.stem}.corrupt-{int(time.time())}.json")
        with contextlib.suppress(OSError):
            self.path.replace(target)
        return str(target)


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
