"""Find in a diff: occurrences in the new lines and in the removed old lines, in file order. Pure Python."""

from __future__ import annotations

from desktop.ui.diff.document import FileDocument
from desktop.ui.diff.paint import find_spans

MAX_MATCHES = 10_000

Match = tuple[int, int, int]  # side, 0-based line, start offset


def find_matches(document: FileDocument, needle: str) -> list[Match]:
    """Case-insensitive matches; unchanged lines count once (on the new side)."""
    if not needle:
        return []
    lowered = needle.lower()
    matches: list[Match] = []
    for op in document.opcodes:
        ranges = (
            [(1, op.new_start, op.new_end)]
            if op.tag == "equal"
            else [(0, op.old_start, op.old_end), (1, op.new_start, op.new_end)]
        )
        for side, start, end in ranges:
            lines = document.lines(side)
            for line in range(start, min(end, len(lines))):
                text = lines[line]
                if lowered in text.lower():
                    matches.extend((side, line, begin) for begin, _ in find_spans(text, needle))
                    if len(matches) >= MAX_MATCHES:
                        return matches
    return matches
