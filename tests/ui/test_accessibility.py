"""Accessibility of every screen and main dialog: each control has a name (and each field a description) that a
screen reader can say, Tab walks each screen in reading order and never gets stuck, and every window command has
a shortcut listed in the Keyboard Shortcuts dialog."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop.ui.main_window import MainWindow
from desktop.ui.shortcuts_dialog import ShortcutsDialog, menu_groups
from tests.ui.screens import screens

FIELDS = (QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QPlainTextEdit, QTextEdit)
CONTROLS = (QAbstractButton, QAbstractSlider, QTabBar, *FIELDS)
MAX_TAB_STOPS = 80
# The offscreen platform cannot raise windows or grab the keyboard (the command palette is a popup).
pytestmark = pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")


def is_control(widget: QWidget) -> bool:
    if not isinstance(widget, CONTROLS) or isinstance(widget, QScrollBar | QHeaderView):
        return False
    if widget.objectName().startswith("qt_"):
        return False
    if isinstance(widget, QPlainTextEdit | QTextEdit) and widget.isReadOnly():
        return widget.focusPolicy() != Qt.FocusPolicy.NoFocus  # read-only text that takes focus is still reached
    parent = widget.parentWidget()
    return not isinstance(parent, QComboBox | QAbstractSpinBox | QTabBar | QLineEdit)  # parts of a named control


def accessible(widget: QWidget, text: QAccessible.Text) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(text).strip() if interface is not None else ""


def describe(widget: QWidget) -> str:
    """The widget's type, and the attribute that holds it on its nearest owner (``FileBrowser.tree``)."""
    owner = widget.parentWidget()
    while owner is not None:
        names = [name for name, value in vars(owner).items() if value is widget]
        if names:
            return f"{type(widget).__name__} {type(owner).__name__}.{names[0]}"
        owner = owner.parentWidget()
    text = widget.text() if isinstance(widget, QAbstractButton | QLineEdit) else ""
    return f"{type(widget).__name__} {text!r} in {type(widget.parentWidget()).__name__}"


def unnamed(top: QWidget) -> list[str]:
    problems = []
    for widget in [top, *top.findChildren(QWidget)]:
        if widget.window() is not top or not is_control(widget):
            continue
        if not accessible(widget, QAccessible.Text.Name):
            problems.append(f"no accessible name: {describe(widget)}")
        elif isinstance(widget, FIELDS) and not accessible(widget, QAccessible.Text.Description):
            problems.append(f"no accessible description: {describe(widget)}")
        if isinstance(widget, QTabBar):
            problems += [f"tab {i} without text" for i in range(widget.count()) if not widget.tabText(i).strip()]
    return problems


def tab_stops(top: QWidget) -> list[QWidget]:
    return [
        w
        for w in top.findChildren(QWidget)
        if w.window() is top and w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]


def focus_chain(qtbot: QtBot, top: QWidget) -> list[QWidget]:
    """The widgets Tab visits from the first one, until it comes back; fails if Tab gets stuck."""
    top.activateWindow()
    qtbot.waitUntil(top.isActiveWindow)
    top.focusNextChild()
    first = QApplication.focusWidget()
    if first is None:
        return []
    visited = [first]
    for _ in range(MAX_TAB_STOPS):
        QTest.keyClick(visited[-1], Qt.Key.Key_Tab)
        current = QApplication.focusWidget()
        assert current is not None, f"Tab from {describe(visited[-1])} leaves no widget focused"
        if current is visited[-1]:
            assert len(tab_stops(top)) == 1, f"Tab is trapped in {describe(current)}"
            return visited
        if current is first:
            return visited
        visited.append(current)
    pytest.fail(f"Tab never comes back to {describe(first)}: {[describe(w) for w in visited[-5:]]}")


def backwards_steps(top: QWidget, cycle: list[QWidget]) -> list[str]:
    """Steps of the Tab cycle that go up to a widget above the previous one in the same column. Reading order is
    left to right, then top to bottom (a step into another column is fine), so a cycle has exactly one such step:
    from the last widget back to the first. Returns them all when there are more."""
    steps = []
    for before, after in zip(cycle, cycle[1:] + cycle[:1], strict=True):
        a, b = (w.mapTo(top, QPoint(0, 0)) for w in (before, after))
        same_column = a.x() < b.x() + after.width() and b.x() < a.x() + before.width()
        if same_column and b.y() + after.height() <= a.y():
            steps.append(f"{describe(before)} → {describe(after)}")
    return steps if len(steps) > 1 else []


@pytest.fixture
def all_screens(qtbot: QtBot, window: MainWindow, sample_folder: Path):  # type: ignore[no-untyped-def]
    return screens(qtbot, window, sample_folder)


def test_every_control_has_an_accessible_name_and_every_field_a_description(all_screens) -> None:  # type: ignore[no-untyped-def]
    problems = {name: found for name, top in all_screens if (found := unnamed(top))}
    assert problems == {}, "\n".join(f"{name}: {p}" for name, found in problems.items() for p in found)


def test_tab_follows_reading_order_and_is_never_trapped(qtbot: QtBot, all_screens) -> None:  # type: ignore[no-untyped-def]
    problems = {}
    for name, top in all_screens:
        if found := backwards_steps(top, focus_chain(qtbot, top)):
            problems[name] = found
    assert problems == {}, "\n".join(f"{name}: {p}" for name, found in problems.items() for p in found)


def test_every_command_has_a_shortcut_shown_in_menus_tooltips_and_the_shortcuts_dialog(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = window.show_shortcuts()
    assert isinstance(dialog, ShortcutsDialog)
    listed = {(group, command) for group, command, _ in dialog.rows()}
    for group, actions in menu_groups(window):
        for action in actions:
            label = action.text().replace("&", "")
            assert (group, label) in listed
            assert action.shortcut().toString() in action.toolTip().replace(" ", "") or action.toolTip().endswith(")")
    menu_actions = [a for top in window.menuBar().actions() for a in top.menu().actions() if not a.isSeparator()]
    without = [a.text() for a in menu_actions if a.shortcut().isEmpty() and "About" not in a.text()]
    assert without == []
    groups = {group for group, _, _ in dialog.rows()}
    assert {"Diff viewer", "Code viewer"} <= groups
    dialog.filter.setText("palette")
    visible = [dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())]
    assert any(not item.isHidden() for item in visible)
    dialog.close()
