"""One file's diff prepared for display, built in a worker thread. Pure Python, no Qt.

The display lines differ from the compared ones only in what cannot be shown as is: the "\\r" of a CRLF line is
dropped, a lone "\\r" becomes "␍", invisible and bidirectional control characters become ``MARK`` (the warning
banner names them), and undecodable bytes become U+FFFD. Line numbers and offsets stay those of the file.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.diff import FileDiff, Hunk, LineKind, Opcode, WhitespaceMode, diff_lines
from desktop.diff.text import Lines, decode
from desktop.diff.textdiff import TextDiff
from desktop.services.compare import FilePair
from desktop.services.review_warnings import SUSPICIOUS, ReviewWarning, file_warnings

MARK = "◊"  # stands for an invisible or bidi control character
MAX_BYTES = 5 * 1024 * 1024  # per side: above this, or MAX_LINES, the viewer asks before showing the diff
MAX_LINES = 200_000


@dataclass(slots=True)
class FileDocument:
    path: str
    old_lines: list[str]
    new_lines: list[str]
    opcodes: list[Opcode]
    hunks: list[Hunk]  # one per non-equal opcode, without context: the units a reviewer accepts or rejects
    warnings: list[ReviewWarning] = field(default_factory=list)
    binary: bool = False
    gaps: frozenset[int] = frozenset()  # equal opcodes whose lines are unknown (built from hunks only)
    marked: tuple[frozenset[int], frozenset[int]] = (frozenset(), frozenset())  # 0-based lines holding MARK
    widest: int = 0  # characters in the longest line

    def lines(self, side: int) -> list[str]:
        return self.old_lines if side == 0 else self.new_lines

    def changes(self) -> list[Opcode]:
        return [op for op in self.opcodes if op.tag != "equal"]


def is_large(pair: FilePair) -> bool:
    for data in (pair.old_data, pair.new_data):
        if data is not None and (len(data) > MAX_BYTES or data.count(b"\n") > MAX_LINES):
            return True
    return False


def display_lines(data: bytes | None) -> tuple[list[str], frozenset[int]]:
    if not data:
        return [], frozenset()
    text = data.decode("utf-8", "replace").replace("\r\n", "\n")
    if "\r" in text:
        text = text.replace("\r", "␍")
    substituted = not text.isascii() and SUSPICIOUS.search(text) is not None
    if substituted:
        text = SUSPICIOUS.sub(MARK, text)
    lines = text.split("\n")
    if lines[-1] == "":
        lines.pop()
    marked = frozenset(i for i, line in enumerate(lines) if MARK in line) if substituted else frozenset()
    return lines, marked


def _shown(data: bytes | None, compared: Lines) -> tuple[list[str], frozenset[int]]:
    """Display lines; plain ASCII without "\r" is shown as compared (the same list, no second copy)."""
    if data is not None and data.isascii() and b"\r" not in data:
        return compared.lines, frozenset()
    return display_lines(data)


def build_document(pair: FilePair, whitespace: WhitespaceMode = WhitespaceMode.EXACT) -> FileDocument:
    """The full alignment of both contents (or, without contents, what the pair's hunks tell)."""
    warnings = file_warnings(pair.old_data, pair.new_data)
    if pair.diff.is_binary:
        return FileDocument(pair.path, [], [], [], [], warnings, binary=True)
    if pair.old_data is None and pair.new_data is None and pair.diff.hunks:
        return document_from_diff(pair.diff)
    old = Lines.from_text(decode(pair.old_data or b""))
    new = Lines.from_text(decode(pair.new_data or b""))
    text_diff = diff_lines(old, new, whitespace)
    old_lines, old_marked = _shown(pair.old_data, old)
    new_lines, new_marked = _shown(pair.new_data, new)
    return FileDocument(
        pair.path,
        old_lines,
        new_lines,
        text_diff.opcodes,
        text_diff.hunks(0),
        warnings,
        marked=(old_marked, new_marked),
        widest=_widest(old_lines, new_lines),
    )


def _widest(*sides: list[str]) -> int:
    return max((max(map(len, lines), default=0) for lines in sides), default=0)


def document_from_diff(diff: FileDiff) -> FileDocument:
    """A document from hunks alone: the lines between hunks are unknown and stay folded."""
    old_count = max((h.old_start + h.old_count for h in diff.hunks), default=1) - 1
    new_count = max((h.new_start + h.new_count for h in diff.hunks), default=1) - 1
    old_lines, new_lines = [""] * old_count, [""] * new_count
    opcodes: list[Opcode] = []
    gaps: set[int] = set()
    i = j = 0  # 0-based next old/new line
    for hunk in diff.hunks:
        start_old = hunk.old_start - 1 if hunk.old_count else hunk.old_start
        start_new = hunk.new_start - 1 if hunk.new_count else hunk.new_start
        if start_old > i or start_new > j:
            gaps.add(len(opcodes))
            opcodes.append(Opcode("equal", i, start_old, j, start_new))
        i, j = start_old, start_new
        for line in hunk.lines:
            if line.old_no is not None:
                old_lines[line.old_no - 1] = line.text.removesuffix("\r")
            if line.new_no is not None:
                new_lines[line.new_no - 1] = line.text.removesuffix("\r")
        for kind, count_old, count_new in _runs(hunk):
            tag = "equal" if kind is LineKind.CONTEXT else _change_tag(count_old, count_new)
            opcodes.append(Opcode(tag, i, i + count_old, j, j + count_new))
            i, j = i + count_old, j + count_new
    hunks = TextDiff(Lines(old_lines, True), Lines(new_lines, True), opcodes).hunks(0)
    return FileDocument(
        diff.path, old_lines, new_lines, opcodes, hunks, gaps=frozenset(gaps), widest=_widest(old_lines, new_lines)
    )


def _change_tag(old: int, new: int) -> str:
    return "replace" if old and new else ("delete" if old else "insert")


def _runs(hunk: Hunk) -> list[tuple[LineKind, int, int]]:
    """(kind, old lines, new lines) of the hunk's runs: context runs, and changed runs (removed then added)."""
    runs: list[tuple[LineKind, int, int]] = []
    for line in hunk.lines:
        kind = LineKind.CONTEXT if line.kind is LineKind.CONTEXT else LineKind.ADDED
        old, new = int(line.kind is not LineKind.ADDED), int(line.kind is not LineKind.REMOVED)
        if (
            runs
            and runs[-1][0] is kind
            and not (kind is LineKind.ADDED and line.kind is LineKind.REMOVED and runs[-1][2])
        ):
            runs[-1] = (kind, runs[-1][1] + old, runs[-1][2] + new)
        else:
            runs.append((kind, old, new))
    return runs
