"""Both servers tested at once, every step shown as it happens."""

from __future__ import annotations

import asyncio
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from wink_desktop.core.account import MailAccount
from wink_desktop.core.checks import (
    CheckReport,
    Problem,
    ProblemCode,
    Protocol,
    ServerReport,
    StepResult,
)
from wink_desktop.core.os_errors import translate_note
from wink_desktop.core.problems import problem_hint, problem_message
from wink_desktop.services.connect_flow import Failure
from wink_desktop.ui.diagnostics_button import CopyDiagnostics
from wink_desktop.ui.dialogs import CertificateDialog, PlaintextDialog
from wink_desktop.ui.i18n import translate
from wink_desktop.ui.widgets import NoticeBanner, heading
from wink_desktop.ui.wizard.common import FlowPage, PageId
from wink_desktop.ui.wizard.step_marks import GAP, StepMarks

if TYPE_CHECKING:
    from wink_desktop.ui.context import AppContext
    from wink_desktop.ui.wizard.shell import ConnectWizard


class TestPage(FlowPage):
    """Renders the flow's test: the steps of both servers, then the outcome."""

    __test__ = False  # a wizard page, not a pytest class
    step = PageId.TEST

    def __init__(self, wizard: ConnectWizard) -> None:
        super().__init__(wizard)
        self.setObjectName("page_test")
        self.setTitle(self.tr("Testing your mailbox"))
        self.setSubTitle(self.tr("Wink signs in to both servers. Nothing is sent."))
        layout = QVBoxLayout(self)
        columns = QHBoxLayout()
        self.lists: dict[Protocol, QListWidget] = {}
        for protocol, title in (
            (Protocol.IMAP, self.tr("Incoming (IMAP)")),
            (Protocol.SMTP, self.tr("Outgoing (SMTP)")),
        ):
            box = QVBoxLayout()
            box.addWidget(heading(title, self, 2))
            steps = QListWidget(self)
            steps.setObjectName(f"test_steps_{protocol.value}")
            steps.setAccessibleName(title)
            steps.setItemDelegate(StepMarks(steps))
            box.addWidget(steps)
            columns.addLayout(box)
            self.lists[protocol] = steps
        layout.addLayout(columns, 1)
        layout.addLayout(self._busy_row())
        self.banner = NoticeBanner(self)
        self.banner.setObjectName("test_problem")
        layout.addWidget(self.banner)
        row = QHBoxLayout()
        self.retry = QPushButton(self.tr("Try again"), self)
        self.retry.setObjectName("test_retry")
        self.retry.clicked.connect(self._start)
        self.trust = QPushButton(self.tr("View the certificate…"), self)
        self.trust.setObjectName("test_view_certificate")
        self.trust.clicked.connect(self._show_certificate)
        self.plaintext = QPushButton(self.tr("Use an unencrypted connection…"), self)
        self.plaintext.setObjectName("test_allow_plaintext")
        self.plaintext.clicked.connect(self._ask_plaintext)
        self.help_link = QPushButton(self.tr("Open the help page"), self)
        self.help_link.setObjectName("test_help_link")
        self.help_link.clicked.connect(self._open_help)
        for button in (self.retry, self.trust, self.plaintext, self.help_link):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        # For support, after a failure: the report of what was just tried.
        self.diagnostics = CopyDiagnostics("test", self)
        self.diagnostics.bind(self._context, wizard.tasks)
        self.diagnostics.hide()
        layout.addWidget(self.diagnostics)
        self._task: asyncio.Task[object] | None = None
        self._problem: tuple[ServerReport, Problem] | None = None
        self._help_url = ""
        events = self.flow.events
        events.step.connect(self._step)
        events.tested.connect(self._show)
        events.failed.connect(self._failed)
        events.connected.connect(self._connected)

    def _busy_row(self) -> QHBoxLayout:
        """The busy indicator and the running step's elapsed time (hidden when idle)."""
        # While a step runs: an indeterminate bar and the seconds it has taken so far, so a
        # slow server does not look like a frozen window.
        busy_row = QHBoxLayout()
        self.busy = QProgressBar(self)
        self.busy.setObjectName("test_busy")
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(8)
        self.busy.setAccessibleName(self.tr("Test in progress"))
        self.elapsed = QLabel(self)
        self.elapsed.setObjectName("test_elapsed")
        busy_row.addWidget(self.busy, 1)
        busy_row.addWidget(self.elapsed)
        self._clock = QTimer(self)
        self._clock.setInterval(1000)
        self._clock.timeout.connect(self._tick)
        self._step_started = 0.0
        self._set_busy(False)
        return busy_row

    def initializePage(self) -> None:  # noqa: N802
        """Start the test right away."""
        self._start()

    def cleanupPage(self) -> None:  # noqa: N802
        """Going back cancels the test."""
        if self._task is not None:
            self._task.cancel()
        self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.elapsed.setVisible(busy)
        if busy:
            self._step_started = time.monotonic()
            self._tick()
            self._clock.start()
        else:
            self._clock.stop()

    def _tick(self) -> None:
        seconds = int(time.monotonic() - self._step_started)
        self.elapsed.setText(self.tr("Current step: {seconds} s").format(seconds=seconds))

    def _start(self) -> None:
        if self._task is not None:
            self._task.cancel()
        self.flow.state.account = None
        for steps in self.lists.values():
            steps.clear()
        for button in (self.retry, self.trust, self.plaintext, self.help_link, self.diagnostics):
            button.hide()
        self.banner.hide()
        self.completeChanged.emit()
        self._set_busy(True)
        self._task = self._wizard.tasks.start(self.flow.test())

    def _failed(self, failure: Failure) -> None:
        if failure.step is not PageId.TEST:
            return
        self._set_busy(False)
        error = failure.error
        hint = error.user_hint(translate)
        text = error.user_message(translate)
        self.banner.show_message(f"{text} {hint}" if hint else text, "error")
        # Unconfirmed servers are fixed on the previous page, not by trying again.
        self.retry.setVisible(bool(hint))
        self.diagnostics.show()

    def _connected(self, account: MailAccount) -> None:
        del account
        self._set_busy(False)
        self._wizard.forget_secrets()  # saved in the keyring: the wizard needs it no more
        self.completeChanged.emit()
        self._wizard.next()

    def _step(self, step: StepResult) -> None:
        label = step.step.label(translate)
        item = QListWidgetItem(f"{'✓' if step.ok else '✗'}{GAP}{label}")
        detail = translate_note(step.detail, translate)
        item.setToolTip(detail)
        # A screen reader reads no glyph as a verdict: the outcome is said in words.
        outcome = self.tr("{step}: done") if step.ok else self.tr("{step}: failed")
        spoken = outcome.format(step=label)
        item.setData(
            Qt.ItemDataRole.AccessibleTextRole, f"{spoken} ({detail})" if detail else spoken
        )
        item.setData(Qt.ItemDataRole.UserRole, step.step.value)
        self.lists[step.protocol].addItem(item)
        if self._clock.isActive():
            self._set_busy(True)  # the clock counts the step now running

    def _show(self, report: CheckReport) -> None:
        failed = [(s, s.problem) for s in (report.imap, report.smtp) if s.problem is not None]
        if not failed:
            return  # still busy: the account is being saved
        self._set_busy(False)
        server, problem = failed[0]
        self._problem = (server, problem)
        parts = [
            self._server_says(server, problem),
            problem_hint(problem, translate),
        ]
        for other, other_problem in failed[1:]:
            parts.append(self._server_says(other, other_problem))
        self.banner.show_message("\n".join(parts), "error")
        self.retry.show()
        self.diagnostics.show()
        self.trust.setVisible(
            problem.code is ProblemCode.TLS_CERTIFICATE and problem.certificate is not None
        )
        variant = dict(problem.args).get("variant")
        self.plaintext.setVisible(
            problem.code is ProblemCode.PLAINTEXT_REFUSED and variant == "client"
        )
        self._help_url = problem.help_url or ""
        self.help_link.setVisible(bool(self._help_url))

    def _server_says(self, server: ServerReport, problem: Problem) -> str:
        return self.tr("{server}: {problem}").format(
            server=server.protocol.value.upper(), problem=problem_message(problem, translate)
        )

    def _show_certificate(self) -> None:
        if self._problem is None:
            return
        server, problem = self._problem
        certificate = problem.certificate
        if certificate is None:
            return
        state = self.flow.state
        settings = state.imap if server.protocol is Protocol.IMAP else state.smtp
        host = settings.host if settings else dict(problem.args).get("host", "")
        dialog = CertificateDialog(host, problem_message(problem, translate), certificate, self)

        def trusted() -> None:
            self.flow.trust_certificate(certificate.sha256)
            self._start()

        dialog.accepted.connect(trusted)
        dialog.open()

    def _ask_plaintext(self) -> None:
        dialog = PlaintextDialog(self)

        def accepted() -> None:
            self.flow.allow_plaintext()
            self._start()

        dialog.accepted.connect(accepted)
        dialog.open()

    async def _context(self) -> AppContext:
        return self._wizard.context

    def _open_help(self) -> None:
        if self._help_url:
            QDesktopServices.openUrl(QUrl(self._help_url))

    def isComplete(self) -> bool:  # noqa: N802
        """Next only after both servers passed (and the account was saved)."""
        return self.flow.may_leave(self.step)
