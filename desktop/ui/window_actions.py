"""Window commands as QActions: one place that gives each its shortcut, tooltip and menu entry; the sections
the window navigates between and the shortcuts shared by several screens."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from desktop.ui.i18n import QT_TRANSLATE_NOOP

SYNC_SHORTCUT = "Ctrl+Shift+S"

SECTIONS = (
    ("projects", QT_TRANSLATE_NOOP("MainWindow", "Projects")),
    ("reviews", QT_TRANSLATE_NOOP("MainWindow", "Reviews")),
    ("billing", QT_TRANSLATE_NOOP("MainWindow", "Billing")),
    ("privacy", QT_TRANSLATE_NOOP("MainWindow", "Privacy")),
    ("account", QT_TRANSLATE_NOOP("MainWindow", "Account")),
)

Shortcut = QKeySequence | QKeySequence.StandardKey | str | None


def shortcut_text(action: QAction) -> str:
    return action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)


def make_action(owner: QWidget, text: str, shortcut: Shortcut, slot: Callable[..., Any], tip: str = "") -> QAction:
    """An action on ``owner`` whose tooltip names its shortcut, so every shortcut is discoverable."""
    action = QAction(text, owner)
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
    label = tip or text.replace("&", "").rstrip("…")
    action.setToolTip(f"{label} ({shortcut_text(action)})" if shortcut else label)
    action.setStatusTip(label)
    action.triggered.connect(slot)
    owner.addAction(action)
    return action


def add_to_menu(menu: QMenu, *actions: QAction | None) -> None:
    """Add actions in order; None is a separator."""
    for action in actions:
        if action is None:
            menu.addSeparator()
        else:
            menu.addAction(action)
