"""The command palette: Ctrl+Shift+P opens it, typing narrows the window's commands fuzzily and finds projects by
name, Enter runs the command or opens the project, Escape closes it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.domain.projects import Requirements
from desktop.ui.command_palette import CommandPalette, fuzzy_score
from desktop.ui.main_window import MainWindow
from desktop.ui.shortcuts_dialog import ShortcutsDialog

pytestmark = pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")


def test_fuzzy_score_prefers_word_starts_and_rejects_missing_letters() -> None:
    assert fuzzy_score("", "Lock Vault") == 0
    assert fuzzy_score("lv", "Lock Vault") == 0
    assert fuzzy_score("lck", "Lock Vault") == 1
    assert fuzzy_score("xyz", "Lock Vault") is None
    assert fuzzy_score("ks", "Keyboard Shortcuts") == 0


def open_palette(qtbot: QtBot, window: MainWindow) -> CommandPalette:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    palette = window.findChild(CommandPalette)
    assert palette is not None and palette.isVisible()
    return palette


def test_typing_narrows_the_commands_and_enter_runs_one(qtbot: QtBot, window: MainWindow) -> None:
    palette = open_palette(qtbot, window)
    assert "Lock Vault" in palette.texts() and "Command Palette…" not in palette.texts()
    assert palette.results.topLevelItem(0).text(1)  # shortcuts are shown beside the commands
    qtbot.keyClicks(palette.search, "keyshort")
    assert palette.texts()[0] == "Keyboard Shortcuts"
    assert palette.results.topLevelItem(0).text(1) == "F1"
    qtbot.keyClick(palette.search, Qt.Key.Key_Return)
    assert not palette.isVisible()
    qtbot.waitUntil(lambda: window.findChild(ShortcutsDialog) is not None)


def test_projects_are_found_by_name_and_open(qtbot: QtBot, window: MainWindow) -> None:
    pid = window.ctx.projects.create_from_requirements(Requirements("Recipe planner"))
    window.ctx.projects.create_from_requirements(Requirements("Budget tracker"))
    window.go_to(4)
    palette = open_palette(qtbot, window)
    qtbot.keyClicks(palette.search, "recipe")
    qtbot.waitUntil(lambda: "Open project: Recipe planner" in palette.texts())
    assert "Open project: Budget tracker" not in palette.texts()
    qtbot.keyClick(palette.search, Qt.Key.Key_Down)  # commands come first; the project is the last result
    while palette.results.currentItem().text(0) != "Open project: Recipe planner":
        qtbot.keyClick(palette.search, Qt.Key.Key_Down)
    qtbot.keyClick(palette.search, Qt.Key.Key_Return)
    assert window.navigation.currentRow() == 0
    qtbot.waitUntil(lambda: window.projects_page.detail.project_id == pid)


def test_escape_closes_the_palette(qtbot: QtBot, window: MainWindow) -> None:
    palette = open_palette(qtbot, window)
    qtbot.keyClick(palette.search, Qt.Key.Key_Escape)
    assert not palette.isVisible()
    assert QApplication.activePopupWidget() is None
