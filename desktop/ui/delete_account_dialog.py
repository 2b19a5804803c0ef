"""Delete my account: what the service deletes and when, an export first, the password again, then the grace
period and how to cancel. ``ClosureBanner`` shows a pending closure on the Account page, with Cancel."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.api.account_closure import ClosureStatus
from desktop.services.closure import EXPLANATION, ClosureService, describe
from desktop.ui.error_dialog import describe as describe_error
from desktop.ui.i18n import local_date, translated_message
from desktop.ui.tasks import TaskRunner
from desktop.ui.theme import style_as


def _text(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class DeleteAccountDialog(QDialog):
    export_requested = Signal()
    closure_changed = Signal(object)  # ClosureStatus

    def __init__(self, closure: ClosureService, network: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Delete my account"))
        self.setMinimumWidth(520)
        self._closure, self._network = closure, network
        self.explanation = _text(translated_message(EXPLANATION))
        self.export_button = QPushButton(self.tr("Export my data first…"))
        self.export_button.clicked.connect(self.export_requested.emit)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Your CodeCraft password"))
        self.password.setAccessibleDescription(self.tr("Confirms that it is you who closes the account"))
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("Only if two-factor sign-in is on"))
        self.code.setAccessibleName(self.tr("Two-factor code"))
        form = QFormLayout()
        form.addRow(self.tr("Sign in again — &password:"), self.password)
        form.addRow(self.tr("Two-factor &code:"), self.code)
        self.status = _text("")
        self.status.setAccessibleName(self.tr("Closure status"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = buttons.addButton(self.tr("Close my account"), QDialogButtonBox.ButtonRole.DestructiveRole)
        self.close_button.setEnabled(False)
        self.close_button.clicked.connect(self.request)
        self.password.textChanged.connect(lambda text: self.close_button.setEnabled(bool(text)))
        self.cancel_button = buttons.addButton(
            self.tr("Cancel account closure"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(self.cancel_closure)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.explanation, self.export_button):
            layout.addWidget(widget)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        network.run(closure.status, owner=self, on_done=self._show, on_error=self._failed)

    def request(self) -> None:
        self.close_button.setEnabled(False)
        self.status.setText(self.tr("Sending your request…"))
        password, code = self.password.text(), self.code.text().strip() or None
        self._network.run(
            self._closure.close_account, password, code, owner=self, on_done=self._show, on_error=self._failed
        )

    def cancel_closure(self) -> None:
        self.cancel_button.setEnabled(False)
        self._network.run(self._closure.cancel, owner=self, on_done=self._show, on_error=self._failed)

    def _show(self, status: ClosureStatus) -> None:
        self.password.clear()
        self.status.setText(translated_message(describe(status, local_date)))
        self.cancel_button.setVisible(status.pending)
        self.cancel_button.setEnabled(True)
        self.close_button.setVisible(not status.pending)
        for widget in (self.password, self.code):
            widget.setEnabled(not status.pending)
        self.closure_changed.emit(status)

    def _failed(self, exc: BaseException) -> None:
        title, message = describe_error(exc)
        self.status.setText(f"<b>{title}</b><br>{message}")
        self.close_button.setEnabled(bool(self.password.text()))
        self.cancel_button.setEnabled(True)


class ClosureBanner(QWidget):
    """Shown on the Account page while a closure is pending (for example right after signing in)."""

    def __init__(self, closure: ClosureService, network: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._closure, self._network = closure, network
        self.label = _text("")
        style_as(self.label, "emptyState")
        self.cancel_button = QPushButton(self.tr("Cancel account closure"))
        self.cancel_button.clicked.connect(self.cancel_closure)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label, 1)
        row.addWidget(self.cancel_button)
        self.hide()

    def refresh(self, signed_in: object = None) -> None:
        if signed_in is None:
            self.hide()
            return
        self._network.run(self._closure.status, owner=self, on_done=self.show_status, on_error=lambda _: self.hide())

    def cancel_closure(self) -> None:
        self._network.run(self._closure.cancel, owner=self, on_done=self.show_status, on_error=lambda _: None)

    def show_status(self, status: ClosureStatus) -> None:
        self.label.setText(translated_message(describe(status, local_date)))
        self.setVisible(status.pending)
