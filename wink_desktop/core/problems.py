"""What each problem means for the user, and what to do next (translatable)."""

from __future__ import annotations

from wink_desktop.core.checks import CertificateProblem, Problem, ProblemCode, Protocol, Step
from wink_desktop.core.errors import WinkError
from wink_desktop.core.i18n import QT_TRANSLATE_NOOP, Translate, untranslated
from wink_desktop.core.models import Security
from wink_desktop.core.settings import security_label

_CTX = "Problem"

# (code, variant) -> (message, next step). Placeholders are filled from Problem.args.
_TEXTS: dict[tuple[ProblemCode, str], tuple[str, str]] = {
    (ProblemCode.DNS_NOT_FOUND, ""): (
        QT_TRANSLATE_NOOP("Problem", "The server {host} could not be found."),
        QT_TRANSLATE_NOOP(
            "Problem",
            "Check the spelling of the server address. Your provider's help pages give it "
            "(it often starts with imap. or smtp.).",
        ),
    ),
    (ProblemCode.OFFLINE, ""): (
        QT_TRANSLATE_NOOP("Problem", "Your computer seems to be offline."),
        QT_TRANSLATE_NOOP("Problem", "Check your internet connection, then try again."),
    ),
    (ProblemCode.CONNECTION_REFUSED, ""): (
        QT_TRANSLATE_NOOP("Problem", "{host} refused the connection on port {port}."),
        QT_TRANSLATE_NOOP(
            "Problem",
            "Check the port: IMAP usually uses 993 (SSL/TLS), SMTP 465 (SSL/TLS) or 587 "
            "(STARTTLS). A firewall may also block this port.",
        ),
    ),
    (ProblemCode.TIMEOUT, ""): (
        QT_TRANSLATE_NOOP("Problem", "{host} did not answer in time (step: {step})."),
        QT_TRANSLATE_NOOP(
            "Problem",
            "Check the address and the port, and that no firewall or VPN blocks the "
            "connection, then try again.",
        ),
    ),
    (ProblemCode.TLS_CERTIFICATE, ""): (
        QT_TRANSLATE_NOOP(
            "Problem", "The security certificate of {host} cannot be trusted: {reason}."
        ),
        QT_TRANSLATE_NOOP(
            "Problem",
            "Check the server address. If your IT department confirms this exact "
            "certificate (compare its fingerprint), you can choose to trust it.",
        ),
    ),
    (ProblemCode.TLS_WRONG_SECURITY, ""): (
        QT_TRANSLATE_NOOP(
            "Problem",
            "The server on port {port} expects {expected}, but the settings say {configured}.",
        ),
        QT_TRANSLATE_NOOP("Problem", "Choose {expected} for port {port}."),
    ),
    (ProblemCode.TLS_HANDSHAKE, ""): (
        QT_TRANSLATE_NOOP("Problem", "A secure connection with {host} could not be set up."),
        QT_TRANSLATE_NOOP(
            "Problem",
            "The server may use outdated encryption. Contact your provider or IT department.",
        ),
    ),
    (ProblemCode.PLAINTEXT_REFUSED, "client"): (
        QT_TRANSLATE_NOOP(
            "Problem",
            "The connection is not encrypted, so your password was not sent.",
        ),
        QT_TRANSLATE_NOOP(
            "Problem",
            "Choose SSL/TLS or STARTTLS. Only if your IT department requires an unencrypted "
            "connection, confirm that you accept the risk.",
        ),
    ),
    (ProblemCode.PLAINTEXT_REFUSED, "server"): (
        QT_TRANSLATE_NOOP(
            "Problem", "The server refuses to sign in over an unencrypted connection."
        ),
        QT_TRANSLATE_NOOP("Problem", "Choose SSL/TLS or STARTTLS."),
    ),
    (ProblemCode.AUTH_FAILED, ""): (
        QT_TRANSLATE_NOOP("Problem", "The server did not accept the user name or password."),
        QT_TRANSLATE_NOOP(
            "Problem",
            "Check the password (capitals count) and, under Advanced, the user name. "
            "Careful: after several failures some providers lock the account for a while.",
        ),
    ),
    (ProblemCode.AUTH_FAILED, "token"): (
        QT_TRANSLATE_NOOP("Problem", "The server did not accept the sign-in authorisation."),
        QT_TRANSLATE_NOOP("Problem", "Sign in again with your provider to renew it."),
    ),
    (ProblemCode.APP_PASSWORD_REQUIRED, ""): (
        QT_TRANSLATE_NOOP(
            "Problem",
            "{provider} did not accept the password. {provider} asks mail apps such as Wink "
            "for an app password, not your usual one.",
        ),
        QT_TRANSLATE_NOOP(
            "Problem",
            "Create an app password in your {provider} account (see the help page), then "
            "paste it here.",
        ),
    ),
    (ProblemCode.SERVER_CAPABILITY_MISSING, "starttls"): (
        QT_TRANSLATE_NOOP(
            "Problem",
            "The server on port {port} does not offer STARTTLS, so it cannot be encrypted.",
        ),
        QT_TRANSLATE_NOOP(
            "Problem",
            "Choose SSL/TLS (usually port {ssl_port}), or check the settings with your provider.",
        ),
    ),
    (ProblemCode.SERVER_CAPABILITY_MISSING, "auth"): (
        QT_TRANSLATE_NOOP("Problem", "The server offers no way to sign in that Wink supports."),
        QT_TRANSLATE_NOOP(
            "Problem",
            "Check that this is your provider's sending server and port; ask your provider "
            "which settings mail apps should use.",
        ),
    ),
    (ProblemCode.SERVER_CAPABILITY_MISSING, "xoauth2"): (
        QT_TRANSLATE_NOOP(
            "Problem", "The server does not accept sign-in through your provider's account."
        ),
        QT_TRANSLATE_NOOP("Problem", "Connect this mailbox with a password instead."),
    ),
    (ProblemCode.SERVER_CAPABILITY_MISSING, "smtputf8"): (
        QT_TRANSLATE_NOOP(
            "Problem", "The outgoing server cannot send from an address with accented letters."
        ),
        QT_TRANSLATE_NOOP("Problem", "Ask your provider or IT department about SMTPUTF8."),
    ),
    (ProblemCode.PROTOCOL_ERROR, ""): (
        QT_TRANSLATE_NOOP(
            "Problem", "The server at {host}:{port} did not answer like an {protocol} server."
        ),
        QT_TRANSLATE_NOOP(
            "Problem",
            "Check the address and the port: the IMAP and SMTP settings may have been swapped.",
        ),
    ),
    (ProblemCode.CONNECTION_LOST, ""): (
        QT_TRANSLATE_NOOP("Problem", "The connection to {host} was cut (step: {step})."),
        QT_TRANSLATE_NOOP(
            "Problem",
            "Try again. If it keeps happening, the server or a firewall is closing the connection.",
        ),
    ),
    (ProblemCode.SERVER_ERROR, ""): (
        QT_TRANSLATE_NOOP("Problem", "The server reported a temporary problem."),
        QT_TRANSLATE_NOOP("Problem", "Wait a few minutes, then try again."),
    ),
    (ProblemCode.MESSAGE_REFUSED, ""): (
        QT_TRANSLATE_NOOP("Problem", "The outgoing server refused to send the test email."),
        QT_TRANSLATE_NOOP(
            "Problem",
            "Your provider may limit sending from this mailbox: check its web mail, or ask "
            "your IT department.",
        ),
    ),
    (ProblemCode.NOT_DELIVERED, ""): (
        QT_TRANSLATE_NOOP(
            "Problem",
            "The outgoing server accepted the test email, but it did not reach your inbox "
            "within {seconds} s.",
        ),
        QT_TRANSLATE_NOOP(
            "Problem",
            "It may be delayed or filtered as spam: look in your spam folder in a few "
            "minutes. If it never arrives, ask your provider why your mail is not delivered.",
        ),
    ),
}

_REASONS = {
    CertificateProblem.SELF_SIGNED: QT_TRANSLATE_NOOP("Problem", "it is self-signed"),
    CertificateProblem.EXPIRED: QT_TRANSLATE_NOOP("Problem", "it has expired"),
    CertificateProblem.NOT_YET_VALID: QT_TRANSLATE_NOOP("Problem", "it is not valid yet"),
    CertificateProblem.WRONG_HOST: QT_TRANSLATE_NOOP(
        "Problem", "it was issued for another server name"
    ),
    CertificateProblem.UNKNOWN_ISSUER: QT_TRANSLATE_NOOP(
        "Problem", "it was issued by an unknown authority"
    ),
    CertificateProblem.PIN_MISMATCH: QT_TRANSLATE_NOOP(
        "Problem", "it is not the certificate you chose to trust"
    ),
    CertificateProblem.OTHER: QT_TRANSLATE_NOOP("Problem", "it could not be verified"),
}


def _texts(problem: Problem) -> tuple[str, str]:
    variant = dict(problem.args).get("variant", "")
    return _TEXTS.get((problem.code, variant)) or _TEXTS[(problem.code, "")]


def _values(problem: Problem, translate: Translate) -> dict[str, str]:
    values = dict(problem.args)
    for key in ("expected", "configured"):
        if key in values:
            values[key] = security_label(Security(values[key]), translate)
    if "step" in values:
        values["step"] = Step(values["step"]).label(translate)
    if "protocol" in values:
        values["protocol"] = Protocol(values["protocol"]).value.upper()
    if problem.certificate is not None:
        values["reason"] = translate(_CTX, _REASONS[problem.certificate.problem])
    return values


def problem_message(problem: Problem, translate: Translate = untranslated) -> str:
    """What went wrong, in the user's language."""
    message, _ = _texts(problem)
    return translate(_CTX, message).format_map(_Missing(_values(problem, translate)))


def problem_hint(problem: Problem, translate: Translate = untranslated) -> str:
    """What to do next, in the user's language."""
    _, hint = _texts(problem)
    return translate(_CTX, hint).format_map(_Missing(_values(problem, translate)))


def describe(problem: Problem | WinkError, translate: Translate = untranslated) -> str:
    """What went wrong and what to do next, in the user's language.

    The one way the UI and the CLI show a failed check (:class:`Problem`) or an error
    (:class:`WinkError`).
    """
    if isinstance(problem, WinkError):
        return f"{problem.user_message(translate)} {problem.user_hint(translate)}"
    return f"{problem_message(problem, translate)} {problem_hint(problem, translate)}"


def all_texts() -> list[tuple[ProblemCode, str, str, str]]:
    """Every (code, variant, message, hint), for tests and documentation."""
    return [(code, variant, m, h) for (code, variant), (m, h) in _TEXTS.items()]


class _Missing(dict[str, str]):
    """Leaves an unknown placeholder visible instead of raising."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"
