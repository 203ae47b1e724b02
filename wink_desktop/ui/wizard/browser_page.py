"""Sign in in the system browser; wait, with "Copy link" and "Cancel"."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from wink_desktop.core.problems import describe
from wink_desktop.services.connect_flow import BrowserLink, Failure
from wink_desktop.services.oauth_signin import SignedIn
from wink_desktop.ui.i18n import translate
from wink_desktop.ui.widgets import NoticeBanner
from wink_desktop.ui.wizard.common import FlowPage, PageId

if TYPE_CHECKING:
    from wink_desktop.ui.wizard.shell import ConnectWizard


class BrowserPage(FlowPage):
    """Renders the flow's browser sign-in: waiting, the link, the account or the failure."""

    step = PageId.BROWSER

    def __init__(self, wizard: ConnectWizard) -> None:
        super().__init__(wizard)
        self.setObjectName("page_browser")
        layout = QVBoxLayout(self)
        self.status = QLabel(self)
        self.status.setObjectName("browser_status")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.banner = NoticeBanner(self)
        self.banner.setObjectName("browser_problem")
        layout.addWidget(self.banner)
        row = QHBoxLayout()
        self.copy_link = QPushButton(self.tr("Copy link"), self)
        self.copy_link.setObjectName("copy_link")
        self.copy_link.setEnabled(False)
        self.copy_link.clicked.connect(self._copy)
        self.retry = QPushButton(self.tr("Try again"), self)
        self.retry.setObjectName("browser_retry")
        self.retry.clicked.connect(self._start)
        # Not "Cancel": the wizard's own Cancel closes the window, this one stops waiting.
        self.cancel_button = QPushButton(self.tr("Stop waiting"), self)
        self.cancel_button.setObjectName("browser_cancel")
        self.cancel_button.clicked.connect(self._cancel)
        row.addWidget(self.copy_link)
        row.addWidget(self.retry)
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        layout.addLayout(row)
        self.mismatch_box = QWidget(self)
        mismatch = QHBoxLayout(self.mismatch_box)
        # Flush with "Sign in as …" above it (a layout's own margins would indent it), and
        # as wide as its text like that one.
        mismatch.setContentsMargins(0, 0, 0, 0)
        self.use_other = QPushButton(self.mismatch_box)
        self.use_other.setObjectName("use_signed_in_account")
        self.use_other.setAccessibleName(self.tr("Use the account you signed in with"))
        self.use_other.clicked.connect(self._accept_other)
        mismatch.addWidget(self.use_other)
        mismatch.addStretch(1)
        layout.addWidget(self.mismatch_box)
        self.mismatch_box.hide()
        layout.addStretch(1)
        self._url = ""
        self._approval = ""  # the administrator's approval link, once one was given
        self._task: asyncio.Task[object] | None = None
        events = self.flow.events
        events.browser_opened.connect(self._url_ready)
        events.signed_in.connect(self._signed_in)
        events.failed.connect(self._failed)

    def initializePage(self) -> None:  # noqa: N802
        """Open the browser at once."""
        oauth = self.flow.state.oauth
        name = oauth.name if oauth is not None else ""
        self.setTitle(self.tr("Sign in with {provider}").format(provider=name))
        self.setSubTitle(
            self.tr(
                "Your browser opens {provider}'s page: choose your account, then “Allow”."
            ).format(provider=name)
        )
        self._start()

    def cleanupPage(self) -> None:  # noqa: N802
        """Going back stops waiting."""
        self._stop()

    def _start(self) -> None:
        self._stop()
        self.banner.hide()
        self.mismatch_box.hide()
        self.retry.hide()
        self.copy_link.show()
        self.cancel_button.show()
        self.copy_link.setEnabled(False)
        self.status.setText(self.tr("Waiting for your browser…"))
        self._task = self._wizard.tasks.start(self.flow.sign_in())
        self.completeChanged.emit()

    def _signed_in(self, signed_in: SignedIn) -> None:
        if signed_in.mismatch:
            self.status.setText(
                self.tr("You typed {expected} but signed in as {actual}.").format(
                    expected=signed_in.expected, actual=signed_in.email
                )
            )
            self.use_other.setText(self.tr("Use {actual}").format(actual=signed_in.email))
            self.mismatch_box.show()
            # The sign-in is over: no link to copy, nothing to stop waiting for. The row
            # leaves its width to "Sign in as …", whose address would be cut off.
            self.copy_link.hide()
            self.cancel_button.hide()
            self.retry.setText(self.tr("Sign in as {expected}").format(expected=signed_in.expected))
            self.retry.show()
            return
        self.status.setText(self.tr("Signed in as {email}.").format(email=signed_in.email))
        self.completeChanged.emit()
        self._raise_window()
        self._wizard.next()

    def _url_ready(self, link: BrowserLink) -> None:
        self._url = link.url
        self.copy_link.setEnabled(True)
        if not link.opened:
            self.banner.show_message(
                self.tr("The browser did not open. Copy the link and paste it into your browser."),
                "warning",
            )

    def _failed(self, failure: Failure) -> None:
        if failure.step is not PageId.BROWSER:
            return
        error = failure.error
        if failure.approval_url:
            self._url = self._approval = failure.approval_url
            self.copy_link.setText(self.tr("Copy the approval link"))
            self.copy_link.setEnabled(True)
        self.banner.show_message(describe(error, translate), "error")
        self.status.setText("")
        self.retry.setText(self.tr("Try again"))
        self.retry.show()

    def _accept_other(self) -> None:
        self.flow.accept_signed_in_account()
        self.mismatch_box.hide()
        self.completeChanged.emit()
        self._wizard.next()

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self._url)
        if self._approval and self._url == self._approval:
            # The approval link is for the organisation's administrator, not for this user.
            text = self.tr(
                "Approval link copied: send it to your IT administrator. Once they have "
                "approved Wink, try again."
            )
        else:
            text = self.tr("Link copied: paste it into your browser's address bar.")
        self.banner.show_message(text, "info")

    def _cancel(self) -> None:
        """Back to where the browser sign-in was chosen (or close, if it opened here).

        From the wizard's provider page, that page (choose again); when the wizard opened
        straight on this page (Settings' "Sign in with…", the banner's "Reconnect"), the
        wizard closes and the button that opened it is there to try again.
        """
        self._stop()
        if self.flow.after_cancelled_sign_in() is None:
            self._wizard.reject()
        else:
            self._wizard.back()

    def _stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task = None

    def _raise_window(self) -> None:
        window = self._wizard.window()
        window.raise_()
        window.activateWindow()

    def isComplete(self) -> bool:  # noqa: N802
        """Signed in, as the right account (or the user chose the other one)."""
        return self.flow.may_leave(self.step)
