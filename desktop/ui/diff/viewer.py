"""The diff viewer: changed files on the left, the selected file's diff (side by side or inline), comments on the
right. Diffs are computed and lexed off the UI thread; only the rows on screen are painted.

Embed it with ``DiffViewer(parent, session=..., compare_service=..., tasks=...)`` and call ``compare(project_id,
old_rev, new_rev)``, or hand it contents with ``set_files(pairs, old_label, new_label)`` or bare FileDiffs with
``set_diffs(diffs, old_label, new_label)`` (unchanged regions are then unknown and stay folded).
"""

from __future__ import annotations

import threading
from concurrent.futures import CancelledError

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.diff import FileDiff, WhitespaceMode
from desktop.domain.review import ReviewSession
from desktop.services.compare import CompareService, FilePair
from desktop.ui.diff.canvas import DiffCanvas
from desktop.ui.diff.comments import CommentsPanel
from desktop.ui.diff.controls import build_controls
from desktop.ui.diff.document import (
    FileDocument,
    compare_args,
    compare_part,
    display_sides,
    is_large,
    with_display_lines,
)
from desktop.ui.diff.file_list import FileListModel
from desktop.ui.diff.find_bar import FindBar
from desktop.ui.diff.highlight import SyntaxStore
from desktop.ui.diff.overview_bar import OverviewBar
from desktop.ui.diff.pool import WorkerPool
from desktop.ui.diff.reuse import document_from_pair
from desktop.ui.diff.review_ops import ReviewOps
from desktop.ui.diff.rows import RowModel
from desktop.ui.diff.warnings import WarningBanner
from desktop.ui.i18n import fmt
from desktop.ui.tasks import TaskRunner
from desktop.ui.thread_inbox import Mailbox, ThreadInbox

PAGE_DIFF, PAGE_MESSAGE, PAGE_LARGE = range(3)
BUILD_DELAY_MS = 10


class _Bridge(ThreadInbox):
    built = Signal(int, object)  # generation, FileDocument or the exception


def _build(generation: int, pair: FilePair, whitespace: WhitespaceMode, pool: WorkerPool, mailbox: Mailbox) -> None:
    """The document, from the pair's own diff if it fits; else the helper process diffs while this thread splits
    the contents into the lines shown."""
    try:
        result: object = document_from_pair(pair, whitespace)
        if result is None:
            compared = pool.submit(compare_part, *compare_args(pair, whitespace))
            shown = display_sides(pair)
            result = with_display_lines(compared.result(), shown)
    except Exception as exc:  # delivered to the UI thread, which shows it
        result = exc
    mailbox.post("built", generation, result)
    mailbox.done()


class DiffViewer(ReviewOps, QWidget):
    file_loaded = Signal(str)  # path: its diff is on screen
    revision_created = Signal(int)  # number of a revision made from accepted changes or a suggestion

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        session: ReviewSession | None = None,
        compare_service: CompareService | None = None,
        tasks: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Diff viewer"))
        self.session = session or ReviewSession()
        self.service = compare_service
        self.tasks = tasks
        self.project: tuple[int, int, int] | None = None  # project id, old and new revision
        self.old_label, self.new_label = self.tr("Old"), self.tr("New")
        self.whitespace = WhitespaceMode.EXACT
        self.document: FileDocument | None = None
        self.rows: RowModel | None = None
        self._generation = 0
        self._force_large = False
        self._reopen = False  # a diff was being computed when the viewer closed
        self._bridge = _Bridge()
        self._bridge.built.connect(self._on_built, Qt.ConnectionType.QueuedConnection)
        self.pool = WorkerPool()  # the helper process for diffs and lexing, started on first use
        self.syntax = SyntaxStore(self.pool, self)
        self.destroyed.connect(self.syntax.cancel)
        self.destroyed.connect(self.pool.shutdown)

        self.files = FileListModel(self.session, self)
        self.file_view = QListView()
        self.file_view.setModel(self.files)
        self.file_view.setAccessibleName(self.tr("Changed files"))
        self.file_view.setToolTip(self.tr("Changed files with lines added and removed; tick a file when viewed"))
        self.file_view.selectionModel().currentChanged.connect(self._file_changed)
        self.progress_label = QLabel()
        self.progress_label.setAccessibleName(self.tr("Review progress"))
        self.files.viewed_changed.connect(self._update_progress)

        self.title = QLabel()
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner = WarningBanner()
        self.canvas = DiffCanvas(self.syntax)
        self.canvas.setToolTip(
            self.tr("The diff: − removed, + added. N/P: next/previous change, C: comment on selection")
        )
        self.overview = OverviewBar()
        self.message = QLabel()
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message_large = QLabel()
        self.message_large.setWordWrap(True)
        self.message_large.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setAccessibleName(self.tr("Comparing"))
        self.busy.setMaximumWidth(240)
        self.show_anyway = QPushButton(self.tr("&Show anyway"))
        self.show_anyway.setAccessibleName(self.tr("Show large diff anyway"))
        self.show_anyway.setToolTip(self.tr("Compute and show this large diff; it may take a while"))
        self.show_anyway.clicked.connect(self._show_large)
        self.find_bar = FindBar()
        self.find_bar.hide()
        self.comments = CommentsPanel()
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Diff status"))
        self.stack = QStackedWidget()
        self._build_layout()
        self._init_review()
        self._wire()
        self._restyle()
        self._show_message(self.tr("No changes to show."))

    # -- layout ------------------------------------------------------------------------------------------

    def _build_layout(self) -> None:
        diff_page = QWidget()
        diff_row = QHBoxLayout(diff_page)
        diff_row.setContentsMargins(0, 0, 0, 0)
        diff_row.setSpacing(0)
        diff_row.addWidget(self.canvas, 1)
        diff_row.addWidget(self.overview)
        self.stack.addWidget(diff_page)
        for widgets in ((self.message, self.busy), (self.message_large, self.show_anyway)):
            page = QWidget()
            column = QVBoxLayout(page)
            column.addStretch()
            for widget in widgets:
                column.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
            column.addStretch()
            self.stack.addWidget(page)
        toolbar = QHBoxLayout()
        self.controls = build_controls(self, toolbar, self._handlers())
        center = QWidget()
        column = QVBoxLayout(center)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(toolbar)
        column.addWidget(self.title)
        column.addWidget(self.banner)
        column.addWidget(self.stack, 1)
        column.addWidget(self.find_bar)
        column.addWidget(self.status)
        left = QWidget()
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        left_column.addWidget(self.file_view, 1)
        left_column.addWidget(self.progress_label)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(center)
        splitter.addWidget(self.comments)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([220, 760, 260])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def _wire(self) -> None:
        self.canvas.view_changed.connect(self._update_overview_view)
        self.canvas.current_changed.connect(self._update_status)
        self.overview.jump_requested.connect(self._jump_to_fraction)
        self.find_bar.text_changed.connect(self._find_text_changed)
        self.find_bar.step.connect(self.find_step)
        self.find_bar.closed.connect(self.canvas.setFocus)

    # -- public ------------------------------------------------------------------------------------------

    def set_files(self, pairs: list[FilePair], old_label: str = "Old", new_label: str = "New") -> None:
        """Show these changed files (contents of both sides and their diffs); the first one is opened."""
        self.old_label, self.new_label = old_label, new_label
        self.files.set_pairs(pairs)
        if pairs:
            self.select_file(0)
        else:
            self._open(None)

    def set_diffs(self, diffs: list[FileDiff], old_label: str = "Old", new_label: str = "New") -> None:
        """Show bare FileDiffs (without contents: unchanged regions beyond the hunks stay folded)."""
        self.set_files([FilePair(diff, None, None) for diff in diffs], old_label, new_label)

    def compare(self, project_id: int, old_revision: int, new_revision: int) -> None:
        """Compare two revisions of a project through the compare service (on the vault's task runner)."""
        if self.service is None or self.tasks is None:
            raise RuntimeError("DiffViewer.compare needs a compare_service and a tasks runner")
        self.project = (project_id, old_revision, new_revision)
        self._show_message(self.tr("Reading the revisions…"), busy=True)
        labels = (fmt(self.tr("Revision %1"), old_revision), fmt(self.tr("Revision %1"), new_revision))
        self.tasks.run(
            self.service.compare,
            project_id,
            old_revision,
            new_revision,
            owner=self,
            on_done=lambda pairs: self.set_files(pairs, *labels),
            on_error=lambda error: self._show_message(fmt(self.tr("Cannot compare the revisions: %1"), error)),
        )

    def current_row(self) -> int:
        return self.file_view.currentIndex().row()

    def current_pair(self) -> FilePair | None:
        row = self.current_row()
        return self.files.pairs[row] if 0 <= row < len(self.files.pairs) else None

    def select_file(self, row: int) -> None:
        if 0 <= row < self.files.rowCount():
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
            self.file_view.selectionModel().setCurrentIndex(self.files.index(row), flags)

    def is_loading(self) -> bool:
        return self.stack.currentIndex() == PAGE_MESSAGE and self.busy.isVisible()

    def is_highlighting(self) -> bool:
        """Syntax spans are still on their way (lexing runs in the helper process, started on first use)."""
        return self.rows is not None and self.canvas.syntax_pending()

    # -- loading -----------------------------------------------------------------------------------------

    @Slot(QModelIndex, QModelIndex)
    def _file_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._force_large = False
        self._open(self.files.pairs[current.row()] if current.isValid() else None)

    def _open(self, pair: FilePair | None) -> None:
        self._generation += 1
        self.syntax.cancel()
        self.document, self.rows = None, None
        self.canvas.set_model(None)
        self.find_bar.set_count(0, 0)
        self._refresh_review()
        if pair is None:
            self.title.setText("")
            self.banner.set_warnings([])
            self._show_message(self.tr("No changes to show."))
            return
        self.title.setText(fmt(self.tr("<b>%1</b> — %2 → %3"), pair.path, self.old_label, self.new_label))
        if is_large(pair) and not self._force_large:
            self.message_large.setText(self.tr("This diff is large; computing and showing it may take a while."))
            self.stack.setCurrentIndex(PAGE_LARGE)
            return
        self._show_message(self.tr("Comparing…"), busy=True)
        # The thread starts once the UI thread has laid out and painted this page (a few ms): it would hold the GIL
        # meanwhile, and the UI thread waits for the GIL at each of its many calls back into Python.
        args = (self._generation, pair, self.whitespace, self.pool, self._bridge.mailbox)
        self._bridge.expect()
        QTimer.singleShot(BUILD_DELAY_MS, self, lambda: self._start_build(args))

    def _start_build(self, args: tuple[object, ...]) -> None:
        if args[0] != self._generation:  # another file was chosen meanwhile
            self._bridge.mailbox.done()
            return
        threading.Thread(target=_build, args=args, name="codecraft-diff", daemon=True).start()

    def _show_large(self) -> None:
        self._force_large = True
        self._open(self.current_pair())

    def _show_message(self, text: str, *, busy: bool = False) -> None:
        self.message.setText(text)
        self.busy.setVisible(busy)
        self.stack.setCurrentIndex(PAGE_MESSAGE)

    @Slot(int, object)
    def _on_built(self, generation: int, result: object) -> None:
        if generation != self._generation:
            return  # another file (or whitespace mode) was chosen meanwhile
        if isinstance(result, CancelledError):  # the viewer closed meanwhile: it compares again when shown
            self._reopen = True
            return
        if not isinstance(result, FileDocument):
            self._show_message(fmt(self.tr("Cannot show this diff: %1"), result))
            return
        self.document = result
        self.banner.set_warnings(result.warnings)
        if result.binary:
            self._show_message(self.tr("Binary file: the contents are not compared."))
        elif not result.changes():
            self._show_message(
                self.tr("No changes (with whitespace ignored).") if result.opcodes else self.tr("Empty file.")
            )
        else:
            self.rows = RowModel(result, inline=self.controls.inline.isChecked())
            self.stack.setCurrentIndex(PAGE_DIFF)
            self.canvas.set_model(self.rows)
            self.canvas.set_current(self.rows.block_rows[0], center=True)
            self.syntax.set_lines(result.path, result.old_lines, result.new_lines)
            self._update_overview_marks()
            self._find_text_changed(self.find_bar.edit.text())
        self._refresh_review()
        self.file_loaded.emit(result.path)

    # -- view ----------------------------------------------------------------------------------------------

    def set_inline(self, inline: bool) -> None:
        self.controls.inline.setChecked(inline)
        if self.rows is not None:
            line = self._current_line()
            self.rows.set_inline(inline)
            self.canvas.rows_changed()
            self._go_to_line(*line)

    def set_ignore_whitespace(self, ignore: bool) -> None:
        self.controls.whitespace.setChecked(ignore)
        self.whitespace = WhitespaceMode.IGNORE_ALL if ignore else WhitespaceMode.EXACT
        self._open(self.current_pair())

    def expand_all(self) -> None:
        if self.rows is not None:
            self.rows.expand_all()
            self.canvas.rows_changed()

    def _restyle(self) -> None:
        dark = self.palette().color(QPalette.ColorRole.Window).lightness() < 128
        self.canvas.restyle(dark)
        self.overview.colors = self.canvas.colors
        self.overview.update()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Stop the helper process; it starts again when needed."""
        super().closeEvent(event)
        if event.isAccepted():
            self.syntax.cancel()
            self.pool.shutdown()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._reopen:
            self._reopen = False
            self._open(self.current_pair())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._restyle()
