"""A probe that replays a script instead of talking to a server (the :class:`ServerProbe` port)."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

from wink_desktop.core.checks import Problem, ProblemCode, Protocol, ServerReport, Step, StepResult
from wink_desktop.core.probing import ProbeRequest, StepCallback

_STEPS = {
    Protocol.IMAP: (Step.RESOLVE, Step.CONNECT, Step.TLS, Step.GREETING, Step.SIGN_IN),
    Protocol.SMTP: (Step.RESOLVE, Step.CONNECT, Step.TLS, Step.GREETING, Step.EHLO, Step.SIGN_IN),
}


@dataclass
class ScriptedProbe:
    """Answers every request the same scripted way, and remembers what it was asked.

    Attributes:
        protocol: the server kind it plays.
        password: the only password it accepts (None: any); another one is refused at
            ``SIGN_IN`` with ``auth_failed``, as a real server would. Tokens pass.
        fail: a problem to report at ``fail_at`` instead of succeeding.
        fail_at: the step that fails.
        gate: when set, each run waits for it before its first step (tests of cancelling).
        gate_at: with ``gate``, wait before this step instead (steps before it pass).
        trusted_by: a certificate fingerprint that, once the user trusts it, makes the
            scripted failure go away (a certificate problem accepted explicitly).
        requests: every request prepared, in order.
    """

    protocol: Protocol
    password: str | None = None
    fail: Problem | None = None
    fail_at: Step = Step.SIGN_IN
    gate: threading.Event | None = None
    gate_at: Step | None = None
    trusted_by: str | None = None
    requests: list[ProbeRequest] = field(default_factory=list)

    def prepare(self, request: ProbeRequest, on_step: StepCallback) -> ScriptedRun:
        """A run that replays the script, calling ``on_step`` from the worker thread."""
        self.requests.append(request)
        problem = self.fail
        if self.trusted_by is not None and self.trusted_by in request.options.trusted_fingerprints:
            problem = None
        if (
            problem is None
            and self.password is not None
            and request.credentials is not None
            and not request.credentials.is_token
            and request.credentials.secret != self.password
        ):
            problem = Problem(ProblemCode.AUTH_FAILED)
        fail_at = self.fail_at if self.fail is not None else Step.SIGN_IN
        return ScriptedRun(
            self.protocol, problem, fail_at, on_step, self.gate, gate_at=self.gate_at
        )


class ScriptedRun:
    """One scripted check in progress (the :class:`ProbeRun` port)."""

    def __init__(
        self,
        protocol: Protocol,
        problem: Problem | None,
        fail_at: Step,
        on_step: StepCallback,
        gate: threading.Event | None,
        *,
        gate_at: Step | None = None,
    ) -> None:
        self._protocol = protocol
        self._problem = problem
        self._fail_at = fail_at
        self._on_step = on_step
        self._gate = gate
        self._gate_at = gate_at
        self._cancelled = threading.Event()

    def wait(self) -> ServerReport:
        """Replay the steps; stop at the scripted failure."""
        report = ServerReport(self._protocol)
        for step in _STEPS[self._protocol]:
            if self._gate is not None and step is (self._gate_at or _STEPS[self._protocol][0]):
                while not self._gate.wait(0.05):
                    if self._cancelled.is_set():
                        return report
            if self._cancelled.is_set():
                return report
            ok = not (self._problem is not None and step is self._fail_at)
            result = StepResult(self._protocol, step, ok, 1)
            report.steps.append(result)
            self._on_step(result)
            if not ok:
                report.problem = self._problem
                return report
        return report

    def cancel(self) -> None:
        """Stop before the next step."""
        self._cancelled.set()
