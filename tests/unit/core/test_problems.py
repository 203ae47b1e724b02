"""Every problem has a message and a next step, and its placeholders are filled."""

from __future__ import annotations

import pytest

from wink_desktop.core.checks import (
    CertificateInfo,
    CertificateProblem,
    Problem,
    ProblemCode,
    Step,
)
from wink_desktop.core.problems import all_texts, problem_hint, problem_message

TAXONOMY = {
    "dns_not_found",
    "connection_refused",
    "timeout",
    "tls_certificate",
    "tls_wrong_security",
    "plaintext_refused",
    "auth_failed",
    "app_password_required",
    "server_capability_missing",
    "protocol_error",
    "connection_lost",
    "offline",
}

ARGS = {
    "host": "imap.example.com",
    "port": "143",
    "step": Step.GREETING.value,
    "expected": "ssl",
    "configured": "starttls",
    "provider": "iCloud",
    "protocol": "imap",
    "ssl_port": "993",
    "seconds": "60",
}


def test_the_taxonomy_is_covered() -> None:
    assert {code.value for code in ProblemCode} >= TAXONOMY
    assert {code for code, *_ in all_texts()} == set(ProblemCode)


@pytest.mark.parametrize(("code", "variant", "message", "hint"), all_texts())
def test_every_text_renders_completely(
    code: ProblemCode, variant: str, message: str, hint: str
) -> None:
    cert = CertificateInfo(
        "a", "b", ("a",), "2026-01-01", "2027-01-01", "AB", CertificateProblem.EXPIRED
    )
    problem = Problem(code, args=(("variant", variant), *ARGS.items()), certificate=cert)
    for text in (problem_message(problem), problem_hint(problem)):
        assert "{" not in text, text
        assert text.endswith("."), text
    assert message
    assert hint


def test_security_names_and_steps_are_shown_in_the_users_language() -> None:
    problem = Problem(
        ProblemCode.TLS_WRONG_SECURITY,
        args=(("port", "993"), ("expected", "ssl"), ("configured", "starttls")),
    )
    french = {
        "SSL/TLS": "SSL/TLS",
        "Choose {expected} for port {port}.": "Choisissez {expected} pour le port {port}.",
    }
    assert (
        problem_hint(problem, lambda _ctx, text: french.get(text, text))
        == "Choisissez SSL/TLS pour le port 993."
    )
    assert (
        problem_message(problem)
        == "The server on port 993 expects SSL/TLS, but the settings say STARTTLS."
    )


def test_certificate_reason_is_explained() -> None:
    cert = CertificateInfo("x", "y", ("x",), "a", "b", "AB", CertificateProblem.SELF_SIGNED)
    problem = Problem(
        ProblemCode.TLS_CERTIFICATE, args=(("host", "mail.example.com"),), certificate=cert
    )
    assert problem_message(problem) == (
        "The security certificate of mail.example.com cannot be trusted: it is self-signed."
    )
