"""The whole window driven as a person would: create the vault, import, search, lock, unlock."""

from __future__ import annotations

import itertools
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from desktop.domain.projects import Requirements
from desktop.paths import ProfilePaths
from desktop.services.context import AppContext
from desktop.storage.keys import KeyKeeper
from desktop.ui.app import build_main_window
from desktop.ui.main_window import MainWindow
from tests.keyrings import MemoryKeyring


def _window(qtbot: QtBot, ctx: AppContext) -> MainWindow:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    ctx.settings.set("first_run_done", True)  # these tests start at the vault gate; tests/ui/test_welcome.py
    win = build_main_window(app, ctx)
    qtbot.addWidget(win)
    win.show()
    return win


def test_first_run_creates_a_passphrase_vault_without_a_secure_keyring(qtbot: QtBot, profile: ProfilePaths) -> None:
    ctx = AppContext.for_profile(profile, KeyKeeper(MemoryKeyring(), is_secure=lambda b: False))
    win = _window(qtbot, ctx)
    gate = win.gate
    assert gate.pages.currentWidget() is gate.create_page
    assert not gate.use_keyring.isEnabled() and gate.use_passphrase.isChecked()
    qtbot.keyClicks(gate.new_passphrase, "short")
    assert not gate.create_button.isEnabled()
    gate.new_passphrase.setText("a long enough passphrase")
    gate.new_passphrase_again.setText("a long enough passphrase")
    assert gate.create_button.isEnabled()
    qtbot.mouseClick(gate.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.central.currentWidget() is win.workspace)
    assert profile.vault.exists()
    win.close()


def test_keyring_vault_shows_the_recovery_key_once(qtbot: QtBot, profile: ProfilePaths, keeper: KeyKeeper) -> None:
    ctx = AppContext.for_profile(profile, keeper)
    win = _window(qtbot, ctx)
    gate = win.gate
    assert gate.use_keyring.isChecked()
    qtbot.mouseClick(gate.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: gate.pages.currentWidget() is gate.recovery_key_page)
    assert len(gate.recovery_key_label.text().replace("-", "")) == 52
    assert not gate.continue_button.isEnabled()
    gate.saved_check.setChecked(True)
    qtbot.mouseClick(gate.continue_button, Qt.MouseButton.LeftButton)
    assert win.central.currentWidget() is win.workspace
    assert gate.recovery_key_label.text() == ""
    win.close()


def test_wrong_passphrase_is_said_inline_and_the_right_one_unlocks(qtbot: QtBot, profile: ProfilePaths) -> None:
    keeper = KeyKeeper(MemoryKeyring(), is_secure=lambda b: False)
    setup = AppContext.for_profile(profile, keeper)
    setup.session.create("the right passphrase")
    setup.projects.create_from_requirements(Requirements("Behind the lock"))
    setup.session.lock()
    win = _window(qtbot, AppContext.for_profile(profile, keeper))
    gate = win.gate
    assert gate.pages.currentWidget() is gate.passphrase_page
    qtbot.keyClicks(gate.passphrase, "wrong passphrase")
    qtbot.keyClick(gate.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: gate.passphrase_error.isVisible())
    assert "does not unlock" in gate.passphrase_error.text()
    qtbot.keyClicks(gate.passphrase, "the right passphrase")
    qtbot.keyClick(gate.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.central.currentWidget() is win.workspace)
    model = win.projects_page.model
    qtbot.waitUntil(lambda: model.rowCount() == 1 and model.data(model.index(0, 0)) == "Behind the lock")
    win.close()


def test_missing_keyring_key_offers_the_recovery_key(
    qtbot: QtBot, profile: ProfilePaths, keeper: KeyKeeper, memory_keyring: MemoryKeyring
) -> None:
    setup = AppContext.for_profile(profile, keeper)
    recovery = setup.session.create()
    setup.session.lock()
    memory_keyring.store.clear()
    win = _window(qtbot, AppContext.for_profile(profile, keeper))
    gate = win.gate
    qtbot.waitUntil(lambda: gate.pages.currentWidget() is gate.recovery_page)
    assert "no longer in the system keyring" in gate.recovery_message.text()
    qtbot.keyClicks(gate.recovery_edit, str(recovery))
    qtbot.keyClick(gate.recovery_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.central.currentWidget() is win.workspace)
    win.close()


def test_manual_entry_import_search_and_lock(
    qtbot: QtBot, window: MainWindow, sample_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = window.manual_entry()
    assert dialog is not None
    dialog.set_folder(sample_folder)
    dialog.name_edit.setText("Sample app")
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert "Imported 4 files" in dialog.report_label.text()
    assert dialog.skipped_list.count() == 3
    dialog.accept()
    page = window.projects_page
    qtbot.waitUntil(lambda: page.selected_project() is not None)
    qtbot.waitUntil(lambda: page.model.data(page.model.index(0, 0)) == "Sample app")

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.find_action.trigger()
    assert QApplication.focusWidget() is page.search
    with qtbot.waitSignal(page.model.loaded):
        qtbot.keyClicks(page.search, "parse_config")
    assert page.model.rowCount() == 1
    page.search.clear()
    with qtbot.waitSignal(page.model.loaded):
        qtbot.keyClicks(page.search, "nothing-matches-this")
    assert page.model.rowCount() == 0
    assert page.empty_label.text() == "No project matches."

    window.lock_action.trigger()
    qtbot.waitUntil(lambda: window.central.currentWidget() is window.gate)
    assert page.model.rowCount() == 0
    assert window.lock_label.text() == "Vault locked"
    assert window.gate.pages.currentWidget() is window.gate.keyring_page  # no silent unlock after a lock
    qtbot.mouseClick(window.gate.keyring_unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.central.currentWidget() is window.workspace)


def test_cancelling_an_import_leaves_nothing(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.services import projects as service

    root = tmp_path / "big"
    root.mkdir()
    for i in range(3000):
        (root / f"f{i}.txt").write_text("x" * 200)
    # The import reads 3,000 small files in a few hundredths of a second: hold it after the first hundred, so that
    # Cancel lands mid-import whatever the machine's speed.
    cancelled = threading.Event()
    read_file = service._read_text_file
    reads = itertools.count()

    def read_then_wait(*args: Any) -> bytes | None:
        if next(reads) == 100:
            cancelled.wait(timeout=30)
        return read_file(*args)

    monkeypatch.setattr(service, "_read_text_file", read_then_wait)
    dialog = window.manual_entry()
    assert dialog is not None
    dialog.set_folder(root)
    dialog.start()
    qtbot.waitUntil(lambda: dialog.progress_bar.maximum() > 0, timeout=10_000)
    with qtbot.waitSignal(dialog.rejected, timeout=10_000):
        dialog.cancel()
        cancelled.set()
    assert window.ctx.projects.list_ids(window.projects_page.current_filter()) == []


def test_auto_lock_after_idle(qtbot: QtBot, window: MainWindow) -> None:
    window.idle_lock.set_interval_ms(50)
    qtbot.waitUntil(lambda: window.central.currentWidget() is window.gate, timeout=5000)
    assert window.ctx.session.state.value == "locked"


def test_input_in_the_focused_window_puts_off_the_lock(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Key presses reach the idle lock from whichever window has the focus: the main window or a dialog."""
    lock = window.idle_lock
    restarts: list[str] = []
    monkeypatch.setattr(lock, "restart", lambda: restarts.append("restart"))
    dialog = QDialog(window)
    qtbot.addWidget(dialog)
    for target in (window, dialog):
        target.show()
        target.activateWindow()
        qtbot.waitUntil(lambda t=target: QGuiApplication.focusWindow() is t.windowHandle())
        restarts.clear()
        QTest.keyClick(target.windowHandle(), Qt.Key.Key_Shift)
        assert restarts, f"a key press in {type(target).__name__} did not put off the lock"
    lock.pause()
    restarts.clear()
    QTest.keyClick(dialog.windowHandle(), Qt.Key.Key_Shift)
    assert not restarts, "input while paused (locked) must not start the countdown again"


def test_start_building_creates_a_project(qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.ui import new_project_dialog

    class AcceptingDialog(new_project_dialog.NewProjectDialog):
        def exec(self) -> int:
            self.form.title.setText("Recipe planner")
            return 1

    monkeypatch.setattr(new_project_dialog, "NewProjectDialog", AcceptingDialog)  # the window imports it on use
    window.new_action.trigger()
    page = window.projects_page
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and page.model.data(page.model.index(0, 0)) == "Recipe planner")


def test_unexpected_error_shows_a_redacted_report(qtbot: QtBot, window: MainWindow) -> None:
    from desktop.ui.error_dialog import ErrorDialog

    secret = "f" * 64

    def broken() -> None:
        raise RuntimeError(f"PRAGMA key = \"x'{secret}'\" failed")

    window.tasks.run(broken)
    qtbot.waitUntil(lambda: window.findChild(ErrorDialog) is not None)
    dialog = window.findChild(ErrorDialog)
    assert dialog is not None
    assert "Traceback" not in dialog.message.text()
    assert secret not in dialog.report and "RuntimeError" in dialog.report
    dialog.copy_button.click()
    assert QApplication.clipboard().text() == dialog.report


def test_deleting_a_project_names_what_goes_and_leaves_no_trace_in_the_vault(
    qtbot: QtBot,
    window: MainWindow,
    sample_folder: Path,
    monkeypatch: pytest.MonkeyPatch,
    memory_keyring: MemoryKeyring,
) -> None:
    from desktop.storage.keys import KEYRING_SERVICE
    from desktop.ui.delete_dialogs import DeleteProjectDialog
    from tests.deletion.pages import marker_in_vault

    shown: list[str] = []

    def accept(dialog: DeleteProjectDialog) -> int:
        shown.append(dialog.summary.text())
        return 1

    monkeypatch.setattr(DeleteProjectDialog, "exec", accept)
    window.ctx.projects.import_folder(sample_folder, "Doomed")
    page = window.projects_page
    page.reload()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.detail.project is not None)
    with qtbot.waitSignal(page.detail.project_deleted, timeout=10_000):
        page.detail.delete()
    assert "Doomed" in shown[0] and "On this computer" in shown[0]
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    window.lock_action.trigger()
    qtbot.waitUntil(lambda: window.central.currentWidget() is window.gate)
    # Decrypt every page of the vault file: the deleted code must not survive in a freed page.
    (key,) = [bytes.fromhex(v) for (service, _), v in memory_keyring.store.items() if service == KEYRING_SERVICE]
    assert not marker_in_vault(window.ctx.paths.vault, key, b"MARKER_Q7X9_SECRET_CODE")
