"""``wink-desktop check`` end to end: output shapes, exit codes, no secret anywhere."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.fixtures.dovecot import BAD_CERT_ADDRESSES, DovecotServer
from tests.fixtures.pki import ServerPKI
from tests.fixtures.plugin import ALICE
from tests.fixtures.postfix import PostfixServer

pytestmark = pytest.mark.servers


def _check(
    pki: ServerPKI, *args: str, secret: str, lang: str = "en"
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SSL_CERT_FILE": str(pki.ca), "WINK_DESKTOP_LANG": lang}
    env.pop("SSL_CERT_DIR", None)
    return subprocess.run(
        [sys.executable, "-m", "wink_desktop", "check", "--email", ALICE.address, *args],
        input=secret + "\n",
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def _servers(
    dovecot: DovecotServer, postfix: PostfixServer, imap_host: str = "localhost"
) -> list[str]:
    return [
        "--imap",
        f"{imap_host}:{dovecot.tls_port}",
        "--imap-security",
        "ssl",
        "--smtp",
        f"localhost:{postfix.starttls_port}",
        "--smtp-security",
        "starttls",
    ]


def test_success_prints_each_step_and_exits_0(
    pki: ServerPKI, dovecot: DovecotServer, postfix: PostfixServer
) -> None:
    result = _check(pki, *_servers(dovecot, postfix), "--password-stdin", secret=ALICE.password)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "IMAP ✓ Open the inbox" in result.stdout
    assert "SMTP ✓ Sign in" in result.stdout
    assert ALICE.password not in result.stdout + result.stderr


def test_json_shape(pki: ServerPKI, dovecot: DovecotServer, postfix: PostfixServer) -> None:
    result = _check(
        pki, *_servers(dovecot, postfix), "--password-stdin", "--json", secret="wrong-password-xyz"
    )
    assert result.returncode == 1
    report = json.loads(result.stdout)
    assert set(report) == {"ok", "elapsed_ms", "imap", "smtp"}
    assert report["ok"] is False
    for server in ("imap", "smtp"):
        assert set(report[server]) == {"ok", "steps", "error"}
        assert set(report[server]["error"]) == {"code", "message", "hint", "certificate"}
        assert report[server]["error"]["code"] == "auth_failed"
        for step in report[server]["steps"]:
            assert set(step) == {"name", "ok", "ms", "detail"}
    assert "wrong-password-xyz" not in result.stdout + result.stderr


def test_certificate_details_in_json_and_in_french(
    pki: ServerPKI, dovecot: DovecotServer, postfix: PostfixServer
) -> None:
    servers = _servers(dovecot, postfix, BAD_CERT_ADDRESSES["self_signed"])
    result = _check(pki, *servers, "--password-stdin", "--json", secret=ALICE.password, lang="fr")
    error = json.loads(result.stdout)["imap"]["error"]
    assert error["code"] == "tls_certificate"
    assert error["certificate"]["problem"] == "self_signed"
    assert "auto-signé" in error["message"]
    fingerprint = error["certificate"]["sha256"]
    trusted = _check(
        pki,
        *servers,
        "--password-stdin",
        "--trust-fingerprint",
        fingerprint.replace(":", "").lower(),
        secret=ALICE.password,
    )
    assert trusted.returncode == 0, trusted.stdout


def test_a_token_never_shows_up(
    pki: ServerPKI, dovecot: DovecotServer, postfix: PostfixServer
) -> None:
    token = dovecot.tokens.mint(ALICE.address, lifetime=-60, issued_ago=3600)
    for extra in ([], ["--json"]):
        result = _check(pki, *_servers(dovecot, postfix), "--token-stdin", *extra, secret=token)
        assert result.returncode == 1
        assert token not in result.stdout + result.stderr
        assert token.split(".")[2] not in result.stdout + result.stderr
