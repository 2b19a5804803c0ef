"""Notifications: a poller on the network TaskRunner, desktop notifications through the system tray (when
there is one) for deliveries and service notices, and the in-app list with “Mark all read”."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from desktop.api import contract as c
from desktop.api.errors import ApiError
from desktop.errors import redacted_report
from desktop.services.billing import BillingService
from desktop.ui.i18n import QT_TRANSLATE_NOOP, local_time, translated
from desktop.ui.tasks import TaskHandle, TaskRunner

log = logging.getLogger(__name__)
POLL_INTERVAL_MS = 30_000
TRAY_KINDS = ("delivery", "service")
KIND_LABELS = {
    "project_update": QT_TRANSLATE_NOOP("Notifications", "Project"),
    "delivery": QT_TRANSLATE_NOOP("Notifications", "Delivery"),
    "service": QT_TRANSLATE_NOOP("Notifications", "CodeCraft"),
}


class NotificationCenter(QObject):
    received = Signal(list)  # list[c.Notification], newest last
    unread_changed = Signal(int)

    def __init__(
        self,
        billing: BillingService,
        network: TaskRunner,
        tray: QSystemTrayIcon | None = None,
        interval_ms: int = POLL_INTERVAL_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.billing, self.network, self.tray = billing, network, tray
        self.unread = 0
        self._pending: TaskHandle | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check_now)

    @classmethod
    def with_tray(
        cls, billing: BillingService, network: TaskRunner, icon: QIcon, parent: QObject
    ) -> NotificationCenter:
        tray = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            tray = QSystemTrayIcon(icon, parent)
            tray.setToolTip(QCoreApplication.translate("NotificationCenter", "CodeCraft"))
            tray.show()
        return cls(billing, network, tray, parent=parent)

    def start(self) -> None:
        self.timer.start()
        self.check_now()

    def stop(self) -> None:
        self.timer.stop()

    def check_now(self) -> None:
        if self._pending is not None and not self._pending.finished:
            return
        self._pending = self.network.run(self._fetch, owner=self, on_done=self._fetched, on_error=self._ignored)

    def _fetch(self) -> tuple[list[c.Notification], int] | None:
        if not self.billing.is_signed_in():
            return None
        return self.billing.new_notifications()

    def _fetched(self, found: tuple[list[c.Notification], int] | None) -> None:
        if found is None:
            return
        items, unread = found
        if items:
            self.received.emit(items)
            for item in items:
                if self.tray is not None and item.kind in TRAY_KINDS and not item.read:
                    self.tray.showMessage(item.title, item.body, QSystemTrayIcon.MessageIcon.Information, 8000)
        if unread != self.unread:
            self.unread = unread
            self.unread_changed.emit(unread)

    def _ignored(self, exc: BaseException) -> None:
        if not isinstance(exc, ApiError):  # offline or signed out is normal; anything else is a bug
            log.error("notifications check failed:\n%s", redacted_report(exc))

    def mark_all_read(self) -> None:
        self.network.run(self.billing.mark_all_read, owner=self, on_done=self._marked, on_error=self._ignored)

    def _marked(self, unread: int) -> None:
        self.unread = unread
        self.unread_changed.emit(unread)


class NotificationList(QWidget):
    """The in-app list: newest first, unread in bold."""

    def __init__(self, center: NotificationCenter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.center = center
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Notifications"))
        self.list.setAccessibleDescription(self.tr("Payments and deliveries, newest first"))
        self.list.setWordWrap(True)
        self.list.setSpacing(6)
        self.list.setAlternatingRowColors(True)
        self.summary = QLabel(self.tr("No notifications yet."))
        self.read_button = QPushButton(self.tr("Mark all read"))
        self.read_button.clicked.connect(self._mark_read)
        row = QHBoxLayout()
        row.addWidget(self.summary, 1)
        row.addWidget(self.read_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.list, 1)
        center.received.connect(self.add)
        center.unread_changed.connect(self._show_unread)

    def add(self, items: list[c.Notification]) -> None:
        for item in items:
            when = local_time(item.created_at)
            entry = QListWidgetItem(
                f"{translated('Notifications', KIND_LABELS[item.kind])} · {when}\n{item.title}\n{item.body}"
            )
            font = entry.font()
            font.setBold(not item.read)
            entry.setFont(font)
            self.list.insertItem(0, entry)

    def _mark_read(self) -> None:
        self.center.mark_all_read()

    def _show_unread(self, unread: int) -> None:
        self.summary.setText(self.tr("%n unread", "", unread) if unread else self.tr("All read."))
        if unread == 0:
            for row in range(self.list.count()):
                entry = self.list.item(row)
                font = entry.font()
                font.setBold(False)
                entry.setFont(font)
