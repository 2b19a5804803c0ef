"""Painting one side-by-side row: old line on the left, new line on the right, each with number and sign.

``paint_text`` (a line's text with its highlights) and ``paint_number`` are shared with the inline layout.
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


def gutter(canvas: DiffCanvas) -> int:
    return max(canvas.gutter_width(0), canvas.gutter_width(1))


def text_left(canvas: DiffCanvas) -> int:
    """Where a half's text starts, from the half's left edge."""
    return gutter(canvas) + 2 * canvas.char_width


def paint_number(canvas: DiffCanvas, painter: QPainter, side: int, line: int, x: int, y: int, width: int) -> None:
    colors = canvas.colors
    painter.fillRect(x, y, width, canvas.row_height, colors.gutter)
    if line < 0:
        return
    painter.setPen(colors.dim)
    painter.drawText(QRect(x, y, width - PAD, canvas.row_height), Qt.AlignmentFlag.AlignRight, str(line + 1))
    if line in canvas.comment_lines[side]:
        painter.setPen(colors.comment)
        painter.drawText(QRect(x + 2, y, canvas.char_width * 2, canvas.row_height), Qt.AlignmentFlag.AlignLeft, "●")


def paint_text(
    canvas: DiffCanvas,
    painter: QPainter,
    side: int,
    line: int,
    clip: QRect,
    word_spans: list[tuple[int, int]],
    word_color: QColor | None,
) -> None:
    """One line's text inside ``clip``, with changed words, find matches and hidden characters marked."""
    assert canvas.model is not None
    text = canvas.model.document.lines(side)[line]
    colors = canvas.colors
    backgrounds: list[tuple[int, int, QColor]] = []
    if word_color is not None:
        backgrounds.extend((start, end, word_color) for start, end in word_spans)
    if line in canvas.model.document.marked[side]:
        backgrounds.extend((i, i + 1, colors.mark) for i, char in enumerate(text) if char == MARK)
    for start, end in find_spans(text, canvas.find_text):
        current = canvas.find_current == (side, line, start)
        backgrounds.append((start, end, colors.find_current if current else colors.find))
    layout = canvas.layouts.get(side, line, text, canvas.syntax.style(side, line))
    painter.save()
    painter.setClipRect(clip)
    painter.setPen(colors.text)
    x = clip.left() - canvas.horizontalScrollBar().value()
    draw_line(painter, layout, text, x, clip.top() + 1, backgrounds)
    painter.restore()


def paint_sign(canvas: DiffCanvas, painter: QPainter, sign: str, x: int, y: int) -> None:
    painter.setPen(canvas.colors.text)
    painter.drawText(QRect(x, y, canvas.char_width * 2, canvas.row_height), Qt.AlignmentFlag.AlignCenter, sign)


def paint_decision(canvas: DiffCanvas, painter: QPainter, index: int, block: int, right: int, y: int) -> None:
    """ "✓ accepted" / "✗ rejected" at the right end of a change block's first row."""
    assert canvas.model is not None
    decision = canvas.decisions.get(block)
    if decision is None or block < 0 or canvas.model.block_rows[block] != index:
        return
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


def paint_row(canvas: DiffCanvas, painter: QPainter, index: int, row: Row, y: int) -> None:
    kind, old, new = row[0], row[1], row[2]
    colors = canvas.colors
    half = canvas.viewport().width() // 2
    number_width = gutter(canvas)
    height = canvas.row_height
    replaced = kind == CHANGE and old >= 0 and new >= 0
    words = canvas.intraline(old, new) if replaced else ([], [])
    for side, line in ((0, old), (1, new)):
        x = side * half
        width = half if side == 0 else canvas.viewport().width() - half
        if kind == CHANGE:
            background = (colors.removed, colors.added)[side] if line >= 0 else colors.gutter
        else:
            background = colors.base
        painter.fillRect(x, y, width, height, background)
        paint_number(canvas, painter, side, line, x, y, number_width)
        if line < 0:
            continue
        if kind == CHANGE:
            paint_sign(canvas, painter, SIGNS[side], x + number_width, y)
        word_color = (colors.removed_word, colors.added_word)[side] if replaced else None
        clip = QRect(x + text_left(canvas), y, width - text_left(canvas), height)
        paint_text(canvas, painter, side, line, clip, words[side], word_color)
    painter.fillRect(half - 1, y, 1, height, colors.dim)
    if kind == CHANGE:
        paint_decision(canvas, painter, index, row[3], canvas.viewport().width(), y)
