"""A dialog whose actions call the CodeCraft service on the network worker.

While a call runs the dialog shows a busy bar and disables its inputs; closing the dialog (Cancel, Escape,
the window's close button) drops the answer. Errors are shown inline in the person's words, never as a
traceback.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QProgressBar, QWidget

from desktop.services.account import AccountService
from desktop.ui.error_dialog import describe
from desktop.ui.tasks import TaskHandle, TaskRunner
from desktop.ui.theme import error_colour


def field(name: str, tip: str = "", secret: bool = False) -> QLineEdit:
    edit = QLineEdit()
    edit.setAccessibleName(name)
    edit.setToolTip(tip)
    edit.setAccessibleDescription(
        tip or (QCoreApplication.translate("NetworkDialog", "Characters are hidden as you type") if secret else "")
    )
    if secret:
        edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def hint(text: str = "") -> QLabel:
    """A quiet, secondary line of text (server address, side notes)."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: palette(placeholder-text);")
    return label


class NetworkDialog(QDialog):
    """A dialog whose actions call the service on the network worker, with a busy state and inline errors."""

    signs_in = False  # True for dialogs whose calls sign the person in

    def __init__(self, accounts: AccountService, network: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.accounts, self.network = accounts, network
        self._handle: TaskHandle | None = None
        self.error_label = QLabel()
        self.error_label.setObjectName("inlineError")
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName(self.tr("Problem"))
        self.error_label.setStyleSheet(f"color: {error_colour()};")
        self.error_label.hide()
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumHeight(8)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setAccessibleName(self.tr("Waiting for CodeCraft"))
        self.busy_bar.hide()

    def is_busy(self) -> bool:
        return self._handle is not None

    def call(self, fn: Callable[..., Any], *args: Any, on_done: Callable[[Any], None]) -> None:
        self.show_problem("")
        self._set_busy(True)
        handle: TaskHandle | None = None

        def done(result: Any) -> None:
            if handle is self._handle:
                self._set_busy(False)
                on_done(result)

        def failed(exc: BaseException) -> None:
            if handle is self._handle:
                self._set_busy(False)
                self.failed(exc)

        handle = self._handle = self.network.run(fn, *args, owner=self, on_done=done, on_error=failed)

    def failed(self, exc: BaseException) -> None:
        self.show_problem(describe(exc)[1])

    def show_problem(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def reject(self) -> None:
        """Closing drops whatever answer is still on its way; an abandoned sign-in is undone."""
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None
            if self.signs_in:
                accounts = self.accounts
                # The worker is serial: this runs after the abandoned call, and signs out if it got through.
                self.network.run(lambda: accounts.is_signed_in() and accounts.sign_out(), on_error=lambda _: None)
        super().reject()

    def _set_busy(self, busy: bool) -> None:
        if not busy:
            self._handle = None
        self.busy_bar.setVisible(busy)
        for widget in self.inputs():
            widget.setEnabled(not busy)
        if not busy:
            self.update_state()

    def inputs(self) -> list[QWidget]:
        return []

    def update_state(self) -> None:
        """Re-enable what validation allows (called when a wait ends)."""
