"""The mailbox's life: connect (password or OAuth), read the saved account, disconnect."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace

from wink_desktop.core.account import AccountStore, MailAccount, password_key
from wink_desktop.core.checks import CheckReport, ProblemCode, Protocol, StepResult
from wink_desktop.core.errors import KeyringUnavailableError
from wink_desktop.core.messages import LATEST_COUNT, InboxReader, MessageHeader
from wink_desktop.core.models import AuthMethod, ConnectionState
from wink_desktop.core.oauth import OAuthClient, OAuthOfflineError, TokenExpiredError, secret_key
from wink_desktop.core.ports import SecretStore
from wink_desktop.core.probing import CheckOptions, ServerProbe
from wink_desktop.core.settings import Credentials, ServerSettings
from wink_desktop.services.connection_test import check_connection
from wink_desktop.services.oauth_signin import (
    AccessTokens,
    SignedIn,
    revoke_and_forget,
    servers_of,
)

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


class Mailbox:
    """Use cases around the one mailbox connected to Wink."""

    def __init__(
        self,
        accounts: AccountStore,
        secrets: SecretStore,
        probes: Mapping[Protocol, ServerProbe],
        oauth_clients: Mapping[str, OAuthClient] | None = None,
    ) -> None:
        self._accounts = accounts
        self._secrets = secrets
        self._probes = probes
        self._oauth = dict(oauth_clients or {})
        self._tokens: dict[str, AccessTokens] = {}

    def current(self) -> MailAccount | None:
        """The saved account (raises AccountFileCorruptError if unreadable)."""
        return self._accounts.load()

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
            self._probes, email, imap, smtp, Credentials(password), options=options, on_step=on_step
        )
        if not report.ok:
            return Connected(report, None)
        account = self._merge(
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
        )
        if not report.ok:
            return Connected(report, None)
        account = self._merge(
            MailAccount(
                email=signed_in.email,
                method=AuthMethod.OAUTH2,
                imap=imap,
                smtp=smtp,
                provider=signed_in.provider,
            )
        )
        await self._save(account, signed_in.grant.secret)
        return Connected(report, account)

    def _merge(self, account: MailAccount) -> MailAccount:
        """Reconnecting the same mailbox keeps its record: connected-since survives."""
        previous = self._accounts.load()
        if previous is not None and previous.email.lower() == account.email.lower():
            account = replace(account, connected_since=previous.connected_since)
        return account.with_state(account.state)

    async def _save(self, account: MailAccount, secret: str) -> None:
        previous = self._accounts.load()
        await asyncio.to_thread(self._secrets.put, account.secret_key, secret)
        try:
            await asyncio.to_thread(self._accounts.save, account)
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
        """
        account = self._accounts.load()
        if account is None:
            msg = "no mailbox is connected"
            raise LookupError(msg)
        try:
            credentials = await self._credentials(account)
        except KeyringUnavailableError:
            updated = account.with_state(
                ConnectionState.KEYRING_UNAVAILABLE, KeyringUnavailableError.code
            )
            await asyncio.to_thread(self._accounts.save, updated)
            return updated, None
        except TokenExpiredError:
            updated = account.with_state(ConnectionState.NEEDS_RECONNECTION, "token_expired")
            await asyncio.to_thread(self._accounts.save, updated)
            return updated, None
        except OAuthOfflineError:
            updated = account.with_state(ConnectionState.OFFLINE, "offline")
            await asyncio.to_thread(self._accounts.save, updated)
            return updated, None
        options = CheckOptions(
            trusted_fingerprints=frozenset(account.trusted_fingerprints),
            allow_plaintext=account.allow_plaintext,
        )
        report = await check_connection(
            self._probes,
            account.email,
            account.imap,
            account.smtp,
            credentials,
            options=options,
            on_step=on_step,
        )
        updated = account.with_state(*state_after(report))
        await asyncio.to_thread(self._accounts.save, updated)
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

    async def latest_messages(
        self, reader: InboxReader, count: int = LATEST_COUNT
    ) -> list[MessageHeader]:
        """The newest INBOX headers of the saved mailbox (raises on failure).

        Nothing (and no sign-in) while the connection needs the user: each sign-in with a
        refused password counts towards the provider locking the account.
        """
        account = self._accounts.load()
        if account is None or account.state.needs_user_action:
            return []
        credentials = await self._credentials(account)
        options = CheckOptions(
            trusted_fingerprints=frozenset(account.trusted_fingerprints),
            allow_plaintext=account.allow_plaintext,
        )
        return await asyncio.to_thread(
            reader.latest, account.email, account.imap, credentials, options, count
        )

    async def disconnect(self) -> Disconnected:
        """Forget the mailbox: revoke where possible, delete every secret and the record.

        Local removal happens in every case; a failed remote revocation is reported only.
        """
        account = self._accounts.load()
        if account is None:
            return Disconnected(None)
        revoked: bool | None = None
        client = self._oauth.get(account.provider or "")
        if account.method is AuthMethod.OAUTH2 and client is not None:
            revoked = await revoke_and_forget(client, self._secrets, account.email)
        for key in (
            account.secret_key,
            password_key(account.email),
            *(secret_key(p, account.email) for p in ("google", "microsoft")),
        ):
            await asyncio.to_thread(self._secrets.delete, key)
        await asyncio.to_thread(self._accounts.delete)
        return Disconnected(revoked)
