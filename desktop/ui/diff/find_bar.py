"""Find in the diff: a search field with previous/next and a match count (Ctrl+F, Enter, Shift+Enter, Esc)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from desktop.ui.i18n import fmt


class FindBar(QWidget):
    text_changed = Signal(str)
    step = Signal(int)  # +1 next, -1 previous
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("Find in diff"))
        self.edit.setAccessibleName(self.tr("Find in diff"))
        self.edit.setToolTip(self.tr("Text to find in this file's diff (Ctrl+F); Enter: next, Shift+Enter: previous"))
        self.edit.setClearButtonEnabled(True)
        self.edit.textChanged.connect(self.text_changed)
        self.count = QLabel("")
        self.count.setAccessibleName(self.tr("Matches"))
        previous = self._button("↑", self.tr("Previous match (Shift+F3)"), -1)
        following = self._button("↓", self.tr("Next match (F3)"), 1)
        close = QToolButton()
        close.setText("✕")
        close.setAccessibleName(self.tr("Close find"))
        close.setToolTip(self.tr("Close find (Esc)"))
        close.clicked.connect(self.close_bar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.count)
        layout.addWidget(previous)
        layout.addWidget(following)
        layout.addWidget(close)

    def _button(self, text: str, tip: str, step: int) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setAccessibleName(tip.split(" (")[0])
        button.setToolTip(tip)
        button.clicked.connect(lambda: self.step.emit(step))
        return button

    def open(self) -> None:
        self.show()
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.closed.emit()

    def set_count(self, current: int, total: int) -> None:
        if not self.edit.text():
            self.count.setText("")
        elif total == 0:
            self.count.setText(self.tr("No matches"))
        else:
            self.count.setText(fmt(self.tr("%1 of %2"), current, total))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.step.emit(-1 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1)
        elif event.matches(QKeySequence.StandardKey.Cancel):
            self.close_bar()
        else:
            super().keyPressEvent(event)
