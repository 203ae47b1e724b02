"""The SMTP half of a connection test, with smtplib.

Steps: resolve → connect → TLS (implicit) → greeting → EHLO → STARTTLS (when chosen, then
EHLO again) → sign in (AUTH PLAIN, LOGIN or XOAUTH2). Nothing is ever sent.
"""

from __future__ import annotations

import base64
import contextlib
import dataclasses
import re
import smtplib
import socket
from collections.abc import Callable

from wink_desktop.core.checks import Problem, ProblemCode, Protocol, Step
from wink_desktop.core.models import Security
from wink_desktop.core.probing import ProbeRequest, StepCallback
from wink_desktop.infra import tls
from wink_desktop.infra.probe_base import ProbeFailure, ProbeRunBase
from wink_desktop.infra.wire import (
    BoundedReader,
    Budget,
    Deadline,
    Limits,
    ProtocolViolationError,
)

_OK_GREETING = 220
_OK_EHLO = 250
_OK_AUTH = 235
_CONTINUE = 334
_TEMPORARY = range(400, 500)
# 530: authentication required / must issue STARTTLS first; 538: encryption required.
_NEEDS_ENCRYPTION = {530, 538}

#: RFC 5321 §4.5.3.1.5 caps a reply line at 512 octets; 1,000 (its text-line limit) leaves
#: room for slightly careless servers. No honest EHLO answer has 100 lines; the whole
#: conversation of a sign-in test is a few kilobytes.
SMTP_LIMITS = Limits(line=1000, reply_lines=100, reply_bytes=32 * 1024, literal=0, total=256 * 1024)
_REPLY_LINE = re.compile(rb"([2-5][0-9][0-9])([ -][^\r\n]*)?")


class _BoundedSMTP(smtplib.SMTP):
    """smtplib reading replies through a :class:`BoundedReader`, and only well-formed ones.

    smtplib keeps every continuation line of a reply, reads within per-``recv`` timeouts,
    and accepts a line cut short (or ``+35 …``) as a reply code.
    """

    def __init__(self, deadline: Deadline, local_hostname: str) -> None:
        super().__init__(local_hostname=local_hostname)
        self._deadline = deadline
        self._budget = Budget(SMTP_LIMITS.total)
        self._reader: BoundedReader | None = None

    def getreply(self) -> tuple[int, bytes]:
        """One complete reply: (code, text lines joined by LF)."""
        if self.sock is None:
            raise smtplib.SMTPServerDisconnected("not connected")
        if self._reader is None or self._reader.sock is not self.sock:
            # A new buffer after STARTTLS: nothing sent before encryption is kept.
            self._reader = BoundedReader(self.sock, self._deadline, SMTP_LIMITS, self._budget)
        return read_reply(self._reader, on_eof=self.close)


def read_reply(
    reader: BoundedReader, on_eof: Callable[[], None] | None = None
) -> tuple[int, bytes]:
    """Read one SMTP reply; anything but a well-formed one is a protocol violation."""
    reader.new_reply()
    code = b""
    texts = []
    while True:
        try:
            line = reader.readline()
        except OSError as exc:
            if on_eof is not None:
                on_eof()
            msg = f"Connection unexpectedly closed: {exc}"
            raise smtplib.SMTPServerDisconnected(msg) from exc
        if not line:
            if on_eof is not None:
                on_eof()
            raise smtplib.SMTPServerDisconnected("Connection unexpectedly closed")
        match = _REPLY_LINE.fullmatch(line.rstrip(b"\r\n"))
        if match is None or (code and match.group(1) != code):
            raise ProtocolViolationError("not an SMTP reply")
        code = match.group(1)
        texts.append((match.group(2) or b" ")[1:].strip(b" \t"))
        if line[3:4] != b"-":
            return int(code), b"\n".join(texts)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


class SmtpProbe:
    """:class:`~wink_desktop.core.probing.ServerProbe` for SMTP submission."""

    def prepare(self, request: ProbeRequest, on_step: StepCallback) -> SmtpProbeRun:
        """Create a run for ``request``."""
        return SmtpProbeRun(request, on_step)


class SmtpProbeRun(ProbeRunBase):
    """One SMTP check."""

    protocol = Protocol.SMTP

    def _run(self) -> None:
        security = self.server.security
        sock = self._open_steps()
        smtp = _BoundedSMTP(self.deadline, _ehlo_name(sock))
        with self._step(Step.GREETING) as note:
            if security is not Security.SSL:
                self._await_greeting(sock)
            smtp.sock = sock
            sock.settimeout(self._remaining())
            code, said = smtp.getreply()
            note.detail = self._check_greeting(code, said)
        with self._step(Step.EHLO) as note:
            note.detail = self._ehlo(smtp)
        if security is Security.STARTTLS:
            with self._step(Step.STARTTLS) as note:
                note.detail = self._starttls(smtp)
        if self.request.credentials is None:
            return
        with self._step(Step.SIGN_IN) as note:
            note.detail = self._sign_in(smtp)
        self._signed_in(smtp)
        with contextlib.suppress(OSError, smtplib.SMTPException):
            smtp.send(b"QUIT\r\n")  # no need to wait for the goodbye

    def _signed_in(self, smtp: smtplib.SMTP) -> None:
        """More steps once signed in (none in a connection test: nothing is sent)."""
        del smtp

    def _check_greeting(self, code: int, said: bytes) -> str:
        text = said.decode("utf-8", "replace")
        if code == _OK_GREETING:
            return text
        if code in _TEMPORARY or code >= 500:  # noqa: PLR2004
            raise ProbeFailure(Problem(ProblemCode.SERVER_ERROR, server_said=f"{code} {text}"))
        raise ProbeFailure(self._protocol_error())

    def _ehlo(self, smtp: smtplib.SMTP) -> str:
        _socket_of(smtp).settimeout(self._remaining())
        code, said = smtp.ehlo()
        if code != _OK_EHLO:
            raise ProbeFailure(
                Problem(
                    ProblemCode.PROTOCOL_ERROR,
                    args=(
                        ("host", self.server.host),
                        ("port", str(self.server.port)),
                        ("protocol", "smtp"),
                    ),
                    server_said=f"{code} {said.decode('utf-8', 'replace')}",
                )
            )
        return " ".join(
            f"{name.upper()} {value}".strip() if name == "auth" else name.upper()
            for name, value in smtp.esmtp_features.items()
        )

    def _starttls(self, smtp: smtplib.SMTP) -> str:
        if not smtp.has_extn("starttls"):
            raise ProbeFailure(
                self._problem(
                    ProblemCode.SERVER_CAPABILITY_MISSING,
                    variant="starttls",
                    port=str(self.server.port),
                    ssl_port="465",
                )
            )
        code, said = smtp.docmd("STARTTLS")
        if code != _OK_GREETING:
            raise ProbeFailure(
                Problem(
                    ProblemCode.SERVER_ERROR,
                    server_said=f"{code} {said.decode('utf-8', 'replace')}",
                )
            )
        secured = self._wrap(_socket_of(smtp))
        # RFC 3207: forget what was learnt before encryption, and ask again.
        smtp.sock, smtp.file = secured, None
        smtp.ehlo_resp = smtp.helo_resp = None
        smtp.esmtp_features, smtp.does_esmtp = {}, False
        detail = tls.session_summary(secured)
        self._ehlo(smtp)
        return detail

    def _sign_in(self, smtp: smtplib.SMTP) -> str:
        security = self.server.security
        if security is Security.PLAIN and not self.options.allow_plaintext:
            raise ProbeFailure(self._problem(ProblemCode.PLAINTEXT_REFUSED, variant="client"))
        if not smtp.has_extn("auth"):
            if security is Security.PLAIN and smtp.has_extn("starttls"):
                # Servers such as Postfix offer AUTH only once the connection is encrypted.
                raise ProbeFailure(self._problem(ProblemCode.PLAINTEXT_REFUSED, variant="server"))
            raise ProbeFailure(self._problem(ProblemCode.SERVER_CAPABILITY_MISSING, variant="auth"))
        mechanisms = set(smtp.esmtp_features["auth"].upper().split())
        user = self.server.login(self.request.email).encode("utf-8")
        secret = self.request.secret.secret.encode("utf-8")
        _socket_of(smtp).settimeout(self._remaining())
        if self.request.secret.is_token:
            if "XOAUTH2" not in mechanisms:
                raise ProbeFailure(
                    self._problem(ProblemCode.SERVER_CAPABILITY_MISSING, variant="xoauth2")
                )
            payload = b"user=" + user + b"\x01auth=Bearer " + secret + b"\x01\x01"
            code, said = smtp.docmd("AUTH", "XOAUTH2 " + _b64(payload))
            if code == _CONTINUE:  # the server explains the failure; acknowledge it
                code, said = smtp.docmd("")
            mechanism = "XOAUTH2"
        elif "PLAIN" in mechanisms:
            # By hand: smtplib's own AUTH encodes as ASCII, so é or ü would fail.
            code, said = smtp.docmd("AUTH", "PLAIN " + _b64(b"\0" + user + b"\0" + secret))
            mechanism = "PLAIN"
        elif "LOGIN" in mechanisms:
            code, said = smtp.docmd("AUTH", "LOGIN " + _b64(user))
            if code == _CONTINUE:
                code, said = smtp.docmd(_b64(secret))
            mechanism = "LOGIN"
        else:
            raise ProbeFailure(self._problem(ProblemCode.SERVER_CAPABILITY_MISSING, variant="auth"))
        if code != _OK_AUTH:
            raise ProbeFailure(self._auth_problem(code, said.decode("utf-8", "replace")))
        return mechanism

    def _auth_problem(self, code: int, said: str) -> Problem:
        words = f"{code} {said}"
        if code in _NEEDS_ENCRYPTION:
            return Problem(
                ProblemCode.PLAINTEXT_REFUSED, args=(("variant", "server"),), server_said=words
            )
        if code in _TEMPORARY:
            return Problem(ProblemCode.SERVER_ERROR, server_said=words)
        if code < 500:  # noqa: PLR2004
            # A success or a challenge where a verdict was due: the server is broken, and
            # auth_failed would wrongly blame (and lock out) the password.
            return dataclasses.replace(self._protocol_error(), server_said=words)
        if self.request.secret.is_token:
            return Problem(ProblemCode.AUTH_FAILED, args=(("variant", "token"),), server_said=words)
        return Problem(ProblemCode.AUTH_FAILED, server_said=words)

    def _classify_protocol_error(self, exc: BaseException, step: Step) -> Problem:
        if isinstance(exc, smtplib.SMTPServerDisconnected):
            # smtplib reports a read timeout as a disconnection: the base class already
            # checked the watchdog and the exception chain for timeouts.
            return self._problem(
                ProblemCode.CONNECTION_LOST, host=self.server.host, step=step.value
            )
        return self._protocol_error()

    # -- helpers for the base class ----------------------------------------------------

    def _greeting_looks_right(self, data: bytes) -> bool:
        return data[:3].isdigit()

    def _fetch_certificate(self) -> bytes:
        sock = self._open_connection()
        if self.server.security is Security.STARTTLS:
            reader = BoundedReader(sock, self.deadline, SMTP_LIMITS, Budget(SMTP_LIMITS.total))
            read_reply(reader)
            sock.sendall(f"EHLO {_ehlo_name(sock)}\r\n".encode("ascii"))
            read_reply(reader)
            sock.sendall(b"STARTTLS\r\n")
            if read_reply(reader)[0] != _OK_GREETING:
                raise ProtocolViolationError("STARTTLS refused")
        secured = tls.inspecting_context().wrap_socket(sock, server_hostname=self.server.host)
        self.watchdog.track(secured)
        return secured.getpeercert(binary_form=True) or b""


def _socket_of(smtp: smtplib.SMTP) -> socket.socket:
    if smtp.sock is None:
        raise smtplib.SMTPServerDisconnected
    return smtp.sock


def _ehlo_name(sock: socket.socket) -> str:
    """Our address as an EHLO literal: no DNS lookup of our own name (RFC 5321 §4.1.3)."""
    try:
        address = str(sock.getsockname()[0])
    except OSError:
        return "[127.0.0.1]"
    return f"[IPv6:{address}]" if ":" in address else f"[{address}]"
