"""What both diff layouts paint with: colours from the palette, cached text layouts, and span helpers."""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QTextLayout, QTextLine, QTextOption

from desktop.ui.diff.highlight import LineStyle
from desktop.ui.highlighting import Palette

MAX_SHOWN_CHARS = 5_000  # a longer line is cut (the warning banner says so)
CACHE_LIMIT = 3_000


def mix(a: QColor, b: QColor, amount: float) -> QColor:
    return QColor(
        round(a.red() + (b.red() - a.red()) * amount),
        round(a.green() + (b.green() - a.green()) * amount),
        round(a.blue() + (b.blue() - a.blue()) * amount),
    )


@dataclass
class DiffColors:
    base: QColor
    text: QColor
    dim: QColor
    gutter: QColor
    added: QColor
    added_word: QColor
    removed: QColor
    removed_word: QColor
    fold: QColor
    selection: QColor
    accent: QColor
    find: QColor
    find_current: QColor
    mark: QColor
    comment: QColor

    @classmethod
    def build(cls, palette: QPalette, syntax: Palette) -> DiffColors:
        base, text = syntax.background, syntax.foreground
        dark = syntax.dark
        green, red = QColor("#3fb950" if dark else "#2da44e"), QColor("#f85149" if dark else "#cf222e")
        gutter = base.lighter(125) if dark else base.darker(104)
        selection = QColor(palette.color(QPalette.ColorRole.Highlight))
        selection.setAlpha(70)
        return cls(
            base=base,
            text=text,
            dim=mix(base, text, 0.55),
            gutter=gutter,
            added=mix(base, green, 0.20 if dark else 0.14),
            added_word=mix(base, green, 0.45 if dark else 0.38),
            removed=mix(base, red, 0.20 if dark else 0.12),
            removed_word=mix(base, red, 0.45 if dark else 0.34),
            fold=mix(base, QColor(palette.color(QPalette.ColorRole.Link)), 0.12),
            selection=selection,
            accent=QColor(palette.color(QPalette.ColorRole.Highlight)),
            find=QColor("#806800" if dark else "#ffe066"),
            find_current=QColor("#c08a00" if dark else "#ffa500"),
            mark=QColor("#d9480f"),
            comment=QColor(palette.color(QPalette.ColorRole.Link)),
        )


def utf16(text: str, index: int) -> int:
    """A code-point offset of ``text`` as Qt counts it (characters beyond the BMP take two units)."""
    if text.isascii():
        return index
    return index + sum(1 for char in text[:index] if ord(char) > 0xFFFF)


class LayoutCache:
    """One laid-out QTextLayout per shown line, with its syntax formats; dropped when new spans arrive."""

    def __init__(self, font: QFont, tab_width: float) -> None:
        self.font = font
        self.option = QTextOption()
        self.option.setWrapMode(QTextOption.WrapMode.NoWrap)
        self.option.setTabStopDistance(tab_width)
        self.syntax = Palette(False)
        self._items: OrderedDict[tuple[int, int], QTextLayout] = OrderedDict()

    def clear(self) -> None:
        self._items.clear()

    def invalidate(self, side: int, first: int, count: int) -> None:
        if count <= 0:
            return
        for key in [key for key in self._items if key[0] == side and first <= key[1] < first + count]:
            del self._items[key]

    def get(self, side: int, line: int, text: str, style: LineStyle | None) -> QTextLayout:
        key = (side, line)
        layout = self._items.get(key)
        if layout is not None:
            self._items.move_to_end(key)
            return layout
        while len(self._items) >= CACHE_LIMIT:  # the least recently shown go, a few at a time
            self._items.popitem(last=False)
        shown = text if len(text) <= MAX_SHOWN_CHARS else text[:MAX_SHOWN_CHARS] + " …"
        layout = QTextLayout(shown, self.font)
        layout.setTextOption(self.option)
        layout.setCacheEnabled(True)
        if style is not None:
            layout.setFormats(self._ranges(style, len(shown)))
        layout.beginLayout()
        layout.createLine().setLineWidth(1e7)
        layout.endLayout()
        self._items[key] = layout
        return layout

    def _ranges(self, style: LineStyle, limit: int) -> list[QTextLayout.FormatRange]:
        spans, types = style
        ranges = []
        for index in range(0, len(spans), 3):
            start, length = spans[index], spans[index + 1]
            fmt = self.syntax.format_for(types[spans[index + 2]])
            if fmt is None or start >= limit:
                continue
            item = QTextLayout.FormatRange()
            item.start, item.length, item.format = start, min(length, limit - start), fmt
            ranges.append(item)
        return ranges


def draw_line(
    painter: QPainter,
    layout: QTextLayout,
    text: str,
    x: float,
    y: float,
    backgrounds: list[tuple[int, int, QColor]],
) -> None:
    """Character-span backgrounds (code-point offsets), then the text, with ``x`` the text's left edge."""
    if backgrounds:
        _backgrounds(painter, layout.lineAt(0), text, x, y, backgrounds)
    layout.draw(painter, QPointF(x, y))


def _backgrounds(
    painter: QPainter, line: QTextLine, text: str, x: float, y: float, backgrounds: list[tuple[int, int, QColor]]
) -> None:
    height = line.height()
    for start, end, color in backgrounds:
        left = _x(line, utf16(text, start))
        right = _x(line, utf16(text, min(end, len(text))))
        painter.fillRect(QRectF(x + left, y, max(2.0, right - left), height), color)


def _x(line: QTextLine, position: int) -> float:
    value: Any = line.cursorToX(position)  # PySide6 gives (x, position)
    return float(value[0] if isinstance(value, tuple) else value)


def find_spans(text: str, needle: str) -> list[tuple[int, int]]:
    """Case-insensitive occurrences of ``needle`` in ``text``."""
    if not needle:
        return []
    haystack, needle = text.lower(), needle.lower()
    spans = []
    start = haystack.find(needle)
    while start >= 0:
        spans.append((start, start + len(needle)))
        start = haystack.find(needle, start + len(needle))
    return spans
