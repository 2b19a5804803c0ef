"""Painting the inline (unified) rows on screen: old and new line numbers, the sign, and the line's text."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRect
from PySide6.QtGui import QPainter

from desktop.ui.diff.rows import ADDED, REMOVED
from desktop.ui.diff.side_by_side import (
    SIGNS,
    Cell,
    Number,
    Shown,
    Words,
    paint_decisions,
    paint_numbers,
    paint_signs,
    paint_texts,
)

if TYPE_CHECKING:
    from desktop.ui.diff.canvas import DiffCanvas


def text_left(canvas: DiffCanvas) -> int:
    return canvas.gutter_width(0) + canvas.gutter_width(1) + 2 * canvas.char_width


def paint_rows(canvas: DiffCanvas, painter: QPainter, shown: Shown) -> None:
    if not shown:
        return
    colors = canvas.colors
    width, height = canvas.viewport().width(), canvas.row_height
    old_width, new_width = canvas.gutter_width(0), canvas.gutter_width(1)
    left = text_left(canvas)
    top, bottom = shown[0][2], shown[-1][2] + height
    numbers: list[Number] = []
    signs: list[tuple[int, int, str]] = []
    cells: list[Cell] = []
    words: Words = {}
    for _, (kind, old, new, _), y in shown:
        changed = kind in (REMOVED, ADDED)
        side, line = (0, old) if kind == REMOVED else (1, new)
        if changed:
            painter.fillRect(0, y, width, height, colors.removed if side == 0 else colors.added)
            signs.append((old_width + new_width, y, SIGNS[side]))
            if old >= 0 and new >= 0:
                words[y] = (canvas.intraline(old, new)[side], colors.removed_word if side == 0 else colors.added_word)
        if kind != ADDED and old >= 0:
            numbers.append((0, y, old_width, 0, old))
        if kind != REMOVED and new >= 0:
            numbers.append((old_width, y, new_width, 1, new))
        cells.append((y, side, line))
    painter.fillRect(0, top, old_width + new_width, bottom - top, colors.gutter)
    paint_numbers(canvas, painter, numbers)
    paint_signs(canvas, painter, signs)
    paint_texts(canvas, painter, QRect(left, 0, width - left, bottom), cells, words)
    paint_decisions(canvas, painter, [item for item in shown if item[1][0] in (REMOVED, ADDED)], width)
