"""The main window's status bar: sync state, work in progress, connection and vault lock state."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar, QWidget


class WindowStatusBar:
    def __init__(self, bar: QStatusBar) -> None:
        self.bar = bar
        self.lock_label = QLabel()
        self.lock_label.setAccessibleName(QCoreApplication.translate("WindowStatusBar", "Vault state"))
        self.online_label = QLabel(QCoreApplication.translate("WindowStatusBar", "Offline"))
        self.online_label.setToolTip(
            QCoreApplication.translate("WindowStatusBar", "Working offline: everything stays on this device")
        )
        self.online_label.setAccessibleName(QCoreApplication.translate("WindowStatusBar", "Connection state"))
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(90)
        self.busy.setMaximumHeight(12)
        self.busy.setAccessibleName(QCoreApplication.translate("WindowStatusBar", "Working"))
        self.busy.hide()
        for widget in (self.busy, self.online_label, self.lock_label):
            bar.addPermanentWidget(widget)

    def add_sync_status(self, widget: QWidget) -> None:
        """The overall sync state, first in the row (it comes with the workspace, after the first unlock)."""
        self.bar.insertPermanentWidget(0, widget)

    def show_lock_state(self, unlocked: bool) -> None:
        self.lock_label.setText(
            QCoreApplication.translate("WindowStatusBar", "Vault unlocked")
            if unlocked
            else QCoreApplication.translate("WindowStatusBar", "Vault locked")
        )
        self.lock_label.setToolTip(
            QCoreApplication.translate("WindowStatusBar", "Lock it with Ctrl+L")
            if unlocked
            else QCoreApplication.translate("WindowStatusBar", "Unlock it to see your projects")
        )
