"""The IMAP half of a connection test, with imapclient.

Steps: resolve → connect → TLS (implicit) → greeting → STARTTLS (when chosen) → sign in
(LOGIN, AUTHENTICATE PLAIN, or XOAUTH2) → open INBOX read-only and count its messages.
"""

from __future__ import annotations

import contextlib
import imaplib
import re
import socket
import ssl

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError, LoginError

from wink_desktop.core.checks import Problem, ProblemCode, Protocol, ServerReport, Step
from wink_desktop.core.models import Security
from wink_desktop.core.probing import ProbeRequest, StepCallback
from wink_desktop.infra import tls
from wink_desktop.infra.imap_wire import IMAP_LIMITS, BoundedIMAP4
from wink_desktop.infra.probe_base import ProbeFailure, ProbeRunBase
from wink_desktop.infra.wire import BoundedReader, Budget, Deadline, ProtocolViolationError

_RESPONSE_CODE = re.compile(r"\[([A-Z-]+)")


class _ProbeClient(IMAPClient):  # type: ignore[misc] # imapclient ships no types
    """IMAPClient over :class:`BoundedIMAP4` on a socket the probe opened (and secured).

    imaplib's own logging is switched off: at its debug level it would write the LOGIN
    command, password included.
    """

    def __init__(
        self, host: str, port: int, sock: socket.socket, deadline: Deadline, *, implicit_tls: bool
    ) -> None:
        self._given_socket = sock
        self._deadline = deadline
        super().__init__(host, port=port, ssl=implicit_tls, timeout=None)
        self._imap.debug = 0

    def _create_IMAP4(self) -> imaplib.IMAP4:  # noqa: N802 - imapclient's hook
        return BoundedIMAP4(self.host, self.port, self._deadline, sock=self._given_socket)

    def _set_read_timeout(self) -> None:
        return  # the probe manages socket timeouts per step

    @property
    def raw(self) -> BoundedIMAP4:
        """The underlying imaplib connection."""
        imap: BoundedIMAP4 = self._imap
        return imap


class ImapProbe:
    """:class:`~wink_desktop.core.probing.ServerProbe` for IMAP."""

    def prepare(self, request: ProbeRequest, on_step: StepCallback) -> ImapProbeRun:
        """Create a run for ``request``."""
        return ImapProbeRun(request, on_step)


class ImapProbeRun(ProbeRunBase):
    """One IMAP check."""

    protocol = Protocol.IMAP

    def __init__(self, request: ProbeRequest, on_step: StepCallback) -> None:
        super().__init__(request, on_step)
        self._client: _ProbeClient | None = None

    def wait(self) -> ServerReport:
        """Run the probe (see the base class), then let go of imaplib's socket file."""
        try:
            return super().wait()
        finally:
            client, self._client = self._client, None
            if client is not None:
                # imaplib's makefile keeps the socket open after close(); the client refers
                # back to this run (its deadline), so the garbage collector would meet them
                # in a cycle and warn about an unclosed socket.
                with contextlib.suppress(Exception):
                    client.raw.file.close()

    def _run(self) -> None:
        security = self.server.security
        sock = self._open_steps()
        with self._step(Step.GREETING) as note:
            if security is not Security.SSL:
                self._await_greeting(sock)
            sock.settimeout(self._remaining())
            client = _ProbeClient(
                self.server.host,
                self.server.port,
                sock,
                self.deadline,
                implicit_tls=security is Security.SSL,
            )
            self._client = client
            note.detail = _greeting_detail(client)
        if security is Security.STARTTLS:
            with self._step(Step.STARTTLS) as note:
                self._starttls(client)
                note.detail = tls.session_summary(client.raw.sock)
        if self.request.credentials is None:
            return
        with self._step(Step.SIGN_IN) as note:
            note.detail = self._sign_in(client)
        with self._step(Step.OPEN_INBOX) as note:
            info = client.select_folder("INBOX", readonly=True)
            count = int(info.get(b"EXISTS", 0))
            self.report.message_count = count
            note.detail = f"INBOX: {count}"
        self._with_inbox(client)
        self._leave(client)

    def _with_inbox(self, client: _ProbeClient) -> None:
        """More steps on the open INBOX (none in a connection test)."""
        del client

    def _starttls(self, client: _ProbeClient) -> None:
        if b"STARTTLS" not in client.capabilities():
            raise ProbeFailure(
                self._problem(
                    ProblemCode.SERVER_CAPABILITY_MISSING,
                    variant="starttls",
                    port=str(self.server.port),
                    ssl_port="993",
                )
            )
        client.raw.sock.settimeout(self._remaining())
        with self.verified_tls():
            client.starttls(self.tls_context())
        secured = client.raw.sock
        if not isinstance(secured, ssl.SSLSocket):
            raise ProbeFailure(self._problem(ProblemCode.TLS_HANDSHAKE, host=self.server.host))
        self.watchdog.track(secured)
        self.check_pin(secured)

    def _sign_in(self, client: _ProbeClient) -> str:
        creds = self.request.secret
        user = self.server.login(self.request.email)
        if self.server.security is Security.PLAIN and not self.options.allow_plaintext:
            raise ProbeFailure(self._problem(ProblemCode.PLAINTEXT_REFUSED, variant="client"))
        caps = client.capabilities()
        if b"LOGINDISABLED" in caps:
            raise ProbeFailure(self._problem(ProblemCode.PLAINTEXT_REFUSED, variant="server"))
        client.raw.sock.settimeout(self._remaining())
        try:
            if creds.is_token:
                if b"AUTH=XOAUTH2" not in caps:
                    raise ProbeFailure(
                        self._problem(ProblemCode.SERVER_CAPABILITY_MISSING, variant="xoauth2")
                    )
                client.oauth2_login(user, creds.secret)
                return "XOAUTH2"
            if creds.secret.isascii() and user.isascii():
                # BoundedIMAP4.login sends both as quoted strings (imaplib would not).
                client.login(user, creds.secret)
                return "LOGIN"
            # imaplib's LOGIN is ASCII-only; AUTHENTICATE PLAIN carries UTF-8.
            client.plain_login(user, creds.secret)
        except LoginError as exc:
            raise ProbeFailure(self._login_problem(exc, client.raw.last_status)) from exc
        return "AUTHENTICATE PLAIN"

    def _login_problem(self, exc: LoginError, client_status: str) -> Problem:
        context = exc.__context__ or exc.__cause__
        if isinstance(context, (OSError, imaplib.IMAP4.abort, EOFError)) or self.watchdog.reason:
            # imapclient turns a connection dropped during login into LoginError.
            raise context or exc
        said = _server_words(str(exc))
        if client_status != "NO":
            # BAD, or a tagged answer that is no IMAP status at all: the server is at
            # fault, not the password (auth_failed would stop retries and ask the user).
            return Problem(
                ProblemCode.PROTOCOL_ERROR, args=self._protocol_error().args, server_said=said
            )
        code = _response_code(said)
        if code == "PRIVACYREQUIRED":
            return self._problem(ProblemCode.PLAINTEXT_REFUSED, variant="server")
        if code in {"UNAVAILABLE", "SERVERBUG", "INUSE"}:
            return Problem(ProblemCode.SERVER_ERROR, server_said=said)
        if self.request.secret.is_token:
            return Problem(ProblemCode.AUTH_FAILED, args=(("variant", "token"),), server_said=said)
        return Problem(ProblemCode.AUTH_FAILED, server_said=said)

    def _leave(self, client: _ProbeClient) -> None:
        # Say goodbye without waiting for the answer: the check is over.
        with contextlib.suppress(OSError, ValueError):
            client.raw.send(b"Z LOGOUT\r\n")

    def _classify_protocol_error(self, exc: BaseException, step: Step) -> Problem:
        if isinstance(exc, imaplib.IMAP4.abort) and "EOF" in str(exc):
            return self._problem(
                ProblemCode.CONNECTION_LOST, host=self.server.host, step=step.value
            )
        if isinstance(exc, (imaplib.IMAP4.error, IMAPClientError)) and step is Step.OPEN_INBOX:
            return Problem(ProblemCode.SERVER_ERROR, server_said=_server_words(str(exc)))
        return self._protocol_error()

    # -- helpers for the base class ----------------------------------------------------

    def _greeting_looks_right(self, data: bytes) -> bool:
        return data.startswith((b"* OK", b"* PREAUTH", b"* BYE"))

    def _fetch_certificate(self) -> bytes:
        sock = self._open_connection()
        if self.server.security is Security.STARTTLS:
            reader = BoundedReader(sock, self.deadline, IMAP_LIMITS, Budget(IMAP_LIMITS.total))
            _expect_line(reader, (b"* OK", b"* PREAUTH"))
            reader.new_reply()
            sock.sendall(b"W STARTTLS\r\n")
            # Skip untagged lines until our answer; end of file, BYE, the deadline or a
            # flood end the loop with an error (it must never spin).
            line = b""
            while not line.startswith(b"W "):
                line = _expect_line(reader, (b"W ", b"* "))
            if not line.startswith(b"W OK"):
                raise ProtocolViolationError(line[:80].decode("ascii", "replace"))
        secured = tls.inspecting_context().wrap_socket(sock, server_hostname=self.server.host)
        self.watchdog.track(secured)
        return secured.getpeercert(binary_form=True) or b""


def _expect_line(reader: BoundedReader, starts: tuple[bytes, ...]) -> bytes:
    """The next line, which must start with one of ``starts`` (and not be a BYE)."""
    line = reader.readline()
    if not line:
        raise EOFError
    if not line.startswith(starts) or line.startswith(b"* BYE"):
        raise ProtocolViolationError(line[:80].decode("ascii", "replace"))
    return line


def _greeting_detail(client: _ProbeClient) -> str:
    welcome = client.welcome
    text = welcome.decode("utf-8", "replace") if isinstance(welcome, bytes) else str(welcome)
    return re.sub(r"^\* (OK|PREAUTH) (\[[^\]]*\] )?", "", text)


def _server_words(text: str) -> str:
    """The server's own words out of an imapclient error message (no secret is in them)."""
    match = re.search(r"b['\"](.*)['\"]", text)
    return match.group(1) if match else text


def _response_code(said: str) -> str:
    match = _RESPONSE_CODE.search(said)
    return match.group(1) if match else ""
