"""Diffing two texts: alignment, hunks with context, and side-by-side rows."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.diff.align import match_blocks, opcodes_from_blocks
from desktop.diff.model import AlignedRow, DiffLine, Hunk, LineKind, Opcode, WhitespaceMode
from desktop.diff.text import Lines, whitespace_normalizer

DEFAULT_CONTEXT = 3


@dataclass(slots=True)
class TextDiff:
    """The full alignment of two texts; ``hunks()`` and ``rows()`` are views of it."""

    old: Lines
    new: Lines
    opcodes: list[Opcode]

    @property
    def has_changes(self) -> bool:
        return any(op.tag != "equal" for op in self.opcodes)

    def hunks(self, context: int = DEFAULT_CONTEXT) -> list[Hunk]:
        return [self._hunk(group) for group in group_opcodes(self.opcodes, context)]

    def rows(self) -> list[AlignedRow]:
        """Every line of both texts, aligned for a side-by-side view (replaced runs are paired row by row)."""
        old, new = self.old.lines, self.new.lines
        rows: list[AlignedRow] = []
        for op in self.opcodes:
            if op.tag == "equal":
                rows.extend(
                    AlignedRow("equal", i + 1, old[i], j + 1, new[j])
                    for i, j in zip(range(op.old_start, op.old_end), range(op.new_start, op.new_end), strict=True)
                )
                continue
            for offset in range(max(op.old_end - op.old_start, op.new_end - op.new_start)):
                i, j = op.old_start + offset, op.new_start + offset
                has_old, has_new = i < op.old_end, j < op.new_end
                tag = "replace" if has_old and has_new else ("delete" if has_old else "insert")
                rows.append(
                    AlignedRow(
                        tag,
                        i + 1 if has_old else None,
                        old[i] if has_old else None,
                        j + 1 if has_new else None,
                        new[j] if has_new else None,
                    )
                )
        return rows

    def _hunk(self, group: list[Opcode]) -> Hunk:
        old, new = self.old, self.new
        lines: list[DiffLine] = []
        for op in group:
            if op.tag == "equal":
                for i, j in zip(range(op.old_start, op.old_end), range(op.new_start, op.new_end), strict=True):
                    # Context comes from the old text: with whitespace ignored, the hunk still applies to it.
                    lines.append(DiffLine(LineKind.CONTEXT, i + 1, j + 1, old.lines[i], old.missing_newline_at(i)))
                continue
            for i in range(op.old_start, op.old_end):
                lines.append(DiffLine(LineKind.REMOVED, i + 1, None, old.lines[i], old.missing_newline_at(i)))
            for j in range(op.new_start, op.new_end):
                lines.append(DiffLine(LineKind.ADDED, None, j + 1, new.lines[j], new.missing_newline_at(j)))
        first, last = group[0], group[-1]
        old_count = last.old_end - first.old_start
        new_count = last.new_end - first.new_start
        # A range of zero lines is numbered by the line before it (0 at the top of the file).
        old_start = first.old_start + 1 if old_count else first.old_start
        new_start = first.new_start + 1 if new_count else first.new_start
        return Hunk(old_start, old_count, new_start, new_count, lines)


def diff_texts(old: str, new: str, whitespace: WhitespaceMode = WhitespaceMode.EXACT) -> TextDiff:
    return diff_lines(Lines.from_text(old), Lines.from_text(new), whitespace)


def diff_lines(old: Lines, new: Lines, whitespace: WhitespaceMode = WhitespaceMode.EXACT) -> TextDiff:
    old_keys, new_keys = line_keys(old, whitespace), line_keys(new, whitespace)
    blocks = match_blocks(old_keys, new_keys)
    return TextDiff(old, new, opcodes_from_blocks(blocks, len(old.lines), len(new.lines)))


def line_keys(text: Lines, whitespace: WhitespaceMode) -> list[str]:
    """What lines are compared by: the lines, or their normalized form; a last line without its newline gets
    a trailing "\\n" so that it equals no complete line (as in git)."""
    normalize = whitespace_normalizer(whitespace)
    keys = text.lines if normalize is None else list(map(normalize, text.lines))
    if not text.ends_with_newline and keys:
        keys = keys.copy() if keys is text.lines else keys
        keys[-1] += "\n"
    return keys


def group_opcodes(opcodes: list[Opcode], context: int) -> list[list[Opcode]]:
    """Opcodes grouped into hunks: changes closer than 2 * context + 1 equal lines share a hunk (as in git)."""
    groups: list[list[Opcode]] = []
    current: list[Opcode] = []
    for index, op in enumerate(opcodes):
        if op.tag != "equal":
            current.append(op)
            continue
        size = op.old_end - op.old_start
        is_last = index == len(opcodes) - 1
        if current and not is_last and size <= 2 * context:
            current.append(op)
            continue
        if current:
            keep = min(size, context)
            current.append(Opcode("equal", op.old_start, op.old_start + keep, op.new_start, op.new_start + keep))
            groups.append(current)
            current = []
        if not is_last:
            keep = min(size, context)
            current = [Opcode("equal", op.old_end - keep, op.old_end, op.new_end - keep, op.new_end)]
    if current and any(op.tag != "equal" for op in current):
        groups.append(current)
    return [[op for op in group if op.old_end > op.old_start or op.new_end > op.new_start] for group in groups]
