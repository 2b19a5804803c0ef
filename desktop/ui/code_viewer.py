"""A read-only code viewer with line numbers and syntax highlighting that never freezes on big files.

Lexing runs in a worker thread (see ``highlighting``); only the blocks on screen get formats, when they
come into view. Files above a size gate show a notice with "Show anyway" instead of loading at once.
"""

from __future__ import annotations

from pygments.token import _TokenType
from PySide6.QtCore import QEvent, QRect, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QFontDatabase, QPainter, QPaintEvent, QPalette, QResizeEvent, QTextLayout
from PySide6.QtWidgets import (
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.highlighting import LexBridge, LexJob, LineSpans, Palette, normalize_text, start_lexing
from desktop.ui.i18n import QT_TRANSLATE_NOOP, fmt

MAX_BYTES = 5 * 1024 * 1024
MAX_LINE_CHARS = 10_000
GUTTER_PADDING = 8
PLAIN_TEXT = QT_TRANSLATE_NOOP("CodeViewer", "Text only")


class _Gutter(QWidget):
    def __init__(self, editor: CodeEditor) -> None:
        super().__init__(editor)
        self._editor = editor

    def sizeHint(self) -> QSize:
        return QSize(self._editor.gutter_width(), 0)

    def paintEvent(self, event: QPaintEvent) -> None:
        self._editor.paint_gutter(self, event)


class CodeEditor(QPlainTextEdit):
    """The text area: read-only, no wrapping, monospace, with a line-number gutter on the left."""

    visible_changed = Signal()  # scrolled or resized: other blocks may now be on screen

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.setFont(font)
        self.setTabStopDistance(4 * self.fontMetrics().horizontalAdvance(" "))
        self._gutter = _Gutter(self)
        self.blockCountChanged.connect(self._update_margins)
        self.updateRequest.connect(self._update_gutter)
        self.verticalScrollBar().valueChanged.connect(self.visible_changed)
        self._update_margins()

    def gutter_width(self) -> int:
        digits = max(3, len(str(self.blockCount())))
        return GUTTER_PADDING * 2 + self.fontMetrics().horizontalAdvance("9") * digits

    def visible_line_range(self) -> tuple[int, int]:
        """First and last block numbers that are (at least partly) on screen."""
        first = self.firstVisibleBlock().blockNumber()
        lines = self.viewport().height() // max(1, self.fontMetrics().lineSpacing()) + 1
        return first, min(self.blockCount() - 1, first + lines)

    def paint_gutter(self, gutter: QWidget, event: QPaintEvent) -> None:
        painter = QPainter(gutter)
        base = self.palette().color(QPalette.ColorRole.Base)
        numbers = QColor(self.palette().color(QPalette.ColorRole.Text))
        numbers.setAlphaF(0.45)
        painter.fillRect(event.rect(), base.lighter(125) if base.lightness() < 128 else base.darker(104))
        painter.setPen(numbers)
        block = self.firstVisibleBlock()
        top = round(self.blockBoundingGeometry(block).translated(self.contentOffset()).top())
        height = self.fontMetrics().height()
        width = gutter.width() - GUTTER_PADDING
        while block.isValid() and top <= event.rect().bottom():
            bottom = top + round(self.blockBoundingRect(block).height())
            if block.isVisible() and bottom >= event.rect().top():
                number = str(block.blockNumber() + 1)
                painter.drawText(0, top, width, height, Qt.AlignmentFlag.AlignRight, number)
            block, top = block.next(), bottom
        painter.end()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        rect = self.contentsRect()
        self._gutter.setGeometry(QRect(rect.left(), rect.top(), self.gutter_width(), rect.height()))
        self.visible_changed.emit()

    @Slot()
    def _update_margins(self) -> None:
        self.setViewportMargins(self.gutter_width(), 0, 0, 0)

    @Slot(QRect, int)
    def _update_gutter(self, rect: QRect, dy: int) -> None:
        if dy:
            self._gutter.scroll(0, dy)
        else:
            self._gutter.update(0, rect.y(), self._gutter.width(), rect.height())


class _Jobs:
    """The running lexing job; the viewer's ``destroyed`` signal cancels it (it outlives ``self``)."""

    def __init__(self) -> None:
        self.current: LexJob | None = None

    def cancel(self) -> None:
        if self.current is not None:
            self.current.cancel.set()


class CodeViewer(QWidget):
    highlighted = Signal(int)  # lines highlighted so far; the first screen's formats are applied by then
    highlighting_finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editor = CodeEditor(self)
        self._editor.setAccessibleName(self.tr("Code"))
        self._editor.setToolTip(self.tr("The selected file's code (read-only)"))
        self._editor.setPlaceholderText(self.tr("Select a file to see its code."))
        self._notice = QLabel()
        self._notice.setWordWrap(True)
        self._notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._show_anyway = QPushButton(self.tr("&Show anyway"))
        self._show_anyway.setAccessibleName(self.tr("Show large file anyway"))
        self._show_anyway.setToolTip(self.tr("Load this file without highlighting; it may take a moment"))
        self._show_anyway.clicked.connect(self._force_show)
        notice_page = QWidget()
        notice_layout = QVBoxLayout(notice_page)
        notice_layout.addStretch()
        notice_layout.addWidget(self._notice)
        notice_layout.addWidget(self._show_anyway, 0, Qt.AlignmentFlag.AlignHCenter)
        notice_layout.addStretch()
        self._stack = QStackedWidget()
        self._stack.addWidget(self._editor)
        self._stack.addWidget(notice_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._stack)

        self._jobs = _Jobs()
        self.destroyed.connect(self._jobs.cancel)
        self._generation = 0
        self._path = ""
        self._pending_data = b""
        self._lexer_name = ""
        self._highlighting = False
        self._spans: list[LineSpans] = []
        self._types: list[_TokenType] = []
        self._applied: set[int] = set()
        self._palette = Palette(self._is_dark())
        self._bridge = LexBridge()
        queued = Qt.ConnectionType.QueuedConnection
        self._bridge.started.connect(self._on_started, queued)
        self._bridge.chunk.connect(self._on_chunk, queued)
        self._bridge.finished.connect(self._on_finished, queued)
        self._refresh = QTimer(self, singleShot=True, interval=0)
        self._refresh.timeout.connect(self._apply_visible)
        self._editor.visible_changed.connect(self._refresh.start)
        self._restyle()

    # -- public ------------------------------------------------------------------------------------------

    @property
    def lexer_name(self) -> str:
        """The pygments lexer's name ("Python", "Text only"), or "" while it is being chosen."""
        return self._lexer_name

    @property
    def path(self) -> str:
        return self._path

    def editor(self) -> CodeEditor:
        return self._editor

    def is_highlighting(self) -> bool:
        return self._highlighting

    def is_showing_notice(self) -> bool:
        return self._stack.currentIndex() == 1

    def show_file(self, path: str, data: bytes) -> None:
        """Show ``data`` as the file ``path``; highlighting follows from a worker thread."""
        self._start(path, data, force=False)

    def clear(self) -> None:
        self._reset("")
        self._editor.clear()
        self._stack.setCurrentIndex(0)

    # -- loading -----------------------------------------------------------------------------------------

    def _reset(self, path: str) -> None:
        self._jobs.cancel()
        self._jobs.current = None
        self._generation += 1
        self._path = path
        self._pending_data = b""
        self._lexer_name = ""
        self._highlighting = False
        self._spans = []
        self._types = []
        self._applied = set()

    def _start(self, path: str, data: bytes, *, force: bool) -> None:
        self._reset(path)
        text = normalize_text(data)
        large = len(data) > MAX_BYTES or max(map(len, text.split("\n"))) > MAX_LINE_CHARS
        if large and not force:
            self._pending_data = data
            size = f"{len(data) / 2**20:.1f} MB" if len(data) > MAX_BYTES else self.tr("very long lines")
            self._notice.setText(
                fmt(self.tr("This file is large (%1); showing it may slow the app for a while."), size)
            )
            self._editor.clear()
            self._stack.setCurrentIndex(1)
            return
        self._stack.setCurrentIndex(0)
        self._editor.setPlainText(text)
        if large:
            self._lexer_name = PLAIN_TEXT  # large files are shown without highlighting
            self.highlighting_finished.emit()
            return
        self._highlighting = True
        job = LexJob(self._generation, path, text)
        self._jobs.current = job
        self._types = job.types
        start_lexing(job, self._bridge)

    @Slot()
    def _force_show(self) -> None:
        self._start(self._path, self._pending_data, force=True)

    @Slot(int, str)
    def _on_started(self, generation: int, lexer_name: str) -> None:
        if generation == self._generation:
            self._lexer_name = lexer_name

    @Slot(int, int, object)
    def _on_chunk(self, generation: int, first_line: int, lines: list[LineSpans]) -> None:
        if generation != self._generation:
            return
        self._spans.extend(lines)
        first, last = self._editor.visible_line_range()
        if first < first_line + len(lines) and last >= first_line:
            self._apply_visible()
        self.highlighted.emit(len(self._spans))

    @Slot(int)
    def _on_finished(self, generation: int) -> None:
        if generation == self._generation:
            self._highlighting = False
            self._jobs.current = None
            self.highlighting_finished.emit()

    # -- formats -----------------------------------------------------------------------------------------

    @Slot()
    def _apply_visible(self) -> None:
        """Give the on-screen blocks their formats, once each; cost bounded by the viewport, not the file."""
        if not self._spans:
            return
        first, last = self._editor.visible_line_range()
        document = self._editor.document()
        block = document.findBlockByNumber(first)
        start = block.position()
        end = start
        changed = False
        while block.isValid() and block.blockNumber() <= last:
            number = block.blockNumber()
            if number < len(self._spans) and number not in self._applied:
                self._applied.add(number)
                block.layout().setFormats(self._ranges(self._spans[number], block.length() - 1))
                end = block.position() + block.length()
                changed = True
            block = block.next()
        if changed:
            document.markContentsDirty(start, end - start)

    def _ranges(self, spans: LineSpans, limit: int) -> list[QTextLayout.FormatRange]:
        ranges = []
        for index in range(0, len(spans), 3):
            start, length = spans[index], spans[index + 1]
            fmt = self._palette.format_for(self._types[spans[index + 2]])
            if fmt is None or start >= limit:
                continue
            item = QTextLayout.FormatRange()
            item.start, item.length, item.format = start, min(length, limit - start), fmt
            ranges.append(item)
        return ranges

    def _is_dark(self) -> bool:
        return self.palette().color(QPalette.ColorRole.Window).lightness() < 128

    def _restyle(self) -> None:
        self._palette = Palette(self._is_dark())
        palette = self._editor.palette()
        palette.setColor(QPalette.ColorRole.Base, self._palette.background)
        palette.setColor(QPalette.ColorRole.Text, self._palette.foreground)
        self._editor.setPalette(palette)
        self._applied = set()
        self._refresh.start()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._restyle()
