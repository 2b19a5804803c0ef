"""The rows a diff shows, with unchanged regions folded: cheap to rebuild (its cost follows the changes, not the
file, until regions are expanded). Pure Python, no Qt.

A row is a tuple ``(kind, old, new, block)``: 0-based line indexes (-1 where a side has no line) and the change
block (index into the document's changes) or, for a fold row, the index into ``folds``.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from desktop.ui.diff.document import FileDocument

EQUAL, CHANGE, REMOVED, ADDED, FOLD = range(5)  # CHANGE: a side-by-side row; REMOVED/ADDED: inline rows
CONTEXT = 3
EXPAND_STEP = 20
MIN_FOLD = 3  # fewer hidden lines than this are simply shown

Row = tuple[int, int, int, int]


@dataclass(slots=True)
class Fold:
    op_index: int
    old_start: int  # first hidden line, 0-based
    new_start: int
    count: int
    expandable: bool


class RowModel:
    def __init__(self, document: FileDocument, *, inline: bool = False, context: int = CONTEXT) -> None:
        self.document = document
        self.inline = inline
        self.context = context
        self.expand_everything = False
        self.revealed: dict[int, tuple[int, int]] = {}  # op index -> extra lines shown at its top, bottom
        self.rows: list[Row] = []
        self.folds: list[Fold] = []
        self.block_rows: list[int] = []  # first row of each change block
        self.rebuild()

    # -- building ----------------------------------------------------------------------------------------

    def rebuild(self) -> None:
        rows: list[Row] = []
        self.folds = []
        self.block_rows = []
        opcodes = self.document.opcodes
        last = len(opcodes) - 1
        block = 0
        for index, op in enumerate(opcodes):
            if op.tag == "equal":
                self._equal(
                    rows, index, op.old_start, op.new_start, op.old_end - op.old_start, index == 0, index == last
                )
                continue
            self.block_rows.append(len(rows))
            old_count, new_count = op.old_end - op.old_start, op.new_end - op.new_start
            if self.inline:
                rows.extend(
                    (REMOVED, op.old_start + k, op.new_start + k if k < new_count else -1, block)
                    for k in range(old_count)
                )
                rows.extend(
                    (ADDED, op.old_start + k if k < old_count else -1, op.new_start + k, block)
                    for k in range(new_count)
                )
            else:
                rows.extend(
                    (
                        CHANGE,
                        op.old_start + k if k < old_count else -1,
                        op.new_start + k if k < new_count else -1,
                        block,
                    )
                    for k in range(max(old_count, new_count))
                )
            block += 1
        self.rows = rows

    def _equal(self, rows: list[Row], index: int, old: int, new: int, count: int, first: bool, last: bool) -> None:
        if index in self.document.gaps:
            self.folds.append(Fold(index, old, new, count, False))
            rows.append((FOLD, old, new, len(self.folds) - 1))
            return
        top = 0 if first else self.context
        bottom = 0 if last else self.context
        extra_top, extra_bottom = self.revealed.get(index, (0, 0))
        top, bottom = top + extra_top, bottom + extra_bottom
        if self.expand_everything or top + bottom + MIN_FOLD > count:
            rows.extend((EQUAL, old + k, new + k, -1) for k in range(count))
            return
        rows.extend((EQUAL, old + k, new + k, -1) for k in range(top))
        hidden = count - top - bottom
        self.folds.append(Fold(index, old + top, new + top, hidden, True))
        rows.append((FOLD, old + top, new + top, len(self.folds) - 1))
        rows.extend((EQUAL, old + k, new + k, -1) for k in range(count - bottom, count))

    # -- folding -----------------------------------------------------------------------------------------

    def expand(self, fold_index: int, direction: str) -> None:
        """Show more of a folded region: "down" (lines after the change above), "up" (before the change below),
        or "all"."""
        fold = self.folds[fold_index]
        if not fold.expandable:
            return
        top, bottom = self.revealed.get(fold.op_index, (0, 0))
        if direction == "down":
            top += min(EXPAND_STEP, fold.count)
        elif direction == "up":
            bottom += min(EXPAND_STEP, fold.count)
        else:
            top += fold.count
        self.revealed[fold.op_index] = (top, bottom)
        self.rebuild()

    def expand_all(self) -> None:
        self.expand_everything = True
        self.rebuild()

    def set_inline(self, inline: bool) -> None:
        self.inline = inline
        self.rebuild()

    # -- lookups -----------------------------------------------------------------------------------------

    def row_of_line(self, side: int, line: int) -> int:
        """The row showing 0-based ``line`` of a side, unfolding its region if needed; -1 if there is none."""
        for fold in self.folds:
            start = fold.old_start if side == 0 else fold.new_start
            if start <= line < start + fold.count and fold.expandable:
                self.expand(self.folds.index(fold), "all")
                break
        column = 1 if side == 0 else 2
        for index, row in enumerate(self.rows):
            if (
                row[column] == line
                and row[0] != FOLD
                and (not self.inline or row[0] != (ADDED if side == 0 else REMOVED))
            ):
                return index
        return -1

    def block_at(self, row: int) -> int:
        """The change block at or before ``row`` (-1 before the first)."""
        return bisect.bisect_right(self.block_rows, row) - 1

    def next_block_row(self, row: int, step: int) -> int | None:
        if not self.block_rows:
            return None
        if step > 0:
            index = bisect.bisect_right(self.block_rows, row)
            return self.block_rows[index] if index < len(self.block_rows) else None
        index = bisect.bisect_left(self.block_rows, row) - 1
        return self.block_rows[index] if index >= 0 else None
