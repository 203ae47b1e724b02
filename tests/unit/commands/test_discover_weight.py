"""``wink-desktop discover`` starts light: it loads nothing the lookup does not use.

Every module loaded costs start-up time on each run (our own are compiled on every start
under PYTHONDONTWRITEBYTECODE). An ISP-database lookup needs an HTTP fetch and an XML
parser: no event loop, no Qt, no IMAP/SMTP probes, no mailbox service, no OAuth.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

DOCUMENT = (
    b'<clientConfig version="1.1"><emailProvider id="light.test"><domain>light.test</domain>'
    b'<incomingServer type="imap"><hostname>imap.light.test</hostname><port>993</port>'
    b"<socketType>SSL</socketType><username>%EMAILADDRESS%</username></incomingServer>"
    b'<outgoingServer type="smtp"><hostname>smtp.light.test</hostname><port>465</port>'
    b"<socketType>SSL</socketType><username>%EMAILADDRESS%</username></outgoingServer>"
    b"</emailProvider></clientConfig>"
)

# Runs the command in-process, then reports which modules it loaded.
PROGRAM = """
import json, sys
from wink_desktop.cli import main
try:
    code = main(sys.argv[1:])
except SystemExit as exc:
    code = exc.code
sys.stdout.flush()
sys.stderr.write("\\nMODULES " + json.dumps(sorted(sys.modules)) + "\\n")
sys.stderr.write("EXIT %s\\n" % code)
"""

UNUSED = (
    "asyncio",
    "dataclasses",  # with inspect, ~5 ms at each start: the path's types are named tuples
    "inspect",
    "queue",
    "shutil",
    "xml.etree",  # autoconfig is read with expat directly
    "defusedxml",
    "PySide6",
    "qasync",
    "shiboken6",
    "imapclient",
    "imaplib",
    "smtplib",
    "msal",
    "google_auth_oauthlib",
    "keyring",
    "wink_desktop.infra.probes",
    "wink_desktop.infra.imap_probe",
    "wink_desktop.infra.smtp_probe",
    "wink_desktop.infra.oauth",
    "wink_desktop.services.mailbox",
    "wink_desktop.services.oauth_signin",
    "wink_desktop.services.connection_test",
    "wink_desktop.ui",
    # Only the discovery part of the composition root, and no other command's code.
    "wink_desktop.wiring",
    "wink_desktop.cli_commands",
    "wink_desktop.commands.account",
    "wink_desktop.commands.check",
    "wink_desktop.commands.report",
)


class _Ispdb(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        ok = self.path.endswith("/light.test")
        body = DOCUMENT if ok else b"not found"
        self.send_response(200 if ok else 404)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        del args


@pytest.fixture
def ispdb_url() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Ispdb)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/v1.1/"
    server.shutdown()
    server.server_close()


def _loaded(*args: str, env: dict[str, str]) -> tuple[int, str, list[str]]:
    result = subprocess.run(
        [sys.executable, "-c", PROGRAM, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    modules_line = next(x for x in result.stderr.splitlines() if x.startswith("MODULES "))
    exit_line = next(x for x in result.stderr.splitlines() if x.startswith("EXIT "))
    return int(exit_line.split()[1]), result.stdout, json.loads(modules_line[len("MODULES ") :])


@pytest.mark.parametrize("extra", [(), ("--json",), ("--explain",)])
def test_discover_with_the_isp_database_loads_only_what_it_uses(
    ispdb_url: str, extra: tuple[str, ...]
) -> None:
    env = {**os.environ, "WINK_ISPDB_URL": ispdb_url, "WINK_DESKTOP_LANG": "en"}
    code, out, modules = _loaded(
        "discover", "marie@light.test", "--source", "ispdb", *extra, env=env
    )
    assert code == 0, out
    assert "imap.light.test" in out  # the lookup really ran, through the XML parser
    unused = UNUSED if extra else (*UNUSED, "wink_desktop.commands.discover_more")
    heavy = [m for m in modules if any(m == u or m.startswith(u + ".") for u in unused)]
    assert heavy == []
