"""A progress page shared by the long dialogs: bar, bytes done of total, time left, and Cancel."""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QLocale, Signal
from PySide6.QtWidgets import QDialog, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from desktop.domain.progress import ProgressUpdate
from desktop.ui.i18n import fmt, translated_message
from desktop.ui.tasks import TaskHandle


def time_left(seconds: float) -> str:
    if seconds < 1:
        return QCoreApplication.translate("ProgressPage", "less than a second left")
    whole = int(seconds)
    if whole < 60:
        return fmt(QCoreApplication.translate("ProgressPage", "about %1 s left"), whole)
    template = QCoreApplication.translate("ProgressPage", "about %1 min %2 s left")
    return fmt(template, whole // 60, f"{whole % 60:02d}")


def bytes_and_time_left(update: ProgressUpdate, started: float) -> str:
    """ "1.2 MiB of 4.5 MiB · about 3 s left" for an update that counts bytes (``started``: time.monotonic())."""
    locale = QLocale()
    done = fmt(
        QCoreApplication.translate("ProgressPage", "%1 of %2"),
        locale.formattedDataSize(update.done_bytes),
        locale.formattedDataSize(update.total_bytes or 0),
    )
    rate = update.done_bytes / max(time.monotonic() - started, 1e-3)
    if not rate or not update.total_bytes:
        return done  # no estimate before the first bytes are done
    left = (update.total_bytes - update.done_bytes) / rate
    return fmt(QCoreApplication.translate("ProgressPage", "%1 · %2"), done, time_left(left))


class ProgressPage(QWidget):
    cancel_requested = Signal()

    def __init__(self, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(f"{what}…")
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.bar.setAccessibleName(fmt(self.tr("%1: progress"), what))
        self.detail = QLabel("")
        self.detail.setAccessibleName(self.tr("Bytes and time left"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(fmt(self.tr("Cancel: %1"), what.lower()))
        self.cancel_button.clicked.connect(self._cancel)
        layout = QVBoxLayout(self)
        for widget in (self.label, self.bar, self.detail):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.cancel_button)
        self._started = time.monotonic()

    def start(self, text: str) -> None:
        self._started = time.monotonic()
        self.label.setText(text)
        self.bar.setRange(0, 0)
        self.detail.setText("")
        self.cancel_button.setEnabled(True)

    def show_update(self, update: ProgressUpdate) -> None:
        if not update.total_bytes:
            if update.detail:
                self.label.setText(translated_message(update.detail))
            return
        self.bar.setRange(0, 1000)
        self.bar.setValue(int(1000 * update.done_bytes / update.total_bytes))
        self.detail.setText(bytes_and_time_left(update, self._started))

    def _cancel(self) -> None:
        self.cancel_button.setEnabled(False)
        self.label.setText(self.tr("Cancelling…"))
        self.cancel_requested.emit()


class TaskDialog(QDialog):
    """A dialog running one long task with a ``ProgressPage``: closing it mid-task cancels the task instead."""

    progress: ProgressPage
    _handle: TaskHandle | None = None

    def cancel(self) -> None:
        if self._handle is not None and not self._handle.finished:
            self._handle.cancel()

    def reject(self) -> None:
        if self._handle is not None and not self._handle.finished:
            self.progress.cancel_button.click()  # the task stops at its next safe point; nothing is left behind
            return
        super().reject()
