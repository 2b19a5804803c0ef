"""A narrow bar beside the diff showing where in the file the changes are; a click jumps there."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QMouseEvent, QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import QWidget

from desktop.ui.diff.paint import DiffColors

WIDTH = 14


class OverviewBar(QWidget):
    jump_requested = Signal(float)  # position in the file, 0..1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Changes overview"))
        self.setToolTip(
            self.tr("Where the changes are in this file: green added, red removed, both replaced. Click to jump.")
        )
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._marks: list[tuple[float, float, str]] = []  # start, end (0..1), tag
        self._view: tuple[float, float] = (0.0, 0.0)
        self.colors: DiffColors | None = None
        self._pixmap: QPixmap | None = None
        self._pixmap_key: tuple[object, ...] = ()

    def sizeHint(self) -> QSize:
        return QSize(WIDTH, 100)

    def minimumSizeHint(self) -> QSize:
        return QSize(WIDTH, 20)

    def set_marks(self, marks: list[tuple[float, float, str]]) -> None:
        self._marks = marks
        self._pixmap = None
        self.update()

    def set_view(self, start: float, end: float) -> None:
        if (start, end) != self._view:
            self._view = (start, end)
            self.update()

    def marks(self) -> list[tuple[float, float, str]]:
        return list(self._marks)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.colors is None:
            return
        painter = QPainter(self)
        height = self.height()
        painter.fillRect(self.rect(), self.colors.gutter)
        start, end = self._view
        painter.fillRect(
            0, round(start * height), self.width(), max(2, round((end - start) * height)), self.colors.fold
        )
        painter.drawPixmap(0, 0, self._marks_pixmap(self.colors))
        painter.end()

    def _marks_pixmap(self, colors: DiffColors) -> QPixmap:
        """The marks, drawn once per size, colours and marks (a file has thousands; only the view moves)."""
        ratio = self.devicePixelRatioF()
        key = (self.width(), self.height(), ratio, colors)
        if self._pixmap is not None and self._pixmap_key == key:
            return self._pixmap
        pixmap = QPixmap(round(self.width() * ratio), round(self.height() * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        height = self.height()
        half = self.width() // 2
        for first, last, tag in self._marks:
            top, size = round(first * height), max(2, round((last - first) * height))
            if tag in ("delete", "replace"):
                painter.fillRect(1, top, half - 1, size, colors.removed_word)
            if tag in ("insert", "replace"):
                painter.fillRect(half, top, self.width() - half - 1, size, colors.added_word)
        painter.end()
        self._pixmap, self._pixmap_key = pixmap, key
        return pixmap

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.height() > 0:
            self.jump_requested.emit(max(0.0, min(1.0, event.position().y() / self.height())))
