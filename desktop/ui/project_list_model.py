"""A lazy table model of the project list: ids up front, rows fetched a page at a time off the UI thread.

With 10,000 projects the model holds 10,000 ints and the pages that were looked at (a bounded cache), so
scrolling stays smooth and memory stays flat.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDateTime,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from desktop.domain.projects import ProjectFilter, ProjectStatus, ProjectSummary, RevisionKind
from desktop.domain.sync import ProjectSyncStatus
from desktop.services.projects import ProjectService
from desktop.ui.i18n import QT_TRANSLATE_NOOP, tr, translated
from desktop.ui.tasks import TaskRunner

PAGE_SIZE = 100
MAX_CACHED_PAGES = 40
ProjectIdRole = Qt.ItemDataRole.UserRole + 1
SummaryRole = Qt.ItemDataRole.UserRole + 2
SyncStatusRole = Qt.ItemDataRole.UserRole + 3  # the row's ProjectSyncStatus (None until fetched)
SYNC_COLUMN = 4  # present only when the model is given sync statuses

SyncStatuses = Callable[[list[int]], dict[int, ProjectSyncStatus]]  # SyncService.statuses
SyncLook = Callable[[ProjectSyncStatus], tuple[str, str, Any]]  # (text, tooltip, icon) of a status

_Index = QModelIndex | QPersistentModelIndex


# ProjectStatus.label and RevisionKind values, in the catalogue: the domain layer knows no Qt.
_DOMAIN_LABELS = (
    QT_TRANSLATE_NOOP("ProjectStatus", "Draft"),
    QT_TRANSLATE_NOOP("ProjectStatus", "Active"),
    QT_TRANSLATE_NOOP("ProjectStatus", "Delivered"),
    QT_TRANSLATE_NOOP("RevisionKind", "Created"),
    QT_TRANSLATE_NOOP("RevisionKind", "Import"),
    QT_TRANSLATE_NOOP("RevisionKind", "Delivery"),
    QT_TRANSLATE_NOOP("RevisionKind", "Restore"),
)


def status_label(status: ProjectStatus) -> str:
    return translated("ProjectStatus", status.label)


def kind_label(kind: RevisionKind) -> str:
    return translated("RevisionKind", kind.value.capitalize())


class ProjectListModel(QAbstractTableModel):
    COLUMNS = (
        QT_TRANSLATE_NOOP("ProjectListModel", "Name"),
        QT_TRANSLATE_NOOP("ProjectListModel", "Status"),
        QT_TRANSLATE_NOOP("ProjectListModel", "Files"),
        QT_TRANSLATE_NOOP("ProjectListModel", "Updated"),
    )

    loaded = Signal()  # the id list for the current filter arrived
    page_loaded = Signal(int)
    failed = Signal(object)

    def __init__(
        self,
        projects: ProjectService,
        tasks: TaskRunner,
        parent: QObject | None = None,
        *,
        sync_statuses: SyncStatuses | None = None,
        sync_look: SyncLook | None = None,
    ) -> None:
        super().__init__(parent)
        self._projects = projects
        self._tasks = tasks
        self._sync_statuses, self._sync_look = sync_statuses, sync_look
        columns = tuple(self.tr(column) for column in self.COLUMNS)
        self._columns = (*columns, self.tr("Sync")) if sync_statuses is not None else columns
        self._sync: dict[int, ProjectSyncStatus] = {}  # of the rows of cached pages
        self._filter = ProjectFilter()
        self._ids: list[int] = []
        self._pages: OrderedDict[int, list[ProjectSummary]] = OrderedDict()
        self._pending: set[int] = set()
        self._generation = 0

    # -- loading -----------------------------------------------------------------------------------------

    @property
    def current_filter(self) -> ProjectFilter:
        return self._filter

    def set_filter(self, flt: ProjectFilter) -> None:
        self._filter = flt
        self.reload()

    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        self._tasks.run(
            self._projects.list_ids,
            self._filter,
            owner=self,
            on_done=lambda ids: self._set_ids(generation, ids),
            on_error=self.failed.emit,
        )

    def clear(self) -> None:
        """Drop every row (the vault was locked): nothing decrypted stays in the model."""
        self._generation += 1
        self.beginResetModel()
        self._ids, self._pages, self._pending, self._sync = [], OrderedDict(), set(), {}
        self.endResetModel()

    def _set_ids(self, generation: int, ids: list[int]) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self._ids = ids
        self._pages = OrderedDict()
        self._pending = set()
        self._sync = {}
        self.endResetModel()
        self.loaded.emit()

    def _request_page(self, page: int) -> None:
        if page in self._pending:
            return
        self._pending.add(page)
        generation = self._generation
        ids = self._ids[page * PAGE_SIZE : (page + 1) * PAGE_SIZE]
        self._tasks.run(
            self._fetch_page,
            ids,
            owner=self,
            on_done=lambda fetched: self._store_page(generation, page, *fetched),
            on_error=self.failed.emit,
        )

    def _fetch_page(self, ids: list[int]) -> tuple[list[ProjectSummary], dict[int, ProjectSyncStatus]]:
        """On the vault worker: a page's rows and their sync statuses, read together."""
        statuses = self._sync_statuses(ids) if self._sync_statuses is not None else {}
        return self._projects.summaries(ids), statuses

    def _store_page(
        self, generation: int, page: int, rows: list[ProjectSummary], statuses: dict[int, ProjectSyncStatus]
    ) -> None:
        if generation != self._generation:
            return
        self._pending.discard(page)
        self._pages[page] = rows
        self._sync.update(statuses)
        while len(self._pages) > MAX_CACHED_PAGES:
            for summary in self._pages.popitem(last=False)[1]:
                self._sync.pop(summary.id, None)
        first = page * PAGE_SIZE
        last = min(first + PAGE_SIZE, len(self._ids)) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(self._columns) - 1))
        self.page_loaded.emit(page)

    def refresh_sync(self) -> None:
        """Read the sync statuses of the fetched rows again (after a sync), without refetching the rows."""
        ids = [summary.id for rows in self._pages.values() for summary in rows]
        if self._sync_statuses is None or not ids:
            return
        generation = self._generation
        self._tasks.run(
            self._sync_statuses,
            ids,
            owner=self,
            on_done=lambda statuses: self._store_sync(generation, statuses),
            on_error=self.failed.emit,
        )

    def _store_sync(self, generation: int, statuses: dict[int, ProjectSyncStatus]) -> None:
        if generation != self._generation or not self._ids:
            return
        self._sync.update(statuses)
        last = len(self._ids) - 1
        self.dataChanged.emit(self.index(0, SYNC_COLUMN), self.index(last, SYNC_COLUMN))

    def summary_at(self, row: int) -> ProjectSummary | None:
        if not 0 <= row < len(self._ids):
            return None
        page = row // PAGE_SIZE
        rows = self._pages.get(page)
        if rows is None:
            self._request_page(page)
            return None
        self._pages.move_to_end(page)
        offset = row - page * PAGE_SIZE
        return rows[offset] if offset < len(rows) else None

    def row_of(self, project_id: int) -> int:
        try:
            return self._ids.index(project_id)
        except ValueError:
            return -1

    # -- Qt model API ------------------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == ProjectIdRole:
            return self._ids[row]
        summary = self.summary_at(row)
        if role == SummaryRole:
            return summary
        if column == SYNC_COLUMN or role == SyncStatusRole:
            return self._sync_data(self._ids[row], role)
        if role == Qt.ItemDataRole.DisplayRole:
            if summary is None:
                return "…" if column == 0 else ""
            return self._display(summary, column)
        if role == Qt.ItemDataRole.ToolTipRole and summary is not None and column == 0:
            return f"{summary.name}\n{summary.stack}" if summary.stack else summary.name
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _sync_data(self, project_id: int, role: int) -> Any:
        status = self._sync.get(project_id)
        if role == SyncStatusRole or status is None:
            return status
        text, tip, icon = self._sync_look(status) if self._sync_look else (status.label, status.reason, None)
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            return tip
        return icon if role == Qt.ItemDataRole.DecorationRole else None

    @staticmethod
    def _display(summary: ProjectSummary, column: int) -> str:
        if column == 0:
            return summary.name
        if column == 1:
            return status_label(summary.status) + (tr(" (archived)") if summary.archived else "")
        if column == 2:
            return QLocale().toString(summary.file_count)
        stamp = QDateTime.fromMSecsSinceEpoch(int(summary.updated_at.timestamp() * 1000))
        return QLocale().toString(stamp, QLocale.FormatType.ShortFormat)
