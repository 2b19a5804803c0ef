"""Syntax highlighting off the UI thread: pygments lexes in a worker thread, lines come back in chunks.

The worker turns pygments tokens into per-line spans (``array('I')`` triples of start, length and token-type
index, in UTF-16 units as Qt counts them). The UI thread only turns the spans of the lines it shows into
``QTextLayout.FormatRange`` lists, so its work never grows with the size of the file.
"""

from __future__ import annotations

import threading
from array import array
from dataclasses import dataclass, field

from pygments.style import StyleMeta
from pygments.styles import get_style_by_name
from pygments.token import Text, _TokenType
from PySide6.QtCore import Signal
from PySide6.QtGui import QColor, QFont, QTextCharFormat

from desktop.lexer_lookup import pick_lexer
from desktop.ui.line_spans import numbering, spans_by_line
from desktop.ui.thread_inbox import Mailbox, ThreadInbox

LIGHT_STYLE = "default"
DARK_STYLE = "monokai"
FIRST_CHUNK_LINES = 200  # the first screen arrives quickly ...
CHUNK_LINES = 2000  # ... the rest in chunks big enough to keep the queued signals few

LineSpans = array  # array('I') of (start, length, type index) triples


def normalize_text(data: bytes) -> str:
    """Bytes to the text shown: UTF-8 (BOM dropped, bad bytes replaced), lines split on ``\\n``."""
    text = data.decode("utf-8-sig", errors="replace")
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2029", "\n")


@dataclass
class LexJob:
    """One file's lexing; ``types`` only grows, so the UI can read it while the worker appends."""

    generation: int
    path: str
    text: str
    cancel: threading.Event = field(default_factory=threading.Event)
    types: list[_TokenType] = field(default_factory=list)
    lexer_name: str = ""


class LexBridge(ThreadInbox):
    """Carries results from the lexing thread to the UI thread (the worker only posts; the UI thread emits)."""

    started = Signal(int, str)  # generation, lexer name
    chunk = Signal(int, int, object)  # generation, first line, list[LineSpans]
    finished = Signal(int)  # generation


def start_lexing(job: LexJob, bridge: LexBridge) -> threading.Thread:
    bridge.expect()
    thread = threading.Thread(target=_run, args=(job, bridge.mailbox), name="codecraft-lexer", daemon=True)
    thread.start()
    return thread


def _run(job: LexJob, mailbox: Mailbox) -> None:
    try:
        _lex(job, mailbox)
    finally:
        mailbox.done()


def _lex(job: LexJob, mailbox: Mailbox) -> None:
    lexer = pick_lexer(job.path, job.text)
    job.lexer_name = lexer.name
    if job.cancel.is_set():
        return
    mailbox.post("started", job.generation, lexer.name)
    lines: list[LineSpans] = []
    first_line = 0
    limit = FIRST_CHUNK_LINES
    for line in spans_by_line(lexer, job.text, numbering(job.types, lambda ttype: ttype)):
        if job.cancel.is_set():
            return
        lines.append(line)
        if len(lines) >= limit:
            mailbox.post("chunk", job.generation, first_line, lines)
            first_line += len(lines)
            lines = []
            limit = CHUNK_LINES
    if not job.cancel.is_set():
        if lines:
            mailbox.post("chunk", job.generation, first_line, lines)
        mailbox.post("finished", job.generation)


class Palette:
    """Character formats of a pygments style, built on the UI thread and cached per token type."""

    def __init__(self, dark: bool) -> None:
        self.dark = dark
        self.style: StyleMeta = get_style_by_name(DARK_STYLE if dark else LIGHT_STYLE)
        self._formats: dict[_TokenType, QTextCharFormat | None] = {}

    @property
    def background(self) -> QColor:
        return QColor(self.style.background_color or ("#272822" if self.dark else "#ffffff"))

    @property
    def foreground(self) -> QColor:
        color = self.style.style_for_token(Text).get("color")
        return QColor(f"#{color}" if color else ("#f8f8f2" if self.dark else "#1f1f1f"))

    def format_for(self, ttype: _TokenType) -> QTextCharFormat | None:
        if ttype in self._formats:
            return self._formats[ttype]
        spec = self.style.style_for_token(ttype)
        fmt = QTextCharFormat()
        if spec.get("color"):
            fmt.setForeground(QColor(f"#{spec['color']}"))
        if spec.get("bgcolor"):
            fmt.setBackground(QColor(f"#{spec['bgcolor']}"))
        if spec.get("bold"):
            fmt.setFontWeight(QFont.Weight.Bold)
        if spec.get("italic"):
            fmt.setFontItalic(True)
        if spec.get("underline"):
            fmt.setFontUnderline(True)
        result = None if fmt.isEmpty() else fmt
        self._formats[ttype] = result
        return result
