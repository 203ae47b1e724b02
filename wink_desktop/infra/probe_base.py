"""Machinery shared by the IMAP and SMTP probes: steps, deadlines, cancel, classification.

A probe runs in a worker thread with blocking libraries (imapclient, smtplib). Every step
has a deadline enforced twice: by socket timeouts, and by a watchdog timer that shuts the
sockets down if a step overruns (a server that trickles bytes defeats socket timeouts).
Cancelling uses the same mechanism from another thread.
"""

from __future__ import annotations

import contextlib
import dataclasses
import errno
import ipaddress
import socket
import ssl
import time
from collections.abc import Iterator
from dataclasses import dataclass

from wink_desktop.core.checks import (
    CertificateProblem,
    Problem,
    ProblemCode,
    Protocol,
    ServerReport,
    Step,
    StepResult,
)
from wink_desktop.core.models import Security
from wink_desktop.core.os_errors import os_error_text
from wink_desktop.core.probing import ProbeRequest, StepCallback
from wink_desktop.infra import tls
from wink_desktop.infra.addresses import (
    Address,
    NameNotFoundError,
    is_network_down,
    resolve_addresses,
)
from wink_desktop.infra.logs import REDACTOR
from wink_desktop.infra.probe_watch import (
    Cancelled,
    PinMismatchError,
    ProbeFailure,
    Watchdog,
    _RetryPinned,
    _Stop,
    bounded_call,
    caused_by,
    short,
)
from wink_desktop.infra.secret_forms import redact, secret_forms, secret_pieces
from wink_desktop.infra.wire import LimitExceededError, ProtocolViolationError

__all__ = ["Cancelled", "ProbeFailure", "ProbeRunBase", "StepNote"]

#: In STARTTLS/plain mode, how long to wait for a greeting before checking whether the
#: port speaks implicit TLS instead (capped at half the step's limit).
WRONG_SECURITY_SNIFF_AFTER = 4.0


@dataclass
class StepNote:
    """What a running step wants to report as its detail."""

    detail: str = ""


class ProbeRunBase:
    """One check of one server. Subclasses implement :meth:`_run` with :meth:`_step`."""

    protocol: Protocol

    def __init__(self, request: ProbeRequest, on_step: StepCallback) -> None:
        self.request = request
        self.server = request.server
        self.options = request.options
        self._on_step = on_step
        self.watchdog = Watchdog()
        self.report = ServerReport(request.protocol)
        self._step_timeout = request.options.step_timeout
        self._pinned_mode = False
        self._step_started = time.monotonic()
        self._current_limit = self._step_timeout
        self._secret_forms: list[str] = []
        self._secret_pieces: frozenset[bytes] = frozenset()
        if request.credentials is not None:
            self._secret_pieces = secret_pieces(request.credentials.secret)
            self._secret_forms = secret_forms(
                self.server.login(request.email),
                request.credentials.secret,
                is_token=request.credentials.is_token,
            )
            for form in self._secret_forms:
                REDACTOR.add_secret(form)

    # -- public ------------------------------------------------------------------------

    def wait(self) -> ServerReport:
        """Run the probe to its end (blocking) and return the report."""
        try:
            try:
                self._run()
            except _RetryPinned:
                # The certificate failed the usual checks and the user trusts some
                # certificates: start again, accepting exactly those.
                self.watchdog.close_all()
                self.report.steps.clear()
                self._pinned_mode = True
                self._run()
        except (_Stop, Cancelled):
            pass
        finally:
            self.watchdog.disarm()
            self.watchdog.close_all()
        return self.report

    def cancel(self) -> None:
        """Stop at once (any thread): sockets are shut down, nothing more is reported."""
        self.watchdog.abort("cancelled")

    @property
    def cancelled(self) -> bool:
        """Whether :meth:`cancel` was called."""
        return self.watchdog.reason == "cancelled"

    # -- for subclasses ----------------------------------------------------------------

    def _run(self) -> None:
        raise NotImplementedError

    def _open_steps(self) -> socket.socket:
        """The steps every check starts with: resolve, connect, and TLS when implicit."""
        with self._step(Step.RESOLVE, self.options.connect_timeout) as note:
            addresses = self._resolve()
            note.detail = ", ".join(sorted({addr[0] for _, addr in addresses}))
        with self._step(Step.CONNECT, self.options.connect_timeout) as note:
            sock = self._connect(addresses)
            note.detail = self.server.address()
        if self.server.security is Security.SSL:
            with self._step(Step.TLS) as note:
                sock = self._wrap(sock)
                note.detail = tls.session_summary(sock)
        return sock

    def _greeting_looks_right(self, data: bytes) -> bool:
        """Whether ``data`` starts like this protocol's greeting."""
        raise NotImplementedError

    def _fetch_certificate(self) -> bytes:
        """Connect again and return the server's certificate (DER), without verifying it."""
        raise NotImplementedError

    @contextlib.contextmanager
    def _step(self, step: Step, timeout: float | None = None) -> Iterator[StepNote]:
        """Run one step: time it, bound it, classify its failure, report it."""
        note = StepNote()
        limit = self._step_timeout if timeout is None else timeout
        self._current_limit = limit
        self._step_started = time.monotonic()
        self.watchdog.arm(limit)
        try:
            yield note
        except (Cancelled, _Stop, _RetryPinned):
            raise
        except Exception as exc:  # noqa: BLE001 - every failure is classified for the user
            self.watchdog.disarm()
            if self.cancelled:
                raise Cancelled from None
            problem = self._problem_for(exc, step)
            if problem.server_said:
                problem = dataclasses.replace(problem, server_said=self.redact(problem.server_said))
            self._finish(step, ok=False, detail=self._failure_detail(problem, exc))
            self.report.problem = problem
            raise _Stop from None
        self.watchdog.disarm()
        if self.cancelled:
            raise Cancelled
        self._finish(step, ok=True, detail=note.detail)

    def _failure_detail(self, problem: Problem, exc: BaseException) -> str:
        """The trace's note for a failed step: the server's words, or what happened."""
        if problem.server_said:
            return problem.server_said
        if problem.code is ProblemCode.TIMEOUT:
            return f"> {self._current_limit:g} s"
        if isinstance(exc, ProbeFailure):
            return ""
        if isinstance(exc, OSError) and not isinstance(exc, ssl.SSLError):
            return os_error_text(exc)  # the system's English: shown translated instead
        return short(str(exc))

    def redact(self, text: str) -> str:
        """A server's text with every form of our secret masked (servers may echo it)."""
        return REDACTOR.redact(redact(text, self._secret_forms, self._secret_pieces))

    def deadline(self) -> float:
        """The current step's absolute deadline (``time.monotonic()`` clock)."""
        return self._step_started + self._current_limit

    def _remaining(self) -> float:
        """Seconds left in the current step (at least a little, to fail cleanly)."""
        elapsed = time.monotonic() - self._step_started
        return max(0.05, self._current_limit - elapsed)

    def _finish(self, step: Step, *, ok: bool, detail: str) -> None:
        duration = int((time.monotonic() - self._step_started) * 1000)
        result = StepResult(self.protocol, step, ok, duration, short(self.redact(detail)))
        self.report.steps.append(result)
        if not self.cancelled:
            self._on_step(result)

    def _problem(self, code: ProblemCode, **args: str) -> Problem:
        return Problem(code, args=tuple(args.items()))

    # -- network building blocks ---------------------------------------------------------

    def _resolve(self) -> list[Address]:
        """Addresses of the server (the system resolver, or ``$WINK_DNS_SERVER``)."""
        host, port = self.server.host, self.server.port
        try:
            ip = ipaddress.ip_address(host)
        except ValueError:
            pass
        else:
            family = socket.AF_INET6 if ip.version == 6 else socket.AF_INET  # noqa: PLR2004
            return [(family, (host, port))]
        return bounded_call(lambda: resolve_addresses(host, port), self.watchdog)

    def _connect(
        self, addresses: list[tuple[socket.AddressFamily, tuple[str, int]]]
    ) -> socket.socket:
        """Connect to the first address that answers."""
        last: OSError | None = None
        for family, sockaddr in addresses:
            sock = socket.socket(family, socket.SOCK_STREAM)
            self.watchdog.track(sock)
            sock.settimeout(self._remaining())
            try:
                if self.options.source_address:
                    sock.bind((self.options.source_address, 0))
                sock.connect(sockaddr)
            except OSError as exc:
                last = exc
                sock.close()
                if self.watchdog.reason:
                    raise
                continue
            return sock
        raise last or OSError(errno.EHOSTUNREACH, "no address to connect to")

    def _open_connection(self) -> socket.socket:
        """Resolve and connect again, outside the step trace (certificate details, sniffing)."""
        sock = self._connect(self._resolve())
        sock.settimeout(min(self._remaining(), 5.0))
        return sock

    def _wrap(self, sock: socket.socket) -> ssl.SSLSocket:
        """TLS handshake on ``sock`` (implicit TLS, or after STARTTLS was accepted)."""
        with self.verified_tls():
            secured = self.tls_context().wrap_socket(sock, server_hostname=self.server.host)
        self.watchdog.track(secured)
        self.check_pin(secured)
        return secured

    @contextlib.contextmanager
    def verified_tls(self) -> Iterator[None]:
        """Around a handshake: handle a refused certificate.

        If the user trusts some certificates, start the pinned retry; otherwise the step
        fails as usual.
        """
        try:
            yield
        except ssl.SSLCertVerificationError:
            if self.options.trusted_fingerprints and not self._pinned_mode:
                raise _RetryPinned from None
            raise

    def check_pin(self, secured: ssl.SSLSocket) -> None:
        """In the pinned retry, accept exactly one of the trusted certificates."""
        if not self._pinned_mode:
            return
        der = secured.getpeercert(binary_form=True) or b""
        if tls.fingerprint(der) not in self.options.trusted_fingerprints:
            raise PinMismatchError(der)

    def tls_context(self) -> ssl.SSLContext:
        """The system trust store; in the pinned retry, any certificate (checked after)."""
        return tls.inspecting_context() if self._pinned_mode else tls.verifying_context()

    def _await_greeting(self, sock: socket.socket) -> None:
        """Wait for the first bytes; if none come, check whether the port wants TLS first."""
        sniff_after = min(WRONG_SECURITY_SNIFF_AFTER, self._current_limit / 2)
        sock.settimeout(sniff_after)
        try:
            sock.recv(1, socket.MSG_PEEK)
        except TimeoutError:
            if self._speaks_tls():
                raise ProbeFailure(
                    self._problem(
                        ProblemCode.TLS_WRONG_SECURITY,
                        port=str(self.server.port),
                        expected=Security.SSL.value,
                        configured=self.server.security.value,
                    )
                ) from None
            sock.settimeout(self._remaining())
            sock.recv(1, socket.MSG_PEEK)  # the rest of the step's time
        sock.settimeout(self._remaining())

    def _speaks_tls(self) -> bool:
        try:
            probe = self._open_connection()
            probe.settimeout(min(self._remaining(), 5.0))
            tls.inspecting_context().wrap_socket(probe, server_hostname=self.server.host).close()
        except (OSError, ssl.SSLError):
            return False
        return True

    def _speaks_plain_protocol(self) -> bytes:
        """After a failed TLS handshake: what does the port say without TLS?"""
        try:
            sock = self._open_connection()
            sock.settimeout(min(self._remaining(), 3.0))
            return sock.recv(256)
        except OSError:
            return b""

    # -- classification --------------------------------------------------------------------

    def _problem_for(self, exc: BaseException, step: Step) -> Problem:  # noqa: PLR0911, PLR0912
        """Map an exception raised during ``step`` to a problem a user can act on."""
        host, port = self.server.host, str(self.server.port)
        if isinstance(exc, ProbeFailure):
            return exc.problem
        if caused_by(exc, LimitExceededError) or caused_by(exc, ProtocolViolationError):
            # Checked before timeouts: a flood cut by the watchdog is still a flood.
            return self._protocol_error()
        if self.watchdog.reason == "timeout" or caused_by(exc, TimeoutError):
            return self._problem(ProblemCode.TIMEOUT, host=host, step=step.value)
        if is_network_down(exc):
            return self._problem(ProblemCode.OFFLINE)
        if isinstance(exc, (NameNotFoundError, socket.gaierror)):
            return self._problem(ProblemCode.DNS_NOT_FOUND, host=host)
        if isinstance(exc, PinMismatchError):
            return self._certificate_problem(CertificateProblem.PIN_MISMATCH, exc.der)
        if isinstance(exc, ssl.SSLCertVerificationError):
            return self._certificate_problem(tls.problem_from_verify_error(exc))
        if isinstance(exc, ConnectionRefusedError):
            return self._problem(ProblemCode.CONNECTION_REFUSED, host=host, port=port)
        if isinstance(exc, ssl.SSLError) and not isinstance(exc, ssl.SSLEOFError):
            if step is Step.TLS:
                said = self._speaks_plain_protocol()
                if self._greeting_looks_right(said):
                    return self._problem(
                        ProblemCode.TLS_WRONG_SECURITY,
                        port=port,
                        expected=Security.STARTTLS.value,
                        configured=Security.SSL.value,
                    )
                if said:
                    return self._protocol_error()
            return self._problem(ProblemCode.TLS_HANDSHAKE, host=host)
        if caused_by(exc, ConnectionError) or isinstance(exc, (EOFError, ssl.SSLEOFError)):
            return self._problem(ProblemCode.CONNECTION_LOST, host=host, step=step.value)
        return self._classify_protocol_error(exc, step)

    def _classify_protocol_error(self, exc: BaseException, step: Step) -> Problem:
        """Library-specific errors (imaplib, smtplib); subclasses refine this."""
        del exc, step
        return self._protocol_error()

    def _protocol_error(self) -> Problem:
        return self._problem(
            ProblemCode.PROTOCOL_ERROR,
            host=self.server.host,
            port=str(self.server.port),
            protocol=self.protocol.value,
        )

    def _certificate_problem(self, reason: CertificateProblem, der: bytes | None = None) -> Problem:
        if der is None:
            self.watchdog.arm(5.0)
            self._step_started, self._current_limit = time.monotonic(), 5.0
            try:
                der = self._fetch_certificate()
            except (OSError, ssl.SSLError, EOFError, LimitExceededError, ProtocolViolationError):
                der = None
            finally:
                self.watchdog.disarm()
        info = tls.describe_certificate(der, reason) if der else None
        return Problem(
            ProblemCode.TLS_CERTIFICATE,
            args=(("host", self.server.host),),
            certificate=info,
        )
