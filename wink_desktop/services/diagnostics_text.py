"""The diagnostics report as text to paste into a support message, in the user's language."""

from __future__ import annotations

from typing import Any

from wink_desktop.core.i18n import QT_TRANSLATE_NOOP, Translate, untranslated

_CTX = "Diagnostics"
_TITLES = {
    "app": QT_TRANSLATE_NOOP("Diagnostics", "Application"),
    "system": QT_TRANSLATE_NOOP("Diagnostics", "System"),
    "connection": QT_TRANSLATE_NOOP("Diagnostics", "Connection"),
    "history": QT_TRANSLATE_NOOP("Diagnostics", "Status changes"),
    "last_check": QT_TRANSLATE_NOOP("Diagnostics", "Last check"),
    "discovery": QT_TRANSLATE_NOOP("Diagnostics", "Discovery for this domain"),
    "keyring": QT_TRANSLATE_NOOP("Diagnostics", "Password storage"),
    "log_tail": QT_TRANSLATE_NOOP("Diagnostics", "Last log lines"),
}

#: The report's fields, as the text names them.
_LABELS = {
    "os": QT_TRANSLATE_NOOP("Diagnostics", "Operating system"),
    "distribution": QT_TRANSLATE_NOOP("Diagnostics", "Distribution"),
    "python": QT_TRANSLATE_NOOP("Diagnostics", "Python"),
    "qt": QT_TRANSLATE_NOOP("Diagnostics", "Qt"),
    "state": QT_TRANSLATE_NOOP("Diagnostics", "Status"),
    "email": QT_TRANSLATE_NOOP("Diagnostics", "Address"),
    "provider": QT_TRANSLATE_NOOP("Diagnostics", "Provider"),
    "method": QT_TRANSLATE_NOOP("Diagnostics", "Sign-in method"),
    "connected_since": QT_TRANSLATE_NOOP("Diagnostics", "Connected since"),
    "last_check": QT_TRANSLATE_NOOP("Diagnostics", "Last successful check"),
    "last_error": QT_TRANSLATE_NOOP("Diagnostics", "Last error"),
    "imap": QT_TRANSLATE_NOOP("Diagnostics", "Incoming server (IMAP)"),
    "smtp": QT_TRANSLATE_NOOP("Diagnostics", "Outgoing server (SMTP)"),
    "settings_origin": QT_TRANSLATE_NOOP("Diagnostics", "Where the settings came from"),
    "trusted_certificates": QT_TRANSLATE_NOOP("Diagnostics", "Certificates trusted by hand"),
    "allow_plaintext": QT_TRANSLATE_NOOP("Diagnostics", "Unencrypted connection allowed"),
}


def _label(key: str, translate: Translate) -> str:
    return translate(_CTX, _LABELS[key]) if key in _LABELS else key


def _unavailable(value: Any) -> str | None:
    if isinstance(value, dict) and set(value) == {"unavailable"}:
        return str(value["unavailable"])
    return None


def _flat(value: Any, translate: Translate = untranslated) -> str:
    if isinstance(value, dict):
        return ", ".join(f"{k}: {_flat(v, translate)}" for k, v in value.items())
    if isinstance(value, list):
        return ", ".join(_flat(v, translate) for v in value)
    if isinstance(value, bool):
        return translate("Diagnostics", "yes") if value else translate("Diagnostics", "no")
    return "-" if value is None else str(value)


def _field(lines: list[str], label: str, value: Any, translate: Translate) -> None:
    missing = _unavailable(value)
    shown = (
        translate("Diagnostics", "unavailable ({why})").format(why=missing)
        if missing
        else _flat(value, translate)
    )
    # French puts a no-break space before the colon.
    lines.append(translate("Diagnostics", "{label}: {value}").format(label=label, value=shown))


def _section(lines: list[str], key: str, translate: Translate) -> None:
    lines.extend(("", f"== {translate('Diagnostics', _TITLES[key])} =="))


def render_text(report: dict[str, Any], translate: Translate = untranslated) -> str:
    """``report`` (from :func:`~wink_desktop.services.diagnostics.collect`) as plain text."""
    lines = [
        translate("Diagnostics", "Wink Desktop diagnostics report ({when})").format(
            when=report["generated"]
        )
    ]
    lines.append(
        translate("Diagnostics", "No password or token is in this report; the address is masked.")
    )
    _section(lines, "app", translate)
    _field(lines, translate("Diagnostics", "Version"), report["app"]["version"], translate)
    _field(
        lines,
        translate("Diagnostics", "Sign-in providers enabled in this build"),
        report["app"]["oauth_enabled"],
        translate,
    )
    _field(lines, translate("Diagnostics", "Language"), report["language"], translate)
    _field(lines, translate("Diagnostics", "Role"), report["role"], translate)
    _field(lines, translate("Diagnostics", "Log file"), report["log_file"], translate)
    _section(lines, "system", translate)
    system = report["system"]
    for key, value in system.items() if _unavailable(system) is None else [("-", system)]:
        _field(lines, _label(key, translate), value, translate)
    _section(lines, "connection", translate)
    discovery = _render_connection(report["connection"], lines, translate)
    _section(lines, "history", translate)
    history = report["history"]
    if not history:
        lines.append(translate("Diagnostics", "(none recorded)"))
    elif _unavailable(history):
        _field(lines, "-", history, translate)
    else:
        lines.extend(
            f"{h.get('at')}  {h.get('state')}  {h.get('error') or ''}".rstrip() for h in history
        )
    _section(lines, "last_check", translate)
    _render_check(report["last_check"], lines, translate)
    if discovery is not None:
        _section(lines, "discovery", translate)
        _render_discovery(discovery, lines, translate)
    _section(lines, "keyring", translate)
    _render_keyring(report["keyring"], lines, translate)
    _section(lines, "log_tail", translate)
    tail = report["log_tail"]
    if _unavailable(tail):
        _field(lines, "-", tail, translate)
    else:
        lines.extend(tail or [translate("Diagnostics", "(empty)")])
    return "\n".join(lines) + "\n"


def _render_connection(connection: Any, lines: list[str], translate: Translate) -> Any:
    """The connection's fields; returns its discovery part (None: there is none)."""
    if not isinstance(connection, dict) or _unavailable(connection) is not None:
        _field(lines, translate("Diagnostics", "Status"), connection, translate)
        return None
    for key, value in connection.items():
        if key != "discovery":
            _field(lines, _label(key, translate), value, translate)
    return connection.get("discovery")


def _render_keyring(keyring: Any, lines: list[str], translate: Translate) -> None:
    _field(lines, translate("Diagnostics", "Backend"), keyring, translate)
    if isinstance(keyring, dict) and keyring.get("secure") is False:
        lines.append(
            translate(
                "Diagnostics",
                "No secure password storage was found: Wink cannot keep a password or a "
                "sign-in on this computer until one is installed and unlocked.",
            )
        )


def _render_check(last: Any, lines: list[str], translate: Translate) -> None:
    if not last or _unavailable(last):
        lines.append(translate("Diagnostics", "(none recorded)"))
        return
    for protocol in sorted(last):
        trace = last[protocol]
        verdict = (
            translate("Diagnostics", "works")
            if trace.get("ok")
            else translate("Diagnostics", "failed: {code}").format(code=trace.get("error"))
        )
        lines.append(f"{protocol.upper()} ({trace.get('at')}): {verdict}")
        for step in trace.get("steps", []):
            mark = "ok" if step.get("ok") else "!!"
            detail = f"  {step.get('detail')}" if step.get("detail") else ""
            lines.append(f"  [{mark}] {step.get('step'):<11} {step.get('ms'):>6} ms{detail}")
        if trace.get("server_said"):
            lines.append(
                "  "
                + translate("Diagnostics", "Server said: {text}").format(text=trace["server_said"])
            )


def _render_discovery(discovery: Any, lines: list[str], translate: Translate) -> None:
    if discovery == "skipped":
        lines.append(translate("Diagnostics", "Skipped (--no-network)."))
        return
    if not isinstance(discovery, dict) or _unavailable(discovery):
        lines.append(_flat(discovery, translate))
        return
    if discovery.get("offline"):
        lines.append(
            translate(
                "Diagnostics", "This computer seems to be offline: nothing could be looked up."
            )
        )
    found = discovery.get("found")
    if not isinstance(found, dict):
        lines.append(translate("Diagnostics", "Nothing found."))
    else:
        lines.append(
            translate("Diagnostics", "Found by {source} (trusted: {trusted})").format(
                source=found.get("source"), trusted=_flat(found.get("trusted"), translate)
            )
        )
        lines.extend(
            f"  {key.upper()}: {_flat(found.get(key), translate)}" for key in ("imap", "smtp")
        )
    lines.extend(
        f"  {source['source']:<10} {source['outcome']:<9} {source['ms']:>5} ms  "
        f"{source.get('note', '')}".rstrip()
        for source in discovery.get("sources", [])
    )
