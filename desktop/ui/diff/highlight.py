"""Syntax spans for both sides of a diff, lexed off the UI thread with the code viewer's machinery.

pygments needs about 10 s for 100,000 lines of Python, so the lines on screen are lexed first: a small window
around them (started at a top-level line, so that the lexer's state is most likely right) is lexed as its own
job. Files up to ``FULL_LEX_LINES`` are also lexed whole in the background; those spans replace the window's.
"""

from __future__ import annotations

import itertools
import threading
import time
from array import array
from collections.abc import Iterator
from contextlib import contextmanager

from pygments.token import _TokenType
from PySide6.QtCore import QObject, Qt, Signal, Slot

from desktop.ui.highlighting import LexBridge, LexJob, LineSpans, start_lexing

FULL_LEX_LINES = 20_000
WINDOW_BEFORE = 40
WINDOW_AFTER = 240
TOP_LEVEL_SEARCH = 200
SLICE_S = 0.002  # a lexer thread runs at most this long ...
PAUSE_S = 0.0005  # ... then steps aside this long

LineStyle = tuple[LineSpans, list[_TokenType]]
_generations = itertools.count(1)


class _GatedCancel(threading.Event):
    """A job's cancel flag that also parks the lexer while the UI thread paints (and a whole-file job while a
    window is lexed).

    The lexer checks ``is_set()`` after every token; while a gate is closed it waits there, off the GIL, so at
    most one lexer runs and the UI thread does not wait for the GIL after each of its Qt calls (which release it).
    """

    def __init__(self, *gates: threading.Event) -> None:
        super().__init__()
        self._gates = gates
        self._slice_start = time.perf_counter()

    def is_set(self) -> bool:
        for gate in self._gates:
            if not gate.is_set():
                gate.wait()
        now = time.perf_counter()
        if now - self._slice_start > SLICE_S:
            time.sleep(PAUSE_S)  # a moment off the GIL: a waiting UI thread takes it now, not at the switch interval
            self._slice_start = time.perf_counter()
        return super().is_set()


class SyntaxStore(QObject):
    updated = Signal(int, int, int)  # side, first line, line count

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bridge = LexBridge()
        queued = Qt.ConnectionType.QueuedConnection
        self._bridge.chunk.connect(self._on_chunk, queued)
        self._bridge.finished.connect(self._on_finished, queued)
        self._jobs: dict[int, tuple[int, int, int, bool, LexJob]] = {}  # generation -> side, first, end, full, job
        self._styles: list[list[LineStyle | None]] = [[], []]
        self._exact: list[bytearray] = [bytearray(), bytearray()]  # 1 where a full lex gave the line's spans
        self._texts: list[list[str]] = [[], []]
        self._windows = [0, 0]  # generation of the window job in flight per side, 0 when idle
        self._full_queue: list[int] = []  # sides still to lex whole
        self._path = ""
        self._idle = threading.Event()
        self._idle.set()
        self._no_window = threading.Event()
        self._no_window.set()
        self.destroyed.connect(self._bridge.deleteLater)

    @contextmanager
    def paused(self) -> Iterator[None]:
        """Hold the lexer threads (at their next token) while the UI thread does a burst of Qt calls."""
        self._idle.clear()
        try:
            yield
        finally:
            self._idle.set()

    def set_lines(self, path: str, old_lines: list[str], new_lines: list[str]) -> None:
        self.cancel()
        self._path = path
        self._texts = [old_lines, new_lines]
        self._styles = [[None] * len(old_lines), [None] * len(new_lines)]
        self._exact = [bytearray(len(old_lines)), bytearray(len(new_lines))]
        # At most two lexer threads: one whole side at a time, and one window (fewer threads, less GIL contention).
        self._full_queue = [side for side, lines in enumerate(self._texts) if 0 < len(lines) <= FULL_LEX_LINES]
        self._next_full()

    def _next_full(self) -> None:
        if self._full_queue:
            side = self._full_queue.pop(0)
            self._start(side, 0, len(self._texts[side]), full=True)

    def cancel(self) -> None:
        for *_, job in self._jobs.values():
            job.cancel.set()
        self._jobs.clear()
        self._windows = [0, 0]
        self._full_queue = []
        self._no_window.set()

    def style(self, side: int, line: int) -> LineStyle | None:
        styles = self._styles[side]
        return styles[line] if 0 <= line < len(styles) else None

    def is_busy(self) -> bool:
        return bool(self._jobs)

    def request(self, side: int, first: int, last: int) -> None:
        """Lines ``first``..``last`` of ``side`` are on screen: lex them now if they have no spans yet."""
        styles = self._styles[side]
        last = min(last, len(styles) - 1)
        if any(self._windows) or first > last:
            return
        missing = next((line for line in range(first, last + 1) if styles[line] is None), None)
        if missing is None:
            return
        lines = self._texts[side]
        start = max(0, missing - WINDOW_BEFORE)
        for candidate in range(start, max(-1, start - TOP_LEVEL_SEARCH), -1):
            text = lines[candidate]
            if text and not text[0].isspace():
                start = candidate
                break
        self._windows[side] = self._start(side, start, min(len(lines), max(last, missing) + WINDOW_AFTER), full=False)

    def _start(self, side: int, first: int, end: int, *, full: bool) -> int:
        generation = next(_generations)
        text = "\n".join(self._texts[side][first:end])
        gates = (self._idle, self._no_window) if full else (self._idle,)
        job = LexJob(generation, self._path, text, cancel=_GatedCancel(*gates))
        if not full:
            self._no_window.clear()
        self._jobs[generation] = (side, first, end, full, job)
        start_lexing(job, self._bridge)
        return generation

    @Slot(int, int, object)
    def _on_chunk(self, generation: int, first_line: int, lines: list[LineSpans]) -> None:
        entry = self._jobs.get(generation)
        if entry is None:
            return
        side, offset, _, full, job = entry
        styles, exact = self._styles[side], self._exact[side]
        start = offset + first_line
        end = min(len(styles), start + len(lines))
        for line in range(start, end):
            if full or not exact[line]:
                styles[line] = (lines[line - start], job.types)
                exact[line] = full
        if end > start:
            self.updated.emit(side, start, end - start)

    @Slot(int)
    def _on_finished(self, generation: int) -> None:
        entry = self._jobs.pop(generation, None)
        if entry is None:
            return
        side, first, end, full, job = entry
        if full:
            self._next_full()
        styles = self._styles[side]
        for line in range(first, min(end, len(styles))):
            if styles[line] is None:  # the lexer gave fewer lines: never ask for these again
                styles[line] = (array("I"), job.types)
        if self._windows[side] == generation:
            self._windows[side] = 0
            self._no_window.set()
            self.updated.emit(side, 0, 0)  # the canvas asks again for lines still without spans
