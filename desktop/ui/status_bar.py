"""The main window's status bar: sync state, work in progress, connection and vault lock state."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar, QWidget


class WindowStatusBar:
    def __init__(self, bar: QStatusBar, sync_status: QWidget) -> None:
        self.lock_label = QLabel()
        self.lock_label.setAccessibleName("Vault state")
        self.online_label = QLabel("Offline")
        self.online_label.setToolTip("Working offline: everything stays on this device")
        self.online_label.setAccessibleName("Connection state")
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(90)
        self.busy.setMaximumHeight(12)
        self.busy.setAccessibleName("Working")
        self.busy.hide()
        for widget in (sync_status, self.busy, self.online_label, self.lock_label):
            bar.addPermanentWidget(widget)

    def show_lock_state(self, unlocked: bool) -> None:
        self.lock_label.setText("Vault unlocked" if unlocked else "Vault locked")
        self.lock_label.setToolTip("Lock it with Ctrl+L" if unlocked else "Unlock it to see your projects")
