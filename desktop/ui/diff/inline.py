"""Painting one inline (unified) row: old and new line numbers, the sign, and the line's text."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRect
from PySide6.QtGui import QPainter

from desktop.ui.diff.rows import ADDED, REMOVED, Row
from desktop.ui.diff.side_by_side import SIGNS, paint_decision, paint_number, paint_sign, paint_text

if TYPE_CHECKING:
    from desktop.ui.diff.canvas import DiffCanvas


def text_left(canvas: DiffCanvas) -> int:
    return canvas.gutter_width(0) + canvas.gutter_width(1) + 2 * canvas.char_width


def paint_row(canvas: DiffCanvas, painter: QPainter, index: int, row: Row, y: int) -> None:
    kind, old, new = row[0], row[1], row[2]
    colors = canvas.colors
    width, height = canvas.viewport().width(), canvas.row_height
    old_width, new_width = canvas.gutter_width(0), canvas.gutter_width(1)
    background = {REMOVED: colors.removed, ADDED: colors.added}.get(kind, colors.base)
    painter.fillRect(0, y, width, height, background)
    paint_number(canvas, painter, 0, old if kind != ADDED else -1, 0, y, old_width)
    paint_number(canvas, painter, 1, new if kind != REMOVED else -1, old_width, y, new_width)
    side, line = (1, new) if kind == ADDED else (0, old) if kind == REMOVED else (1, new)
    if kind in (REMOVED, ADDED):
        paint_sign(canvas, painter, SIGNS[side], old_width + new_width, y)
    words: list[tuple[int, int]] = []
    word_color = None
    if kind in (REMOVED, ADDED) and old >= 0 and new >= 0:
        words = canvas.intraline(old, new)[side]
        word_color = colors.added_word if kind == ADDED else colors.removed_word
    left = text_left(canvas)
    paint_text(canvas, painter, side, line, QRect(left, y, width - left, height), words, word_color)
    if kind in (REMOVED, ADDED):
        paint_decision(canvas, painter, index, row[3], width, y)
