"""Is CodeCraft reachable? A periodic check on the network worker, shown in the status bar.

The check never runs on the UI thread or the vault worker, and nothing waits for it: working offline is
the normal case, not an error.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel

from desktop.api import contract as c
from desktop.api.errors import ApiError
from desktop.services.account import AccountService, OnlineStatus, Reachability
from desktop.ui.i18n import QT_TRANSLATE_NOOP, fmt, translated, translated_message
from desktop.ui.tasks import TaskHandle, TaskRunner

CHECK_INTERVAL_MS = 60_000
OFFLINE_TIP = QT_TRANSLATE_NOOP("Connectivity", "Working offline: everything stays on this device")


def describe_status(status: OnlineStatus | None, user: c.UserProfile | None) -> tuple[str, str]:
    """(label text, tooltip) for the status bar."""
    if status is None or status.state is Reachability.OFFLINE:
        reason = translated_message(status.reason) if status is not None and status.reason else ""
        return QCoreApplication.translate(
            "Connectivity", "Offline"
        ), f"{translated('Connectivity', OFFLINE_TIP)}. {reason}".strip()
    if status.state is Reachability.UNREACHABLE:
        return QCoreApplication.translate("Connectivity", "Service unreachable"), fmt(
            QCoreApplication.translate("Connectivity", "%1 Your projects stay available offline."),
            translated_message(status.reason),
        )
    if user is not None:
        return fmt(
            QCoreApplication.translate("Connectivity", "Online — signed in as %1"), user.username
        ), translated_message(status.reason)
    return QCoreApplication.translate("Connectivity", "Online — not signed in"), fmt(
        QCoreApplication.translate("Connectivity", "%1. Sign in on the Account page to sync projects."),
        translated_message(status.reason),
    )


class ConnectivityMonitor(QObject):
    online = Signal(object)  # OnlineStatus
    offline = Signal(object)  # OnlineStatus (offline or unreachable)
    status_changed = Signal(object)  # OnlineStatus, after every check

    def __init__(
        self,
        accounts: AccountService,
        network: TaskRunner,
        interval_ms: int = CHECK_INTERVAL_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._accounts, self._network = accounts, network
        self._status: OnlineStatus | None = None
        self._pending: TaskHandle | None = None
        self._labels: list[QLabel] = []
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check_now)

    @property
    def status(self) -> OnlineStatus | None:
        """The last result; None before the first check finished."""
        return self._status

    def start(self) -> None:
        self._timer.start()
        self.check_now()

    def stop(self) -> None:
        self._timer.stop()
        if self._pending is not None:
            self._pending.cancel()
            self._pending = None

    def set_interval_ms(self, interval_ms: int) -> None:
        self._timer.setInterval(interval_ms)

    def attach(self, label: QLabel) -> None:
        """Keep ``label`` showing the state (and who is signed in)."""
        label.setContentsMargins(6, 0, 6, 0)
        self._labels.append(label)
        self.refresh_labels()

    def check_now(self) -> None:
        if self._pending is not None and not self._pending.finished:
            return  # one check at a time
        self._pending = self._network.run(self._check, owner=self, on_done=self._checked, on_error=self._failed)

    def refresh_labels(self) -> None:
        """Show the current state again (after a sign-in or sign-out), without a new check."""
        text, tip = describe_status(self._status, self._accounts.cached_user)
        for label in self._labels:
            label.setText(text)
            label.setToolTip(tip)

    # -- network worker ----------------------------------------------------------------------------------

    def _check(self) -> OnlineStatus:
        status = self._accounts.check_online()
        if status.online and self._accounts.cached_user is None and self._accounts.is_signed_in():
            with contextlib.suppress(ApiError):  # the label then says "not signed in"; the Account page says why
                self._accounts.current_user()  # fills the cache for the label
        return status

    # -- UI thread ---------------------------------------------------------------------------------------

    def _checked(self, status: OnlineStatus) -> None:
        self._pending = None
        changed = self._status is None or self._status.state is not status.state
        self._status = status
        self.refresh_labels()
        if changed:
            (self.online if status.online else self.offline).emit(status)
        self.status_changed.emit(status)

    def _failed(self, exc: BaseException) -> None:
        self._checked(OnlineStatus(Reachability.UNREACHABLE, str(exc)))
