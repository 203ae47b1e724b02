"""The loopback redirect receiver (RFC 8252 §7.3): one redirect, on 127.0.0.1, any port.

It runs on the event loop (never blocking the Qt thread), accepts exactly one request to
its path whose ``state`` matches (constant-time comparison), answers the browser with a
small page in the user's language, and closes.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import html
from collections.abc import Callable
from urllib.parse import parse_qsl, urlsplit

from wink_desktop.core.i18n import QT_TRANSLATE_NOOP, Translate, untranslated
from wink_desktop.core.oauth import OAuthStateMismatchError, OAuthTimeoutError

CALLBACK_PATH = "/oauth2/callback"
#: How long the browser has to come back (seconds).
DEFAULT_WAIT = 300.0
_MAX_REQUEST = 16 * 1024

_DONE = QT_TRANSLATE_NOOP("OAuthPage", "You can close this tab and go back to Wink.")
_DONE_TITLE = QT_TRANSLATE_NOOP("OAuthPage", "Signed in")
_FAILED_TITLE = QT_TRANSLATE_NOOP("OAuthPage", "Sign-in not completed")
_FAILED = QT_TRANSLATE_NOOP(
    "OAuthPage", "Wink did not get access. Go back to Wink to see what to do next."
)


class LoopbackReceiver:
    """Waits for the browser's redirect. Use as an async context manager."""

    def __init__(self, state: str, translate: Translate = untranslated) -> None:
        self._state = state
        self._translate = translate
        self._server: asyncio.Server | None = None
        self._result: asyncio.Future[dict[str, str]] | None = None
        self.port = 0

    @property
    def redirect_uri(self) -> str:
        """What to register as the redirect: ``http://127.0.0.1:<port>/oauth2/callback``."""
        return f"http://127.0.0.1:{self.port}{CALLBACK_PATH}"

    async def __aenter__(self) -> LoopbackReceiver:
        self._result = asyncio.get_running_loop().create_future()
        self._server = await asyncio.start_server(self._handle, "127.0.0.1", 0)
        self.port = int(self._server.sockets[0].getsockname()[1])
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self._server is not None:
            self._server.close()
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self._server.wait_closed(), 2)
        if self._result is not None and not self._result.done():
            self._result.cancel()

    async def wait(self, limit: float = DEFAULT_WAIT) -> dict[str, str]:
        """The redirect's query parameters (``code`` or ``error``...).

        Raises:
            OAuthTimeoutError: nothing came back within ``limit`` seconds.
            OAuthStateMismatchError: a redirect came back for another request.
        """
        if self._result is None:
            msg = "use the receiver as an async context manager"
            raise RuntimeError(msg)
        try:
            return await asyncio.wait_for(asyncio.shield(self._result), limit)
        except TimeoutError as exc:
            raise OAuthTimeoutError from exc

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 10)
        except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, TimeoutError, OSError):
            writer.close()
            return
        request_line = head.split(b"\r\n", 1)[0].decode("latin-1")
        method, _, rest = request_line.partition(" ")
        target = rest.rpartition(" ")[0] or rest
        parts = urlsplit(target)
        if (
            method != "GET"
            or parts.path != CALLBACK_PATH
            or self._result is None
            or self._result.done()
        ):
            await _respond(writer, 404, "Not found", "")
            return
        params = dict(parse_qsl(parts.query, keep_blank_values=True))
        if not hmac.compare_digest(params.get("state", "").encode(), self._state.encode()):
            await self._page(writer, ok=False)
            self._result.set_exception(OAuthStateMismatchError())
            return
        await self._page(writer, ok="code" in params and "error" not in params)
        self._result.set_result(params)

    async def _page(self, writer: asyncio.StreamWriter, *, ok: bool) -> None:
        t: Callable[[str, str], str] = self._translate
        title = t("OAuthPage", _DONE_TITLE if ok else _FAILED_TITLE)
        text = t("OAuthPage", _DONE if ok else _FAILED)
        body = (
            "<!doctype html><meta charset=utf-8><title>Wink</title>"
            "<body style='font-family:sans-serif;text-align:center;margin-top:15vh;color:#1f2937'>"
            f"<h1 style='color:#5b3df5'>Wink</h1><h2>{html.escape(title)}</h2>"
            f"<p>{html.escape(text)}</p></body>"
        )
        await _respond(writer, 200, "OK", body)


async def _respond(writer: asyncio.StreamWriter, status: int, reason: str, body: str) -> None:
    data = body.encode("utf-8")
    head = (
        f"HTTP/1.1 {status} {reason}\r\nContent-Type: text/html; charset=utf-8\r\n"
        f"Content-Length: {len(data)}\r\nCache-Control: no-store\r\n"
        "Referrer-Policy: no-referrer\r\nConnection: close\r\n\r\n"
    )
    with contextlib.suppress(OSError):
        writer.write(head.encode("ascii") + data)
        await writer.drain()
    writer.close()
