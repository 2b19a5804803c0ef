""" "Start Building": the dialog that collects a new project's requirements and attachment files.

The dialog only collects; the caller runs ``projects.create_from_requirements(dialog.requirements(),
dialog.attachments())`` through its TaskRunner.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.projects import Requirements
from desktop.ui.requirements_editor import RequirementsForm, human_size

_PATH_ROLE = Qt.ItemDataRole.UserRole


class NewProjectDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Start Building"))
        self.setAccessibleName(self.tr("Start Building"))
        self.setMinimumWidth(560)
        intro = QLabel(self.tr("Describe what you want built. Only the title is needed; you can change it all later."))
        intro.setWordWrap(True)
        self.form = RequirementsForm()

        self.attachment_list = QListWidget()
        self.attachment_list.setAccessibleName(self.tr("Attachments"))
        self.attachment_list.setToolTip(self.tr("Files to attach to the requirements (mock-ups, sample data, briefs)"))
        self.attachment_list.setMaximumHeight(self.attachment_list.fontMetrics().lineSpacing() * 5 + 12)
        self.attachment_list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.add_button = QPushButton(self.tr("A&dd files…"))
        self.add_button.setAccessibleName(self.tr("Add attachment files"))
        self.add_button.setToolTip(self.tr("Attach files to the requirements"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove selected attachments"))
        self.remove_button.setToolTip(self.tr("Remove the selected files from the attachments (Delete)"))
        self.remove_button.setEnabled(False)
        attachment_label = QLabel(self.tr("Attac&hments:"))
        attachment_label.setBuddy(self.attachment_list)

        ok, cancel_button = QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Cancel
        self.buttons = QDialogButtonBox(ok | cancel_button)
        self.ok_button = self.buttons.button(ok)
        self.ok_button.setText(self.tr("Create project"))
        self.ok_button.setAccessibleName(self.tr("Create project"))
        self.ok_button.setToolTip(self.tr("Create the project in your vault"))
        cancel = self.buttons.button(cancel_button)
        cancel.setAccessibleName(self.tr("Cancel"))
        cancel.setToolTip(self.tr("Close without creating a project (Esc)"))

        attachment_buttons = QHBoxLayout()
        attachment_buttons.addWidget(self.add_button)
        attachment_buttons.addWidget(self.remove_button)
        attachment_buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.form, 1)
        layout.addWidget(attachment_label)
        layout.addWidget(self.attachment_list)
        layout.addLayout(attachment_buttons)
        layout.addWidget(self.buttons)

        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.add_button.clicked.connect(self.choose_attachments)
        self.remove_button.clicked.connect(self.remove_selected)
        self.attachment_list.itemSelectionChanged.connect(self._update_buttons)
        remove_key = QShortcut(QKeySequence.StandardKey.Delete, self.attachment_list)
        remove_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove_key.activated.connect(self.remove_selected)
        self.form.changed.connect(self._update_buttons)
        self._update_buttons()
        self.form.title.setFocus()

    def requirements(self) -> Requirements:
        return self.form.requirements()

    def attachments(self) -> list[Path]:
        items = (self.attachment_list.item(row) for row in range(self.attachment_list.count()))
        return [Path(item.data(_PATH_ROLE)) for item in items]

    def add_attachments(self, paths: list[Path]) -> None:
        known = set(self.attachments())
        for path in paths:
            if path in known:
                continue
            known.add(path)
            try:
                size = human_size(path.stat().st_size)
            except OSError:
                size = "unreadable"
            item = QListWidgetItem(f"{path.name}  ({size})")
            item.setData(_PATH_ROLE, str(path))
            item.setToolTip(str(path))
            self.attachment_list.addItem(item)
        self._update_buttons()

    @Slot()
    def choose_attachments(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach files"))
        self.add_attachments([Path(name) for name in names])

    @Slot()
    def remove_selected(self) -> None:
        for item in self.attachment_list.selectedItems():
            self.attachment_list.takeItem(self.attachment_list.row(item))
        self._update_buttons()

    @Slot()
    def _update_buttons(self) -> None:
        self.ok_button.setEnabled(bool(self.form.requirements().title))
        self.remove_button.setEnabled(bool(self.attachment_list.selectedItems()))
