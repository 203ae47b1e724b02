"""Reading Thunderbird's autoconfig format (``config-v1.1.xml``), defensively.

Real-world files are messy: unknown socket types or authentication values, several IMAP
servers, POP3 listed first, placeholders in host names. Anything we cannot use is skipped;
only a file with no usable IMAP or SMTP server yields nothing.
"""

from __future__ import annotations

from typing import NamedTuple

from wink_desktop.core.errors import InvalidInputError
from wink_desktop.core.models import Security
from wink_desktop.core.settings import ServerSettings, expand_placeholders
from wink_desktop.infra.discovery.strict_xml import Node, XmlError, parse

_SOCKET_TYPES = {"SSL": Security.SSL, "STARTTLS": Security.STARTTLS, "PLAIN": Security.PLAIN}
_MAX_ENTRIES = 50


class AutoconfigError(ValueError):
    """The document is not a usable autoconfig file (not XML, forbidden constructs, ...)."""


class AutoconfigAnswer(NamedTuple):
    """What an autoconfig document says for one address."""

    imap: ServerSettings | None
    smtp: ServerSettings | None
    auth: tuple[str, ...]
    domains: tuple[str, ...]
    links: tuple[str, ...]


def parse_autoconfig(document: bytes, email: str) -> AutoconfigAnswer | None:
    """Settings for ``email`` from an autoconfig document; None when it offers no server.

    Raises:
        AutoconfigError: not XML, an entity or DTD trick, or not an autoconfig document.
    """
    try:
        root = parse(document)
    except XmlError as exc:
        msg = f"not a valid autoconfig document: {type(exc).__name__}"
        raise AutoconfigError(msg) from exc
    provider = root.find("emailProvider") if root.tag == "clientConfig" else None
    if provider is None:
        msg = "no emailProvider element"
        raise AutoconfigError(msg)
    imap, imap_auth = _first_server(
        provider.findall("incomingServer")[:_MAX_ENTRIES], "imap", email
    )
    smtp, smtp_auth = _first_server(
        provider.findall("outgoingServer")[:_MAX_ENTRIES], "smtp", email
    )
    if imap is None and smtp is None:
        return None
    domains = tuple(
        (d.text or "").strip().lower() for d in provider.findall("domain")[:_MAX_ENTRIES] if d.text
    )
    links = tuple(
        url
        for doc in provider.findall("documentation")[:_MAX_ENTRIES]
        if (url := (doc.get("url") or "").strip()).startswith(("https://", "http://"))
    )
    auth = tuple(dict.fromkeys(imap_auth + smtp_auth))
    return AutoconfigAnswer(imap, smtp, auth, domains, links)


def _first_server(
    elements: list[Node], kind: str, email: str
) -> tuple[ServerSettings | None, tuple[str, ...]]:
    """The first server of ``kind`` (imap, smtp) in document order that makes sense."""
    for element in elements:
        if (element.get("type") or "").strip().lower() != kind:
            continue  # pop3, exchange, ews, jmap...: not for us
        settings = _server(element, email)
        if settings is not None:
            auth = tuple(
                (a.text or "").strip()
                for a in element.findall("authentication")[:_MAX_ENTRIES]
                if (a.text or "").strip()
            )
            return settings, auth
    return None, ()


def _server(element: Node, email: str) -> ServerSettings | None:
    """The server an element describes, validated like typed values; None if unusable."""
    security = _SOCKET_TYPES.get((element.findtext("socketType") or "").strip().upper())
    if security is None:
        return None
    # No strip() on the user name: a TAB or line break in it makes the record unusable,
    # it is not quietly trimmed into something else.
    username = element.findtext("username")
    try:
        return ServerSettings.parse(
            expand_placeholders((element.findtext("hostname") or "").strip(), email, "host"),
            element.findtext("port") or "",
            security,
            expand_placeholders(
                "%EMAILADDRESS%" if username is None else username.strip(" "), email
            ),
        )
    except InvalidInputError:
        return None  # hostile or broken: skipped, the next server in the document is tried
