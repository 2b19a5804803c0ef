"""The main window: the vault gate in front, the workspace (navigation and pages) behind it."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import QListWidget, QMainWindow, QMessageBox, QStackedWidget

from desktop import APP_NAME, __version__, collector
from desktop.services.context import AppContext
from desktop.services.vault_session import VaultState
from desktop.ui.error_dialog import show_error
from desktop.ui.i18n import fmt
from desktop.ui.idle_lock import IdleLock
from desktop.ui.status_bar import WindowStatusBar
from desktop.ui.tasks import TaskRunner
from desktop.ui.theme import icon
from desktop.ui.vault_gate import VaultGate
from desktop.ui.welcome import WelcomePage
from desktop.ui.window_actions import SECTIONS, SYNC_SHORTCUT, add_to_menu, make_action

if TYPE_CHECKING:  # the workspace and the dialogs load when first needed: start-up paints the gate sooner
    from desktop.ui.account_page import AccountPage
    from desktop.ui.command_palette import CommandPalette
    from desktop.ui.commerce import CommerceUi
    from desktop.ui.export_dialog import ExportDialog
    from desktop.ui.import_archive_dialog import ImportArchiveDialog
    from desktop.ui.import_dialog import ImportDialog
    from desktop.ui.privacy import PrivacyPage
    from desktop.ui.projects_page import ProjectsPage
    from desktop.ui.reviews import ReviewsPage
    from desktop.ui.shortcuts_dialog import ShortcutsDialog
    from desktop.ui.sync.sync_controller import SyncController
    from desktop.ui.sync.sync_status import SyncStatusWidget
    from desktop.ui.workspace import Workspace


class MainWindow(QMainWindow):
    lock_state_changed = Signal(bool)  # True when unlocked

    def __init__(self, ctx: AppContext, tasks: TaskRunner) -> None:
        super().__init__()
        self.ctx, self.tasks = ctx, tasks
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(icon("codecraft"))
        self.resize(1200, 760)
        self.setMinimumSize(QSize(760, 480))

        self._gate: VaultGate | None = None
        self._welcome: WelcomePage | None = None
        self._workspace: Workspace | None = None
        self.central = QStackedWidget()
        self.setCentralWidget(self.central)

        self._build_status_bar()
        self._build_actions()
        self.idle_lock = IdleLock(int(ctx.settings.get("auto_lock_minutes")), self)
        self.idle_lock.idle.connect(self.lock)
        ctx.settings.subscribe(self._setting_changed)
        tasks.error.connect(self.show_error)
        tasks.busy_changed.connect(self.busy.setVisible)
        self._show_gate()

    @property
    def gate(self) -> VaultGate:
        """The vault's lock screen, built when first shown: a first run starts on the welcome page instead."""
        if self._gate is None:
            self._gate = VaultGate(self.ctx.session, self.tasks)
            self._gate.unlocked.connect(self._unlocked)
            self.central.addWidget(self._gate)
        return self._gate

    @property
    def welcome(self) -> WelcomePage:
        """The first run's welcome, before any vault exists; never built on later starts."""
        if self._welcome is None:
            self._welcome = WelcomePage(self.ctx.paths.root, self.ctx.session.keeper)
            self._welcome.finished.connect(self._welcome_done)
            self.central.addWidget(self._welcome)
        return self._welcome

    @property
    def workspace(self) -> Workspace:
        """The sections behind the gate, built on first use (normally the first unlock)."""
        if self._workspace is None:
            from desktop.ui.workspace import Workspace

            self._workspace = workspace = Workspace(self)
            self.central.addWidget(workspace)
            self.status.add_sync_status(workspace.sync_status)
            workspace.account_page.connectivity.attach(self.status.online_label)
            workspace.account_page.export_requested.connect(self.export_data)
            workspace.projects_page.start_building_requested.connect(self.start_building)
            workspace.projects_page.manual_entry_requested.connect(self.manual_entry)
            workspace.projects_page.error.connect(self.show_error)
            self.lock_state_changed.connect(workspace.sync.set_enabled)
            # It lasts the session: later full collections need not walk it (collected once, after it is shown).
            QTimer.singleShot(0, collector.session_objects_built)
        return self._workspace

    # The workspace's parts, as the rest of the app (and the tests) reach them.
    @property
    def projects_page(self) -> ProjectsPage:
        return self.workspace.projects_page

    @property
    def account_page(self) -> AccountPage:
        return self.workspace.account_page

    @property
    def privacy_page(self) -> PrivacyPage:
        return self.workspace.privacy_page

    @property
    def reviews_page(self) -> ReviewsPage:
        return self.workspace.reviews_page

    @property
    def commerce(self) -> CommerceUi:
        return self.workspace.commerce

    @property
    def sync(self) -> SyncController:
        return self.workspace.sync

    @property
    def sync_status(self) -> SyncStatusWidget:
        return self.workspace.sync_status

    @property
    def navigation(self) -> QListWidget:
        return self.workspace.navigation

    @property
    def pages(self) -> QStackedWidget:
        return self.workspace.pages

    # -- building ----------------------------------------------------------------------------------------

    def _build_status_bar(self) -> None:
        self.status = WindowStatusBar(self.statusBar())
        self.lock_label, self.online_label, self.busy = (
            self.status.lock_label,
            self.status.online_label,
            self.status.busy,
        )

    def _build_actions(self) -> None:
        action = partial(make_action, self)
        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        self.new_action = action(self.tr("&Start Building…"), QKeySequence.StandardKey.New, self.start_building)
        self.import_action = action(self.tr("&Manual Entry…"), "Ctrl+I", self.manual_entry)
        self.export_action = action(self.tr("E&xport…"), "Ctrl+Shift+E", self.export_data)
        self.import_archive_action = action(self.tr("Import &Archive…"), "Ctrl+Shift+I", self.import_archive)
        self.settings_action = action(self.tr("S&ettings…"), "Ctrl+,", self.open_settings)
        self.lock_action = action(self.tr("&Lock Vault"), "Ctrl+L", self.lock)
        self.sync_action = action(
            self.tr("S&ync Now"),
            SYNC_SHORTCUT,
            lambda: self.sync.sync_now(),
            self.tr("Send and receive changes of synced projects"),
        )
        self.order_action = action(
            QCoreApplication.translate("CommerceUi", "&Order Generation…"),
            "Ctrl+G",
            lambda: self.commerce.order_generation(),
            QCoreApplication.translate("CommerceUi", "Have CodeCraft generate the selected synced project"),
        )
        quit_action = action(self.tr("&Quit"), "Ctrl+Q", self.close)  # the standard key is empty on some platforms
        add_to_menu(
            file_menu,
            self.new_action,
            self.import_action,
            self.sync_action,
            self.order_action,
            None,
            self.export_action,
            self.import_archive_action,
            None,
            self.settings_action,
            self.lock_action,
            None,
            quit_action,
        )
        view_menu = menu.addMenu(self.tr("&View"))
        self.find_action = action(self.tr("&Find Projects"), QKeySequence.StandardKey.Find, self._find)
        self.palette_action = action(self.tr("Command &Palette…"), "Ctrl+Shift+P", self.open_palette)
        add_to_menu(view_menu, self.find_action, self.palette_action, None)
        for index, (_, label) in enumerate(SECTIONS):
            view_menu.addAction(action(self.tr(label), f"Ctrl+{index + 1}", lambda _=False, i=index: self.go_to(i)))
        help_menu = menu.addMenu(self.tr("&Help"))
        help_menu.addAction(action(self.tr("&Keyboard Shortcuts"), "F1", self.show_shortcuts))
        help_menu.addAction(action(fmt(self.tr("&About %1"), APP_NAME), None, self.show_about))
        self._workspace_actions = [
            self.new_action,
            self.import_action,
            self.export_action,
            self.import_archive_action,
            self.lock_action,
            self.find_action,
            self.sync_action,
            self.palette_action,
            self.order_action,
        ]

    # -- vault state -------------------------------------------------------------------------------------

    def _show_gate(self, auto_unlock: bool = True) -> None:
        self.idle_lock.pause()
        for action in self._workspace_actions:
            action.setEnabled(False)
        self._update_lock_label()
        if not self.ctx.settings.get("first_run_done") and self.ctx.session.state is VaultState.NO_VAULT:
            self.central.setCurrentWidget(self.welcome)
            self.welcome.setFocus()  # Enter starts offline straight away
            return
        self.central.setCurrentWidget(self.gate)
        self.gate.refresh(auto_unlock)

    def _welcome_done(self) -> None:
        self.ctx.settings.set("first_run_done", True)
        self._show_gate()

    def _unlocked(self) -> None:
        self.central.setCurrentWidget(self.workspace)
        for action in self._workspace_actions:
            action.setEnabled(True)
        self.idle_lock.restart()
        self._update_lock_label()
        self.projects_page.reload()
        self.privacy_page.vault_unlocked()
        self.lock_state_changed.emit(True)

    def lock(self) -> None:
        if self.ctx.session.state is not VaultState.UNLOCKED:
            return
        if self._workspace is not None:
            self._workspace.sync.set_enabled(False)  # stops a running sync before the vault closes
            self._workspace.projects_page.clear()
        self.tasks.run(self.ctx.session.lock, owner=self, on_done=lambda _: self._locked(), on_error=self.show_error)

    def _locked(self) -> None:
        self.lock_state_changed.emit(False)
        self._show_gate(auto_unlock=False)

    def _update_lock_label(self) -> None:
        self.status.show_lock_state(self.ctx.session.state is VaultState.UNLOCKED)

    def _setting_changed(self, name: str, value: object) -> None:
        if name == "auto_lock_minutes":
            self.idle_lock.set_minutes(int(value))  # type: ignore[call-overload]
            if self.ctx.session.state is not VaultState.UNLOCKED:
                self.idle_lock.pause()

    # -- commands ----------------------------------------------------------------------------------------

    def go_to(self, index: int) -> None:
        self.navigation.setCurrentRow(index)

    def _find(self) -> None:
        self.go_to(0)
        self.projects_page.focus_search()

    def start_building(self) -> None:
        if self.ctx.session.state is not VaultState.UNLOCKED:
            return
        from desktop.ui.new_project_dialog import NewProjectDialog

        dialog = NewProjectDialog(self)
        if not dialog.exec():
            return
        self.tasks.run(
            self.ctx.projects.create_from_requirements,
            dialog.requirements(),
            dialog.attachments(),
            owner=self,
            on_done=self._project_created,
            on_error=self.show_error,
        )

    def _project_created(self, project_id: int) -> None:
        self.go_to(0)
        self.projects_page.reload(select=project_id)

    def manual_entry(self) -> ImportDialog | None:
        if self.ctx.session.state is not VaultState.UNLOCKED:
            return None
        from desktop.ui.import_dialog import ImportDialog

        dialog = ImportDialog(self.ctx.projects, self.tasks, int(self.ctx.settings.get("import_max_file_kb")), self)
        dialog.imported.connect(self._project_created)
        dialog.open()
        return dialog

    def open_settings(self) -> None:
        from desktop.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.ctx, self.tasks, self)
        dialog.error.connect(self.show_error)
        dialog.export_requested.connect(self.export_data)
        dialog.local_data_wiped.connect(self.close)
        dialog.open()

    def export_data(self) -> ExportDialog | None:
        if self.ctx.session.state is not VaultState.UNLOCKED:
            return None
        from desktop.services.portability.service_data import fetch_service_data
        from desktop.ui.export_dialog import ExportDialog

        accounts = self.account_page.accounts
        dialog = ExportDialog(self.ctx, self.tasks, self.account_page.network, lambda: fetch_service_data(accounts.api))
        dialog.open()
        return dialog

    def import_archive(self) -> ImportArchiveDialog | None:
        if self.ctx.session.state is not VaultState.UNLOCKED:
            return None
        from desktop.ui.import_archive_dialog import ImportArchiveDialog

        dialog = ImportArchiveDialog(self.ctx, self.tasks, self)
        dialog.imported.connect(lambda _: self.projects_page.reload())
        dialog.open()
        return dialog

    def show_error(self, exc: BaseException) -> None:
        show_error(self, exc)

    def show_shortcuts(self) -> ShortcutsDialog:
        from desktop.ui.shortcuts_dialog import ShortcutsDialog

        dialog = ShortcutsDialog(self)
        dialog.open()
        return dialog

    def open_palette(self) -> CommandPalette:
        from desktop.ui.command_palette import open_palette

        return open_palette(self, self.ctx.projects, self.tasks, self.palette_action, self._open_project)

    def _open_project(self, project_id: int) -> None:
        self.go_to(0)
        self.projects_page.show_project(project_id)

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            fmt(self.tr("About %1"), APP_NAME),
            fmt(
                self.tr("<b>%1</b> %2<br>Your projects live in an encrypted vault on this device.<br>Data folder: %3"),
                APP_NAME,
                __version__,
                self.ctx.paths.root,
            ),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._workspace is not None:
            self._workspace.shutdown()
        self.tasks.shutdown()
        self.ctx.session.lock()
        event.accept()
