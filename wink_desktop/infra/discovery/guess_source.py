"""Source 6, the last resort: guessing host names on the standard ports.

Candidates are probed in parallel with a short stagger, with the connection-test probes
and no sign-in: a candidate counts only if a real IMAP or SMTP server answers with a valid
certificate (STARTTLS candidates must offer and complete STARTTLS). The first candidate in
preference order that works wins.
"""

from __future__ import annotations

from collections.abc import Mapping

from wink_desktop.core.checks import Protocol
from wink_desktop.core.discovery import Discovered, Source, SourceFailure, Stop
from wink_desktop.core.errors import InvalidInputError
from wink_desktop.core.models import Security
from wink_desktop.core.probing import CheckOptions, ProbeRequest, ServerProbe
from wink_desktop.core.settings import STANDARD_PORTS, ServerSettings
from wink_desktop.infra.discovery.common import all_of, domain_of, first_in_order

#: Seconds between two candidates' starts (the preferred ones get a head start).
STAGGER = 0.1
_OPTIONS = CheckOptions(connect_timeout=3.0, step_timeout=3.0)


def candidates(
    protocol: Protocol, domain: str, ports: Mapping[tuple[str, Security], int]
) -> list[ServerSettings]:
    """Hosts and ports to try, most likely first (implicit TLS before STARTTLS)."""
    prefixes = ("imap.", "mail.", "") if protocol is Protocol.IMAP else ("smtp.", "mail.", "")
    found: list[ServerSettings] = []
    for prefix in prefixes:
        for security in (Security.SSL, Security.STARTTLS):
            try:
                found.append(
                    ServerSettings.parse(
                        f"{prefix}{domain}", ports[(protocol.value, security)], security
                    )
                )
            except InvalidInputError:
                continue  # e.g. a prefix that makes the name too long: not a candidate
    return found


class GuessSource:
    """Tries ``imap.``/``mail.``/bare and ``smtp.``/``mail.``/bare on the usual ports."""

    source = Source.GUESS

    def __init__(
        self,
        probes: Mapping[Protocol, ServerProbe],
        ports: Mapping[tuple[str, Security], int] | None = None,
        start_delay: float = 1.0,
    ) -> None:
        self._probes = probes
        self._ports = ports or STANDARD_PORTS
        self.start_delay = start_delay

    def lookup(self, email: str, stop: Stop) -> Discovered | None:
        """Probe the guesses for both protocols at once."""
        domain = domain_of(email)
        # Both collected: one protocol failing must not leave the other's failure unseen.
        results = all_of(
            [
                lambda own: self._first_working(Protocol.IMAP, domain, email, own),
                lambda own: self._first_working(Protocol.SMTP, domain, email, own),
            ],
            stop,
        )
        imap, smtp = (r if isinstance(r, ServerSettings) else None for r in results)
        if imap is None and smtp is None:
            failure = next((r for r in results if isinstance(r, SourceFailure)), None)
            if failure is not None:
                raise failure
            return None
        return Discovered(
            email=email,
            source=self.source,
            trusted=True,  # every accepted guess proved a valid certificate for its name
            imap=imap,
            smtp=smtp,
            auth=("password-cleartext",),
        )

    def _first_working(
        self, protocol: Protocol, domain: str, email: str, stop: Stop
    ) -> ServerSettings | None:
        options = candidates(protocol, domain, self._ports)

        def attempt(server: ServerSettings, own: Stop) -> ServerSettings | None:
            if self._try(protocol, server, own):
                try:
                    return ServerSettings.parse(server.host, server.port, server.security, email)
                except InvalidInputError:
                    return None
            return None

        return first_in_order(
            [lambda own, server=server: attempt(server, own) for server in options],  # type: ignore[misc]
            stop,
            stagger=STAGGER,
        )

    def _try(self, protocol: Protocol, server: ServerSettings, stop: Stop) -> bool:
        if stop.stopped:
            return False
        # No sign-in: the e-mail address is not even sent to the guessed server.
        run = self._probes[protocol].prepare(
            ProbeRequest(protocol, server.host, server, None, _OPTIONS), lambda _step: None
        )
        stop.on_cancel(run.cancel)  # closes its sockets: the probe ends at once
        return run.wait().ok
