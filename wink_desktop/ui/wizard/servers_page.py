"""Email, password, and both servers; filled in with the servers the flow resolved."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
    QWizard,
)

from wink_desktop.core.errors import InvalidInputError
from wink_desktop.core.settings import ServerSettings
from wink_desktop.core.validation import normalize_email, normalize_username, require_secret
from wink_desktop.services.connect_flow import Origin
from wink_desktop.ui.i18n import translate
from wink_desktop.ui.widgets import NoticeBanner
from wink_desktop.ui.wizard.common import FlowPage, PageId, hint_text
from wink_desktop.ui.wizard.server_fields import ServerFields

if TYPE_CHECKING:
    from wink_desktop.ui.wizard.shell import ConnectWizard

_NEXT = QWizard.WizardButton.NextButton


class ServerPage(FlowPage):
    """The server form: shows the flow's resolution, hands the typed values back to it."""

    step = PageId.SERVERS

    def __init__(self, wizard: ConnectWizard) -> None:
        super().__init__(wizard)
        self.setObjectName("page_servers")
        self.setTitle(self.tr("Your mailbox settings"))
        self.setSubTitle(
            self.tr("Your provider's help pages list these settings. Values we found are marked.")
        )
        layout = QVBoxLayout(self)
        self.hint = NoticeBanner(self)
        self.hint.setObjectName("servers_hint")
        layout.addWidget(self.hint)
        self.origin = self._origin_label(layout)
        account = QFormLayout()
        self.email = self._line("servers_email", self.tr("Email address"))
        self.password = self._line("servers_password", self.tr("Password"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.show_password = QCheckBox(self.tr("Show"), self)
        self.show_password.setObjectName("servers_show_password")
        self.show_password.setAccessibleName(self.tr("Show the password"))
        self.show_password.toggled.connect(
            lambda shown: self.password.setEchoMode(
                QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
            )
        )
        password_row = QHBoxLayout()
        password_row.addWidget(self.password, 1)
        password_row.addWidget(self.show_password)
        account.addRow(self.tr("Email address"), self.email)
        account.addRow(self.tr("Password"), password_row)
        layout.addLayout(account)
        self.imap = ServerFields("imap", self.tr("Incoming mail (IMAP)"), self)
        self.smtp = ServerFields("smtp", self.tr("Outgoing mail (SMTP)"), self)
        layout.addWidget(self.imap)
        layout.addWidget(self.smtp)
        self.advanced, self.username = self._advanced_group()
        layout.addWidget(self.advanced)
        # Servers only an untrusted source named: the button that signs in confirms them,
        # and this says plainly what it confirms (where they go, and that the password does).
        self.confirm_note = QLabel(self)
        self.confirm_note.setObjectName("servers_confirm_note")
        self.confirm_note.setWordWrap(True)
        self.confirm_note.setTextFormat(Qt.TextFormat.PlainText)  # host names, never markup
        self.confirm_note.hide()
        layout.addWidget(self.confirm_note)
        # The next page is the live test: the button says what it does.
        self.setButtonText(_NEXT, self.tr("Sign in"))
        self.error = QLabel(self)
        self.error.setObjectName("servers_error")
        self.error.setWordWrap(True)
        self.error.setProperty("kind", "error")
        layout.addWidget(self.error)
        # Fields the user typed in since the page opened: an empty one they never touched
        # is no mistake yet, so it gets no red message.
        self._touched: set[QLineEdit] = set()
        for widget in (self.email, self.password, self.username):
            widget.textChanged.connect(self.completeChanged)
            widget.textEdited.connect(lambda _text, w=widget: self._touched.add(w))
        for fields in (self.imap, self.smtp):
            fields.changed.connect(self.completeChanged)
            fields.changed.connect(self._show_confirmation)

    def _advanced_group(self) -> tuple[QGroupBox, QLineEdit]:
        """The folded "Advanced" group and its user-name field."""
        advanced = QGroupBox(self.tr("Advanced"), self)
        advanced.setObjectName("servers_advanced")
        advanced.setCheckable(True)
        advanced.setChecked(False)
        form = QFormLayout(advanced)
        username = QLineEdit(advanced)
        username.setObjectName("servers_username")
        username.setPlaceholderText(self.tr("Same as the email address"))
        username.setAccessibleName(self.tr("User name"))
        form.addRow(self.tr("User name"), username)
        return advanced, username

    def _origin_label(self, layout: QVBoxLayout) -> QLabel:
        """Where the servers came from, and whether that source is verified."""
        label = QLabel(self)
        label.setObjectName("servers_origin")
        label.setWordWrap(True)
        layout.addWidget(label)
        return label

    def _line(self, name: str, accessible: str) -> QLineEdit:
        line = QLineEdit(self)
        line.setObjectName(name)
        line.setAccessibleName(accessible)
        return line

    def _form_servers(self) -> tuple[ServerSettings | None, ServerSettings | None]:
        """The servers on the form as far as they are valid (None: not yet)."""
        found: list[ServerSettings | None] = []
        for fields in (self.imap, self.smtp):
            try:
                found.append(fields.settings(None))
            except InvalidInputError:
                found.append(None)
        return found[0], found[1]

    def awaiting_confirmation(self) -> bool:
        """Whether the form holds a server only the untrusted source named, not vouched for."""
        return self.flow.awaiting_confirmation(*self._form_servers())

    def _show_confirmation(self) -> None:
        """The button's label and the note above it follow the servers on the form."""
        awaiting = self.awaiting_confirmation()
        label = self.tr("Confirm these servers and sign in") if awaiting else self.tr("Sign in")
        self.setButtonText(_NEXT, label)
        self.confirm_note.setVisible(awaiting)
        if awaiting:
            imap, smtp = self.imap.host.text().strip(), self.smtp.host.text().strip()
            text = (
                self.tr("“{button}” sends your password to {imap} and {smtp}.")
                if imap.lower() != smtp.lower()
                else self.tr("“{button}” sends your password to {imap}.")
            )
            self.confirm_note.setText(text.format(button=label, imap=imap, smtp=smtp))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """Return in a field never confirms servers: it goes to the button that does."""
        if event.key() in {Qt.Key.Key_Return, Qt.Key.Key_Enter} and self.awaiting_confirmation():
            # Fields pass Return on to their page; here it stops short of the wizard's
            # default button, whose label says what pressing it confirms.
            self._wizard.button(_NEXT).setFocus(Qt.FocusReason.OtherFocusReason)
            event.accept()
            return
        super().keyPressEvent(event)

    def forget_password(self) -> None:
        """Empty the password field, its undo history included (``clear()`` keeps it)."""
        self.password.setText("")

    def initializePage(self) -> None:  # noqa: N802
        """Render what the flow resolved: the address, the servers and where they came from."""
        state = self.flow.state
        resolution = state.resolution
        self.email.setText(state.email)
        # The password typed with the address on the first page (empty when reconnecting).
        self.password.setText(state.password)
        self._touched.clear()
        self.error.clear()
        self._mark_invalid(None)
        self.imap.fill(resolution.imap, detected=resolution.detected)
        self.smtp.fill(resolution.smtp, detected=resolution.detected)
        if resolution.origin is Origin.SAVED:
            self.setSubTitle(
                self.tr(
                    "Type the current password of {email}. Everything else is kept as it was."
                ).format(email=state.email)
            )
        imap = resolution.imap
        if imap is not None and imap.username and imap.username != state.email:
            self.username.setText(imap.username)
        where, verified = resolution.provenance
        self.origin.setText(
            " ".join(translate("Origin", text) for text in (where, verified) if text)
        )
        self.origin.setProperty("kind", "warning" if state.servers_untrusted else "")
        self.origin.setVisible(bool(where))
        provider = resolution.provider
        if provider is not None and provider.hint:
            self.hint.show_message(hint_text(provider), "warning")
        else:
            self.hint.hide()
        # The flow decides it from where the values came, never from a widget's visibility:
        # the password goes nowhere until the user vouches for servers nobody authenticated.
        self.flow.confirm_servers(False)
        self._show_confirmation()
        # After QWizard's own focus handling (which would pick the first button): the first
        # field left to type (reconnecting: only the password), else the first server to
        # check (Return there leads to the button that confirms them).
        empty = [
            w for w in (self.email, self.password, self.imap.host, self.smtp.host) if not w.text()
        ]
        target: QWidget = empty[0] if empty else self.password
        if not empty and state.servers_untrusted:
            target = self.imap.host
        QTimer.singleShot(0, target, lambda: target.setFocus(Qt.FocusReason.OtherFocusReason))

    def settings(self) -> tuple[str, ServerSettings, ServerSettings, str]:
        """The validated input (raises InvalidInputError).

        The same validation as discovered and saved values (``ServerSettings.parse``): a
        user name with a control character or a password with CR, LF or NUL would split
        the IMAP or SMTP command that carries it.
        """
        email = normalize_email(self.email.text())
        username = normalize_username(self.username.text(), "username")
        imap, smtp = self.imap.settings(username), self.smtp.settings(username)
        password = require_secret(self.password.text())
        return email, imap, smtp, password

    def _fields(self) -> dict[str, QWidget]:
        """The input widgets by the field names of :class:`InvalidInputError`."""
        return {
            "email": self.email,
            "password": self.password,
            "username": self.username,
            "imap_host": self.imap.host,
            "imap_port": self.imap.port,
            "imap_username": self.username,
            "smtp_host": self.smtp.host,
            "smtp_port": self.smtp.port,
            "smtp_username": self.username,
        }

    def _mark_invalid(self, field_name: str | None) -> None:
        """Outline the field that is wrong (and only that one)."""
        wrong = self._fields().get(field_name or "")
        for widget in set(self._fields().values()):
            invalid = widget is wrong
            if bool(widget.property("invalid")) != invalid:
                widget.setProperty("invalid", invalid)
                widget.style().unpolish(widget)
                widget.style().polish(widget)
        if wrong is self.username:
            self.advanced.setChecked(True)  # an unchecked group box cannot be edited

    def isComplete(self) -> bool:  # noqa: N802
        """Valid input (the button confirms untrusted servers: its label says so)."""
        try:
            self.settings()
        except InvalidInputError as exc:
            widget = self._fields().get(exc.field)
            # An empty field the user has not typed in yet is no mistake: no red text.
            typed = not isinstance(widget, QLineEdit) or bool(widget.text())
            shown = bool(self.email.text()) and (typed or widget in self._touched)
            self.error.setText(translate("Errors", exc.message) if shown else "")
            self._mark_invalid(exc.field if shown and typed else None)
            return False
        self.error.clear()
        self._mark_invalid(None)
        return self.flow.may_leave(self.step)

    def validatePage(self) -> bool:  # noqa: N802
        """Hand the settings to the flow; pressing "Confirm these servers…" vouches for them.

        Only the button gets here (Return in a field stops at :meth:`keyPressEvent`), and its
        label names the confirmation: pressing it is the user's explicit consent.
        """
        try:
            email, imap, smtp, password = self.settings()
        except InvalidInputError:
            return False
        if self.flow.awaiting_confirmation(imap, smtp):
            self.flow.confirm_servers(True)
        used = self.flow.use_servers(email, imap, smtp, password)
        self._show_confirmation()  # confirmed: back here, the button just signs in
        return used
