"""Whole-process time of ``discover --source ispdb``, and the app's start-up, as ratios.

1. ``python -m wink_desktop discover marie@bench.test --source ispdb`` against an ISP
   database served on loopback (plain http, an IP literal: no DNS), against a minimal
   client doing the same lookup with ``urllib`` and ``xml.dom.minidom``. Target: <= 1.3x.
2. The app's start-up to its first painted window against a bare PySide6 window (as in
   ``bench.startup``), so that lazier imports for the CLI do not slow the app. Target:
   <= 1.3x.

Both are measured in the same run, interleaved with their baselines. Run from the
repository root::

    .venv/bin/python -m bench.discover_startup [REPETITIONS]
"""

from __future__ import annotations

import os
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from bench.harness import measure, python_process, report
from bench.startup import BARE, WINK
from bench.startup import NAME as STARTUP

DOMAIN = "bench.test"
DOCUMENT = (
    b'<?xml version="1.0"?><clientConfig version="1.1"><emailProvider id="bench.test">'
    b"<domain>bench.test</domain>"
    b'<incomingServer type="imap"><hostname>imap.bench.test</hostname><port>993</port>'
    b"<socketType>SSL</socketType><authentication>password-cleartext</authentication>"
    b"<username>%EMAILADDRESS%</username></incomingServer>"
    b'<outgoingServer type="smtp"><hostname>smtp.bench.test</hostname><port>465</port>'
    b"<socketType>SSL</socketType><authentication>password-cleartext</authentication>"
    b"<username>%EMAILADDRESS%</username></outgoingServer></emailProvider></clientConfig>"
)

CLI = """
import sys
from wink_desktop.cli import main
raise SystemExit(main(["discover", "marie@bench.test", "--source", "ispdb"]))
"""

MINIMAL = """
import os, sys, urllib.request
from xml.dom import minidom
with urllib.request.urlopen(os.environ["WINK_ISPDB_URL"] + "bench.test", timeout=5) as r:
    doc = minidom.parseString(r.read())
for kind in ("incomingServer", "outgoingServer"):
    server = doc.getElementsByTagName(kind)[0]
    host = server.getElementsByTagName("hostname")[0].firstChild.data
    port = server.getElementsByTagName("port")[0].firstChild.data
    print(kind, host, port)
"""

DISCOVER = "discover --source ispdb (whole process) vs urllib + minidom"


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        ok = self.path.endswith("/" + DOMAIN)
        body = DOCUMENT if ok else b"not found"
        self.send_response(200 if ok else 404)
        self.send_header("Content-Type", "application/xml")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        del args


def main() -> int:
    """Serve the ISP database, measure both pairs, print the ratios."""
    repeat = int(sys.argv[1]) if len(sys.argv) > 1 else 15
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    env = {k: v for k, v in os.environ.items() if k != "WINK_DNS_SERVER"}
    env["WINK_ISPDB_URL"] = f"http://127.0.0.1:{server.server_address[1]}/v1.1/"
    env["WINK_DESKTOP_LANG"] = "en"
    qt_env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    try:
        discover = measure(
            DISCOVER, python_process(CLI, env), python_process(MINIMAL, env), repeat=repeat
        )
        startup = measure(
            STARTUP, python_process(WINK, qt_env), python_process(BARE, qt_env), repeat=repeat
        )
    finally:
        server.shutdown()
        server.server_close()
    return report([discover, startup], {DISCOVER: 1.3, STARTUP: 1.3})


if __name__ == "__main__":
    raise SystemExit(main())
