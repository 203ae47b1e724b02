"""Host, port and security of one server, kept consistent with each other."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from wink_desktop.core.models import Security
from wink_desktop.core.settings import STANDARD_PORTS, ServerSettings, security_label
from wink_desktop.ui.i18n import translate


class ServerFields(QGroupBox):
    """Host, port and security of one server; port and security kept consistent.

    Signals:
        changed: any field changed.
    """

    changed = Signal()

    def __init__(self, protocol: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.protocol = protocol
        self.setObjectName(f"{protocol}_server")
        form = QFormLayout(self)
        self.host = QLineEdit(self)
        self.host.setObjectName(f"{protocol}_host")
        self.host.setAccessibleName(self.tr("{protocol} server").format(protocol=protocol.upper()))
        self.port = QSpinBox(self)
        self.port.setObjectName(f"{protocol}_port")
        self.port.setRange(1, 65535)
        self.port.setAccessibleName(self.tr("{protocol} port").format(protocol=protocol.upper()))
        self.security = QComboBox(self)
        self.security.setObjectName(f"{protocol}_security")
        self.security.setAccessibleName(
            self.tr("{protocol} security").format(protocol=protocol.upper())
        )
        for value in (Security.SSL, Security.STARTTLS, Security.PLAIN):
            self.security.addItem(security_label(value, translate), value.value)
        self.detected = QLabel(self.tr("detected automatically"), self)
        self.detected.setObjectName(f"{protocol}_detected")
        self.detected.setProperty("class", "detected")
        form.addRow(self.tr("Server"), self.host)
        form.addRow(self.tr("Port"), self.port)
        row = QHBoxLayout()
        row.addWidget(self.security, 1)
        row.addWidget(self.detected)
        # A label that is the combo's buddy: on Linux a screen reader names a combo box by
        # its label (its own name is its value), so the label says which server it is for.
        security_label_widget = QLabel(
            self.tr("{protocol} security").format(protocol=protocol.upper()), self
        )
        security_label_widget.setBuddy(self.security)
        form.addRow(security_label_widget, row)
        self._syncing = False
        self.host.textEdited.connect(self._edited)
        self.port.valueChanged.connect(self._port_changed)
        self.security.currentIndexChanged.connect(self._security_changed)
        self.fill(None, detected=False)

    def fill(self, server: ServerSettings | None, *, detected: bool) -> None:
        """Show ``server`` (or the standard defaults), marked as detected or not."""
        self._syncing = True
        security = server.security if server else Security.SSL
        self.host.setText(server.host if server else "")
        self.security.setCurrentIndex(self.security.findData(security.value))
        self.port.setValue(server.port if server else STANDARD_PORTS[(self.protocol, security)])
        self._syncing = False
        self.detected.setVisible(detected and server is not None)
        self.changed.emit()

    def _edited(self) -> None:
        self.detected.hide()
        self.changed.emit()

    def _port_changed(self, port: int) -> None:
        if not self._syncing:
            # Choosing a well-known port proposes the security that goes with it.
            for (protocol, security), standard in STANDARD_PORTS.items():
                if (
                    protocol == self.protocol
                    and standard == port
                    and security is not Security.PLAIN
                ):
                    self._syncing = True
                    self.security.setCurrentIndex(self.security.findData(security.value))
                    self._syncing = False
                    break
            self.detected.hide()
        self.changed.emit()

    def _security_changed(self) -> None:
        if not self._syncing:
            security = Security(self.security.currentData())
            if self.port.value() in {
                p for (proto, _), p in STANDARD_PORTS.items() if proto == self.protocol
            }:
                self._syncing = True
                self.port.setValue(STANDARD_PORTS[(self.protocol, security)])
                self._syncing = False
            self.detected.hide()
        self.changed.emit()

    def settings(self, username: str | None) -> ServerSettings:
        """The validated settings (raises InvalidInputError)."""
        return ServerSettings.parse(
            self.host.text(),
            self.port.value(),
            Security(self.security.currentData()),
            username,
            field_prefix=f"{self.protocol}_",
        )
