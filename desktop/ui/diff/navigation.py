"""Moving around a diff: next/previous change and file, the overview bar, find, and the status line."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QListView

from desktop.ui.diff.canvas import DiffCanvas
from desktop.ui.diff.document import FileDocument
from desktop.ui.diff.file_list import FileListModel
from desktop.ui.diff.find_bar import FindBar
from desktop.ui.diff.overview_bar import OverviewBar
from desktop.ui.diff.rows import ADDED, CHANGE, REMOVED, RowModel
from desktop.ui.diff.search import Match, find_matches
from desktop.ui.i18n import fmt, tr


class ViewerParts:
    """What the viewer's mixins share (set up by ``DiffViewer.__init__``)."""

    canvas: DiffCanvas
    rows: RowModel | None
    document: FileDocument | None
    files: FileListModel
    file_view: QListView
    find_bar: FindBar
    overview: OverviewBar
    status: QLabel
    select_file: Callable[[int], None]
    current_row: Callable[[], int]


class NavigationOps(ViewerParts):
    matches: list[Match]
    match_index: int

    # -- changes and files -------------------------------------------------------------------------------

    def next_change(self, step: int = 1) -> bool:
        """Move to the next (step 1) or previous (step -1) change of this file; False at either end."""
        if self.rows is None:
            return False
        target = self.rows.next_block_row(self.canvas.current, step)
        if target is None:
            return False
        self.canvas.set_current(target, center=True)
        return True

    def next_file(self, step: int = 1) -> None:
        row = self.current_row() + step
        if 0 <= row < self.files.rowCount():
            self.select_file(row)

    def current_block(self) -> int:
        """The change block at the current row, or -1 when the current row is not part of a change."""
        if self.rows is None or not self.rows.rows:
            return -1
        row = self.rows.rows[self.canvas.current]
        return row[3] if row[0] in (CHANGE, REMOVED, ADDED) else -1

    def _current_line(self) -> tuple[int, int]:
        """(side, line) shown in the current row, to keep it in view across a rebuild."""
        if self.rows is None or not self.rows.rows:
            return 1, 0
        kind, old, new, _ = self.rows.rows[self.canvas.current]
        if kind == REMOVED or (new < 0 <= old) or (kind == ADDED and new < 0):
            return 0, old
        return 1, max(new, 0)

    def _go_to_line(self, side: int, line: int) -> None:
        if self.rows is None:
            return
        row = self.rows.row_of_line(side, line)
        self.canvas.rows_changed()
        if row >= 0:
            self.canvas.set_current(row, center=True)

    # -- overview ----------------------------------------------------------------------------------------

    def _update_overview_marks(self) -> None:
        document = self.document
        if document is None:
            self.overview.set_marks([])
            return
        total = max(1, len(document.new_lines), len(document.old_lines))
        marks = []
        for op in document.changes():
            start = op.new_start / total
            end = max(op.new_end, op.new_start + (op.old_end - op.old_start)) / total
            marks.append((start, end, op.tag))
        self.overview.set_marks(marks)
        self._update_overview_view()

    def _update_overview_view(self) -> None:
        if self.rows is None or not self.rows.rows or self.document is None:
            return
        first, last = self.canvas.visible_rows()
        rows = self.rows.rows
        total = max(1, len(self.document.new_lines), len(self.document.old_lines))
        top = rows[min(first, len(rows) - 1)][2]
        bottom = rows[min(last, len(rows) - 1)][2]
        self.overview.set_view(max(0, top) / total, max(0, bottom + 1) / total)

    def _jump_to_fraction(self, fraction: float) -> None:
        """Go to the change nearest to that place of the file."""
        if self.rows is None or self.document is None:
            return
        total = max(1, len(self.document.new_lines))
        changes = self.document.changes()
        if not changes:
            return
        nearest = min(range(len(changes)), key=lambda i: abs(changes[i].new_start / total - fraction))
        self.canvas.set_current(self.rows.block_rows[nearest], center=True)

    # -- find --------------------------------------------------------------------------------------------

    def open_find(self) -> None:
        self.find_bar.open()

    def _find_text_changed(self, text: str) -> None:
        self.matches = find_matches(self.document, text) if self.document is not None else []
        self.match_index = -1
        self.canvas.find_text = text
        self.canvas.find_current = None
        self.canvas.viewport().update()
        if self.matches:
            self.find_step(1)
        else:
            self.find_bar.set_count(0, 0)

    def find_step(self, step: int = 1) -> None:
        if not self.matches:
            return
        self.match_index = (self.match_index + step) % len(self.matches)
        side, line, start = self.matches[self.match_index]
        self.canvas.find_current = (side, line, start)
        self._go_to_line(side, line)
        self.find_bar.set_count(self.match_index + 1, len(self.matches))

    # -- status ------------------------------------------------------------------------------------------

    def _update_status(self, _row: int = 0) -> None:
        if self.rows is None:
            self.status.setText("")
            return
        block = self.rows.block_at(self.canvas.current)
        total = len(self.rows.block_rows)
        where = (
            fmt(QCoreApplication.translate("NavigationOps", "Change %1 of %2"), block + 1, total)
            if block >= 0
            else tr("%n change(s)", "", total)
        )
        mode = (
            QCoreApplication.translate("NavigationOps", "inline")
            if self.rows.inline
            else QCoreApplication.translate("NavigationOps", "side by side")
        )
        self.status.setText(f"{where} · {mode}")
