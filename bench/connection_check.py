"""Connection test: total time against plain imaplib and smtplib logins, same servers.

A relay adds 100 ms in each direction in front of both servers, so round trips dominate
and concurrency shows: checking both servers at once should cost about as much as the
slower of the two plain logins, not their sum. Needs root (Postfix), like the test suite.

Run from the repository root::

    .venv/bin/python -m bench.connection_check [REPETITIONS]

Target: <= 1.15x the slower plain login.
"""

from __future__ import annotations

import asyncio
import imaplib
import os
import smtplib
import ssl
import sys
from collections.abc import Callable

from bench.harness import Result, measure_many, report
from bench.relay import LatencyRelay
from tests.fixtures.dovecot import DovecotServer, MailUser
from tests.fixtures.pki import make_pki
from tests.fixtures.postfix import postfix_server
from tests.fixtures.procs import remove_tree, world_readable_tempdir
from wink_desktop.core.models import Security
from wink_desktop.core.settings import Credentials, ServerSettings
from wink_desktop.infra.probes import default_probes
from wink_desktop.services.connection_test import check_connection

USER = MailUser("bench@example.test", "Bench-Pass-1")
DELAY = 0.100


def main() -> int:
    """Start the servers and relays, measure, print the ratios."""
    repeat = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    root = world_readable_tempdir("wink-bench-")
    pki = make_pki(root / "pki")
    os.environ["SSL_CERT_FILE"] = str(pki.ca)
    dovecot = DovecotServer(root=root, pki=pki, users=(USER,))
    dovecot.start()
    postfix = postfix_server(dovecot)
    try:
        postfix.start()
        with (
            LatencyRelay(("127.0.0.1", dovecot.tls_port), DELAY) as imap_relay,
            LatencyRelay(("127.0.0.1", postfix.starttls_port), DELAY) as smtp_relay,
        ):
            results = run(imap_relay.port, smtp_relay.port, str(pki.ca), repeat)
    finally:
        postfix.cleanup()
        dovecot.cleanup()
        remove_tree(root)
    return results


def run(imap_port: int, smtp_port: int, ca: str, repeat: int) -> int:
    """Measure the three operations, interleaved."""
    context = ssl.create_default_context(cafile=ca)
    imap = ServerSettings("localhost", imap_port, Security.SSL)
    smtp = ServerSettings("localhost", smtp_port, Security.STARTTLS)

    def wink_check() -> None:
        outcome = asyncio.run(
            check_connection(default_probes(), USER.address, imap, smtp, Credentials(USER.password))
        )
        if not outcome.ok:
            raise RuntimeError(outcome)

    def plain_imap() -> None:
        client = imaplib.IMAP4_SSL("localhost", imap_port, ssl_context=context)
        client.login(USER.address, USER.password)
        client.logout()

    def plain_smtp() -> None:
        with smtplib.SMTP("localhost", smtp_port, local_hostname="localhost") as client:
            client.starttls(context=context)
            client.login(USER.address, USER.password)

    operations: dict[str, Callable[[], None]] = {
        "wink": wink_check,
        "imap": plain_imap,
        "smtp": plain_smtp,
    }
    medians = measure_many(operations, repeat=repeat, warmup=1)
    slower = max(medians["imap"], medians["smtp"])
    both = medians["imap"] + medians["smtp"]
    print(
        f"plain imaplib login {medians['imap'] * 1000:.0f} ms, plain smtplib login "
        f"{medians['smtp'] * 1000:.0f} ms, Wink check (both) {medians['wink'] * 1000:.0f} ms; "
        f"{DELAY * 1000:.0f} ms added each way"
    )
    return report(
        [
            Result("check vs the slower plain login", medians["wink"], slower),
            Result("check vs both plain logins in a row", medians["wink"], both),
        ],
        {"check vs the slower plain login": 1.15},
    )


if __name__ == "__main__":
    raise SystemExit(main())
