"""The results of a connection test: steps, classified problems, reports.

Pure data, shared by the probes (infra), the use case (services), the UI and the CLI.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from wink_desktop.core.i18n import QT_TRANSLATE_NOOP, Translate, untranslated


class Protocol(enum.StrEnum):
    """The two servers a mailbox needs."""

    IMAP = "imap"
    SMTP = "smtp"


class Step(enum.StrEnum):
    """One stage of a server check, in the order it happens."""

    RESOLVE = "resolve"
    CONNECT = "connect"
    TLS = "tls"
    GREETING = "greeting"
    EHLO = "ehlo"
    STARTTLS = "starttls"
    SIGN_IN = "sign_in"
    OPEN_INBOX = "open_inbox"
    SEND = "send"
    DELIVERY = "delivery"

    def label(self, translate: Translate = untranslated) -> str:
        """What the step is called in the step trace."""
        return translate("Step", _STEP_LABELS[self])


_STEP_LABELS = {
    Step.RESOLVE: QT_TRANSLATE_NOOP("Step", "Find the server"),
    Step.CONNECT: QT_TRANSLATE_NOOP("Step", "Connect"),
    Step.TLS: QT_TRANSLATE_NOOP("Step", "Secure the connection (TLS)"),
    Step.GREETING: QT_TRANSLATE_NOOP("Step", "Server greeting"),
    Step.EHLO: QT_TRANSLATE_NOOP("Step", "Introduce ourselves (EHLO)"),
    Step.STARTTLS: QT_TRANSLATE_NOOP("Step", "Switch to encryption (STARTTLS)"),
    Step.SIGN_IN: QT_TRANSLATE_NOOP("Step", "Sign in"),
    Step.OPEN_INBOX: QT_TRANSLATE_NOOP("Step", "Open the inbox"),
    Step.SEND: QT_TRANSLATE_NOOP("Step", "Send the test email"),
    Step.DELIVERY: QT_TRANSLATE_NOOP("Step", "Wait for it in the inbox"),
}


@dataclass(frozen=True)
class StepResult:
    """One finished step, as reported live while the check runs.

    Attributes:
        protocol: which server.
        step: which stage.
        ok: whether it succeeded.
        duration_ms: how long it took.
        detail: a short technical note (server name, capabilities, message count); never
            a secret.
    """

    protocol: Protocol
    step: Step
    ok: bool
    duration_ms: int
    detail: str = ""


class CertificateProblem(enum.StrEnum):
    """Why a certificate was not accepted."""

    SELF_SIGNED = "self_signed"
    EXPIRED = "expired"
    NOT_YET_VALID = "not_yet_valid"
    WRONG_HOST = "wrong_host"
    UNKNOWN_ISSUER = "unknown_issuer"
    PIN_MISMATCH = "pin_mismatch"
    OTHER = "other"


@dataclass(frozen=True)
class CertificateInfo:
    """What a user needs to decide about a certificate (shown in the certificate dialog).

    Attributes:
        subject: the subject's common name (or the full subject when it has none).
        issuer: who signed it.
        names: the host names and addresses it is valid for.
        not_before: start of validity, ISO 8601 (UTC).
        not_after: end of validity, ISO 8601 (UTC).
        sha256: SHA-256 fingerprint of the DER certificate, ``AB:CD:…``.
        problem: why it was refused.
    """

    subject: str
    issuer: str
    names: tuple[str, ...]
    not_before: str
    not_after: str
    sha256: str
    problem: CertificateProblem

    def to_json(self) -> dict[str, object]:
        """A JSON-ready dict."""
        return {
            "subject": self.subject,
            "issuer": self.issuer,
            "names": list(self.names),
            "not_before": self.not_before,
            "not_after": self.not_after,
            "sha256": self.sha256,
            "problem": self.problem.value,
        }


class ProblemCode(enum.StrEnum):
    """The error taxonomy (DESIGN.md §5): one code per kind of failure."""

    DNS_NOT_FOUND = "dns_not_found"
    OFFLINE = "offline"
    CONNECTION_REFUSED = "connection_refused"
    TIMEOUT = "timeout"
    TLS_CERTIFICATE = "tls_certificate"
    TLS_WRONG_SECURITY = "tls_wrong_security"
    TLS_HANDSHAKE = "tls_handshake"
    PLAINTEXT_REFUSED = "plaintext_refused"
    AUTH_FAILED = "auth_failed"
    APP_PASSWORD_REQUIRED = "app_password_required"  # noqa: S105 - a code, not a secret
    SERVER_CAPABILITY_MISSING = "server_capability_missing"
    PROTOCOL_ERROR = "protocol_error"
    CONNECTION_LOST = "connection_lost"
    SERVER_ERROR = "server_error"
    MESSAGE_REFUSED = "message_refused"
    NOT_DELIVERED = "not_delivered"


@dataclass(frozen=True)
class Problem:
    """A classified failure of one server check.

    Attributes:
        code: the taxonomy code.
        args: values for the message's ``{placeholders}`` (host, port, setting names).
        certificate: the refused certificate, for ``tls_certificate``.
        help_url: the provider's own help page, when one applies (app passwords).
        server_said: the server's own words, when it gave any (never contains a secret).
    """

    code: ProblemCode
    args: tuple[tuple[str, str], ...] = ()
    certificate: CertificateInfo | None = None
    help_url: str | None = None
    server_said: str = ""


@dataclass
class ServerReport:
    """Everything one server check found."""

    protocol: Protocol
    steps: list[StepResult] = field(default_factory=list)
    problem: Problem | None = None
    message_count: int | None = None

    @property
    def ok(self) -> bool:
        """True when every step passed."""
        return self.problem is None and bool(self.steps) and all(s.ok for s in self.steps)


@dataclass
class CheckReport:
    """The result of testing both servers."""

    imap: ServerReport
    smtp: ServerReport
    elapsed_ms: int

    @property
    def ok(self) -> bool:
        """True when both servers passed."""
        return self.imap.ok and self.smtp.ok
