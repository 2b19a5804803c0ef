"""Lexing for the diff viewer, run in its helper process (``pool.py``). Pure Python, no Qt: importing this module
must stay cheap, as a freshly started helper imports it before its first job.

A result carries the spans of consecutive lines packed into two ``array('I')``: ``spans`` holds (start, length,
type index) triples in UTF-16 units as Qt counts them, and line ``k``'s triples are
``spans[offsets[k]:offsets[k + 1]]``. Token types travel as their names ("Token.Keyword"); the UI turns them back
with ``pygments.token.string_to_tokentype``.

A whole file is lexed a step at a time (``full_start`` then ``full_step``), so that the viewer can slip the lines on
screen in between: the helper keeps the unfinished lexers between steps. That relies on the pool having a single
worker, which it has.
"""

from __future__ import annotations

import itertools
import threading
import time
from array import array
from collections.abc import Iterator
from dataclasses import dataclass, field

from desktop.lexer_lookup import pick_lexer
from desktop.ui.line_spans import numbering, spans_by_line

SLICE_S = 0.002  # in the in-process fallback, a lexer runs at most this long ...
PAUSE_S = 0.0005  # ... then steps aside this long, off the GIL

# Set by the pool when jobs run on a thread of the UI's own process (see pool.py): the lexer then shares the GIL
# with the UI thread, so it steps aside every SLICE_S, and waits while ``idle`` is cleared (the viewer paints).
cooperative = False
idle = threading.Event()
idle.set()


@dataclass(slots=True)
class LexResult:
    first_line: int  # of the lexed text (a window's or a whole file's)
    types: list[str]  # every type name the job has met so far; indexes in ``spans`` point here
    offsets: array  # array('I'), one more than the lines
    spans: array  # array('I') of (start, length, type index) triples
    done: bool = True  # no more lines will come (a whole-file job stops at the end of the text)

    @property
    def line_count(self) -> int:
        return len(self.offsets) - 1


@dataclass
class _Job:
    generation: int
    lines: Iterator[array]
    types: list[str] = field(default_factory=list)
    next_line: int = 0


MAX_FULL_JOBS = 4
_full: dict[int, _Job] = {}  # the whole-file jobs between their steps, by generation (oldest first)


def line_spans(path: str, text: str, types: list[str]) -> Iterator[array]:
    """The spans of each line of ``text`` in turn; ``types`` collects the type names as they are met."""
    slice_start = time.perf_counter()

    def step_aside_if_cooperative() -> None:
        nonlocal slice_start
        if cooperative:
            slice_start = _step_aside(slice_start)

    return spans_by_line(pick_lexer(path, text), text, numbering(types, str), step_aside_if_cooperative)


def _step_aside(slice_start: float) -> float:
    idle.wait()
    now = time.perf_counter()
    if now - slice_start <= SLICE_S:
        return slice_start
    time.sleep(PAUSE_S)  # a moment off the GIL: a waiting UI thread takes it now, not at the switch interval
    return time.perf_counter()


def _pack(job: _Job, lines: list[array], done: bool) -> LexResult:
    offsets = array("I", [0])
    spans = array("I")
    for line in lines:
        spans.extend(line)
        offsets.append(len(spans))
    result = LexResult(job.next_line, list(job.types), offsets, spans, done)
    job.next_line += len(lines)
    return result


def lex_window(path: str, text: str) -> LexResult:
    """All the lines of ``text`` (a few hundred lines around the screen) at once."""
    job = _Job(0, iter(()))
    job.lines = line_spans(path, text, job.types)
    return _pack(job, list(job.lines), True)


def full_start(generation: int, path: str, text: str, max_lines: int) -> LexResult:
    """Start lexing a whole file and return its first ``max_lines``. A viewer runs one such job at a time, and drops
    it by starting another; the oldest jobs are dropped beyond ``MAX_FULL_JOBS`` (viewers sharing this process)."""
    job = _Job(generation, iter(()))
    job.lines = line_spans(path, text, job.types)
    _full[generation] = job
    while len(_full) > MAX_FULL_JOBS:
        del _full[next(iter(_full))]
    return full_step(generation, max_lines)


def full_step(generation: int, max_lines: int) -> LexResult:
    """The next ``max_lines`` of the whole-file job ``generation`` (none, done, if it was dropped meanwhile)."""
    job = _full.get(generation)
    if job is None:
        return LexResult(0, [], array("I", [0]), array("I"), True)
    lines = list(itertools.islice(job.lines, max_lines))
    done = len(lines) < max_lines
    if done:
        del _full[generation]
    return _pack(job, lines, done)
