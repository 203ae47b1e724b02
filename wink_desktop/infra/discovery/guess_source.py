"""Source 6, the last resort: guessing host names on the standard ports.

Candidates are probed in parallel with a short stagger, with the connection-test probes
and no sign-in: a candidate counts only if a real IMAP or SMTP server answers with a valid
certificate (STARTTLS candidates must offer and complete STARTTLS). The first candidate in
preference order that works wins.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping

from wink_desktop.core.checks import Protocol
from wink_desktop.core.discovery import Discovered, Source
from wink_desktop.core.errors import InvalidInputError
from wink_desktop.core.models import Security
from wink_desktop.core.probing import CheckOptions, ProbeRequest, ServerProbe
from wink_desktop.core.settings import STANDARD_PORTS, ServerSettings
from wink_desktop.infra.discovery.common import domain_of, first_in_order, run_blocking

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

    async def lookup(self, email: str) -> Discovered | None:
        """Probe the guesses for both protocols at once."""
        domain = domain_of(email)
        # return_exceptions: one protocol failing must not leave the other's failure
        # unretrieved (a traceback at shutdown).
        results = await asyncio.gather(
            self._first_working(Protocol.IMAP, domain, email),
            self._first_working(Protocol.SMTP, domain, email),
            return_exceptions=True,
        )
        imap, smtp = (r if isinstance(r, ServerSettings) else None for r in results)
        if imap is None and smtp is None:
            failure = next((r for r in results if isinstance(r, BaseException)), None)
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

    async def _first_working(
        self, protocol: Protocol, domain: str, email: str
    ) -> ServerSettings | None:
        options = candidates(protocol, domain, self._ports)

        async def attempt(server: ServerSettings) -> ServerSettings | None:
            if await self._try(protocol, server):
                try:
                    return ServerSettings.parse(server.host, server.port, server.security, email)
                except InvalidInputError:
                    return None
            return None

        return await first_in_order(
            [lambda server=server: attempt(server) for server in options],  # type: ignore[misc]
            stagger=STAGGER,
        )

    async def _try(self, protocol: Protocol, server: ServerSettings) -> bool:
        # No sign-in: the e-mail address is not even sent to the guessed server.
        run = self._probes[protocol].prepare(
            ProbeRequest(protocol, server.host, server, None, _OPTIONS), lambda _step: None
        )
        try:
            report = await run_blocking(run.wait)
        except asyncio.CancelledError:
            run.cancel()
            raise
        return report.ok
