"""What a server probe is asked to do, and the port it implements."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol as TypingProtocol

from wink_desktop.core.checks import Protocol, ServerReport, StepResult
from wink_desktop.core.settings import Credentials, ServerSettings

#: Default per-step limits (seconds): connecting, and every other step.
CONNECT_TIMEOUT = 15.0
STEP_TIMEOUT = 20.0


@dataclass(frozen=True)
class CheckOptions:
    """How strict and how patient a check is.

    Attributes:
        connect_timeout: limit for resolving and connecting, in seconds.
        step_timeout: limit for each later step, in seconds.
        trusted_fingerprints: SHA-256 fingerprints (``AB:CD:…``) of certificates the user
            chose to trust; such a server is accepted only with exactly that certificate.
        allow_plaintext: the user explicitly accepted signing in without encryption.
        source_address: local address to connect from (support diagnostics, tests).
    """

    connect_timeout: float = CONNECT_TIMEOUT
    step_timeout: float = STEP_TIMEOUT
    trusted_fingerprints: frozenset[str] = frozenset()
    allow_plaintext: bool = False
    source_address: str | None = None


@dataclass(frozen=True)
class ProbeRequest:
    """One server to check, with everything needed to sign in.

    Without credentials the probe stops before signing in: it only proves that a mail
    server of that protocol answers there, with working TLS (discovery's guessing).
    """

    protocol: Protocol
    email: str
    server: ServerSettings
    credentials: Credentials | None
    options: CheckOptions = CheckOptions()

    @property
    def secret(self) -> Credentials:
        """The credentials (only called once signing in was decided)."""
        if self.credentials is None:
            msg = "no credentials for this probe"
            raise ValueError(msg)
        return self.credentials


StepCallback = Callable[[StepResult], None]


class ProbeRun(TypingProtocol):
    """One probe in progress. ``wait`` blocks (run it in a worker thread)."""

    def wait(self) -> ServerReport:
        """Run the probe to its end and return the report."""
        ...

    def cancel(self) -> None:
        """Stop at once from any thread: close the sockets, report nothing more."""
        ...


class ServerProbe(TypingProtocol):
    """Checks one kind of server (IMAP or SMTP)."""

    def prepare(self, request: ProbeRequest, on_step: StepCallback) -> ProbeRun:
        """Create a run; ``on_step`` is called from the worker thread after each step."""
        ...


_SHA256_HEX_DIGITS = 64


def normalize_fingerprint(text: str) -> str:
    """Accept ``ab:cd…``, ``ABCD…`` or with spaces; return the ``AB:CD:…`` form.

    Raises:
        ValueError: not 64 hexadecimal digits (a SHA-256 fingerprint).
    """
    hexdigits = "".join(ch for ch in text if ch not in ": ").upper()
    if len(hexdigits) != _SHA256_HEX_DIGITS or any(
        ch not in "0123456789ABCDEF" for ch in hexdigits
    ):
        msg = "not a SHA-256 fingerprint"
        raise ValueError(msg)
    return ":".join(hexdigits[i : i + 2] for i in range(0, 64, 2))
