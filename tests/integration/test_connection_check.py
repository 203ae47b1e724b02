"""The connection test against real servers: what a user would see for each situation."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import pytest

from tests.fixtures.dovecot import BAD_CERT_ADDRESSES, NO_STARTTLS_ADDRESS, DovecotServer
from tests.fixtures.hostile import HostileServer
from tests.fixtures.plugin import ALICE, BOB, MAIL_HOST, MARIE
from tests.fixtures.postfix import PostfixServer
from tests.fixtures.procs import free_port
from wink_desktop.core.checks import (
    CertificateProblem,
    CheckReport,
    ProblemCode,
    Protocol,
    ServerReport,
    Step,
    StepResult,
)
from wink_desktop.core.models import Security
from wink_desktop.core.probing import CheckOptions
from wink_desktop.core.problems import problem_hint, problem_message
from wink_desktop.core.settings import Credentials, ServerSettings
from wink_desktop.infra.probes import default_probes
from wink_desktop.providers.registry import CATALOGUE
from wink_desktop.services.connection_test import check_connection

pytestmark = [pytest.mark.servers, pytest.mark.usefixtures("trust_test_ca")]

SSL, STARTTLS, PLAIN = Security.SSL, Security.STARTTLS, Security.PLAIN


def run(
    imap: ServerSettings,
    smtp: ServerSettings,
    secret: str = ALICE.password,
    *,
    email: str = ALICE.address,
    token: bool = False,
    options: CheckOptions | None = None,
    on_step: Callable[[StepResult], None] | None = None,
) -> CheckReport:
    return asyncio.run(
        check_connection(
            default_probes(),
            email,
            imap,
            smtp,
            Credentials(secret, is_token=token),
            options=options,
            on_step=on_step,
            providers=CATALOGUE,
        )
    )


def imap_tls(dovecot: DovecotServer, host: str = "localhost") -> ServerSettings:
    return ServerSettings(host, dovecot.tls_port, SSL)


def smtp_tls(postfix: PostfixServer, host: str = "localhost") -> ServerSettings:
    return ServerSettings(host, postfix.tls_port, SSL)


def steps(report: ServerReport) -> list[Step]:
    return [s.step for s in report.steps]


def code(report: ServerReport) -> ProblemCode | None:
    return report.problem.code if report.problem else None


# -- it works ---------------------------------------------------------------------------


def test_implicit_tls_on_both_servers(dovecot: DovecotServer, postfix: PostfixServer) -> None:
    report = run(imap_tls(dovecot), smtp_tls(postfix))
    assert report.ok, report
    assert steps(report.imap) == [
        Step.RESOLVE,
        Step.CONNECT,
        Step.TLS,
        Step.GREETING,
        Step.SIGN_IN,
        Step.OPEN_INBOX,
    ]
    assert steps(report.smtp) == [
        Step.RESOLVE,
        Step.CONNECT,
        Step.TLS,
        Step.GREETING,
        Step.EHLO,
        Step.SIGN_IN,
    ]
    assert report.imap.message_count is not None
    assert report.imap.steps[-1].detail == f"INBOX: {report.imap.message_count}"


def test_starttls_on_both_servers(dovecot: DovecotServer, postfix: PostfixServer) -> None:
    report = run(
        ServerSettings("localhost", dovecot.starttls_port, STARTTLS),
        ServerSettings("localhost", postfix.starttls_port, STARTTLS),
    )
    assert report.ok, report
    assert Step.STARTTLS in steps(report.imap)
    assert steps(report.smtp)[-2:] == [Step.STARTTLS, Step.SIGN_IN]
    assert report.smtp.steps[-2].detail.startswith("TLSv1.")


def test_a_host_name_resolved_through_dns(
    dovecot: DovecotServer, postfix: PostfixServer, use_dns: object
) -> None:
    del use_dns
    report = run(imap_tls(dovecot, MAIL_HOST), smtp_tls(postfix, MAIL_HOST))
    assert report.ok, report
    assert report.imap.steps[0].detail == "127.0.0.1"


def test_non_ascii_password_on_both_servers(dovecot: DovecotServer, postfix: PostfixServer) -> None:
    report = run(imap_tls(dovecot), smtp_tls(postfix), BOB.password, email=BOB.address)
    assert report.ok, report
    assert report.imap.steps[-2].detail == "AUTHENTICATE PLAIN"


def test_each_step_is_reported_live_in_order(
    dovecot: DovecotServer, postfix: PostfixServer
) -> None:
    seen: list[StepResult] = []
    report = run(imap_tls(dovecot), smtp_tls(postfix), on_step=seen.append)
    for protocol, server in ((Protocol.IMAP, report.imap), (Protocol.SMTP, report.smtp)):
        assert [s for s in seen if s.protocol is protocol] == server.steps


# -- sign-in problems -------------------------------------------------------------------


def test_wrong_password_is_explained(dovecot: DovecotServer, postfix: PostfixServer) -> None:
    report = run(imap_tls(dovecot), smtp_tls(postfix), "not-the-password")
    assert not report.ok
    for server in (report.imap, report.smtp):
        assert code(server) is ProblemCode.AUTH_FAILED
        assert server.steps[-1].step is Step.SIGN_IN
        assert server.problem is not None
        assert "password" in problem_message(server.problem)
        assert "lock" in problem_hint(server.problem)
    assert "AUTHENTICATIONFAILED" in report.imap.steps[-1].detail
    assert report.smtp.steps[-1].detail.startswith("535")


def test_app_password_providers_say_so_with_their_help_page(
    dovecot: DovecotServer, postfix: PostfixServer
) -> None:
    report = run(imap_tls(dovecot), smtp_tls(postfix), "her-usual-password", email=MARIE.address)
    for server in (report.imap, report.smtp):
        assert code(server) is ProblemCode.APP_PASSWORD_REQUIRED
        assert server.problem is not None
        assert server.problem.help_url == "https://support.apple.com/102654"
        assert "iCloud" in problem_message(server.problem)


def test_xoauth2_with_a_valid_token(dovecot: DovecotServer, postfix: PostfixServer) -> None:
    token = dovecot.tokens.mint(ALICE.address)
    report = run(imap_tls(dovecot), smtp_tls(postfix), token, token=True)
    assert report.ok, report
    assert report.imap.steps[-2].detail == "XOAUTH2"
    assert report.smtp.steps[-1].detail == "XOAUTH2"


@pytest.mark.parametrize("kind", ["expired", "other user"])
def test_xoauth2_with_a_bad_token(
    dovecot: DovecotServer, postfix: PostfixServer, kind: str
) -> None:
    if kind == "expired":
        token = dovecot.tokens.mint(ALICE.address, lifetime=-60, issued_ago=3600)
    else:
        token = dovecot.tokens.mint(BOB.address)
    report = run(imap_tls(dovecot), smtp_tls(postfix), token, token=True)
    for server in (report.imap, report.smtp):
        assert code(server) is ProblemCode.AUTH_FAILED
        assert server.problem is not None
        assert dict(server.problem.args)["variant"] == "token"


# -- certificates -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("problem", "reason"),
    [
        ("wrong_host", CertificateProblem.WRONG_HOST),
        ("self_signed", CertificateProblem.SELF_SIGNED),
        ("expired", CertificateProblem.EXPIRED),
        ("unknown_ca", CertificateProblem.UNKNOWN_ISSUER),
    ],
)
def test_each_certificate_problem_is_shown_with_the_certificate(
    dovecot: DovecotServer, postfix: PostfixServer, problem: str, reason: CertificateProblem
) -> None:
    report = run(imap_tls(dovecot, BAD_CERT_ADDRESSES[problem]), smtp_tls(postfix))
    assert report.smtp.ok
    assert code(report.imap) is ProblemCode.TLS_CERTIFICATE
    assert report.imap.steps[-1].step is Step.TLS
    assert report.imap.problem is not None
    cert = report.imap.problem.certificate
    assert cert is not None
    assert cert.problem is reason
    assert len(cert.sha256) == 95  # 32 bytes as AB:CD:…
    assert cert.not_before < cert.not_after
    if problem == "wrong_host":
        assert cert.names == ("wrong-host.invalid",)
    else:
        assert "localhost" in cert.names


def test_system_trust_store_does_not_know_the_test_ca(
    dovecot: DovecotServer,
    postfix: PostfixServer,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: object,
) -> None:
    # SSL_CERT_FILE is what the app trusts: point it at an empty bundle.
    empty = f"{tmp_path}/empty.pem"
    open(empty, "w").close()  # noqa: PTH123
    monkeypatch.setenv("SSL_CERT_FILE", empty)
    report = run(imap_tls(dovecot), smtp_tls(postfix))
    for server in (report.imap, report.smtp):
        assert code(server) is ProblemCode.TLS_CERTIFICATE
        assert server.problem is not None
        assert server.problem.certificate is not None
        assert server.problem.certificate.problem is CertificateProblem.UNKNOWN_ISSUER


def test_a_trusted_certificate_is_pinned_by_its_exact_fingerprint(
    dovecot: DovecotServer, postfix: PostfixServer
) -> None:
    imap = imap_tls(dovecot, BAD_CERT_ADDRESSES["self_signed"])
    first = run(imap, smtp_tls(postfix))
    assert first.imap.problem is not None
    assert first.imap.problem.certificate is not None
    pinned = first.imap.problem.certificate.sha256
    trusted = run(
        imap, smtp_tls(postfix), options=CheckOptions(trusted_fingerprints=frozenset({pinned}))
    )
    assert trusted.imap.ok, trusted.imap
    other = run(
        imap_tls(dovecot, BAD_CERT_ADDRESSES["expired"]),
        smtp_tls(postfix),
        options=CheckOptions(trusted_fingerprints=frozenset({pinned})),
    )
    assert other.imap.problem is not None
    assert other.imap.problem.certificate is not None
    assert other.imap.problem.certificate.problem is CertificateProblem.PIN_MISMATCH


# -- security settings -------------------------------------------------------------------


def test_implicit_tls_on_a_starttls_port_suggests_starttls(
    dovecot: DovecotServer, postfix: PostfixServer
) -> None:
    report = run(
        ServerSettings("localhost", dovecot.starttls_port, SSL),
        ServerSettings("localhost", postfix.starttls_port, SSL),
    )
    for server in (report.imap, report.smtp):
        assert code(server) is ProblemCode.TLS_WRONG_SECURITY
        assert server.problem is not None
        assert dict(server.problem.args)["expected"] == "starttls"
        assert "STARTTLS" in problem_hint(server.problem)


def test_starttls_on_an_implicit_tls_port_suggests_ssl(
    dovecot: DovecotServer, postfix: PostfixServer
) -> None:
    options = CheckOptions(step_timeout=4)
    report = run(
        ServerSettings("localhost", dovecot.tls_port, STARTTLS),
        ServerSettings("localhost", postfix.tls_port, STARTTLS),
        options=options,
    )
    for server in (report.imap, report.smtp):
        assert code(server) is ProblemCode.TLS_WRONG_SECURITY
        assert server.problem is not None
        assert dict(server.problem.args)["expected"] == "ssl"
        assert "SSL/TLS" in problem_hint(server.problem)


def test_starttls_not_offered_is_refused_not_downgraded(
    dovecot: DovecotServer, postfix: PostfixServer
) -> None:
    report = run(
        ServerSettings(NO_STARTTLS_ADDRESS, dovecot.starttls_port, STARTTLS),
        ServerSettings("localhost", postfix.no_tls_port, STARTTLS),
    )
    for server in (report.imap, report.smtp):
        assert code(server) is ProblemCode.SERVER_CAPABILITY_MISSING
        assert server.steps[-1].step is Step.STARTTLS
        assert Step.SIGN_IN not in steps(server)


def test_plaintext_is_refused_without_explicit_consent(
    dovecot: DovecotServer, postfix: PostfixServer
) -> None:
    report = run(
        ServerSettings(NO_STARTTLS_ADDRESS, dovecot.starttls_port, PLAIN),
        ServerSettings("localhost", postfix.no_tls_port, PLAIN),
    )
    for server in (report.imap, report.smtp):
        assert code(server) is ProblemCode.PLAINTEXT_REFUSED
        assert server.problem is not None
        assert dict(server.problem.args)["variant"] == "client"


def test_plaintext_with_consent_signs_in(dovecot: DovecotServer, postfix: PostfixServer) -> None:
    report = run(
        ServerSettings(NO_STARTTLS_ADDRESS, dovecot.starttls_port, PLAIN),
        ServerSettings("localhost", postfix.no_tls_port, PLAIN),
        options=CheckOptions(allow_plaintext=True),
    )
    assert report.ok, report


def test_a_server_refusing_plaintext_login_is_explained(
    dovecot: DovecotServer, postfix: PostfixServer
) -> None:
    # From 127.0.0.2 Dovecot does not consider the channel secure; Postfix's submission port
    # offers AUTH only after STARTTLS.
    report = run(
        ServerSettings("127.0.0.1", dovecot.starttls_port, PLAIN),
        ServerSettings("127.0.0.1", postfix.starttls_port, PLAIN),
        options=CheckOptions(allow_plaintext=True, source_address="127.0.0.2"),
    )
    for server in (report.imap, report.smtp):
        assert code(server) is ProblemCode.PLAINTEXT_REFUSED
        assert server.problem is not None
        assert dict(server.problem.args)["variant"] == "server"


# -- network problems and misbehaving servers ------------------------------------------------


def test_connection_refused(dovecot: DovecotServer) -> None:
    closed = free_port()
    report = run(imap_tls(dovecot), ServerSettings("127.0.0.1", closed, SSL))
    assert code(report.smtp) is ProblemCode.CONNECTION_REFUSED
    assert report.smtp.steps[-1].step is Step.CONNECT


def test_unknown_host(dovecot: DovecotServer, use_dns: object) -> None:
    del use_dns
    report = run(imap_tls(dovecot), ServerSettings("nowhere.example.test", 465, SSL))
    assert code(report.smtp) is ProblemCode.DNS_NOT_FOUND
    assert report.smtp.steps[-1].step is Step.RESOLVE
    assert report.smtp.problem is not None
    assert "nowhere.example.test" in problem_message(report.smtp.problem)


@pytest.mark.parametrize("security", [SSL, STARTTLS])
def test_a_silent_server_times_out_within_the_limit(
    hostile: dict[str, HostileServer], security: Security
) -> None:
    limit = 2.0
    silent = ServerSettings("127.0.0.1", hostile["silent"].port, security)
    report = run(silent, silent, options=CheckOptions(connect_timeout=limit, step_timeout=limit))
    for server in (report.imap, report.smtp):
        assert code(server) is ProblemCode.TIMEOUT
        assert server.steps[-1].duration_ms <= (limit + 1) * 1000
    assert report.elapsed_ms <= (limit + 1) * 1000


@pytest.mark.parametrize("security", [SSL, STARTTLS])
def test_a_garbage_server_is_not_a_mail_server(
    hostile: dict[str, HostileServer], security: Security
) -> None:
    garbage = ServerSettings("127.0.0.1", hostile["garbage"].port, security)
    report = run(garbage, garbage, options=CheckOptions(step_timeout=3))
    for server in (report.imap, report.smtp):
        assert code(server) is ProblemCode.PROTOCOL_ERROR, server


@pytest.mark.parametrize("security", [SSL, STARTTLS])
def test_a_server_that_hangs_up(hostile: dict[str, HostileServer], security: Security) -> None:
    closer = ServerSettings("127.0.0.1", hostile["closer"].port, security)
    report = run(closer, closer, options=CheckOptions(step_timeout=3))
    for server in (report.imap, report.smtp):
        assert code(server) is ProblemCode.CONNECTION_LOST, server


def test_cancel_stops_reporting_and_closes_the_connections(
    hostile: dict[str, HostileServer],
) -> None:
    silent = hostile["silent"]
    server = ServerSettings("127.0.0.1", silent.port, STARTTLS)
    seen: list[StepResult] = []

    async def scenario() -> None:
        connected = asyncio.Event()

        def on_step(step: StepResult) -> None:
            seen.append(step)
            if sum(s.step is Step.CONNECT for s in seen) == 2:
                connected.set()

        task = asyncio.create_task(
            check_connection(
                default_probes(),
                ALICE.address,
                server,
                server,
                Credentials(ALICE.password),
                on_step=on_step,
            )
        )
        await asyncio.wait_for(connected.wait(), 10)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        reported = len(seen)
        # The silent server sees both connections closed (bounded wait).
        assert await asyncio.to_thread(silent.wait_until_all_closed, 5)
        await asyncio.sleep(0.2)
        assert len(seen) == reported

    asyncio.run(scenario())
    # Both servers got as far as connecting (in whatever interleaving), and no further.
    assert sorted(s.step for s in seen) == [Step.CONNECT, Step.CONNECT, Step.RESOLVE, Step.RESOLVE]
