"""The project view's panels: its header, the Files tab (one revision's tree and code) and the History tab."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale, QModelIndex, Qt, Signal, SignalInstance, Slot
from PySide6.QtGui import QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStyle,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.projects import FileEntry, Project, Revision, RevisionNote
from desktop.ui.code_viewer import CodeViewer
from desktop.ui.i18n import QT_TRANSLATE_NOOP, fmt, translated_stored
from desktop.ui.project_list_model import kind_label, status_label
from desktop.ui.requirements_editor import describe, human_size

PATH_ROLE = Qt.ItemDataRole.UserRole + 1  # a file's path; folders have none
NUMBER_ROLE = Qt.ItemDataRole.UserRole + 2  # a revision's number

_Node = dict[str, "_Node | FileEntry"]  # folders (keys ending in "/") map to nodes, file names to entries


def build_file_model(entries: list[FileEntry], model: QStandardItemModel, style: QStyle) -> None:
    """Fill ``model`` with a tree of the entries' paths: folders first, then files, each sorted by name."""
    tree: _Node = {}
    for entry in entries:
        node = tree
        *folders, name = entry.path.split("/")
        for folder in folders:
            child = node.setdefault(folder + "/", {})
            assert isinstance(child, dict)  # a folder key ends in "/", a file's never does
            node = child
        node[name] = entry
    folder_icon = style.standardIcon(QStyle.StandardPixmap.SP_DirIcon)
    file_icon = style.standardIcon(QStyle.StandardPixmap.SP_FileIcon)

    def add(parent: QStandardItem, node: _Node) -> None:
        for key in sorted(node, key=lambda k: (not k.endswith("/"), k.casefold())):
            value = node[key]
            if isinstance(value, dict):
                item = QStandardItem(folder_icon, key.rstrip("/"))
                add(item, value)
            else:
                item = QStandardItem(file_icon, key)
                item.setData(value.path, PATH_ROLE)
                item.setToolTip(f"{value.path} — {human_size(value.size)}")
            item.setEditable(False)
            parent.appendRow(item)

    model.clear()
    add(model.invisibleRootItem(), tree)


class ProjectHeader(QWidget):
    """Name, status line, busy indicator, and the Archive / Delete buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name_label = QLabel()
        font = self.name_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.name_label.setFont(font)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.name_label.setAccessibleName(self.tr("Project name"))
        self.status_label = QLabel()
        self.status_label.setAccessibleName(self.tr("Project status"))
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumWidth(100)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.hide()
        describe(self.busy_bar, self.tr("Loading"), self.tr("Working…"))
        self.archive_button = QPushButton()
        self.delete_button = QPushButton(self.tr("Delete…"))
        describe(
            self.delete_button,
            self.tr("Delete project"),
            self.tr("Delete the project and its history from this device"),
        )
        titles = QVBoxLayout()
        titles.addWidget(self.name_label)
        titles.addWidget(self.status_label)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(titles, 1)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.archive_button)
        layout.addWidget(self.delete_button)
        self.set_project(None, busy=False)

    def add_sync_control(self, widget: QWidget) -> None:
        """The sync badge and Sync: Local only / Synced control (desktop.ui.sync), before the buttons."""
        layout = self.layout()
        assert isinstance(layout, QHBoxLayout)
        layout.insertWidget(1, widget)

    def set_project(self, project: Project | None, *, busy: bool) -> None:
        self.busy_bar.setVisible(busy)
        self.archive_button.setEnabled(project is not None and not busy)
        self.delete_button.setEnabled(project is not None and not busy)
        if project is not None and project.archived:
            self.archive_button.setText(self.tr("Unar&chive"))
            describe(
                self.archive_button, self.tr("Unarchive project"), self.tr("Move this project back to the active ones")
            )
        else:
            self.archive_button.setText(self.tr("Ar&chive"))
            describe(self.archive_button, self.tr("Archive project"), self.tr("Move this project to the archive"))
        if project is None:
            self.name_label.setText("")
            self.status_label.setText("")
            return
        self.name_label.setText(project.name)
        revision = fmt(self.tr("revision %1"), project.current_revision) if project.current_revision else ""
        archived = self.tr("archived") if project.archived else ""
        parts = [status_label(project.status), revision, project.requirements.stack, archived]
        self.status_label.setText(" · ".join(part for part in parts if part))


class FileBrowser(QWidget):
    """The file tree of one revision beside the code viewer, with a banner when that is an old revision."""

    file_requested = Signal(str)  # path
    restore_requested = Signal(int)  # revision number
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.revision = 0
        self.is_current = True
        self.banner = QFrame()
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner.setAutoFillBackground(True)
        self.banner.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
        self.banner_label = QLabel()
        self.banner_label.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.restore_button = QPushButton(self.tr("Rest&ore"))
        describe(
            self.restore_button,
            self.tr("Restore this revision"),
            self.tr("Make this revision's files the current ones"),
        )
        self.back_button = QPushButton(self.tr("&Back to current"))
        describe(
            self.back_button, self.tr("Back to current revision"), self.tr("Show the project's current files again")
        )
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.setContentsMargins(8, 4, 8, 4)
        banner_layout.addWidget(self.banner_label, 1)
        banner_layout.addWidget(self.restore_button)
        banner_layout.addWidget(self.back_button)
        self.banner.hide()

        self.model = QStandardItemModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        describe(self.tree, self.tr("Files"), self.tr("The project's files; select one to see its code"))
        self.viewer = CodeViewer()
        splitter = QSplitter()
        splitter.addWidget(self.tree)
        splitter.addWidget(self.viewer)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([220, 660])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)

        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.restore_button.clicked.connect(lambda: self.restore_requested.emit(self.revision))
        self.back_button.clicked.connect(self.back_requested)

    def set_files(self, entries: list[FileEntry], revision: int, *, current: bool) -> None:
        self.revision = revision
        self.is_current = current
        self.viewer.clear()
        build_file_model(entries, self.model, self.style())
        self.tree.expandToDepth(0)
        self.banner.setVisible(not current)
        self.banner_label.setText(fmt(self.tr("Viewing revision %1 (read-only)"), revision))
        if not entries:
            self.viewer.editor().setPlaceholderText(self.tr("No code in this revision yet."))
        else:
            self.viewer.editor().setPlaceholderText(self.tr("Select a file to see its code."))

    def find_file(self, path: str) -> QModelIndex:
        matches = self.model.match(
            self.model.index(0, 0),
            PATH_ROLE,
            path,
            1,
            Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive,
        )
        return matches[0] if matches else QModelIndex()

    @Slot(QModelIndex, QModelIndex)
    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        path = current.data(PATH_ROLE)
        if path:
            self.file_requested.emit(str(path))


class HistoryPanel(QWidget):
    """The revisions, newest first, with View and Restore."""

    view_requested = Signal(int)
    restore_requested = Signal(int)
    compare_requested = Signal(int)  # the revision to compare with the one before it

    HEADERS = (
        QT_TRANSLATE_NOOP("HistoryPanel", "Revision"),
        QT_TRANSLATE_NOOP("HistoryPanel", "Kind"),
        QT_TRANSLATE_NOOP("HistoryPanel", "Summary"),
        QT_TRANSLATE_NOOP("HistoryPanel", "Date"),
        QT_TRANSLATE_NOOP("HistoryPanel", "Files"),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.current = 0
        self.model = QStandardItemModel(0, len(self.HEADERS), self)
        self.model.setHorizontalHeaderLabels([self.tr(header) for header in self.HEADERS])
        self.table = QTreeView()
        self.table.setModel(self.model)
        self.table.setRootIsDecorated(False)
        self.table.setUniformRowHeights(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.header().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.header().setStretchLastSection(False)
        describe(
            self.table, self.tr("Revisions"), self.tr("Every saved state of the project; Enter views the selected one")
        )
        self.view_button = QPushButton(self.tr("&View"))
        describe(self.view_button, self.tr("View revision"), self.tr("Show this revision's files, read-only (Enter)"))
        self.restore_button = QPushButton(self.tr("Rest&ore…"))
        describe(
            self.restore_button, self.tr("Restore revision"), self.tr("Make a new revision with this revision's files")
        )
        self.compare_button = QPushButton(self.tr("&Compare with previous"))
        describe(
            self.compare_button,
            self.tr("Compare with previous revision"),
            self.tr("Show what this revision changed, as a diff"),
        )
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.compare_button)
        buttons.addWidget(self.view_button)
        buttons.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        self.table.selectionModel().currentChanged.connect(self._update_buttons)
        self.table.activated.connect(lambda _index: self._emit(self.view_requested))
        self.view_button.clicked.connect(lambda: self._emit(self.view_requested))
        self.restore_button.clicked.connect(lambda: self._emit(self.restore_requested))
        self.compare_button.clicked.connect(lambda: self._emit(self.compare_requested))
        self._update_buttons()

    def set_revisions(self, revisions: list[Revision], current: int) -> None:
        self.current = current
        self.model.removeRows(0, self.model.rowCount())
        locale = QLocale()
        for revision in revisions:
            number = locale.toString(revision.number)
            label = fmt(self.tr("%1 (current)"), number) if revision.number == current else number
            stamp = QDateTime.fromSecsSinceEpoch(int(revision.created_at.timestamp()))
            cells = [
                label,
                kind_label(revision.kind),
                translated_stored(revision.summary, RevisionNote.templates()),
                locale.toString(stamp, QLocale.FormatType.ShortFormat),
                str(revision.file_count),
            ]
            row = [QStandardItem(text) for text in cells]
            for item in row:
                item.setEditable(False)
                item.setData(revision.number, NUMBER_ROLE)
            row[4].setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.model.appendRow(row)
        for column in (0, 1, 3, 4):
            self.table.resizeColumnToContents(column)
        if revisions:
            self.table.setCurrentIndex(self.model.index(0, 0))
        self._update_buttons()

    def selected_revision(self) -> int | None:
        index = self.table.currentIndex()
        return int(index.data(NUMBER_ROLE)) if index.isValid() else None

    def select_revision(self, number: int) -> None:
        for row in range(self.model.rowCount()):
            if self.model.index(row, 0).data(NUMBER_ROLE) == number:
                self.table.setCurrentIndex(self.model.index(row, 0))

    def _emit(self, signal: SignalInstance) -> None:
        number = self.selected_revision()
        if number is not None:
            signal.emit(number)

    @Slot()
    def _update_buttons(self) -> None:
        number = self.selected_revision()
        self.view_button.setEnabled(number is not None)
        self.restore_button.setEnabled(number is not None and number != self.current)
        self.compare_button.setEnabled(number is not None and number > 1)
