"""The diff area: a custom-painted viewport that paints only the rows on screen, whatever the file's size.

Rows come from a ``RowModel``; ``side_by_side`` and ``inline`` paint one row each. Syntax spans come from a
``SyntaxStore`` and are asked for the visible lines only. The vertical scroll bar counts rows.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt, QTimer, Signal
from PySide6.QtGui import QFontDatabase, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

from desktop.diff.intraline import intraline_spans
from desktop.domain.review import HunkDecision
from desktop.ui.diff import inline, side_by_side
from desktop.ui.diff.highlight import SyntaxStore
from desktop.ui.diff.paint import DiffColors, LayoutCache
from desktop.ui.diff.rows import FOLD, RowModel
from desktop.ui.highlighting import Palette
from desktop.ui.i18n import fmt, tr

PAD = 6
INTRALINE_MAX_CHARS = 2_000
SYNTAX_DELAY_MS = 40  # the lines on screen are lexed once it stays put this long: not the pages flown past


def unchanged_lines(count: int) -> str:
    return tr("%Ln unchanged line(s)", "", count)


class DiffCanvas(QAbstractScrollArea):
    current_changed = Signal(int)  # row
    view_changed = Signal()  # scrolled, resized or rebuilt
    painted = Signal()

    def __init__(self, syntax: SyntaxStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Diff"))
        self.syntax = syntax
        self.model: RowModel | None = None
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.setFont(font)
        metrics = self.fontMetrics()
        self.char_width = metrics.horizontalAdvance("9")
        self.row_height = metrics.lineSpacing() + 2
        self.layouts = LayoutCache(font, 4 * self.char_width)
        self.colors = DiffColors.build(self.palette(), Palette(False))
        self.current = 0
        self.anchor = 0  # the other end of the selection
        self.find_text = ""
        self.find_current: tuple[int, int, int] | None = None  # side, line, start
        self.comment_lines: tuple[set[int], set[int]] = (set(), set())
        self.decisions: dict[int, HunkDecision] = {}
        self.fold_hits: list[tuple[QRect, int, str]] = []
        self._gutters = [0, 0]
        self._intraline: dict[tuple[int, int], tuple[list[tuple[int, int]], list[tuple[int, int]]]] = {}
        self._request = QTimer(self, singleShot=True, interval=SYNTAX_DELAY_MS)  # restarted by every paint
        self._request.timeout.connect(self._request_syntax)
        self.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.horizontalScrollBar().valueChanged.connect(self.viewport().update)
        syntax.updated.connect(self._syntax_updated)
        self.restyle(False)

    # -- state -------------------------------------------------------------------------------------------

    def set_model(self, model: RowModel | None) -> None:
        self.model = model
        self.layouts.clear()
        self._intraline.clear()
        self.decisions = {}
        self.current = self.anchor = 0
        self.verticalScrollBar().setValue(0)
        self.horizontalScrollBar().setValue(0)
        self.rows_changed()

    def rows_changed(self) -> None:
        for side in (0, 1):
            lines = len(self.model.document.lines(side)) if self.model else 0
            self._gutters[side] = self.char_width * max(3, len(str(lines))) + 2 * PAD
        count = len(self.model.rows) if self.model else 0
        self.current = min(self.current, max(0, count - 1))
        self.anchor = min(self.anchor, max(0, count - 1))
        self._update_scrollbars()
        self.viewport().update()
        self.view_changed.emit()

    def restyle(self, dark: bool) -> None:
        self.layouts.syntax = Palette(dark)
        self.colors = DiffColors.build(self.palette(), self.layouts.syntax)
        self.layouts.clear()
        self.viewport().update()

    def is_inline(self) -> bool:
        return self.model is not None and self.model.inline

    def visible_rows(self) -> tuple[int, int]:
        first = self.verticalScrollBar().value()
        return first, first + self.viewport().height() // self.row_height + 1

    def selected_rows(self) -> tuple[int, int]:
        return min(self.current, self.anchor), max(self.current, self.anchor)

    def set_current(self, row: int, *, extend: bool = False, center: bool = False) -> None:
        if self.model is None or not self.model.rows:
            return
        row = max(0, min(row, len(self.model.rows) - 1))
        self.current = row
        if not extend:
            self.anchor = row
        first, last = self.visible_rows()
        page = max(1, last - first - 1)
        if center and not first <= row < first + page:
            self.verticalScrollBar().setValue(row - page // 3)
        elif row < first:
            self.verticalScrollBar().setValue(row)
        elif row >= first + page:
            self.verticalScrollBar().setValue(row - page + 1)
        self.viewport().update()
        self.current_changed.emit(row)

    def intraline(self, old: int, new: int) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
        """Changed character spans of a replaced pair of lines (computed once, when first shown)."""
        key = (old, new)
        cached = self._intraline.get(key)
        if cached is None and self.model is not None:
            old_text, new_text = self.model.document.old_lines[old], self.model.document.new_lines[new]
            if len(old_text) + len(new_text) > INTRALINE_MAX_CHARS:
                cached = ([], [])
            else:
                old_spans, new_spans = intraline_spans(old_text, new_text)
                cached = ([(s.start, s.end) for s in old_spans], [(s.start, s.end) for s in new_spans])
            self._intraline[key] = cached
        return cached or ([], [])

    def gutter_width(self, side: int) -> int:
        return self._gutters[side]

    # -- painting ----------------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        with self.syntax.paused():
            self._paint(event)
        self.painted.emit()

    def _paint(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        painter.fillRect(event.rect(), self.colors.base)
        self.fold_hits = []
        if self.model is not None:
            first, last = self.visible_rows()
            rows = self.model.rows[first : last + 1]
            placed = [(first + offset, row, offset * self.row_height) for offset, row in enumerate(rows)]
            paint = inline.paint_rows if self.model.inline else side_by_side.paint_rows
            paint(self, painter, [item for item in placed if item[1][0] != FOLD])
            width = self.viewport().width()
            low, high = self.selected_rows()
            for index, row, y in placed:
                if row[0] == FOLD:
                    self._paint_fold(painter, row[3], y)
                if low <= index <= high and (high > low or self.hasFocus()):
                    painter.fillRect(0, y, width, self.row_height, self.colors.selection)
                if index == self.current:
                    painter.fillRect(0, y, 3, self.row_height, self.colors.accent)
            self._request.start()
        painter.end()

    def _paint_fold(self, painter: QPainter, fold_index: int, y: int) -> None:
        assert self.model is not None
        fold = self.model.folds[fold_index]
        width, height = self.viewport().width(), self.row_height
        painter.fillRect(0, y, width, height, self.colors.fold)
        painter.setPen(self.colors.dim)
        if not fold.expandable:
            painter.drawText(
                QRect(PAD, y, width, height), Qt.AlignmentFlag.AlignVCenter, self.tr("⋯  lines not loaded")
            )
            return
        x = PAD
        lines = unchanged_lines(fold.count)
        for label, action in (
            (self.tr("↓ Expand down"), "down"),
            (self.tr("↑ Expand up"), "up"),
            (fmt(self.tr("⇕ Show all %1"), lines), "all"),
        ):
            text_width = self.fontMetrics().horizontalAdvance(label) + 2 * PAD
            rect = QRect(x, y, text_width, height)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)
            self.fold_hits.append((rect, fold_index, action))
            x += text_width + PAD

    def _request_syntax(self) -> None:
        if self.model is None:
            return
        first, last = self.visible_rows()
        rows = self.model.rows[first : last + 1]
        for side in (0, 1):
            lines = [row[side + 1] for row in rows if row[0] != FOLD and row[side + 1] >= 0]
            if lines:
                self.syntax.request(side, min(lines), max(lines))

    def syntax_pending(self) -> bool:
        """The lines on screen are about to be asked for, or lexing is under way."""
        return self._request.isActive() or self.syntax.is_busy()

    def _syntax_updated(self, side: int, first: int, count: int) -> None:
        """New spans for lines ``first``.. of ``side`` (none: a job ended, lines still without spans are asked for
        again); the screen is repainted only if it shows one of them."""
        if count <= 0:
            self._request.start()
            return
        self.layouts.invalidate(side, first, count)
        if self.model is not None:
            top, bottom = self.visible_rows()
            lines = [row[side + 1] for row in self.model.rows[top : bottom + 1] if row[0] != FOLD]
            if any(first <= line < first + count for line in lines):
                self.viewport().update()

    # -- geometry ----------------------------------------------------------------------------------------

    def _update_scrollbars(self) -> None:
        count = len(self.model.rows) if self.model else 0
        page = max(1, self.viewport().height() // self.row_height)
        bar = self.verticalScrollBar()
        bar.setRange(0, max(0, count - page))
        bar.setPageStep(page)
        widest = (self.model.document.widest if self.model else 0) * self.char_width + 4 * self.char_width
        if self.is_inline():
            text_area = self.viewport().width() - inline.text_left(self)
        else:
            text_area = self.viewport().width() // 2 - side_by_side.text_left(self)
        self.horizontalScrollBar().setRange(0, max(0, widest - text_area))
        self.horizontalScrollBar().setPageStep(max(1, text_area))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_scrollbars()
        self.view_changed.emit()

    def _scrolled(self) -> None:
        self.viewport().update()
        self.view_changed.emit()

    # -- input -------------------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.model is None or event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        point = event.position().toPoint()
        for rect, fold_index, action in self.fold_hits:
            if rect.contains(point):
                self.expand(fold_index, action)
                return
        row = self.verticalScrollBar().value() + point.y() // self.row_height
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        self.set_current(row, extend=shift)

    def expand(self, fold_index: int, action: str) -> None:
        if self.model is not None:
            self.model.expand(fold_index, action)
            self.rows_changed()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        page = max(1, self.viewport().height() // self.row_height - 1)
        moves = {
            Qt.Key.Key_Up: -1,
            Qt.Key.Key_Down: 1,
            Qt.Key.Key_PageUp: -page,
            Qt.Key.Key_PageDown: page,
        }
        if key in moves and not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier:
            self.set_current(self.current + moves[key], extend=shift)
        elif key == Qt.Key.Key_Home and self.model:
            self.set_current(0, extend=shift)
        elif key == Qt.Key.Key_End and self.model:
            self.set_current(len(self.model.rows) - 1, extend=shift)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.model and self.model.rows:
            row = self.model.rows[self.current]
            if row[0] == FOLD:
                self.expand(row[3], "all")
        else:
            super().keyPressEvent(event)
