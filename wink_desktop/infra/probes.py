"""The real probes, by protocol (the composition roots use this)."""

from __future__ import annotations

from wink_desktop.core.checks import Protocol
from wink_desktop.core.probing import ServerProbe


def default_probes() -> dict[Protocol, ServerProbe]:
    """IMAP with imapclient, SMTP with smtplib."""
    from wink_desktop.infra.imap_probe import ImapProbe  # noqa: PLC0415 - heavy imports
    from wink_desktop.infra.smtp_probe import SmtpProbe  # noqa: PLC0415

    return {Protocol.IMAP: ImapProbe(), Protocol.SMTP: SmtpProbe()}
