"""A file's document from the diff its pair already carries, instead of diffing the contents a second time.

The compare service diffs each pair (``diff_contents``: the same alignment as ``diff_lines``, cut into hunks with
context). For an exact comparison the viewer rebuilds the full alignment from those hunks: the stretches between
and inside them are equal, the runs of removed and added lines are its changes. Nothing of the pair's diff is taken
on trust: every equal stretch, and the text of every changed line, is checked against the contents (a diff made
with whitespace ignored, or of other contents, fails and ``None`` is returned: the caller then diffs). A few
list comparisons instead of a diff: 100,000 lines take milliseconds, not a few hundred. Pure Python, no Qt.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.diff import Hunk, LineKind, Opcode, WhitespaceMode
from desktop.diff.text import Lines, decode
from desktop.diff.textdiff import line_keys
from desktop.services.review_warnings import file_warnings
from desktop.ui.diff.document import FileDocument, change_runs, change_tag, display_lines, widest_line

if TYPE_CHECKING:
    from desktop.services.compare import FilePair


def document_from_pair(pair: FilePair, whitespace: WhitespaceMode) -> FileDocument | None:
    """The document of an exact comparison, from the pair's hunks; None if they do not fit its contents."""
    diff = pair.diff
    if whitespace is not WhitespaceMode.EXACT or diff.is_binary or (pair.old_data is None and pair.new_data is None):
        return None
    old = Lines.from_text(decode(pair.old_data or b""))
    new = Lines.from_text(decode(pair.new_data or b""))
    aligned = _align(diff.hunks, old, new)
    if aligned is None:
        return None
    opcodes, hunks = aligned
    plain = [data is None or (data.isascii() and b"\r" not in data) for data in (pair.old_data, pair.new_data)]
    old_lines, old_marked = (old.lines, frozenset[int]()) if plain[0] else display_lines(pair.old_data)
    new_lines, new_marked = (new.lines, frozenset[int]()) if plain[1] else display_lines(pair.new_data)
    return FileDocument(
        pair.path,
        old_lines,
        new_lines,
        opcodes,
        hunks,
        file_warnings(pair.old_data, pair.new_data),
        marked=(old_marked, new_marked),
        widest=widest_line(old_lines, new_lines),
    )


def _align(diff_hunks: list[Hunk], old: Lines, new: Lines) -> tuple[list[Opcode], list[Hunk]] | None:
    """Opcodes and context-free hunks (one per change, sharing the diff's lines), if the hunks fit the texts."""
    opcodes: list[Opcode] = []
    hunks: list[Hunk] = []
    i = j = 0  # 0-based next old/new line
    for hunk in diff_hunks:
        start_old = hunk.old_start - 1 if hunk.old_count else hunk.old_start
        start_new = hunk.new_start - 1 if hunk.new_count else hunk.new_start
        if start_old - i != start_new - j or start_old < i:
            return None
        if start_old > i:
            _equal(opcodes, i, start_old, j, start_new)
        i, j = start_old, start_new
        position = 0  # in hunk.lines
        for kind, count_old, count_new in change_runs(hunk):
            if kind is LineKind.CONTEXT:
                _equal(opcodes, i, i + count_old, j, j + count_new)
                position += count_old
            else:
                lines = hunk.lines[position : position + count_old + count_new]
                if [line.text for line in lines] != old.lines[i : i + count_old] + new.lines[j : j + count_new]:
                    return None
                opcodes.append(Opcode(change_tag(count_old, count_new), i, i + count_old, j, j + count_new))
                hunks.append(Hunk(i + 1 if count_old else i, count_old, j + 1 if count_new else j, count_new, lines))
                position += count_old + count_new
            i, j = i + count_old, j + count_new
    if len(old.lines) - i != len(new.lines) - j or i > len(old.lines):
        return None
    if i < len(old.lines):
        _equal(opcodes, i, len(old.lines), j, len(new.lines))
    old_keys, new_keys = line_keys(old, WhitespaceMode.EXACT), line_keys(new, WhitespaceMode.EXACT)
    for op in opcodes:
        if op.tag == "equal" and old_keys[op.old_start : op.old_end] != new_keys[op.new_start : op.new_end]:
            return None
    return opcodes, hunks


def _equal(opcodes: list[Opcode], old_start: int, old_end: int, new_start: int, new_end: int) -> None:
    """An equal stretch, joined to the one before it (a hunk's context continues the stretch between hunks)."""
    if opcodes and opcodes[-1].tag == "equal":
        last = opcodes.pop()
        old_start, new_start = last.old_start, last.new_start
    opcodes.append(Opcode("equal", old_start, old_end, new_start, new_end))
