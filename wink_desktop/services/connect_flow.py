"""The "Connect your mailbox" wizard as a model without Qt: state, rules and actions.

:class:`ConnectFlow` holds what the user decided so far, says which step comes next,
decides provider and servers in one place (:meth:`ConnectFlow.resolve`) and runs the
actions (look up an address, sign in in the browser, test and save). It announces what
happened through :class:`FlowEvents`; the pages under ``ui/wizard/`` only render its state
and forward the user's clicks, like napari's ``QtDims`` listening to ``components.Dims``.
"""

from __future__ import annotations

import asyncio
import logging

from wink_desktop.core.account import MailAccount
from wink_desktop.core.errors import InvalidInputError, WinkError
from wink_desktop.core.models import AuthMethod, Role
from wink_desktop.core.oauth import OAuthAdminConsentRequiredError, OAuthNotConfiguredError
from wink_desktop.core.probing import CheckOptions
from wink_desktop.core.providers import ProviderCatalogue
from wink_desktop.core.settings import ServerSettings
from wink_desktop.core.validation import normalize_email
from wink_desktop.services.connect_flow_fallback import sign_in_available
from wink_desktop.services.connect_flow_resolve import detected_choice, resolve, unvouched
from wink_desktop.services.connect_flow_state import (
    IMAP_CHOICE,
    BrowserLink,
    Failure,
    FlowEvents,
    FlowState,
    Lookup,
    Origin,
    Resolution,
    SignInPorts,
    Step,
    UnconfirmedServersError,
    worth_looking_up,
)
from wink_desktop.services.mailbox import Connected, Mailbox
from wink_desktop.services.oauth_signin import SignedIn, sign_in_with_browser

__all__ = [
    "IMAP_CHOICE",
    "BrowserLink",
    "ConnectFlow",
    "Failure",
    "FlowEvents",
    "FlowState",
    "Origin",
    "Resolution",
    "SignInPorts",
    "Step",
    "worth_looking_up",
]

_log = logging.getLogger(__name__)


class ConnectFlow:
    """The wizard's model: one connection of a mailbox, from the address to the saved account.

    Args:
        catalogue: the providers we know.
        mailbox: tests and saves.
        lookup: finds settings for an address.
        sign_in: the browser sign-in's ports.
    """

    def __init__(
        self,
        catalogue: ProviderCatalogue,
        mailbox: Mailbox,
        lookup: Lookup,
        sign_in: SignInPorts,
    ) -> None:
        self.catalogue = catalogue
        self.state = FlowState()
        self.events = FlowEvents()
        self.start_step = Step.EMAIL
        self._mailbox = mailbox
        self._lookup = lookup
        self._sign_in = sign_in

    # -- where to go ---------------------------------------------------------------------

    def start(
        self,
        choice: str | None = None,
        reconnect: MailAccount | None = None,
        role: Role | None = None,
    ) -> Step | None:
        """Where the wizard opens (None: it does not, the user may not connect a mailbox).

        The browser or the password when reconnecting, the browser for a browser sign-in
        chosen in Settings, the providers for "another service", else the address.
        """
        state = self.state
        if role is not None and not role.may_connect_mailbox:
            return None
        if reconnect is not None:
            state.reconnecting = reconnect
            state.email = reconnect.email
            state.trusted_fingerprints = set(reconnect.trusted_fingerprints)
            state.allow_plaintext = reconnect.allow_plaintext
            oauth = self.catalogue.oauth_spec(reconnect.provider)
            if reconnect.method is AuthMethod.OAUTH2 and oauth is not None:
                self.choose(oauth.id)
            else:
                self.choose(reconnect.provider or IMAP_CHOICE)
            self.start_step = self._step_for_choice()
        elif choice is not None and self.catalogue.oauth_spec(choice) is not None:
            self.choose(choice)
            self.start_step = self._step_for_choice()
        elif choice == "other":
            self.start_step = Step.PROVIDER
        return self.start_step

    def _step_for_choice(self) -> Step:
        """Where a choice made outside the wizard opens it (one that cannot go on: providers)."""
        if self.state.resolution.unavailable is not None:
            return Step.PROVIDER
        return Step.BROWSER if self.state.oauth else Step.SERVERS

    def next_step(self, current: Step) -> Step | None:
        """The step after ``current`` (None: the last one).

        From the address page: the browser for Google's or Microsoft's addresses, the test
        straight away when a trusted answer gave both servers, the server form (filled
        with what was found or guessed) otherwise, the providers when asked for.
        """
        if current is Step.EMAIL:
            return self._after_address()
        if current is Step.PROVIDER:
            return Step.BROWSER if self.state.oauth else Step.SERVERS
        if current in {Step.BROWSER, Step.SERVERS}:
            return Step.TEST
        if current is Step.TEST:
            return Step.DONE
        return None

    def _after_address(self) -> Step:
        state = self.state
        if state.picking_provider or state.choice is None:
            return Step.PROVIDER
        if state.oauth is not None:
            return Step.BROWSER
        return Step.TEST if state.resolution.ready else Step.SERVERS

    def may_leave(self, current: Step) -> bool:
        """Whether the user may go on from ``current`` (Next enabled)."""
        state = self.state
        if current is Step.EMAIL:
            # Once looked up: the browser needs nothing more, everyone else a password.
            return state.picking_provider or (
                state.choice is not None and (state.oauth is not None or bool(state.password))
            )
        if current is Step.PROVIDER:
            return state.choice is not None and state.resolution.unavailable is None
        if current is Step.BROWSER:
            return state.signed_in is not None and not state.signed_in.mismatch
        if current is Step.SERVERS:
            return True  # its button confirms untrusted servers (use_servers refuses them)
        if current is Step.TEST:
            return state.account is not None
        return True

    def after_cancelled_sign_in(self) -> Step | None:
        """Back to where the browser sign-in was chosen; None: close (it opened there)."""
        state = self.state
        state.signed_in = None
        if self.start_step is Step.BROWSER:
            return None
        return Step.PROVIDER if state.picking_provider else Step.EMAIL

    # -- the one place that decides provider and servers --------------------------------

    def resolve(self, address: str, choice: str | None) -> Resolution:
        """Which provider and servers for ``address`` and ``choice`` (see :func:`resolve`)."""
        clients = self._sign_in.clients
        available = lambda spec_id: sign_in_available(clients, spec_id)  # noqa: E731
        return resolve(self.catalogue, self.state, address, choice, available)

    def recommendation(self) -> Resolution:
        """What the provider page recommends for the address typed so far."""
        return self.resolve(self.state.email, None)

    def begin_choice(self) -> Resolution:
        """The provider page opens: nothing chosen yet; returns the recommendation.

        A choice that could not go on (made in Settings) stays, so the page says why.
        """
        if self.state.resolution.unavailable is None:
            self.state.choice = None
        return self.recommendation()

    # -- the user's input --------------------------------------------------------------

    def address_typed(self) -> None:
        """The address is being edited: what was found for the old one no longer holds."""
        state = self.state
        state.discovered = None
        state.choice = None
        state.resolution = Resolution()

    def pick_provider(self, picking: bool = True) -> None:
        """The user asked for the list of providers ("Choose another provider")."""
        self.state.picking_provider = picking

    def back_to_address(self) -> None:
        """From the list of providers back to the address page: its detected route again."""
        state = self.state
        state.picking_provider = False
        if state.email:
            self.choose(detected_choice(self.resolve(state.email, None)))

    def set_password(self, password: str) -> None:
        """The password typed on the address page (kept for the test or the server form)."""
        self.state.password = password

    def leave_address(self) -> None:
        """The address page is done: a trusted answer's servers go straight to the test."""
        state = self.state
        if not state.picking_provider and state.resolution.ready:
            state.imap, state.smtp = state.resolution.imap, state.resolution.smtp

    def set_address(self, text: str) -> None:
        """Keep the address of the email page (empty: the step was skipped).

        Raises:
            InvalidInputError: not an address.
        """
        if self.state.resolution.unavailable is not None:
            self.state.choice, self.state.resolution = None, Resolution()
        if not text.strip():
            self.state.email = ""
            self.pick_provider()  # no address: the providers, chosen by hand
            return
        self.state.email = normalize_email(text)

    def choose(self, choice: str) -> Resolution:
        """The user picked a browser sign-in, a provider or "Other (IMAP)"."""
        state = self.state
        state.choice = choice
        state.signed_in = None
        state.resolution = self.resolve(state.email, choice)
        state.servers_confirmed = False
        return state.resolution

    def confirm_servers(self, confirmed: bool) -> None:
        """The user vouches (or no longer) for the servers of the untrusted source."""
        self.state.servers_confirmed = confirmed

    def awaiting_confirmation(
        self, imap: ServerSettings | None = None, smtp: ServerSettings | None = None
    ) -> bool:
        """Whether the form's servers (default: those kept) include one nobody vouched for."""
        state = self.state
        servers = (imap or state.imap, smtp or state.smtp)
        return not state.servers_confirmed and unvouched(state.resolution, *servers)

    def use_servers(
        self, email: str, imap: ServerSettings, smtp: ServerSettings, password: str
    ) -> bool:
        """Keep the form's validated values for the test; False while awaiting confirmation."""
        if self.awaiting_confirmation(imap, smtp):
            return False
        state = self.state
        state.email, state.imap, state.smtp, state.password = email, imap, smtp, password
        return True

    def accept_signed_in_account(self) -> None:
        """Identity mismatch: the user keeps the account they signed in with."""
        signed = self.state.signed_in
        if signed is not None:
            self.state.email = signed.email
            self.state.signed_in = SignedIn(signed.provider, signed.grant, None)

    def trust_certificate(self, sha256: str) -> None:
        """Accept exactly this certificate for the next test."""
        self.state.trusted_fingerprints.add(sha256)

    def allow_plaintext(self) -> None:
        """The user accepted an unencrypted connection."""
        self.state.allow_plaintext = True

    def forget_secrets(self) -> None:
        """Let go of the password and the sign-in's tokens (after saving, or on close)."""
        self.state.password = ""
        self.state.signed_in = None

    # -- actions -------------------------------------------------------------------------

    async def look_up(self, text: str) -> Resolution | None:
        """Find settings for the typed address; None if it is no address (or changed since)."""
        try:
            email = normalize_email(text)
        except InvalidInputError:
            return None
        try:
            found = await self._lookup(email)
        except asyncio.CancelledError:
            raise
        except Exception:  # noqa: BLE001 - finding nothing is never fatal: the user types
            _log.warning("looking up the address's settings failed", exc_info=True)
            found = None
        self.state.discovered = found
        self.state.email = email
        # The detected provider is chosen for the user, never asked again: the grid stays
        # one click away ("Choose another provider") for the rare wrong guess.
        resolution = self.choose(detected_choice(self.resolve(email, None)))
        self.events.looked_up.emit(resolution)
        return resolution

    async def sign_in(self) -> SignedIn | None:
        """Sign in in the browser; announces the link, then the account or the failure."""
        state = self.state
        state.signed_in = None
        oauth = state.oauth
        client = self._sign_in.clients.get(oauth.id) if oauth is not None else None
        if client is None:
            self._fail(Step.BROWSER, OAuthNotConfiguredError())
            return None
        try:
            signed_in = await sign_in_with_browser(
                client,
                self._sign_in.receiver,
                self._sign_in.open_browser,
                login_hint=state.email or None,
                on_url=lambda url, opened: self.events.browser_opened.emit(
                    BrowserLink(url, opened)
                ),
            )
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # noqa: BLE001 - every failure is shown, never raised to Qt
            self._fail(Step.BROWSER, exc)
            return None
        state.signed_in = signed_in
        if not signed_in.mismatch:
            state.email = signed_in.email
        self.events.signed_in.emit(signed_in)
        return signed_in

    async def test(self) -> Connected | None:
        """Test both servers with the password or the token; save the account if both work."""
        state = self.state
        state.account = None
        options = CheckOptions(
            trusted_fingerprints=frozenset(state.trusted_fingerprints),
            allow_plaintext=state.allow_plaintext,
        )
        signed_in = state.signed_in if state.oauth is not None else None
        if signed_in is None and self.awaiting_confirmation():
            # The last line of defence: no password to servers nobody vouched for.
            self._fail(Step.TEST, UnconfirmedServersError())
            return None
        try:
            if signed_in is not None:
                outcome = await self._mailbox.connect_with_oauth(
                    signed_in, options=options, on_step=self.events.step.emit
                )
            elif state.imap is not None and state.smtp is not None:
                provider = state.provider
                outcome = await self._mailbox.connect_with_password(
                    state.email,
                    state.imap,
                    state.smtp,
                    state.password,
                    provider=provider.id if provider else None,
                    options=options,
                    on_step=self.events.step.emit,
                )
            else:
                return None
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # noqa: BLE001 - e.g. no keyring: shown, never raised to Qt
            self._fail(Step.TEST, exc)
            return None
        self.events.tested.emit(outcome.report)
        if outcome.account is not None:
            state.account = outcome.account
            self.forget_secrets()  # in the keyring now: the flow needs it no more
            self.events.connected.emit(outcome.account)
        return outcome

    def _fail(self, step: Step, exc: Exception) -> None:
        if isinstance(exc, WinkError):
            error = exc
        else:
            # Type only: an unexpected exception's text may quote what it was given.
            _log.error("unexpected failure at step %s: %s", step.name, type(exc).__name__)
            error = WinkError()
        url = error.admin_consent_url if isinstance(error, OAuthAdminConsentRequiredError) else ""
        self.events.failed.emit(Failure(step, error, url))
