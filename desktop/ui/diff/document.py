"""One file's diff prepared for display, built off the UI thread (``compare_part`` in the viewer's helper process,
``with_display_lines`` on a thread). Pure Python, no Qt.

The display lines differ from the compared ones only in what cannot be shown as is: the "\\r" of a CRLF line is
dropped, a lone "\\r" becomes "␍", invisible and bidirectional control characters become ``MARK`` (the warning
banner names them), and undecodable bytes become U+FFFD. Line numbers and offsets stay those of the file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from desktop.diff import FileDiff, Hunk, LineKind, Opcode, WhitespaceMode, diff_lines
from desktop.diff.text import Lines, decode
from desktop.diff.textdiff import TextDiff
from desktop.services.review_warnings import SUSPICIOUS, ReviewWarning, file_warnings

if TYPE_CHECKING:
    from desktop.services.compare import FilePair

MARK = "◊"  # stands for an invisible or bidi control character
MAX_BYTES = 5 * 1024 * 1024  # per side: above this, or MAX_LINES, the viewer asks before showing the diff
MAX_LINES = 200_000

Shown = tuple[tuple[list[str], frozenset[int]], tuple[list[str], frozenset[int]]]  # see display_sides


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


def build_document(pair: FilePair, whitespace: WhitespaceMode = WhitespaceMode.EXACT) -> FileDocument:
    """The full alignment of both contents (or, without contents, what the pair's hunks tell), in one go."""
    return with_display_lines(compare_part(*compare_args(pair, whitespace)), display_sides(pair))


def compare_args(
    pair: FilePair, whitespace: WhitespaceMode
) -> tuple[str, bytes | None, bytes | None, WhitespaceMode, bool, FileDiff | None]:
    """``compare_part``'s arguments: the hunks go along only when there are no contents to compare."""
    no_contents = pair.old_data is None and pair.new_data is None
    return pair.path, pair.old_data, pair.new_data, whitespace, pair.diff.is_binary, pair.diff if no_contents else None


def compare_part(
    path: str,
    old_data: bytes | None,
    new_data: bytes | None,
    whitespace: WhitespaceMode,
    binary: bool,
    hunks_only: FileDiff | None,
) -> FileDocument:
    """What the helper process computes (see pool.py): the document without the display lines of the contents,
    which ``with_display_lines`` adds (sending them back would cost more than splitting them again)."""
    warnings = file_warnings(old_data, new_data)
    if binary:
        return FileDocument(path, [], [], [], [], warnings, binary=True)
    if hunks_only is not None and hunks_only.hunks:
        return document_from_diff(hunks_only)
    old = Lines.from_text(decode(old_data or b""))
    new = Lines.from_text(decode(new_data or b""))
    text_diff = diff_lines(old, new, whitespace)
    return FileDocument(path, [], [], text_diff.opcodes, text_diff.hunks(0), warnings)


def display_sides(pair: FilePair) -> Shown | None:
    """The lines shown of both contents, and where they hold MARK (None for a binary pair or one without
    contents, whose document ``compare_part`` makes whole)."""
    if pair.diff.is_binary or (pair.old_data is None and pair.new_data is None):
        return None
    return display_lines(pair.old_data), display_lines(pair.new_data)


def with_display_lines(document: FileDocument, shown: Shown | None) -> FileDocument:
    """``compare_part``'s document completed with ``display_sides`` (in place)."""
    if shown is None or document.binary:
        return document
    (document.old_lines, old_marked), (document.new_lines, new_marked) = shown
    document.marked = (old_marked, new_marked)
    document.widest = widest_line(document.old_lines, document.new_lines)
    return document


def widest_line(*sides: list[str]) -> int:
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
        for kind, count_old, count_new in change_runs(hunk):
            tag = "equal" if kind is LineKind.CONTEXT else change_tag(count_old, count_new)
            opcodes.append(Opcode(tag, i, i + count_old, j, j + count_new))
            i, j = i + count_old, j + count_new
    hunks = TextDiff(Lines(old_lines, True), Lines(new_lines, True), opcodes).hunks(0)
    return FileDocument(
        diff.path, old_lines, new_lines, opcodes, hunks, gaps=frozenset(gaps), widest=widest_line(old_lines, new_lines)
    )


def change_tag(old: int, new: int) -> str:
    return "replace" if old and new else ("delete" if old else "insert")


def change_runs(hunk: Hunk) -> list[tuple[LineKind, int, int]]:
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
