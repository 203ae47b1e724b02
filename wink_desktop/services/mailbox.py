"""The mailbox's life: connect (password or OAuth), read the saved account, disconnect."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace

from wink_desktop.core.account import (
    AccountFileCorruptError,
    AccountStore,
    MailAccount,
    password_key,
)
from wink_desktop.core.checks import CheckReport, ProblemCode, Protocol, StepResult
from wink_desktop.core.errors import KeyringUnavailableError
from wink_desktop.core.messages import LATEST_COUNT, InboxReader, MessageHeader
from wink_desktop.core.models import AuthMethod, ConnectionState
from wink_desktop.core.oauth import OAuthClient, OAuthOfflineError, TokenExpiredError, secret_key
from wink_desktop.core.ports import SecretStore
from wink_desktop.core.probing import CheckOptions, ServerProbe
from wink_desktop.core.providers import ProviderCatalogue
from wink_desktop.core.settings import Credentials, ServerSettings
from wink_desktop.services.connection_test import check_connection
from wink_desktop.services.oauth_signin import (
    AccessTokens,
    SignedIn,
    revoke_and_forget,
    servers_of,
)
from wink_desktop.services.records import AccountRecord

_AUTH_CODES = {ProblemCode.AUTH_FAILED, ProblemCode.APP_PASSWORD_REQUIRED}
_NETWORK_CODES = {ProblemCode.OFFLINE, ProblemCode.DNS_NOT_FOUND}


def state_after(report: CheckReport) -> tuple[ConnectionState, str | None]:
    """What a check means for the connection's state (and the error code to remember)."""
    if report.ok:
        return ConnectionState.CONNECTED, None
    problems = [s.problem for s in (report.imap, report.smtp) if s.problem is not None]
    codes = {p.code for p in problems}
    first = problems[0].code.value if problems else None
    if codes & _AUTH_CODES:
        return ConnectionState.NEEDS_RECONNECTION, first
    if codes <= _NETWORK_CODES | {ProblemCode.TIMEOUT} and ProblemCode.OFFLINE in codes:
        return ConnectionState.OFFLINE, first
    return ConnectionState.SERVER_ERROR, first


@dataclass(frozen=True)
class Connected:
    """The outcome of connecting: the check, and the saved account when it passed."""

    report: CheckReport
    account: MailAccount | None


@dataclass(frozen=True)
class Disconnected:
    """What disconnecting did.

    Attributes:
        remote_revoked: True/False for OAuth accounts (whether the provider confirmed the
            revocation), None for password accounts.
    """

    remote_revoked: bool | None


@dataclass(frozen=True)
class SavedCheck:
    """What :meth:`Mailbox.check_saved` did.

    Attributes:
        account: the account after the check (None: no mailbox connected).
        report: the check's report; None when no check ran or could start.
        skipped: True when no check was made (lock-out protection).
    """

    account: MailAccount | None
    report: CheckReport | None = None
    skipped: bool = False


class Mailbox:
    """Use cases around the one mailbox connected to Wink."""

    def __init__(
        self,
        accounts: AccountStore | AccountRecord,
        secrets: SecretStore,
        probes: Mapping[Protocol, ServerProbe],
        oauth_clients: Mapping[str, OAuthClient] | None = None,
        providers: ProviderCatalogue | None = None,
    ) -> None:
        #: The saved account in memory; the file is read and written off the loop's thread.
        self.record = accounts if isinstance(accounts, AccountRecord) else AccountRecord(accounts)
        # To tell "this provider needs an app password" from a plain wrong password.
        self._providers = providers
        self._secrets = secrets
        self._probes = probes
        self._oauth = dict(oauth_clients or {})
        self._tokens: dict[str, AccessTokens] = {}
        self._turn_lock: asyncio.Lock | None = None
        self._turn_loop: asyncio.AbstractEventLoop | None = None
        #: Whether this process has checked the saved credentials (or connected) already.
        self._checked = False

    def _turn(self) -> asyncio.Lock:
        """One sign-in to the saved mailbox at a time, in this process.

        Whoever signs in second decides from what the first one recorded: after a refused
        password, nobody tries again (each refusal counts towards the provider's lock-out).
        """
        loop = asyncio.get_running_loop()
        if self._turn_lock is None or self._turn_loop is not loop:
            # A lock belongs to one event loop (the CLI and the tests run several in turn).
            self._turn_lock, self._turn_loop = asyncio.Lock(), loop
        return self._turn_lock

    def current(self) -> MailAccount | None:
        """The saved account, from memory once read (raises AccountFileCorruptError if unreadable).

        The first call reads the file on the caller's thread: the app reads it off the GUI
        thread at start-up (:meth:`AccountRecord.reload`), so the windows never do.
        """
        return self.record.account if self.record.loaded else self.record.load_now()

    async def connect_with_password(
        self,
        email: str,
        imap: ServerSettings,
        smtp: ServerSettings,
        password: str,
        *,
        provider: str | None = None,
        options: CheckOptions | None = None,
        on_step: Callable[[StepResult], None] | None = None,
    ) -> Connected:
        """Test both servers; if they work, keep the password (keyring) and the account."""
        options = options or CheckOptions()
        report = await check_connection(
            self._probes,
            email,
            imap,
            smtp,
            Credentials(password),
            options=options,
            on_step=on_step,
            providers=self._providers,
        )
        if not report.ok:
            return Connected(report, None)
        account = await self._merge(
            MailAccount(
                email=email,
                method=AuthMethod.PASSWORD,
                imap=imap,
                smtp=smtp,
                provider=provider,
                trusted_fingerprints=tuple(sorted(options.trusted_fingerprints)),
                allow_plaintext=options.allow_plaintext,
            )
        )
        await self._save(account, password)
        self._checked = True
        return Connected(report, account)

    async def connect_with_oauth(
        self,
        signed_in: SignedIn,
        *,
        options: CheckOptions | None = None,
        on_step: Callable[[StepResult], None] | None = None,
    ) -> Connected:
        """Test both servers with the fresh token; if they work, keep the secret and account."""
        client = self._oauth[signed_in.provider]
        imap, smtp = servers_of(client, signed_in.email)
        report = await check_connection(
            self._probes,
            signed_in.email,
            imap,
            smtp,
            Credentials(signed_in.grant.access_token, is_token=True),
            options=options,
            on_step=on_step,
            providers=self._providers,
        )
        if not report.ok:
            return Connected(report, None)
        account = await self._merge(
            MailAccount(
                email=signed_in.email,
                method=AuthMethod.OAUTH2,
                imap=imap,
                smtp=smtp,
                provider=signed_in.provider,
            )
        )
        await self._save(account, signed_in.grant.secret)
        self._checked = True
        return Connected(report, account)

    async def _merge(self, account: MailAccount) -> MailAccount:
        """Reconnecting the same mailbox keeps its record: connected-since survives."""
        previous = await self._previous()
        if previous is not None and previous.email.lower() == account.email.lower():
            account = replace(account, connected_since=previous.connected_since)
        return account.with_state(account.state)

    async def _previous(self) -> MailAccount | None:
        """The record a new connection replaces; an unreadable one was just set aside."""
        try:
            return await self.record.reload()
        except AccountFileCorruptError:
            return None

    async def _save(self, account: MailAccount, secret: str) -> None:
        previous = await self._previous()
        await asyncio.to_thread(self._secrets.put, account.secret_key, secret)
        try:
            await self.record.save(account)
        except BaseException:
            # Nothing half-written: no secret without its account.
            await asyncio.to_thread(self._secrets.delete, account.secret_key)
            raise
        if previous is not None and previous.secret_key != account.secret_key:
            await asyncio.to_thread(self._secrets.delete, previous.secret_key)

    async def test_saved(
        self, on_step: Callable[[StepResult], None] | None = None
    ) -> tuple[MailAccount, CheckReport | None]:
        """Check the saved mailbox now and record the outcome in its state.

        Returns:
            The updated account, and the report (None when no check could start: the
            secret is gone or the sign-in has expired).

        Raises:
            LookupError: no mailbox is connected.
        """
        outcome = await self.check_saved(on_step)
        if outcome.account is None:
            msg = "no mailbox is connected"
            raise LookupError(msg)
        return outcome.account, outcome.report

    async def check_saved(
        self,
        on_step: Callable[[StepResult], None] | None = None,
        *,
        automatic: bool = False,
    ) -> SavedCheck:
        """Check the saved mailbox (one sign-in at a time) and record the outcome.

        Args:
            on_step: progress callback.
            automatic: the user did not ask: no sign-in while the connection needs the user
                (read under the turn: a sign-in that just ran may have found it refused).
        """
        account = await self.record.reload()
        if account is None or (automatic and account.state.needs_user_action):
            # Nothing to wait for: no sign-in will be made.
            return SavedCheck(account, skipped=account is not None)
        async with self._turn():
            account = await self.record.reload()
            if account is None:
                return SavedCheck(None)
            if automatic and account.state.needs_user_action:
                return SavedCheck(account, skipped=True)
            updated, report = await self._test_saved(account, on_step)
            return SavedCheck(updated, report)

    async def _test_saved(
        self, account: MailAccount, on_step: Callable[[StepResult], None] | None
    ) -> tuple[MailAccount, CheckReport | None]:
        """The check itself (the caller holds the turn)."""
        self._checked = True
        try:
            credentials = await self._credentials(account)
        except KeyringUnavailableError:
            updated = account.with_state(
                ConnectionState.KEYRING_UNAVAILABLE, KeyringUnavailableError.code
            )
            await self.record.save(updated)
            return updated, None
        except TokenExpiredError:
            updated = account.with_state(ConnectionState.NEEDS_RECONNECTION, TokenExpiredError.code)
            await self.record.save(updated)
            return updated, None
        except OAuthOfflineError:
            updated = account.with_state(ConnectionState.OFFLINE, OAuthOfflineError.code)
            await self.record.save(updated)
            return updated, None
        options = _options(account)
        report = await check_connection(
            self._probes,
            account.email,
            account.imap,
            account.smtp,
            credentials,
            options=options,
            on_step=on_step,
            providers=self._providers,
        )
        updated = account.with_state(*state_after(report))
        await self.record.save(updated)
        return updated, report

    async def _credentials(self, account: MailAccount) -> Credentials:
        if account.method is AuthMethod.OAUTH2:
            provider = account.provider or ""
            tokens = self._tokens.get(provider)
            if tokens is None:
                tokens = self._tokens[provider] = AccessTokens(self._oauth[provider], self._secrets)
            return Credentials(await tokens.get(account.email), is_token=True)
        secret = await asyncio.to_thread(self._secrets.get, account.secret_key)
        if not secret:
            raise TokenExpiredError
        return Credentials(secret)

    async def sign_in_details(self) -> tuple[MailAccount, Credentials, CheckOptions]:
        """The saved account, its secret (from the keyring, or a fresh token) and options.

        Raises:
            LookupError: no mailbox is connected.
            TokenExpiredError: the connection needs the user (no sign-in that would fail).
            KeyringUnavailableError, OAuthOfflineError: the secret cannot be read now.
        """
        account = await self.record.reload()
        if account is None:
            msg = "no mailbox is connected"
            raise LookupError(msg)
        if account.state is ConnectionState.NEEDS_RECONNECTION:
            raise TokenExpiredError
        return account, await self._credentials(account), _options(account)

    async def latest_messages(
        self, reader: InboxReader, count: int = LATEST_COUNT
    ) -> list[MessageHeader]:
        """The newest INBOX headers of the saved mailbox (raises on failure).

        Nothing (and no sign-in) while the connection needs the user: each sign-in with a
        refused password counts towards the provider locking the account. The first read of
        a session waits for (or makes) the check of the saved credentials, so that a
        changed password is refused once per server, not once by each reader.
        """
        account = await self.record.reload()
        if account is None or account.state.needs_user_action:
            return []
        async with self._turn():
            # Read again: a check that ran while we waited may have found the password refused.
            account = await self.record.reload()
            if account is not None and not self._checked:
                account, _ = await self._test_saved(account, None)
            if account is None or account.state.needs_user_action:
                return []
            credentials = await self._credentials(account)
            options = _options(account)
            return await asyncio.to_thread(
                reader.latest, account.email, account.imap, credentials, options, count
            )

    async def disconnect(self) -> Disconnected:
        """Forget the mailbox: revoke where possible, delete every secret and the record.

        Local removal happens in every case; a failed remote revocation is reported only.
        """
        account = await self.record.reload()
        if account is None:
            return Disconnected(None)
        revoked: bool | None = None
        client = self._oauth.get(account.provider or "")
        if account.method is AuthMethod.OAUTH2 and client is not None:
            revoked = await revoke_and_forget(client, self._secrets, account.email)
        for key in (
            account.secret_key,
            password_key(account.email),
            *(secret_key(provider, account.email) for provider in self._oauth),
        ):
            await asyncio.to_thread(self._secrets.delete, key)
        await self.record.delete()
        return Disconnected(revoked)


def _options(account: MailAccount) -> CheckOptions:
    """The saved choices about certificates and encryption, for a sign-in."""
    return CheckOptions(
        trusted_fingerprints=frozenset(account.trusted_fingerprints),
        allow_plaintext=account.allow_plaintext,
    )
