"""The address, then the password on the same page once the provider is known.

Typing an address looks it up (debounced, off the GUI thread, the latest address wins).
What was found decides what the page asks: Google's and Microsoft's addresses get their
"Continue with…" button, every other address the password, with the provider's hint above
it. The detected provider is chosen for the user; "Choose another provider" opens the list.
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWizard,
)

from wink_desktop.core.errors import InvalidInputError
from wink_desktop.core.problems import describe
from wink_desktop.core.validation import normalize_email, require_secret
from wink_desktop.services.connect_flow import Resolution, Step, worth_looking_up
from wink_desktop.ui.i18n import translate
from wink_desktop.ui.resources import icon
from wink_desktop.ui.widgets import NoticeBanner
from wink_desktop.ui.wizard.common import FlowPage, PageId, hint_text

if TYPE_CHECKING:
    from wink_desktop.ui.wizard.shell import ConnectWizard

_NEXT = QWizard.WizardButton.NextButton


class EmailPage(FlowPage):
    """The address and the password; the flow looks the address up and decides the route."""

    step = PageId.EMAIL

    def __init__(self, wizard: ConnectWizard) -> None:
        super().__init__(wizard)
        self.setObjectName("page_email")
        self.setTitle(self.tr("Your email address"))
        self.setSubTitle(
            self.tr("We find the right settings for you. You can also skip this step.")
        )
        self._next_text = wizard.buttonText(_NEXT)
        layout = QVBoxLayout(self)
        self.email = QLineEdit(self)
        self.email.setObjectName("email_input")
        self.email.setPlaceholderText(self.tr("marie.dupont@example.com"))
        self.email.setAccessibleName(self.tr("Email address"))
        self.email.setClearButtonEnabled(True)
        # Qt's clear button has an icon and no words: a screen reader would say "button".
        for clear in self.email.findChildren(QToolButton):
            clear.setAccessibleName(self.tr("Clear the address"))
        layout.addWidget(self.email)
        self.feedback = QLabel(self)
        self.feedback.setObjectName("email_feedback")
        self.feedback.setWordWrap(True)
        layout.addWidget(self.feedback)
        self.hint = NoticeBanner(self)
        self.hint.setObjectName("email_hint")
        layout.addWidget(self.hint)
        self.oauth_buttons = self._oauth_buttons(layout)
        self.password_box, self.password, self.show_password = self._password_row()
        layout.addWidget(self.password_box)
        self.error = QLabel(self)
        self.error.setObjectName("email_error")
        self.error.setWordWrap(True)
        self.error.setProperty("kind", "error")
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.other_provider = QPushButton(self.tr("Choose another provider"), self)
        self.other_provider.setObjectName("email_other_provider")
        self.other_provider.clicked.connect(self._pick_provider)
        row = QHBoxLayout()
        row.addWidget(self.other_provider)
        row.addStretch(1)
        layout.addLayout(row)
        # The password right after the address (the hint's ✕ and the buttons come after).
        QWidget.setTabOrder(self.email, self.password)
        QWidget.setTabOrder(self.password, self.show_password)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(450)
        self._timer.timeout.connect(self._lookup)
        self.email.textChanged.connect(self._typed)
        self.email.returnPressed.connect(self._return_pressed)
        self.password.textChanged.connect(self._password_typed)
        self._lookup_task: asyncio.Task[object] | None = None
        self._focus_when_found = False
        self.flow.events.looked_up.connect(self._found)
        self._render(None)

    def _oauth_buttons(self, layout: QVBoxLayout) -> dict[str, QPushButton]:
        """The "Continue with…" buttons, one shown when the address is Google's or Microsoft's."""
        buttons = {}
        for spec in self.flow.catalogue.oauth:
            button = QPushButton(icon(spec.id), translate("Providers", spec.continue_label), self)
            button.setObjectName(f"email_continue_{spec.object_name}")
            button.setIconSize(QSize(24, 24))
            button.setProperty("class", "providerButton")
            button.setMinimumHeight(48)
            button.clicked.connect(self._wizard.next)
            layout.addWidget(button)
            buttons[spec.id] = button
        return buttons

    def _password_row(self) -> tuple[QWidget, QLineEdit, QCheckBox]:
        """The password field and its "Show" box (hidden until the provider is known)."""
        box = QWidget(self)
        box.setObjectName("email_password_box")
        form = QFormLayout(box)
        form.setContentsMargins(0, 0, 0, 0)
        password = QLineEdit(box)
        password.setObjectName("email_password")
        password.setAccessibleName(self.tr("Password"))
        password.setEchoMode(QLineEdit.EchoMode.Password)
        show = QCheckBox(self.tr("Show"), box)
        show.setObjectName("email_show_password")
        show.setAccessibleName(self.tr("Show the password"))
        show.toggled.connect(
            lambda shown: password.setEchoMode(
                QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
            )
        )
        row = QHBoxLayout()
        row.addWidget(password, 1)
        row.addWidget(show)
        form.addRow(self.tr("Password"), row)
        return box, password, show

    # -- the address -----------------------------------------------------------------------

    def _typed(self, text: str) -> None:
        self.flow.address_typed()
        self.flow.pick_provider(False)
        self.feedback.setText("")
        if self._lookup_task is not None:
            self._lookup_task.cancel()  # the latest address wins
            self._lookup_task = None
        self._timer.stop()
        if worth_looking_up(text):
            self._timer.start()
        self._render(None)

    def _return_pressed(self) -> None:
        """Return in the address: on to the field (or button) the route needs next.

        When the page is complete the wizard's default button (Next) takes the key too.
        """
        if self.flow.state.choice is not None:
            oauth = self.flow.state.oauth
            if oauth is not None and self.own_button_leads():
                self.oauth_buttons[oauth.id].click()  # the page's one action (Next is gone)
            elif not self.isComplete():
                self._focus_next()
            return
        if self._timer.isActive():
            self._timer.stop()  # no need to wait for the pause: look it up now
            self._lookup()
        self._focus_when_found = True

    def _lookup(self) -> None:
        if not self._address_valid() or not self.email.text().strip():
            return
        self.feedback.setText(self.tr("Looking for your provider's settings…"))
        self._lookup_task = self._wizard.tasks.start(self.flow.look_up(self.email.text()))

    def _found(self, resolution: Resolution) -> None:
        self._lookup_task = None
        self.feedback.setText(self._describe(resolution))
        self._render(resolution)
        if self._focus_when_found:
            self._focus_when_found = False
            self._focus_next()

    def _focus_next(self) -> None:
        """Where the keyboard goes once the route is known: the button or the password."""
        oauth = self.flow.state.oauth
        target: QWidget = self.oauth_buttons[oauth.id] if oauth else self.password
        if target.isVisible():
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _describe(self, resolution: Resolution) -> str:
        provider = resolution.provider
        if resolution.oauth is not None:
            # The button is right below: the words say why there is no password to type.
            # The sign-in's name (Google), not the provider's (Gmail): a Workspace address.
            return self.tr(
                "{provider} handles this address: you sign in on its own page, and Wink "
                "never sees your password."
            ).format(provider=resolution.oauth.name)
        if resolution.unavailable is not None and provider is not None:
            return self.tr("Found: {provider}.").format(provider=provider.name)
        if resolution.ready and provider is not None:
            return self.tr("Found: {provider}.").format(provider=provider.name)
        if resolution.ready:
            return self.tr("Settings found: Wink tests them as soon as you sign in.")
        if self.flow.state.discovered is None:
            return self.tr("We did not find settings automatically: you will enter them next.")
        return self.tr("Settings found: you will check them next.")

    def _render(self, resolution: Resolution | None) -> None:
        """Show what the route needs: a "Continue with…" button, or the password."""
        oauth = resolution.oauth if resolution is not None else None
        for provider_id, button in self.oauth_buttons.items():
            button.setVisible(oauth is not None and oauth.id == provider_id)
        if resolution is not None:
            # A provider this build cannot sign in with takes no password either: say why.
            unavailable = resolution.unavailable
            self.password_box.setVisible(oauth is None and unavailable is None)
            provider = resolution.provider
            if unavailable is not None:
                self.hint.show_message(describe(unavailable, translate), "warning")
            elif oauth is None and provider is not None and provider.hint:
                self.hint.show_message(hint_text(provider), "warning")
            else:
                self.hint.hide()
        elif not self.email.text().strip():
            self.password_box.hide()
            self.hint.hide()
        following = self.flow.next_step(self.step) if resolution is not None else None
        self.setButtonText(_NEXT, self.tr("Sign in") if following is Step.TEST else self._next_text)
        self.completeChanged.emit()
        if self._wizard.currentPage() is self:
            self._wizard.update_next_button()

    def own_button_leads(self) -> bool:
        """Whether a "Continue with…" button is the page's action (no Next beside it)."""
        return any(not button.isHidden() for button in self.oauth_buttons.values())

    def _pick_provider(self) -> None:
        self.flow.pick_provider()
        self._wizard.next()

    # -- the password ----------------------------------------------------------------------

    def _password_typed(self, text: str) -> None:
        self.flow.set_password(text)
        self.completeChanged.emit()

    def forget_password(self) -> None:
        """Empty the password field, its undo history included (``clear()`` keeps it)."""
        self.password.setText("")

    # -- leaving ---------------------------------------------------------------------------

    def initializePage(self) -> None:  # noqa: N802
        """The address first (a reconnection or a replacement may have typed it already)."""
        email = self.email
        QTimer.singleShot(0, email, lambda: email.setFocus(Qt.FocusReason.OtherFocusReason))

    def _address_valid(self) -> bool:
        try:
            normalize_email(self.email.text())
        except InvalidInputError:
            return False
        return True

    def _password_problem(self) -> str:
        """What is wrong with the typed password ('' when nothing, or when none is asked)."""
        if self.password_box.isHidden() or not self.password.text():
            return ""
        try:
            require_secret(self.password.text())
        except InvalidInputError as exc:
            return translate("Errors", exc.message)
        return ""

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        """Empty is fine (the providers come next); else an address the flow has looked up."""
        text = self.email.text().strip()
        if not text:
            return True
        problem = self._password_problem()
        self.error.setText(problem)
        return self._address_valid() and not problem and self.flow.may_leave(self.step)

    def validatePage(self) -> bool:  # noqa: N802
        """Hand the address to the flow; a trusted answer's servers go to the test."""
        if not self.isComplete():
            return False  # Next is disabled, but a button or a script may still call next()
        try:
            self.flow.set_address(self.email.text())
        except InvalidInputError:
            if not self.flow.state.picking_provider:
                return False
            self.flow.state.email = ""  # the list of providers, for no address yet
        self.flow.leave_address()
        return True
