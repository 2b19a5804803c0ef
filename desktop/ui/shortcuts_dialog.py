"""Help ▸ Keyboard Shortcuts (F1): every window action with a shortcut, grouped by menu, and the keys of the diff
viewer, the code viewer and the command palette. Filtered as you type."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.i18n import QT_TRANSLATE_NOOP
from desktop.ui.window_actions import shortcut_text

CONTEXT = "ShortcutsDialog"
DIFF = QT_TRANSLATE_NOOP("ShortcutsDialog", "Diff viewer")
CODE = QT_TRANSLATE_NOOP("ShortcutsDialog", "Code viewer")
PROJECTS = QT_TRANSLATE_NOOP("ShortcutsDialog", "Projects")
PALETTE = QT_TRANSLATE_NOOP("ShortcutsDialog", "Command palette")
# Keys handled inside a widget rather than by a window action: (group, keys, what they do).
VIEWER_KEYS: tuple[tuple[object, str, object], ...] = (  # QT_TRANSLATE_NOOP returns its text as object
    (DIFF, "N, Alt+Down", QT_TRANSLATE_NOOP("ShortcutsDialog", "Next change")),
    (DIFF, "P, Alt+Up", QT_TRANSLATE_NOOP("ShortcutsDialog", "Previous change")),
    (DIFF, "], Ctrl+Alt+Down", QT_TRANSLATE_NOOP("ShortcutsDialog", "Next file")),
    (DIFF, "[, Ctrl+Alt+Up", QT_TRANSLATE_NOOP("ShortcutsDialog", "Previous file")),
    (DIFF, "Ctrl+Shift+U", QT_TRANSLATE_NOOP("ShortcutsDialog", "Inline or side by side")),
    (DIFF, "Alt+W", QT_TRANSLATE_NOOP("ShortcutsDialog", "Ignore whitespace")),
    (DIFF, "E", QT_TRANSLATE_NOOP("ShortcutsDialog", "Expand all unchanged lines")),
    (DIFF, "C", QT_TRANSLATE_NOOP("ShortcutsDialog", "Comment on the selected lines")),
    (DIFF, "A", QT_TRANSLATE_NOOP("ShortcutsDialog", "Accept the current change")),
    (DIFF, "R", QT_TRANSLATE_NOOP("ShortcutsDialog", "Reject the current change")),
    (DIFF, "V", QT_TRANSLATE_NOOP("ShortcutsDialog", "Mark the file as viewed")),
    (DIFF, "Ctrl+F, F3, Shift+F3", QT_TRANSLATE_NOOP("ShortcutsDialog", "Find, next, previous")),
    (DIFF, "Up, Down, PgUp, PgDown", QT_TRANSLATE_NOOP("ShortcutsDialog", "Move between lines")),
    (DIFF, "Shift+Up, Shift+Down", QT_TRANSLATE_NOOP("ShortcutsDialog", "Select lines")),
    (DIFF, "Enter", QT_TRANSLATE_NOOP("ShortcutsDialog", "Expand folded lines")),
    (DIFF, "Ctrl+Enter, Esc", QT_TRANSLATE_NOOP("ShortcutsDialog", "Add or discard a comment")),
    (DIFF, "Ctrl+W", QT_TRANSLATE_NOOP("ShortcutsDialog", "Close the diff window")),
    (CODE, "Ctrl+A, Ctrl+C", QT_TRANSLATE_NOOP("ShortcutsDialog", "Select all, copy")),
    (CODE, "Ctrl+Home, Ctrl+End", QT_TRANSLATE_NOOP("ShortcutsDialog", "First or last line")),
    (CODE, "Shift+Arrows", QT_TRANSLATE_NOOP("ShortcutsDialog", "Select text")),
    (PROJECTS, "F5", QT_TRANSLATE_NOOP("ShortcutsDialog", "Reload the open project")),
    (PROJECTS, "Ctrl+S", QT_TRANSLATE_NOOP("ShortcutsDialog", "Save the requirements")),
    (PALETTE, "Up, Down", QT_TRANSLATE_NOOP("ShortcutsDialog", "Choose a result")),
    (PALETTE, "Enter, Esc", QT_TRANSLATE_NOOP("ShortcutsDialog", "Run it, or close")),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _native(keys: str) -> str:
    return ", ".join(QKeySequence(k.strip()).toString(QKeySequence.SequenceFormat.NativeText) for k in keys.split(","))


def menu_groups(window: QMainWindow) -> list[tuple[str, list[QAction]]]:
    """(menu title, its actions that have a shortcut) for each menu of the window, then the other window actions."""
    groups: list[tuple[str, list[QAction]]] = []
    seen: set[QAction] = set()
    for top in window.menuBar().actions():
        menu = top.menu()
        if not isinstance(menu, QMenu):
            continue
        actions = [a for a in menu.actions() if not a.isSeparator() and not a.shortcut().isEmpty()]
        seen.update(menu.actions())
        groups.append((top.text().replace("&", ""), actions))
    rest = [a for a in window.actions() if a not in seen and not a.shortcut().isEmpty()]
    if rest:
        groups.append((_tr("Other"), rest))
    return [(title, actions) for title, actions in groups if actions]


class ShortcutsDialog(QDialog):
    def __init__(self, window: QMainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.resize(560, 620)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter commands and keys"))
        self.filter.setAccessibleName(self.tr("Filter shortcuts"))
        self.filter.setAccessibleDescription(self.tr("Show only the commands or keys containing this text"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Command"), self.tr("Shortcut")])
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.tree.setAccessibleDescription(self.tr("Every command with a shortcut, grouped by menu"))
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        for title, actions in menu_groups(window):
            self._group(title, ((a.text().replace("&", ""), ", ".join(self._keys(a))) for a in actions))
        viewers: dict[str, list[tuple[str, str]]] = {}
        for group, keys, what in VIEWER_KEYS:
            viewers.setdefault(_tr(str(group)), []).append((_tr(str(what)), _native(keys)))
        for title, rows in viewers.items():
            self._group(title, rows)
        self.tree.expandAll()
        hint = QLabel(self.tr("On macOS, Ctrl in these shortcuts is the Command key."))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.tree, 1)
        layout.addWidget(hint)
        layout.addWidget(buttons)

    @staticmethod
    def _keys(action: QAction) -> list[str]:
        return [s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts()] or [
            shortcut_text(action)
        ]

    def _group(self, title: str, rows: Iterable[tuple[str, str]]) -> None:
        group = QTreeWidgetItem([title])
        font = group.font(0)
        font.setBold(True)
        group.setFont(0, font)
        group.setFlags(group.flags() & ~Qt.ItemFlag.ItemIsSelectable)
        for command, keys in rows:
            group.addChild(QTreeWidgetItem([command, keys]))
        self.tree.addTopLevelItem(group)

    def _groups(self) -> list[QTreeWidgetItem]:
        return [self.tree.topLevelItem(i) or QTreeWidgetItem() for i in range(self.tree.topLevelItemCount())]

    def rows(self) -> list[tuple[str, str, str]]:
        """(group, command, keys) for every row, as shown."""
        return [
            (group.text(0), child.text(0), child.text(1))
            for group in self._groups()
            for child in (group.child(j) or QTreeWidgetItem() for j in range(group.childCount()))
        ]

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for group in self._groups():
            shown = 0
            for child in (group.child(j) or QTreeWidgetItem() for j in range(group.childCount())):
                match = not needle or needle in f"{child.text(0)} {child.text(1)} {group.text(0)}".casefold()
                child.setHidden(not match)
                shown += match
            group.setHidden(shown == 0)
