"""The changed files of a comparison: status, path, lines added and removed, and a "viewed" check box."""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from desktop.diff import FileStatus
from desktop.domain.review import ReviewSession
from desktop.services.compare import FilePair
from desktop.ui.i18n import fmt

STATUS_LETTERS = {
    FileStatus.MODIFIED: "M",
    FileStatus.ADDED: "A",
    FileStatus.DELETED: "D",
    FileStatus.RENAMED: "R",
}

Index = QModelIndex | QPersistentModelIndex


class FileRole(enum.IntEnum):
    PATH = Qt.ItemDataRole.UserRole + 1
    ADDED = Qt.ItemDataRole.UserRole + 2
    REMOVED = Qt.ItemDataRole.UserRole + 3
    STATUS = Qt.ItemDataRole.UserRole + 4
    VIEWED = Qt.ItemDataRole.UserRole + 5


class FileListModel(QAbstractListModel):
    viewed_changed = Signal()

    def __init__(self, session: ReviewSession, parent: Any = None) -> None:
        super().__init__(parent)
        self.session = session
        self.pairs: list[FilePair] = []
        self._digests: list[str] = []
        self._counts: list[tuple[int, int]] = []

    def set_pairs(self, pairs: list[FilePair]) -> None:
        self.beginResetModel()
        self.pairs = list(pairs)
        self._digests = [pair.digest for pair in self.pairs]
        self._counts = [(pair.diff.added, pair.diff.removed) for pair in self.pairs]
        self.endResetModel()
        self.viewed_changed.emit()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.pairs)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable

    def is_viewed(self, row: int) -> bool:
        return self.session.is_viewed(self.pairs[row].path, self._digests[row])

    def viewed_count(self) -> int:
        return sum(self.is_viewed(row) for row in range(len(self.pairs)))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.pairs):
            return None
        row = index.row()
        pair = self.pairs[row]
        added, removed = self._counts[row]
        status = pair.diff.status
        if role == Qt.ItemDataRole.DisplayRole:
            counts = "binary" if pair.diff.is_binary else f"+{added} −{removed}"
            name = f"{pair.diff.old_path} → {pair.path}" if status is FileStatus.RENAMED else pair.path
            return f"{STATUS_LETTERS[status]}  {name}   {counts}"
        if role == Qt.ItemDataRole.ToolTipRole:
            viewed = "viewed" if self.is_viewed(row) else self.tr("not viewed yet")
            return fmt(
                self.tr("%1: %2, %3 lines added, %4 removed; %5"), pair.path, status.value, added, removed, viewed
            )
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return fmt(self.tr("%1, %2, %3 added, %4 removed"), pair.path, status.value, added, removed)
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if self.is_viewed(row) else Qt.CheckState.Unchecked
        roles: dict[int, object] = {
            FileRole.PATH: pair.path,
            FileRole.ADDED: added,
            FileRole.REMOVED: removed,
            FileRole.STATUS: status,
            FileRole.VIEWED: self.is_viewed(row),
        }
        return roles.get(role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2, True)
        self.set_viewed(index.row(), checked)
        return True

    def set_viewed(self, row: int, viewed: bool) -> None:
        self.session.set_viewed(self.pairs[row].path, self._digests[row], viewed)
        index = self.index(row)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole, FileRole.VIEWED])
        self.viewed_changed.emit()

    def roleNames(self) -> dict[int, QByteArray]:
        names = super().roleNames()
        names.update({role.value: QByteArray(role.name.lower().encode()) for role in FileRole})
        return names
