"""The saved account and the user's profile, held in memory and announced when they change.

The windows read these records many times a second (every refresh, every role check);
the files behind them are read once, off the GUI thread, and again only when something
changed them (a save by the app, a check that re-reads the account under its sign-in turn,
a watcher that saw ``profile.json`` change). Like napari's ``components.Dims``, a record
calls plain listeners; the Qt side subscribes and repaints.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Generic, TypeVar

from wink_desktop.services.events import Event

if TYPE_CHECKING:
    from wink_desktop.core.account import AccountStore, MailAccount, ProfileSource, UserProfile

# The records are made before the main window is painted: the core loads on first read.

T = TypeVar("T")


class _Record(Generic[T]):
    """A value read from a file, kept in memory, with listeners."""

    def __init__(self, initial: T) -> None:
        self._value = initial
        self._loaded = False
        #: Emitted with the new value after each change (on the changer's thread).
        self.changed: Event[T] = Event()

    @property
    def loaded(self) -> bool:
        """Whether the file was read at least once."""
        return self._loaded

    def subscribe(self, listener: Callable[[T], None]) -> None:
        """Call ``listener`` with the new value after each change (on the changer's thread)."""
        self.changed.connect(listener)

    def unsubscribe(self, listener: Callable[[T], None]) -> None:
        """Stop calling ``listener`` (no error if it was not subscribed)."""
        self.changed.disconnect(listener)

    def _set(self, value: T) -> None:
        changed = not self._loaded or value != self._value
        self._value, self._loaded = value, True
        if changed:
            self.changed.emit(value)


class AccountRecord(_Record["MailAccount | None"]):
    """The saved account in memory over an :class:`AccountStore` (the JSON file, in the app).

    The async methods run the file work in a worker thread and change the memory (and call
    the listeners) on the caller's thread: in the app, the GUI thread, which then never
    touches the file.
    """

    def __init__(self, store: AccountStore) -> None:
        super().__init__(None)
        self._store = store

    @property
    def account(self) -> MailAccount | None:
        """The account as last read or saved (None before the first read)."""
        return self._value

    def load_now(self) -> MailAccount | None:
        """Read the file on this thread (the CLI, tests, workers: never the GUI thread).

        Raises:
            AccountFileCorruptError: unreadable file (already set aside).
        """
        from wink_desktop.core.account import AccountFileCorruptError  # noqa: PLC0415

        try:
            account = self._store.load()
        except AccountFileCorruptError:
            self._set(None)
            raise
        self._set(account)
        return account

    async def reload(self) -> MailAccount | None:
        """Read the file off this thread, keep and announce what it holds.

        Raises:
            AccountFileCorruptError: unreadable file (already set aside; the record is None).
        """
        import asyncio  # noqa: PLC0415

        from wink_desktop.core.account import AccountFileCorruptError  # noqa: PLC0415

        try:
            account = await asyncio.to_thread(self._store.load)
        except AccountFileCorruptError:
            self._set(None)
            raise
        self._set(account)
        return account

    async def save(self, account: MailAccount) -> None:
        """Replace the saved account (atomically, off this thread), then announce it."""
        import asyncio  # noqa: PLC0415

        await asyncio.to_thread(self._store.save, account)
        self._set(account)

    async def delete(self) -> None:
        """Forget the account (no file left, off this thread), then announce it."""
        import asyncio  # noqa: PLC0415

        await asyncio.to_thread(self._store.delete)
        self._set(None)


class ProfileRecord(_Record["UserProfile | None"]):
    """Who the user is, in memory over a :class:`ProfileSource` (``profile.json``).

    Until the first read, the user is an admin, as without the file: the profile is guidance
    only (the Wink server decides), and start-up reads it before showing the mailbox page.
    """

    def __init__(self, source: ProfileSource) -> None:
        super().__init__(None)
        self._source = source

    def current(self) -> UserProfile:
        """The profile in memory (never reads the file)."""
        if self._value is None:
            from wink_desktop.core.account import UserProfile  # noqa: PLC0415
            from wink_desktop.core.models import Role  # noqa: PLC0415

            return UserProfile("", Role.ADMIN)
        return self._value

    def load_now(self) -> UserProfile:
        """Read the file on this thread (the CLI, tests, workers: never the GUI thread)."""
        self._set(self._source.current())
        return self.current()

    async def reload(self) -> UserProfile:
        """Read the file off this thread (at start-up, and when a watcher saw it change)."""
        import asyncio  # noqa: PLC0415

        self._set(await asyncio.to_thread(self._source.current))
        return self.current()
