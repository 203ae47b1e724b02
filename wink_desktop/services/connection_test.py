"""The connection test: IMAP and SMTP checked at the same time, step by step."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Mapping
from dataclasses import replace

from wink_desktop.core.checks import CheckReport, Problem, ProblemCode, Protocol, StepResult
from wink_desktop.core.probing import CheckOptions, ProbeRequest, ServerProbe
from wink_desktop.core.providers import ProviderCatalogue
from wink_desktop.core.settings import Credentials, ServerSettings


async def check_connection(
    probes: Mapping[Protocol, ServerProbe],
    email: str,
    imap: ServerSettings,
    smtp: ServerSettings,
    credentials: Credentials,
    *,
    options: CheckOptions | None = None,
    on_step: Callable[[StepResult], None] | None = None,
    providers: ProviderCatalogue | None = None,
) -> CheckReport:
    """Check both servers concurrently; report each step as soon as it finishes.

    ``on_step`` runs on the event loop's thread (safe for Qt widgets under qasync). If the
    calling task is cancelled, both probes stop at once: their sockets are shut down and
    ``on_step`` is not called again.

    Args:
        probes: the probe for each protocol.
        email: the mailbox address (the default user name).
        imap: incoming server.
        smtp: outgoing server.
        credentials: password or OAuth access token (the same for both servers).
        options: timeouts, trusted certificates, plaintext consent.
        on_step: progress callback.
        providers: the providers we know, to say when a refused password should have
            been an app password (none: a refusal is reported as it is).

    Returns:
        Both servers' reports.
    """
    loop = asyncio.get_running_loop()
    stopped = False

    def deliver(result: StepResult) -> None:
        if not stopped and on_step is not None:
            on_step(result)

    def from_worker(result: StepResult) -> None:
        loop.call_soon_threadsafe(deliver, result)

    runs = {
        protocol: probes[protocol].prepare(
            ProbeRequest(protocol, email, server, credentials, options or CheckOptions()),
            from_worker,
        )
        for protocol, server in ((Protocol.IMAP, imap), (Protocol.SMTP, smtp))
    }
    started = time.monotonic()
    try:
        imap_report, smtp_report = await asyncio.gather(
            asyncio.to_thread(runs[Protocol.IMAP].wait),
            asyncio.to_thread(runs[Protocol.SMTP].wait),
        )
    except asyncio.CancelledError:
        stopped = True
        for run in runs.values():
            run.cancel()
        raise
    # Steps queued by the workers are delivered before the caller sees the report.
    await asyncio.sleep(0)
    if not credentials.is_token and providers is not None:
        for report in (imap_report, smtp_report):
            report.problem = explain_password_refusal(report.problem, email, providers)
    return CheckReport(
        imap=imap_report, smtp=smtp_report, elapsed_ms=int((time.monotonic() - started) * 1000)
    )


def explain_password_refusal(
    problem: Problem | None, email: str, providers: ProviderCatalogue
) -> Problem | None:
    """A refused password at a provider that wants app passwords: say so, with its page."""
    if problem is None or problem.code is not ProblemCode.AUTH_FAILED:
        return problem
    provider = providers.for_domain_of(email)
    if provider is None or not provider.app_password_url:
        return problem
    return replace(
        problem,
        code=ProblemCode.APP_PASSWORD_REQUIRED,
        args=(("provider", provider.name),),
        help_url=provider.app_password_url,
    )
