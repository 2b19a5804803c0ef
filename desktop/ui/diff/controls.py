"""The viewer's tool bar: buttons with accessible names, tooltips naming their shortcuts, and the shortcuts."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QToolButton, QWidget


@dataclass
class Controls:
    inline: QToolButton
    whitespace: QToolButton
    expand_all: QToolButton
    comment: QToolButton
    accept: QToolButton
    reject: QToolButton
    apply: QToolButton
    viewed: QCheckBox


def tool_button(text: str, name: str, tip: str, *, checkable: bool = False) -> QToolButton:
    button = QToolButton()
    button.setText(text)
    button.setAccessibleName(name)
    button.setToolTip(tip)
    button.setCheckable(checkable)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    return button


def shortcut(owner: QWidget, keys: str | QKeySequence, slot: Callable[[], object]) -> QShortcut:
    sequence = keys if isinstance(keys, QKeySequence) else QKeySequence(keys)
    return QShortcut(sequence, owner, slot, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)


def build_controls(owner: QWidget, layout: QHBoxLayout, handlers: dict[str, Callable[[], object]]) -> Controls:
    """Buttons into ``layout``, their shortcuts on ``owner``; ``handlers`` maps each command name to a slot."""

    buttons: dict[str, QToolButton | QCheckBox] = {}

    def add(button: QToolButton, command: str) -> QToolButton:
        button.clicked.connect(handlers[command])
        buttons[command] = button
        layout.addWidget(button)
        return button

    inline = add(
        tool_button(
            QCoreApplication.translate("Controls", "Inline"),
            QCoreApplication.translate("Controls", "Inline view"),
            QCoreApplication.translate("Controls", "Show the diff inline instead of side by side (Ctrl+Shift+U)"),
            checkable=True,
        ),
        "toggle_inline",
    )
    whitespace = add(
        tool_button(
            QCoreApplication.translate("Controls", "Ignore whitespace"),
            QCoreApplication.translate("Controls", "Ignore whitespace"),
            QCoreApplication.translate("Controls", "Hide changes in whitespace only (Alt+W)"),
            checkable=True,
        ),
        "toggle_whitespace",
    )
    add(
        tool_button(
            QCoreApplication.translate("Controls", "↑ Change"),
            QCoreApplication.translate("Controls", "Previous change"),
            QCoreApplication.translate("Controls", "Previous change (P or Alt+Up)"),
        ),
        "previous_change",
    )
    add(
        tool_button(
            QCoreApplication.translate("Controls", "↓ Change"),
            QCoreApplication.translate("Controls", "Next change"),
            QCoreApplication.translate("Controls", "Next change (N or Alt+Down)"),
        ),
        "next_change",
    )
    add(
        tool_button(
            QCoreApplication.translate("Controls", "↑ File"),
            QCoreApplication.translate("Controls", "Previous file"),
            QCoreApplication.translate("Controls", "Previous file ([ or Ctrl+Alt+Up)"),
        ),
        "previous_file",
    )
    add(
        tool_button(
            QCoreApplication.translate("Controls", "↓ File"),
            QCoreApplication.translate("Controls", "Next file"),
            QCoreApplication.translate("Controls", "Next file (] or Ctrl+Alt+Down)"),
        ),
        "next_file",
    )
    expand_all = add(
        tool_button(
            QCoreApplication.translate("Controls", "Expand all"),
            QCoreApplication.translate("Controls", "Expand all"),
            QCoreApplication.translate("Controls", "Show every unchanged line of this file (E)"),
        ),
        "expand_all",
    )
    comment = add(
        tool_button(
            QCoreApplication.translate("Controls", "Comment"),
            QCoreApplication.translate("Controls", "Comment on selected lines"),
            QCoreApplication.translate(
                "Controls", "Comment on the selected lines (C); Shift+click or Shift+arrows select a range"
            ),
        ),
        "comment",
    )
    accept = add(
        tool_button(
            QCoreApplication.translate("Controls", "✓ Accept"),
            QCoreApplication.translate("Controls", "Accept change"),
            QCoreApplication.translate("Controls", "Accept the current change (A)"),
        ),
        "accept",
    )
    reject = add(
        tool_button(
            QCoreApplication.translate("Controls", "✗ Reject"),
            QCoreApplication.translate("Controls", "Reject change"),
            QCoreApplication.translate("Controls", "Reject the current change (R)"),
        ),
        "reject",
    )
    apply = add(
        tool_button(
            QCoreApplication.translate("Controls", "Create revision…"),
            QCoreApplication.translate("Controls", "Create revision from accepted changes"),
            QCoreApplication.translate(
                "Controls", "Make a new revision: the old one plus exactly the accepted changes"
            ),
        ),
        "apply",
    )
    layout.addStretch()
    viewed = QCheckBox(QCoreApplication.translate("Controls", "Viewed"))
    viewed.setAccessibleName(QCoreApplication.translate("Controls", "File viewed"))
    viewed.setToolTip(
        QCoreApplication.translate(
            "Controls", "Mark this file as viewed (V); the mark clears itself if the file changes again"
        )
    )
    viewed.clicked.connect(handlers["toggle_viewed"])
    layout.addWidget(viewed)
    keys: dict[str, list[str | QKeySequence]] = {
        "toggle_inline": ["Ctrl+Shift+U"],
        "toggle_whitespace": ["Alt+W"],
        "previous_change": ["P", "Alt+Up"],
        "next_change": ["N", "Alt+Down"],
        "previous_file": ["[", "Ctrl+Alt+Up"],
        "next_file": ["]", "Ctrl+Alt+Down"],
        "expand_all": ["E"],
        "comment": ["C"],
        "accept": ["A"],
        "reject": ["R"],
        "toggle_viewed": ["V"],
        "find": [QKeySequence(QKeySequence.StandardKey.Find)],
        "find_next": [QKeySequence(QKeySequence.StandardKey.FindNext)],
        "find_previous": [QKeySequence(QKeySequence.StandardKey.FindPrevious)],
    }
    buttons["toggle_viewed"] = viewed
    for command, sequences in keys.items():
        # A key does what its button does, through the button (so check boxes and toggles stay in step).
        slot = buttons[command].click if command in buttons else handlers[command]
        for sequence in sequences:
            shortcut(owner, sequence, slot)
    return Controls(inline, whitespace, expand_all, comment, accept, reject, apply, viewed)
