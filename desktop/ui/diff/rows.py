"""The rows a diff shows, with unchanged regions folded: cheap to rebuild (its cost follows the changes, not the
file, until regions are expanded). Pure Python, no Qt.

A row is a tuple ``(kind, old, new, block)``: 0-based line indexes (-1 where a side has no line) and the change
block (index into the document's changes) or, for a fold row, the index into ``folds``.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import overload

from desktop.ui.diff.document import FileDocument

EQUAL, CHANGE, REMOVED, ADDED, FOLD = range(5)  # CHANGE: a side-by-side row; REMOVED/ADDED: inline rows
CONTEXT = 3
EXPAND_STEP = 20
MIN_FOLD = 3  # fewer hidden lines than this are simply shown

Row = tuple[int, int, int, int]


class RowTable(Sequence[Row]):
    """The rows, kept as runs: a run of ``count`` rows whose row ``k`` is ``(kind, old + k, new + k, block)``,
    with -1 for a side once ``k`` reaches its ``old_count`` / ``new_count``. Building it, and indexing it, costs
    nothing per line: a fully expanded 100,000-line file is a few thousand runs, not 100,000 tuples."""

    def __init__(self) -> None:
        self._starts: list[int] = []  # first row of each run
        self._runs: list[tuple[int, int, int, int, int, int]] = []  # kind, old, new, old_count, new_count, block
        self._count = 0

    def add(self, kind: int, old: int, new: int, old_count: int, new_count: int, block: int, count: int) -> None:
        if count > 0:
            self._starts.append(self._count)
            self._runs.append((kind, old, new, old_count, new_count, block))
            self._count += count

    def __len__(self) -> int:
        return self._count

    @overload
    def __getitem__(self, index: int) -> Row: ...

    @overload
    def __getitem__(self, index: slice) -> list[Row]: ...

    def __getitem__(self, index: int | slice) -> Row | list[Row]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(self._count))]
        if index < 0:
            index += self._count
        if not 0 <= index < self._count:
            raise IndexError("row index out of range")
        run = bisect.bisect_right(self._starts, index) - 1
        kind, old, new, old_count, new_count, block = self._runs[run]
        k = index - self._starts[run]
        return kind, old + k if k < old_count else -1, new + k if k < new_count else -1, block

    def __iter__(self) -> Iterator[Row]:
        for start, run, end in zip(self._starts, self._runs, [*self._starts[1:], self._count], strict=True):
            kind, old, new, old_count, new_count, block = run
            for k in range(end - start):
                yield kind, old + k if k < old_count else -1, new + k if k < new_count else -1, block

    def row_of_line(self, side: int, line: int, *, skip: int = -1) -> int:
        """The first row (not a fold, nor of kind ``skip``) showing 0-based ``line`` of a side; -1 if none."""
        ends = [*self._starts[1:], self._count]
        for start, (kind, old, new, old_count, new_count, _), end in zip(self._starts, self._runs, ends, strict=True):
            first, count = (old, old_count) if side == 0 else (new, new_count)
            if kind != FOLD and kind != skip and first <= line < first + min(count, end - start):
                return start + line - first
        return -1


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
        self.rows = RowTable()
        self.folds: list[Fold] = []
        self.block_rows: list[int] = []  # first row of each change block
        self.rebuild()

    # -- building ----------------------------------------------------------------------------------------

    def rebuild(self) -> None:
        rows = RowTable()
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
                rows.add(REMOVED, op.old_start, op.new_start, old_count, new_count, block, old_count)
                rows.add(ADDED, op.old_start, op.new_start, old_count, new_count, block, new_count)
            else:
                rows.add(CHANGE, op.old_start, op.new_start, old_count, new_count, block, max(old_count, new_count))
            block += 1
        self.rows = rows

    def _equal(self, rows: RowTable, index: int, old: int, new: int, count: int, first: bool, last: bool) -> None:
        if index in self.document.gaps:
            self.folds.append(Fold(index, old, new, count, False))
            rows.add(FOLD, old, new, 1, 1, len(self.folds) - 1, 1)
            return
        top = 0 if first else self.context
        bottom = 0 if last else self.context
        extra_top, extra_bottom = self.revealed.get(index, (0, 0))
        top, bottom = top + extra_top, bottom + extra_bottom
        if self.expand_everything or top + bottom + MIN_FOLD > count:
            rows.add(EQUAL, old, new, count, count, -1, count)
            return
        rows.add(EQUAL, old, new, top, top, -1, top)
        hidden = count - top - bottom
        self.folds.append(Fold(index, old + top, new + top, hidden, True))
        rows.add(FOLD, old + top, new + top, 1, 1, len(self.folds) - 1, 1)
        skip = count - bottom
        rows.add(EQUAL, old + skip, new + skip, bottom, bottom, -1, bottom)

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
        return self.rows.row_of_line(side, line, skip=(ADDED if side == 0 else REMOVED) if self.inline else -1)

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
