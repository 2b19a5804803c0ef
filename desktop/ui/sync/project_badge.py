"""A project's sync badge and its "Sync: Local only / Synced" control, shown in the project header."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QMessageBox, QPushButton, QWidget

from desktop.domain.sync import ProjectSyncStatus, SyncState
from desktop.ui.error_dialog import show_error
from desktop.ui.i18n import fmt
from desktop.ui.sync.conflict_dialog import ConflictDialog
from desktop.ui.sync.sync_controller import SyncController
from desktop.ui.sync.sync_status import project_text, project_tooltip, state_icon
from desktop.ui.sync.turn_on_dialog import TurnOnSyncDialog, confirm_make_local
from desktop.ui.window_actions import SYNC_SHORTCUT


class ProjectSyncBar(QWidget):
    """Shows the project's sync state and offers Turn on sync…, Make local only…, Sync now and Resolve…."""

    project_updated = Signal(int)  # a sync or a resolved conflict changed this project's content

    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.project_id: int | None = None
        self.project_name = ""
        self.status: ProjectSyncStatus | None = None
        self._token = 0
        self.icon = QLabel()
        self.badge = QLabel()
        self.badge.setAccessibleName(self.tr("Project sync state"))
        self.resolve_button = QPushButton(self.tr("Resolve…"))
        self.resolve_button.setAccessibleName(self.tr("Resolve sync conflicts"))
        self.resolve_button.setToolTip(self.tr("Choose which version to keep for each conflicting file"))
        self.resolve_button.clicked.connect(self.open_conflicts)
        self.mode_button = QPushButton()
        self.mode_button.setAccessibleName(self.tr("Sync mode"))
        menu = QMenu(self.mode_button)
        self.turn_on_action = self._add(
            menu, self.tr("Turn on sync…"), self.tr("Preview what would be uploaded, then sync"), self.open_turn_on
        )
        self.sync_action = self._add(
            menu,
            self.tr("Sync this project now"),
            fmt(self.tr("Send its changes now (%1 syncs all)"), SYNC_SHORTCUT),
            self._sync_project,
        )
        self.resolve_action = self._add(
            menu, self.tr("Resolve conflicts…"), self.tr("Choose which versions to keep"), self.open_conflicts
        )
        menu.addSeparator()
        self.local_action = self._add(
            menu, self.tr("Make local only…"), self.tr("Stop syncing this project"), self.make_local
        )
        self.mode_button.setMenu(menu)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        for widget in (self.icon, self.badge, self.resolve_button, self.mode_button):
            layout.addWidget(widget)
        controller.statuses_changed.connect(self.refresh)
        controller.projects_changed.connect(self._projects_changed)
        self.dialog: TurnOnSyncDialog | ConflictDialog | None = None
        self.confirm: QMessageBox | None = None
        self._show(None)

    def _add(self, menu: QMenu, text: str, tip: str, slot: object) -> QAction:
        action = menu.addAction(text)
        action.setToolTip(tip)
        action.triggered.connect(slot)
        return action

    # -- state -------------------------------------------------------------------------------------------

    def set_project(self, project_id: int | None, name: str = "") -> None:
        if project_id != self.project_id:
            self._show(None)
        self.project_id, self.project_name = project_id, name
        self.refresh()

    def refresh(self) -> None:
        self._token += 1
        token, project_id = self._token, self.project_id
        if project_id is None or not self.controller.enabled:
            self._show(None)
            return
        self.controller.run(
            self.controller.service.status,
            project_id,
            owner=self,
            on_done=lambda status: self._show(status) if token == self._token else None,
            on_error=lambda _: None,  # the project was deleted or the vault locked: the view is cleared anyway
        )

    def _show(self, status: ProjectSyncStatus | None) -> None:
        self.status = status
        self.setVisible(status is not None)
        if status is None:
            return
        tip = project_tooltip(status)
        self.icon.setPixmap(state_icon(status.state).pixmap(16, 16))
        self.icon.setToolTip(tip)
        self.badge.setText(project_text(status))
        self.badge.setToolTip(tip)
        synced = status.state is not SyncState.LOCAL_ONLY
        self.icon.setVisible(synced)  # "Sync: Local only" on the button says it already
        self.badge.setVisible(synced)
        self.mode_button.setText(self.tr("Sync: Synced") if synced else self.tr("Sync: Local only"))
        self.mode_button.setToolTip(
            self.tr("This project syncs with CodeCraft; click for Sync now or Make local only")
            if synced
            else self.tr("This project stays on this device; click to turn sync on")
        )
        conflict = status.state is SyncState.CONFLICT
        self.resolve_button.setVisible(conflict)
        self.turn_on_action.setVisible(not synced)
        self.sync_action.setVisible(synced)
        self.resolve_action.setVisible(conflict)
        self.local_action.setVisible(synced)

    def _projects_changed(self, project_ids: set[int]) -> None:
        if self.project_id in project_ids:
            self.project_updated.emit(self.project_id)

    # -- actions -----------------------------------------------------------------------------------------

    def open_turn_on(self) -> TurnOnSyncDialog | None:
        if self.project_id is None:
            return None
        dialog = TurnOnSyncDialog(self.controller, self.project_id, self.project_name, self.window())
        self.dialog = dialog
        dialog.open()
        return dialog

    def open_conflicts(self) -> ConflictDialog | None:
        if self.project_id is None:
            return None
        dialog = ConflictDialog(self.controller, self.project_id, self.project_name, self.window())
        self.dialog = dialog
        dialog.open()
        return dialog

    def make_local(self) -> QMessageBox | None:
        project_id = self.project_id
        if project_id is None:
            return None

        def failed(exc: BaseException) -> None:
            show_error(self.window(), exc)

        def confirmed() -> None:
            self.controller.make_local(project_id, self, failed)

        self.confirm = confirm_make_local(self.window(), self.project_name, confirmed)
        return self.confirm

    def _sync_project(self) -> None:
        if self.project_id is not None:
            self.controller.sync_now(self.project_id)
