"""Dialogs: a refused certificate, an unencrypted connection, confirmations.

They are shown with ``open()`` (window-modal, never blocking the event loop) and report
through ``accepted``/``rejected``.
"""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wink_desktop.core.checks import CertificateInfo
from wink_desktop.ui.widgets import heading

# Bytes of the fingerprint per line: 32 bytes make four lines of eight, short enough for
# the dialog at any width and easy to read aloud over the phone to an IT department.
FINGERPRINT_BYTES_PER_LINE = 8
#: The least width of a dialog asking a question. Qt sizes a dialog to its row of buttons,
#: so a heading wrapped into a narrow column of two or three lines otherwise.
QUESTION_WIDTH = 520
#: Between a form's labels and their values (the theme's ``space_l``).
FORM_GAP = 16


def fit_height(dialog: QDialog) -> None:
    """Make ``dialog`` as tall as its wrapped lines need at its width.

    Qt sizes a dialog of wrapping labels for lines as narrow as its shortest word: at the
    wider minimum width, the layout then spreads the lines apart with empty space.
    """
    layout = dialog.layout()
    width = dialog.minimumWidth()
    if layout is not None and layout.hasHeightForWidth():
        dialog.resize(width, layout.totalHeightForWidth(width))


def local_date(iso: str) -> str:
    """An ISO 8601 moment as a date and time in the user's locale and time zone."""
    moment = QDateTime.fromString(iso, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return iso  # shown as it came rather than hidden
    moment = moment.toLocalTime()
    locale = QLocale()
    # Long date, short time: the long date-time format spells out the time zone's name.
    day = locale.toString(moment.date(), QLocale.FormatType.LongFormat)
    return f"{day} {locale.toString(moment.time(), QLocale.FormatType.ShortFormat)}"


def grouped(fingerprint: str) -> str:
    """``AB:CD:…`` as lines of :data:`FINGERPRINT_BYTES_PER_LINE` space-separated pairs."""
    pairs = fingerprint.split(":")
    step = FINGERPRINT_BYTES_PER_LINE
    return "\n".join(" ".join(pairs[i : i + step]) for i in range(0, len(pairs), step))


class CertificateDialog(QDialog):
    """Who issued the certificate, for which names, until when, and its fingerprint.

    *Go back* is the default; trusting is an explicit, separate choice.
    """

    def __init__(
        self, host: str, reason: str, info: CertificateInfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("certificate_dialog")
        self.setMinimumWidth(QUESTION_WIDTH)
        self.setWindowTitle(self.tr("Certificate problem"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            heading(self.tr("The certificate of {host} is not trusted").format(host=host), self, 2)
        )
        why = QLabel(reason, self)
        why.setWordWrap(True)
        layout.addWidget(why)
        details = QFormLayout()
        # The style's few pixels let the longest label ("Empreinte SHA-256") touch its value.
        details.setHorizontalSpacing(FORM_GAP)
        for label, value, name in (
            (self.tr("Issued to"), info.subject, "certificate_subject"),
            (self.tr("Issued by"), info.issuer, "certificate_issuer"),
            (self.tr("Valid for"), ", ".join(info.names), "certificate_names"),
            (self.tr("Valid from"), local_date(info.not_before), "certificate_not_before"),
            (self.tr("Valid until"), local_date(info.not_after), "certificate_not_after"),
            (self.tr("SHA-256 fingerprint"), grouped(info.sha256), "certificate_fingerprint"),
        ):
            field = QLabel(value, self)
            field.setObjectName(name)
            field.setWordWrap(True)
            field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            details.addRow(label, field)
            if name == "certificate_fingerprint":
                # Fixed width, so the columns of pairs line up and can be compared by eye.
                field.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        layout.addLayout(details)
        advice = QLabel(
            self.tr(
                "Trust it only if your IT department confirms this exact fingerprint. Wink "
                "will then accept this certificate, and no other, for this server."
            ),
            self,
        )
        advice.setWordWrap(True)
        advice.setObjectName("muted")
        layout.addWidget(advice)
        buttons = QDialogButtonBox(self)
        self.back_button = QPushButton(self.tr("Go back"), self)
        self.back_button.setObjectName("certificate_go_back")
        self.trust_button = QPushButton(self.tr("Trust this certificate"), self)
        self.trust_button.setObjectName("certificate_trust")
        buttons.addButton(self.back_button, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.addButton(self.trust_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.back_button.setDefault(True)
        self.back_button.setFocus()
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_height(self)


class PlaintextDialog(QDialog):
    """An explicit "I understand the risks" before a password goes out unencrypted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("plaintext_dialog")
        self.setMinimumWidth(QUESTION_WIDTH)
        self.setWindowTitle(self.tr("Unencrypted connection"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Send your password without encryption?"), self, 2))
        text = QLabel(
            self.tr(
                "Anyone on the network between you and the server could read your password "
                "and your emails. Choose this only if your IT department requires it."
            ),
            self,
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        buttons = QDialogButtonBox(self)
        back = QPushButton(self.tr("Go back"), self)
        back.setObjectName("plaintext_go_back")
        accept = QPushButton(self.tr("I understand the risks"), self)
        accept.setObjectName("plaintext_accept")
        buttons.addButton(back, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.addButton(accept, QDialogButtonBox.ButtonRole.AcceptRole)
        back.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_height(self)


class ConfirmDialog(QDialog):
    """A yes/no question whose safe answer is the default."""

    def __init__(
        self,
        name: str,
        title: str,
        text: str,
        confirm: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.setMinimumWidth(QUESTION_WIDTH)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(title, self, 2))
        label = QLabel(text, self)
        label.setWordWrap(True)
        layout.addWidget(label)
        buttons = QDialogButtonBox(self)
        cancel = QPushButton(self.tr("Cancel"), self)
        cancel.setObjectName(f"{name}_cancel")
        self.confirm_button = QPushButton(confirm, self)
        self.confirm_button.setObjectName(f"{name}_confirm")
        buttons.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.addButton(self.confirm_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_height(self)
