"""Every screen, page, tab and main dialog of the app, opened over a real vault: shared by the accessibility and
translation tests, which check each of them the same way."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtWidgets import QApplication, QStackedWidget, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from desktop.domain.projects import RevisionKind
from desktop.services.closure import ClosureService
from desktop.services.deletion import DeletionService
from desktop.services.portability.service_data import fetch_service_data
from desktop.ui.account_dialogs import RegisterDialog, SignInDialog
from desktop.ui.account_security import ChangePasswordDialog, TwoFactorDialog
from desktop.ui.command_palette import CommandPalette
from desktop.ui.delete_account_dialog import DeleteAccountDialog
from desktop.ui.delete_dialogs import DeleteProjectDialog, WipeDialog
from desktop.ui.diff_window import DiffWindow
from desktop.ui.error_dialog import ErrorDialog
from desktop.ui.export_dialog import ExportDialog
from desktop.ui.generation_dialog import GenerationDialog
from desktop.ui.import_archive_dialog import ImportArchiveDialog
from desktop.ui.import_dialog import ImportDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.new_project_dialog import NewProjectDialog
from desktop.ui.settings_dialog import SettingsDialog
from desktop.ui.shortcuts_dialog import ShortcutsDialog
from desktop.ui.sync.conflict_dialog import ConflictDialog
from desktop.ui.sync.turn_on_dialog import TurnOnSyncDialog
from desktop.ui.welcome import WelcomePage

Opener = Callable[[], QWidget]


def demo_project(window: MainWindow, folder: Path) -> int:
    """A project with two revisions, selected in the list, its first file open."""
    projects = window.ctx.projects
    report = projects.import_folder(folder, "Sample app")
    pid = report.project_id
    store = projects.store
    files = {entry.path: projects.read_file(pid, 1, entry.path) for entry in projects.files(pid, 1)}
    files["pkg/core.py"] += b"\ndef other():\n    return 2\n"
    with store.vault.transaction() as tx:
        store.add_revision(tx, pid, RevisionKind.IMPORT, "edit", sorted(files.items()))
    return pid


def open_project(qtbot: QtBot, window: MainWindow, pid: int) -> None:
    page = window.projects_page
    page.reload(select=pid)
    qtbot.waitUntil(lambda: page.detail.project is not None and page.detail.project.id == pid)
    view = page.detail
    view.files.tree.setCurrentIndex(view.files.find_file("pkg/core.py"))
    qtbot.waitUntil(lambda: view.files.viewer.editor().toPlainText() != "")
    qtbot.waitUntil(lambda: not window.tasks.is_busy())


def dialogs(window: MainWindow, pid: int) -> dict[str, Opener]:
    ctx, tasks, account = window.ctx, window.tasks, window.account_page
    accounts, network = account.accounts, account.network

    def diff() -> QWidget:
        diff_window = DiffWindow(ctx.projects, tasks, window)
        diff_window.compare(ctx.projects.get(pid), 1, 2)
        return diff_window

    return {
        "new project": lambda: NewProjectDialog(window),
        "manual entry": lambda: ImportDialog(ctx.projects, tasks, 1024, window),
        "settings": lambda: SettingsDialog(ctx, tasks, window),
        "sign in": lambda: SignInDialog(accounts, network, window),
        "register": lambda: RegisterDialog(accounts, network, window),
        "two-factor": lambda: TwoFactorDialog(accounts, network, window),
        "change password": lambda: ChangePasswordDialog(accounts, network, window),
        "export": lambda: ExportDialog(ctx, tasks, network, lambda: fetch_service_data(accounts.api), window),
        "import archive": lambda: ImportArchiveDialog(ctx, tasks, window),
        "turn on sync": lambda: TurnOnSyncDialog(window.sync, pid, "Sample app", window),
        "sync conflicts": lambda: ConflictDialog(window.sync, pid, "Sample app", window),
        "generation": lambda: GenerationDialog(window.commerce.generation, network, tasks, pid, window),
        "delete project": lambda: DeleteProjectDialog(DeletionService(ctx).plan(pid), window),
        "wipe": lambda: WipeDialog(ctx, tasks, window),
        "delete account": lambda: DeleteAccountDialog(ClosureService(accounts.api), network, window),
        "error": lambda: ErrorDialog(RuntimeError("boom"), window),
        "shortcuts": lambda: ShortcutsDialog(window),
        "command palette": lambda: CommandPalette(window, ctx.projects, tasks),
        "diff viewer": diff,
    }


def stacked_pages(root: QWidget) -> Iterator[None]:
    """Show each page of every stacked widget and tab widget under ``root`` in turn (yielding after each)."""
    for stack in root.findChildren(QStackedWidget):
        if isinstance(stack.parent(), QTabWidget):
            continue
        before = stack.currentIndex()
        for index in range(stack.count()):
            stack.setCurrentIndex(index)
            yield
        stack.setCurrentIndex(before)
    for tabs in root.findChildren(QTabWidget):
        before = tabs.currentIndex()
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            yield
        tabs.setCurrentIndex(before)


def screens(qtbot: QtBot, window: MainWindow, folder: Path) -> Iterator[tuple[str, QWidget]]:
    """(name, top-level widget) for every screen: the gate and welcome pages, each section with a project open
    and each of its tabs, then every main dialog. Each is shown and settled before it is yielded."""
    pid = demo_project(window, folder)
    open_project(qtbot, window, pid)
    welcome = WelcomePage(window.ctx.paths.root, window.ctx.session.keeper)
    qtbot.addWidget(welcome)
    welcome.show()
    yield "welcome", welcome
    welcome.close()
    window.central.setCurrentWidget(window.gate)
    for index in range(window.gate.pages.count()):
        window.gate.pages.setCurrentIndex(index)
        yield f"vault gate page {index}", window
    window.central.setCurrentWidget(window.workspace)
    for row in range(window.navigation.count()):
        window.go_to(row)
        yield f"section {window.navigation.item(row).text()}", window
    window.go_to(0)
    tabs = window.projects_page.detail.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        yield f"project tab {index}", window
    tabs.setCurrentIndex(0)
    for name, opener in dialogs(window, pid).items():
        widget = opener()
        widget.show()
        QApplication.processEvents()
        yield name, widget
        qtbot.waitUntil(lambda: not window.tasks.is_busy())
        widget.close()
        widget.deleteLater()
