"""The Projects screen: search, filter and sort the list; the selected project opens beside it."""

from __future__ import annotations

from PySide6.QtCore import QDate, QDateTime, QItemSelection, QLocale, QModelIndex, Qt, QTime, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.projects import ProjectFilter, ProjectStatus, SortKey
from desktop.services.deletion import DeletionService
from desktop.services.projects import ProjectService
from desktop.ui.project_list_model import ProjectIdRole, ProjectListModel, status_label
from desktop.ui.project_view import ProjectView
from desktop.ui.sync.sync_controller import SyncController
from desktop.ui.sync.sync_status import project_look
from desktop.ui.tasks import TaskRunner
from desktop.ui.theme import icon, style_as

SEARCH_DELAY_MS = 200


class ProjectsPage(QWidget):
    start_building_requested = Signal()
    manual_entry_requested = Signal()
    error = Signal(object)

    def __init__(
        self,
        projects: ProjectService,
        tasks: TaskRunner,
        parent: QWidget | None = None,
        *,
        sync: SyncController | None = None,
        deletion: DeletionService | None = None,
    ) -> None:
        super().__init__(parent)
        statuses = sync.service.statuses if sync is not None else None
        self.model = ProjectListModel(projects, tasks, self, sync_statuses=statuses, sync_look=project_look)
        self.model.loaded.connect(self._list_loaded)
        self.model.failed.connect(self.error.emit)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search names, requirements and code  (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setAccessibleName(self.tr("Search projects"))
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_filter)
        self.search.textChanged.connect(self._search_timer.start)

        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Filter by status"))
        self.status_filter.setAccessibleDescription(self.tr("Show only the projects in this status"))
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status in ProjectStatus:
            self.status_filter.addItem(status_label(status), status)
        self.sort = QComboBox()
        self.sort.setAccessibleName(self.tr("Sort projects"))
        self.sort.setAccessibleDescription(self.tr("The order of the project list"))
        for key, label in (
            (SortKey.UPDATED, self.tr("Recently updated")),
            (SortKey.NAME, self.tr("Name")),
            (SortKey.CREATED, self.tr("Recently created")),
        ):
            self.sort.addItem(label, key)
        self.archived = QCheckBox(self.tr("Archived"))
        self.archived.setToolTip(self.tr("Show archived projects instead of active ones"))
        for widget in (self.status_filter, self.sort):
            widget.currentIndexChanged.connect(self._apply_filter)
        self.archived.toggled.connect(self._apply_filter)

        self.new_button = QPushButton(icon("add"), self.tr("Start Building"))
        style_as(self.new_button, "primaryButton")
        self.new_button.setToolTip(self.tr("A new project from your requirements (Ctrl+N)"))
        self.new_button.clicked.connect(self.start_building_requested)
        self.import_button = QPushButton(icon("import"), self.tr("Manual Entry"))
        self.import_button.setToolTip(self.tr("Import code you already have from a folder (Ctrl+I)"))
        self.import_button.clicked.connect(self.manual_entry_requested)

        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Projects"))
        self.table.setAccessibleDescription(self.tr("Your projects; the selected one opens beside the list"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Fixed widths from the font: ResizeToContents would read every row of a 10,000-row lazy model.
        metrics = self.fontMetrics()
        stamp = QLocale().toString(QDateTime(QDate(2026, 12, 28), QTime(23, 58)), QLocale.FormatType.ShortFormat)
        for column, sample in (
            (1, self.tr("Delivered")),
            (2, self.tr("Files")),
            (3, stamp),
            (4, self.tr("1000 pending")),
        ):
            if column < self.model.columnCount():
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(column, metrics.horizontalAdvance(sample) + 20 + 16 * (column == 4))
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        self.detail = ProjectView(projects, tasks, sync=sync, deletion=deletion)
        if sync is not None:
            sync.statuses_changed.connect(self.model.refresh_sync)
            sync.projects_changed.connect(lambda _: self.reload(select=self.selected_project()))
        self.detail.project_changed.connect(self._project_changed)
        self.detail.project_deleted.connect(self._project_deleted)
        self.empty = self._build_empty_state()
        self.right = QStackedWidget()
        self.right.addWidget(self.empty)
        self.right.addWidget(self.detail)

        toolbar = QHBoxLayout()
        toolbar.addWidget(self.search, 1)
        toolbar.addWidget(self.status_filter)
        toolbar.addWidget(self.sort)
        toolbar.addWidget(self.archived)
        toolbar.addSpacing(12)
        toolbar.addWidget(self.new_button)
        toolbar.addWidget(self.import_button)
        self.count_label = QLabel()
        style_as(self.count_label, "emptyState")
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table)
        left_layout.addWidget(self.count_label)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([540, 560])
        layout = QVBoxLayout(self)
        layout.addLayout(toolbar)
        layout.addWidget(splitter, 1)
        self._select_after_load: int | None = None

    def _build_empty_state(self) -> QWidget:
        page = QWidget()
        self.empty_label = QLabel()
        style_as(self.empty_label, "emptyState")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self.empty_label)
        layout.addStretch(2)
        return page

    # -- behaviour ---------------------------------------------------------------------------------------

    def reload(self, select: int | None = None) -> None:
        self._select_after_load = select
        self.model.reload()

    def clear(self) -> None:
        self.model.clear()
        self.detail.clear()
        self.right.setCurrentWidget(self.empty)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def current_filter(self) -> ProjectFilter:
        return ProjectFilter(
            text=self.search.text().strip(),
            status=self.status_filter.currentData(),
            archived=self.archived.isChecked(),
            sort=self.sort.currentData(),
        )

    def _apply_filter(self) -> None:
        self.model.set_filter(self.current_filter())

    def _list_loaded(self) -> None:
        count = self.model.rowCount()
        flt = self.model.current_filter
        self.count_label.setText(self.tr("%n project(s)", "", count))
        if count and self.right.currentWidget() is self.empty:
            self.empty_label.setText(self.tr("Select a project to see its files, requirements and history."))
        if count == 0:
            if flt.text or flt.status or flt.archived:
                self.empty_label.setText(self.tr("No project matches."))
            else:
                self.empty_label.setText(
                    self.tr(
                        "No projects yet.\n\nStart Building turns your requirements into a project;\n"
                        "Manual Entry brings in code you already have. Both stay on this device."
                    )
                )
            self.right.setCurrentWidget(self.empty)
        if self._select_after_load is not None:
            row = self.model.row_of(self._select_after_load)
            self._select_after_load = None
            if row >= 0:
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, 0))

    def _selection_changed(self, selected: QItemSelection, _: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        project_id = self.model.data(indexes[0], ProjectIdRole)
        self.right.setCurrentWidget(self.detail)
        self.detail.show_project(int(project_id))

    def selected_project(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return int(self.model.data(rows[0], ProjectIdRole)) if rows else None

    def _project_changed(self, project_id: int) -> None:
        self.reload(select=project_id)

    def _project_deleted(self, _: int) -> None:
        self.right.setCurrentWidget(self.empty)
        self.reload()

    def show_project(self, project_id: int) -> None:
        """Open this project beside the list (selected in it when the current filter shows it)."""
        self.right.setCurrentWidget(self.detail)
        self.detail.show_project(project_id)
        self.reload(select=project_id)

    def open_project(self, index: QModelIndex) -> None:
        self.table.selectRow(index.row())
