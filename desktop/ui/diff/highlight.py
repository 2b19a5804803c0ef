"""Syntax spans for both sides of a diff, lexed in the viewer's helper process (``pool.py``, ``lex.py``).

pygments needs about 10 s for 100,000 lines of Python, so the lines on screen are lexed first: a small window
around them (started at a top-level line, so that the lexer's state is most likely right) is lexed as its own
job. Files up to ``FULL_LEX_LINES`` are also lexed whole, ``FULL_STEP_LINES`` at a time so that a window asked for
meanwhile waits for one step at most; those spans replace the window's.
"""

from __future__ import annotations

import itertools
from array import array
from collections.abc import Callable, Iterator
from concurrent.futures import BrokenExecutor, CancelledError
from contextlib import contextmanager
from dataclasses import dataclass

from pygments.token import _TokenType, string_to_tokentype
from PySide6.QtCore import QObject, Qt, Signal, Slot

from desktop.ui.diff import lex
from desktop.ui.diff.pool import WorkerPool, deliver
from desktop.ui.highlighting import LineSpans
from desktop.ui.thread_inbox import ThreadInbox

FULL_LEX_LINES = 20_000
FULL_STEP_LINES = 500
WINDOW_BEFORE = 40
WINDOW_AFTER = 240
TOP_LEVEL_SEARCH = 200

LineStyle = tuple[LineSpans, list[_TokenType]]
_generations = itertools.count(1)
_token_types: dict[str, _TokenType] = {}


class _Bridge(ThreadInbox):
    lexed = Signal(int, object)  # generation, lex.LexResult or the exception


@dataclass(slots=True)
class _Job:
    side: int
    first: int  # first line of the side that the job lexes
    end: int
    full: bool
    types: list[_TokenType]
    key: int = 0  # a whole-file job's name in the helper


class SyntaxStore(QObject):
    updated = Signal(int, int, int)  # side, first line, line count

    def __init__(self, pool: WorkerPool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = pool
        self._bridge = _Bridge()
        self._bridge.lexed.connect(self._on_lexed, Qt.ConnectionType.QueuedConnection)
        self._jobs: dict[int, _Job] = {}
        self._styles: list[list[LineStyle | None]] = [[], []]
        self._exact: list[bytearray] = [bytearray(), bytearray()]  # 1 where a full lex gave the line's spans
        self._texts: list[list[str]] = [[], []]
        self._windows = [0, 0]  # generation of the window job in flight per side, 0 when idle
        self._full_queue: list[int] = []  # sides still to lex whole
        self._path = ""
        self.destroyed.connect(self._bridge.deleteLater)

    @contextmanager
    def paused(self) -> Iterator[None]:
        """Hold a lexer running in this process (the bundle's fallback, see pool.py) while the UI thread paints."""
        lex.idle.clear()
        try:
            yield
        finally:
            lex.idle.set()

    def set_lines(self, path: str, old_lines: list[str], new_lines: list[str]) -> None:
        self.cancel()
        self._path = path
        self._texts = [old_lines, new_lines]
        self._styles = [[None] * len(old_lines), [None] * len(new_lines)]
        self._exact = [bytearray(len(old_lines)), bytearray(len(new_lines))]
        self._full_queue = [side for side, lines in enumerate(self._texts) if 0 < len(lines) <= FULL_LEX_LINES]
        self._next_full()

    def _next_full(self) -> None:
        if self._full_queue:
            side = self._full_queue.pop(0)
            end = len(self._texts[side])
            job = _Job(side, 0, end, True, [], next(_generations))
            text = "\n".join(self._texts[side])
            self._submit(job, lex.full_start, job.key, self._path, text, FULL_STEP_LINES)

    def cancel(self) -> None:
        """Forget the jobs in flight (their results are dropped when they come)."""
        self._jobs.clear()
        self._windows = [0, 0]
        self._full_queue = []

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
        end = min(len(lines), max(last, missing) + WINDOW_AFTER)
        job = _Job(side, start, end, False, [])
        self._windows[side] = self._submit(job, lex.lex_window, self._path, "\n".join(lines[start:end]))

    def _submit(self, job: _Job, fn: Callable[..., lex.LexResult], *args: object) -> int:
        generation = next(_generations)
        self._jobs[generation] = job
        self._bridge.expect()
        deliver(self._pool.submit(fn, *args), self._bridge.mailbox, "lexed", generation)
        return generation

    @Slot(int, object)
    def _on_lexed(self, generation: int, result: object) -> None:
        job = self._jobs.get(generation)
        if job is None:
            return  # cancelled meanwhile
        if isinstance(result, CancelledError | BrokenExecutor):  # the helper stopped: the lines may be asked again
            del self._jobs[generation]
            if self._windows[job.side] == generation:
                self._windows[job.side] = 0
            return
        if isinstance(result, lex.LexResult):
            self._apply(job, result)
            if not result.done:
                del self._jobs[generation]
                self._submit(job, lex.full_step, job.key, FULL_STEP_LINES)
                return
        self._finish(generation, job)

    def _apply(self, job: _Job, result: lex.LexResult) -> None:
        for name in result.types[len(job.types) :]:
            ttype = _token_types.get(name)
            if ttype is None:
                ttype = _token_types[name] = string_to_tokentype(name)
            job.types.append(ttype)
        styles, exact = self._styles[job.side], self._exact[job.side]
        start = job.first + result.first_line
        end = min(len(styles), start + result.line_count, job.end)
        offsets, spans = result.offsets, result.spans
        for line in range(start, end):
            if job.full or not exact[line]:
                k = line - start
                styles[line] = (spans[offsets[k] : offsets[k + 1]], job.types)
                exact[line] = job.full
        if end > start:
            self.updated.emit(job.side, start, end - start)

    def _finish(self, generation: int, job: _Job) -> None:
        self._jobs.pop(generation, None)
        if job.full:
            self._next_full()  # lines it left without spans are lexed in windows when shown
            return
        styles = self._styles[job.side]
        for line in range(job.first, min(job.end, len(styles))):
            if styles[line] is None:  # the lexer gave fewer lines (or failed): never ask for these again
                styles[line] = (array("I"), job.types)
        if self._windows[job.side] == generation:
            self._windows[job.side] = 0
            self.updated.emit(job.side, 0, 0)  # the canvas asks again for lines still without spans
