"""Sync conflicts of one project: mine and theirs side by side, then Keep mine / Keep theirs / Keep both."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.diff import diff_contents
from desktop.domain.sync import PROJECT_PATH, ConflictChoice, SyncConflict
from desktop.services.compare import FilePair
from desktop.services.sync import SyncService
from desktop.ui.diff.viewer import DiffViewer
from desktop.ui.error_dialog import describe
from desktop.ui.i18n import QT_TRANSLATE_NOOP, fmt, translated
from desktop.ui.sync.sync_controller import SyncController

MINE, THEIRS = (
    QT_TRANSLATE_NOOP("ConflictDialog", "Mine (this device)"),
    QT_TRANSLATE_NOOP("ConflictDialog", "Theirs (CodeCraft)"),
)
REQUIREMENTS = QT_TRANSLATE_NOOP("ConflictDialog", "Requirements")


@dataclass(frozen=True)
class ConflictEntry:
    conflict: SyncConflict
    pair: FilePair  # old side: mine, new side: theirs; None content where that side deleted it

    @property
    def path(self) -> str:
        return self.conflict.path

    @property
    def label(self) -> str:
        name = self.path or translated("ConflictDialog", REQUIREMENTS)
        if self.pair.new_data is None:
            return fmt(QCoreApplication.translate("ConflictEntry", "%1 — deleted on the other device"), name)
        if self.pair.old_data is None:
            return fmt(QCoreApplication.translate("ConflictEntry", "%1 — deleted here"), name)
        return fmt(QCoreApplication.translate("ConflictEntry", "%1 — changed on both"), name)

    @property
    def one_side_deleted(self) -> bool:
        return self.pair.old_data is None or self.pair.new_data is None


def load_conflicts(service: SyncService, project_id: int) -> list[ConflictEntry]:
    """On the vault worker: every conflict of the project with both versions and their diff."""
    entries = []
    for conflict in service.conflicts(project_id):
        versions = service.conflict_versions(project_id, conflict.path)
        shown = conflict.path or f"{REQUIREMENTS}.json"
        old_path = shown if versions.mine is not None else None
        new_path = shown if versions.theirs is not None else None
        diff = diff_contents(old_path, new_path, versions.mine, versions.theirs)
        entries.append(ConflictEntry(conflict, FilePair(diff, versions.mine, versions.theirs)))
    return entries


class ConflictDialog(QDialog):
    def __init__(self, controller: SyncController, project_id: int, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller, self.project_id = controller, project_id
        self.setWindowTitle(fmt(self.tr("Sync conflicts — %1"), name))
        self.resize(1100, 680)
        self.entries: list[ConflictEntry] = []
        intro = QLabel(
            self.tr(
                "These were changed both here and on another device. For each, keep your version, theirs, or both "
                "(theirs is then saved beside yours as name.theirs.ext). Nothing is overwritten until you choose."
            )
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Conflicting files"))
        self.list.setToolTip(self.tr("Files in conflict; select one to compare mine (left) with theirs (right)"))
        self.list.currentRowChanged.connect(self._selected)
        self.viewer = DiffViewer(self)
        files_pane = self.viewer.file_view.parentWidget()
        if files_pane is not None:
            files_pane.hide()  # one file at a time: the list on the left chooses it
        self.viewer.comments.hide()
        controls = self.viewer.controls
        for review_only in (controls.comment, controls.accept, controls.reject, controls.apply, controls.viewed):
            review_only.hide()  # reviewing tools; here the choice is Keep mine / theirs / both below
        self.list.setMinimumWidth(240)
        sides = QHBoxLayout()
        for text in (MINE, THEIRS):
            label = QLabel(f"<b>{text}</b>")
            sides.addWidget(label, 1)
        right = QWidget()
        right_column = QVBoxLayout(right)
        right_column.setContentsMargins(0, 0, 0, 0)
        right_column.addLayout(sides)
        right_column.addWidget(self.viewer, 1)
        self.mine_button = self._button(
            self.tr("Keep &mine"), self.tr("Keep this device's version; it replaces theirs (Alt+M)")
        )
        self.theirs_button = self._button(self.tr("Keep &theirs"), self.tr("Take the other device's version (Alt+T)"))
        self.both_button = self._button(
            self.tr("Keep &both"), self.tr("Keep mine and save theirs beside it as name.theirs.ext (Alt+B)")
        )
        self.mine_button.clicked.connect(lambda: self.resolve(ConflictChoice.MINE))
        self.theirs_button.clicked.connect(lambda: self.resolve(ConflictChoice.THEIRS))
        self.both_button.clicked.connect(lambda: self.resolve(ConflictChoice.BOTH))
        self.message = QLabel(self.tr("Reading the conflicts…"))
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Conflict status"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        choices = QHBoxLayout()
        choices.addWidget(self.message, 1)
        for button in (self.mine_button, self.theirs_button, self.both_button):
            choices.addWidget(button)
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 840])
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        layout.addLayout(choices)
        layout.addWidget(close)
        self._set_buttons(None)
        self.load()

    def _button(self, text: str, tip: str) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.replace("&", ""))
        button.setToolTip(tip)
        return button

    def load(self) -> None:
        service = self.controller.service
        self.controller.run(
            load_conflicts, service, self.project_id, owner=self, on_done=self._show, on_error=self._failed
        )

    def _show(self, entries: list[ConflictEntry]) -> None:
        self.entries = entries
        self.list.clear()
        for entry in entries:
            self.list.addItem(entry.label)
        if entries:
            self.message.setText(fmt(self.tr("%1 to resolve."), len(entries)))
            self.list.setCurrentRow(0)
        else:
            self._all_resolved()

    def current(self) -> ConflictEntry | None:
        row = self.list.currentRow()
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def _selected(self, row: int) -> None:
        entry = self.entries[row] if 0 <= row < len(self.entries) else None
        self._set_buttons(entry)
        self.viewer.set_files([entry.pair] if entry else [], MINE, THEIRS)

    def _set_buttons(self, entry: ConflictEntry | None) -> None:
        for button in (self.mine_button, self.theirs_button, self.both_button):
            button.setEnabled(entry is not None)
        if entry is None:
            return
        requirements = entry.path == PROJECT_PATH
        self.both_button.setEnabled(not requirements and not entry.one_side_deleted)
        if requirements:
            self.both_button.setToolTip(self.tr("Requirements can be kept from one side only"))
        elif entry.one_side_deleted:
            self.both_button.setToolTip(self.tr("Only one side still has this file: keep mine or theirs"))
        else:
            self.both_button.setToolTip(self.tr("Keep mine and save theirs beside it as name.theirs.ext (Alt+B)"))

    def resolve(self, choice: ConflictChoice) -> None:
        entry = self.current()
        if entry is None:
            return
        self._set_buttons(None)
        self.message.setText(fmt(self.tr("Keeping %1 for %2…"), choice.value, entry.path or self.tr(REQUIREMENTS)))
        self.controller.resolve(
            self.project_id, entry.path, choice, self, lambda _: self._resolved(entry), self._failed
        )

    def _resolved(self, entry: ConflictEntry) -> None:
        row = self.entries.index(entry)
        self.entries.pop(row)
        self.list.takeItem(row)
        if not self.entries:
            self._all_resolved()
            return
        self.message.setText(fmt(self.tr("%1 left to resolve."), len(self.entries)))
        self.list.setCurrentRow(min(row, len(self.entries) - 1))
        self._selected(self.list.currentRow())

    def _all_resolved(self) -> None:
        self.message.setText(self.tr("All conflicts resolved. Syncing…"))
        self.controller.sync_now(self.project_id)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.message.setText(describe(exc)[1])
        self._set_buttons(self.current())
