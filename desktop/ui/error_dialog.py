"""Showing errors: the person's own words for known failures, a redacted report for bugs. Never a traceback."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import OperationCancelled, UserFacingError, redacted_report
from desktop.ui.i18n import QT_TRANSLATE_NOOP, error_texts

log = logging.getLogger(__name__)

UNEXPECTED = QT_TRANSLATE_NOOP(
    "ErrorDialog",
    "CodeCraft Desktop hit an unexpected problem and stopped that operation. Your saved data is safe. "
    "“Copy details” copies a report for support; it contains no keys and no code.",
)


def describe(exc: BaseException) -> tuple[str, str]:
    """(title, message) for a person."""
    if isinstance(exc, UserFacingError):
        return error_texts(exc)
    return QCoreApplication.translate("ErrorDialog", "Something went wrong"), QCoreApplication.translate(
        "ErrorDialog", UNEXPECTED
    )


class ErrorDialog(QDialog):
    def __init__(self, exc: BaseException, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorDialog")
        title, message = describe(exc)
        self.report = redacted_report(exc)
        self.setWindowTitle(title)
        icon = QLabel()
        kind = QStyle.StandardPixmap.SP_MessageBoxWarning
        if not isinstance(exc, UserFacingError):
            kind = QStyle.StandardPixmap.SP_MessageBoxCritical
        icon.setPixmap(self.style().standardIcon(kind).pixmap(40, 40))
        heading = QLabel(f"<b>{title}</b>")
        self.message = QLabel(message)
        self.message.setWordWrap(True)
        self.message.setMinimumWidth(380)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(self.tr("Copy details"), QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.setToolTip(self.tr("Copy a report for support (no keys, no code)"))
        self.copy_button.setAccessibleName(self.tr("Copy details"))
        self.copy_button.clicked.connect(self._copy)
        buttons.rejected.connect(self.reject)
        text = QVBoxLayout()
        text.addWidget(heading)
        text.addWidget(self.message)
        row = QHBoxLayout()
        row.addWidget(icon, 0)
        row.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(buttons)

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.report)
        self.copy_button.setText(self.tr("Copied"))


def show_error(parent: QWidget | None, exc: BaseException) -> ErrorDialog | None:
    if isinstance(exc, OperationCancelled):
        return None
    if not isinstance(exc, UserFacingError):
        log.error("Unexpected error:\n%s", redacted_report(exc))
    dialog = ErrorDialog(exc, parent)
    dialog.setModal(True)
    dialog.open()
    return dialog
