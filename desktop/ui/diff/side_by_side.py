"""Painting the side-by-side rows on screen: old line on the left, new line on the right, each with number and sign.

The rows are painted in passes (backgrounds, gutters, numbers, signs, then each half's texts under one clip), so that
a screen costs a few Qt calls per row; ``paint_numbers``, ``paint_texts`` and ``paint_decisions`` are shared with
the inline layout.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtGui import QColor, QPainter

from desktop.domain.review import HunkDecision
from desktop.ui.diff.document import MARK
from desktop.ui.diff.paint import draw_line, find_spans
from desktop.ui.diff.rows import CHANGE, Row

if TYPE_CHECKING:
    from desktop.ui.diff.canvas import DiffCanvas

PAD = 6
SIGNS = ("−", "+")  # removed, added: the sign tells the change without colour

Shown = list[tuple[int, Row, int]]  # the rows on screen other than folds: index, row, y
Number = tuple[int, int, int, int, int]  # x, y, gutter width, side, line
Cell = tuple[int, int, int]  # y, side, line: a line's text on screen
Words = dict[int, tuple[list[tuple[int, int]], QColor]]  # y -> changed words of the line there, and their colour


def gutter(canvas: DiffCanvas) -> int:
    return max(canvas.gutter_width(0), canvas.gutter_width(1))


def text_left(canvas: DiffCanvas) -> int:
    """Where a half's text starts, from the half's left edge."""
    return gutter(canvas) + 2 * canvas.char_width


def paint_numbers(canvas: DiffCanvas, painter: QPainter, numbers: list[Number]) -> None:
    """Line numbers right-aligned in their gutters, and a dot beside the lines that have a comment thread."""
    height, colors = canvas.row_height, canvas.colors
    painter.setPen(colors.dim)
    right = Qt.AlignmentFlag.AlignRight
    for x, y, width, _, line in numbers:
        painter.drawText(QRect(x, y, width - PAD, height), right, str(line + 1))
    dots = [(x, y) for x, y, _, side, line in numbers if line in canvas.comment_lines[side]]
    if dots:
        painter.setPen(colors.comment)
        for x, y in dots:
            painter.drawText(QRect(x + 2, y, canvas.char_width * 2, height), Qt.AlignmentFlag.AlignLeft, "●")


def paint_signs(canvas: DiffCanvas, painter: QPainter, signs: list[tuple[int, int, str]]) -> None:
    painter.setPen(canvas.colors.text)
    for x, y, sign in signs:
        painter.drawText(QRect(x, y, canvas.char_width * 2, canvas.row_height), Qt.AlignmentFlag.AlignCenter, sign)


def paint_texts(canvas: DiffCanvas, painter: QPainter, clip: QRect, cells: list[Cell], words: Words) -> None:
    """Lines' texts, left-aligned at ``clip``'s left edge, each with its changed words, find matches and hidden
    characters marked."""
    assert canvas.model is not None
    document, colors = canvas.model.document, canvas.colors
    painter.setClipRect(clip)
    painter.setPen(colors.text)
    x = clip.left() - canvas.horizontalScrollBar().value()
    for y, side, line in cells:
        text = document.lines(side)[line]
        backgrounds: list[tuple[int, int, QColor]] = []
        if y in words:
            spans, word_color = words[y]
            backgrounds.extend((start, end, word_color) for start, end in spans)
        if line in document.marked[side]:
            backgrounds.extend((i, i + 1, colors.mark) for i, char in enumerate(text) if char == MARK)
        if canvas.find_text:
            for start, end in find_spans(text, canvas.find_text):
                current = canvas.find_current == (side, line, start)
                backgrounds.append((start, end, colors.find_current if current else colors.find))
        layout = canvas.layouts.get(side, line, text, canvas.syntax.style(side, line))
        draw_line(painter, layout, text, x, y + 1, backgrounds)
    painter.setClipping(False)


def paint_decisions(canvas: DiffCanvas, painter: QPainter, shown: Shown, right: int) -> None:
    """ "✓ accepted" / "✗ rejected" at the right end of each decided change block's first row."""
    assert canvas.model is not None
    if not canvas.decisions:
        return
    for index, row, y in shown:
        block = row[3]
        decision = canvas.decisions.get(block)
        if decision is None or block < 0 or canvas.model.block_rows[block] != index:
            continue
        label = (
            QCoreApplication.translate("SideBySide", "✓ accepted")
            if decision is HunkDecision.ACCEPTED
            else QCoreApplication.translate("SideBySide", "✗ rejected")
        )
        width = canvas.fontMetrics().horizontalAdvance(label) + 2 * PAD
        rect = QRect(right - width - PAD, y + 1, width, canvas.row_height - 2)
        painter.fillRect(rect, canvas.colors.gutter)
        painter.setPen(canvas.colors.text)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)


def paint_rows(canvas: DiffCanvas, painter: QPainter, shown: Shown) -> None:
    if not shown:
        return
    colors = canvas.colors
    full = canvas.viewport().width()
    half = full // 2
    number_width = gutter(canvas)
    left = text_left(canvas)
    height = canvas.row_height
    top, bottom = shown[0][2], shown[-1][2] + height
    numbers: list[Number] = []
    signs: list[tuple[int, int, str]] = []
    cells: tuple[list[Cell], list[Cell]] = ([], [])
    words: tuple[Words, Words] = ({}, {})
    for _, (kind, old, new, _), y in shown:
        change = kind == CHANGE
        if change:
            painter.fillRect(0, y, half, height, colors.removed if old >= 0 else colors.gutter)
            painter.fillRect(half, y, full - half, height, colors.added if new >= 0 else colors.gutter)
            if old >= 0 and new >= 0:
                old_words, new_words = canvas.intraline(old, new)
                words[0][y] = (old_words, colors.removed_word)
                words[1][y] = (new_words, colors.added_word)
        for side, line in ((0, old), (1, new)):
            if line >= 0:
                x = side * half
                numbers.append((x, y, number_width, side, line))
                if change:
                    signs.append((x + number_width, y, SIGNS[side]))
                cells[side].append((y, side, line))
    for x in (0, half):
        painter.fillRect(x, top, number_width, bottom - top, colors.gutter)
    paint_numbers(canvas, painter, numbers)
    paint_signs(canvas, painter, signs)
    paint_texts(canvas, painter, QRect(left, 0, half - left, bottom), cells[0], words[0])
    paint_texts(canvas, painter, QRect(half + left, 0, full - half - left, bottom), cells[1], words[1])
    painter.fillRect(half - 1, top, 1, bottom - top, colors.dim)
    paint_decisions(canvas, painter, [item for item in shown if item[1][0] == CHANGE], full)
