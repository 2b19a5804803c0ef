"""Runs sync for the screens: on the vault worker (it writes the vault) with progress and cancel, plus auto-sync.

Auto-sync runs every few minutes and when the app comes back online, only while the vault is unlocked, the
service answers and someone is signed in (checked on the network worker). Working offline never needs an
account; a failed background sync is reported by ``failed`` and in the overall status, never by a dialog.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.domain.sync import ConflictChoice, OverallSyncStatus, SyncReport
from desktop.services.account import AccountService
from desktop.services.sync import SyncService
from desktop.ui.connectivity import ConnectivityMonitor
from desktop.ui.i18n import QT_TRANSLATE_NOOP
from desktop.ui.tasks import TaskHandle, TaskRunner

log = logging.getLogger(__name__)

AUTO_SYNC_MS = 5 * 60_000
SIGN_IN_FIRST = QT_TRANSLATE_NOOP("SyncController", "Sign in on the Account page to sync (Ctrl+5)")

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class SyncController(QObject):
    enabled_changed = Signal(bool)  # the vault was unlocked (True) or locked
    running_changed = Signal(bool)
    progressed = Signal(object)  # ProgressUpdate
    synced = Signal(object)  # SyncReport
    failed = Signal(object)  # BaseException; SyncCancelled when stopped
    overall_changed = Signal(object)  # OverallSyncStatus
    statuses_changed = Signal()  # project statuses may have changed: lists and headers read theirs again
    projects_changed = Signal(object)  # set[int]: projects whose content a sync changed
    notice = Signal(str)  # something the person should know, e.g. that syncing needs a sign-in

    def __init__(
        self, service: SyncService, vault: TaskRunner, parent: QObject | None = None, *, interval_ms: int = AUTO_SYNC_MS
    ) -> None:
        super().__init__(parent)
        self.service, self.vault = service, vault
        self._accounts: AccountService | None = None
        self._network: TaskRunner | None = None
        self._connectivity: ConnectivityMonitor | None = None
        self._handle: TaskHandle | None = None
        self._starting = False
        self._enabled = False
        self.overall: OverallSyncStatus | None = None
        self.last_report: SyncReport | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.auto_sync)

    def attach_account(self, accounts: AccountService, network: TaskRunner, connectivity: ConnectivityMonitor) -> None:
        """Sync only when signed in (checked on ``network``), and soon after ``connectivity`` says online again."""
        self._accounts, self._network, self._connectivity = accounts, network, connectivity
        connectivity.online.connect(lambda _: self.auto_sync())

    # -- state -------------------------------------------------------------------------------------------

    @property
    def enabled(self) -> bool:
        return self._enabled

    @property
    def running(self) -> bool:
        return self._starting or self._handle is not None

    def set_enabled(self, unlocked: bool) -> None:
        """Follow the vault: nothing runs while it is locked."""
        self._enabled = unlocked
        if unlocked:
            self._timer.start()
            self.refresh()
            self.auto_sync()
        else:
            self._timer.stop()
            self.cancel()
            self.overall = None
        self.enabled_changed.emit(unlocked)

    def set_interval_ms(self, interval_ms: int) -> None:
        self._timer.setInterval(interval_ms)

    def refresh(self) -> None:
        """Read the overall status again (on the vault worker)."""
        if self._enabled:
            self.vault.run(self.service.overall_status, owner=self, on_done=self._overall, on_error=self._ignore)

    # -- syncing -----------------------------------------------------------------------------------------

    def auto_sync(self) -> None:
        status = self._connectivity.status if self._connectivity is not None else None
        if status is not None and status.online:
            self._request(None, background=True)

    def sync_now(self, project_id: int | None = None) -> None:
        """Send this device's changes (only ``project_id``'s if given) and receive everyone else's."""
        self._request(project_id, background=False)

    def cancel(self) -> None:
        if self._handle is not None:
            self._handle.cancel()

    def _request(self, project_id: int | None, *, background: bool) -> None:
        if not self._enabled or self.running:
            return
        if self._accounts is None or self._network is None:
            self._start(project_id)
            return
        self._starting = True
        self._network.run(
            self._accounts.is_signed_in,
            owner=self,
            on_done=lambda signed: self._checked(bool(signed), project_id, background),
            on_error=lambda _: self._checked(False, project_id, background),
        )

    def _checked(self, signed_in: bool, project_id: int | None, background: bool) -> None:
        self._starting = False
        if not self._enabled:
            return
        if signed_in:
            self._start(project_id)
        elif not background:
            self.notice.emit(self.tr(SIGN_IN_FIRST))

    def _start(self, project_id: int | None) -> None:
        self.running_changed.emit(True)
        self._handle = self.vault.run(
            self.service.sync,
            project_id=project_id,
            with_progress=True,
            owner=self,
            on_progress=self.progressed.emit,
            on_done=self._done,
            on_error=self._failed,
        )

    def _done(self, report: SyncReport) -> None:
        self._handle = None
        self.last_report = report
        self.running_changed.emit(False)
        self.synced.emit(report)
        if report.changed_projects:
            self.projects_changed.emit(set(report.changed_projects))
        self._after_change()

    def _failed(self, exc: BaseException) -> None:
        self._handle = None
        self.running_changed.emit(False)
        if self._enabled:
            log.info("Sync did not finish: %s", type(exc).__name__)
            self.failed.emit(exc)
            self._after_change()

    def _after_change(self) -> None:
        self.statuses_changed.emit()
        self.refresh()

    def _overall(self, overall: OverallSyncStatus) -> None:
        self.overall = overall
        self.overall_changed.emit(overall)

    def _ignore(self, exc: BaseException) -> None:
        log.info("Sync status not read: %s", type(exc).__name__)

    # -- choosing what syncs (vault worker) --------------------------------------------------------------

    def run(self, fn: Callable[..., Any], *args: Any, owner: QObject, on_done: Done, on_error: Failed) -> None:
        """Run a sync service call on the vault worker for a screen."""
        self.vault.run(fn, *args, owner=owner, on_done=on_done, on_error=on_error)

    def turn_on(self, project_id: int, owner: QObject, on_done: Done, on_error: Failed) -> None:
        """Make the project Synced (refused while a flagged file is undecided), then sync it."""

        def done(result: object) -> None:
            self._after_change()
            on_done(result)
            self.sync_now(project_id)

        self.vault.run(self.service.set_sync, project_id, True, owner=owner, on_done=done, on_error=on_error)

    def make_local(self, project_id: int, owner: QObject, on_error: Failed) -> None:
        self.vault.run(
            self.service.set_sync,
            project_id,
            False,
            owner=owner,
            on_done=lambda _: self._after_change(),
            on_error=on_error,
        )

    def resolve(
        self, project_id: int, path: str, choice: ConflictChoice, owner: QObject, on_done: Done, on_error: Failed
    ) -> None:
        def done(result: object) -> None:
            self._after_change()
            self.projects_changed.emit({project_id})
            on_done(result)

        self.vault.run(self.service.resolve, project_id, path, choice, owner=owner, on_done=done, on_error=on_error)
