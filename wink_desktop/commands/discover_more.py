"""``discover --json`` and ``--explain``: apart, off the plain lookup's path."""

from __future__ import annotations

import json
from typing import Any

from wink_desktop.commands.discover import hints
from wink_desktop.core.discovery import DiscoveryResult
from wink_desktop.core.i18n import Translate
from wink_desktop.core.settings import ServerSettings


def json_text(result: DiscoveryResult, translate: Translate) -> str:
    """The ``--json`` output."""
    return json.dumps(result_to_json(result, translate), ensure_ascii=False, indent=2)


def _server_json(server: ServerSettings | None, email: str) -> dict[str, Any] | None:
    if server is None:
        return None
    return {
        "host": server.host,
        "port": server.port,
        "security": server.security.value,
        "username": server.login(email),
    }


def result_to_json(result: DiscoveryResult, translate: Translate) -> dict[str, Any]:
    """The ``--json`` shape."""
    found = result.found
    return {
        "email": result.email,
        "provider": found.provider if found else None,
        "source": found.source.value if found else None,
        "trusted": found.trusted if found else False,
        "imap": _server_json(found.imap if found else None, result.email),
        "smtp": _server_json(found.smtp if found else None, result.email),
        "auth": list(found.auth) if found else [],
        "hints": hints(found, translate) if found else [],
    }


def explanation(result: DiscoveryResult, translate: Translate) -> str:
    """The ``--explain`` lines: what each source answered, and how long it took."""
    from wink_desktop.core.os_errors import translate_note  # noqa: PLC0415 - --explain only

    lines = [translate("Cli", "What each source answered:")]
    for r in result.reports:
        note = translate_note(r.note, translate)
        lines.append(
            f"  {r.source.value:<10} {r.outcome.value:<9} {r.elapsed_ms:>5} ms  {note}".rstrip()
        )
    lines.append(translate("Cli", "Total time: {ms} ms").format(ms=result.elapsed_ms))
    return "\n".join(lines)
