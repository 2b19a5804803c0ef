"""Domain types of the diff engine: plain dataclasses that a viewer can read without knowing the algorithms."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


class LineKind(enum.Enum):
    CONTEXT = " "
    ADDED = "+"
    REMOVED = "-"


class WhitespaceMode(enum.Enum):
    """How lines are compared; the names follow git's options."""

    EXACT = "exact"
    IGNORE_AT_EOL = "ignore-space-at-eol"  # git --ignore-space-at-eol
    IGNORE_CHANGE = "ignore-space-change"  # git -b
    IGNORE_ALL = "ignore-all-space"  # git -w


class FileStatus(enum.Enum):
    MODIFIED = "modified"
    ADDED = "added"
    DELETED = "deleted"
    RENAMED = "renamed"


@dataclass(frozen=True, slots=True)
class Opcode:
    """One step of an alignment, with 0-based half-open line ranges, like difflib's opcodes."""

    tag: str  # "equal", "replace", "delete" or "insert"
    old_start: int
    old_end: int
    new_start: int
    new_end: int


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open range of character offsets inside one line."""

    start: int
    end: int


@dataclass(slots=True)  # not frozen: frozen dataclasses are several times slower to create
class DiffLine:
    kind: LineKind
    old_no: int | None  # 1-based; None for an added line
    new_no: int | None  # 1-based; None for a removed line
    text: str  # without the line terminator "\n" (a "\r" of a CRLF line stays)
    missing_newline: bool = False  # the last line of a file that does not end with "\n"


@dataclass(frozen=True, slots=True)
class AlignedRow:
    """One row of a side-by-side view; a side is None where that file has no line in this row."""

    tag: str  # "equal", "replace", "delete" or "insert"
    old_no: int | None
    old_text: str | None
    new_no: int | None
    new_text: str | None


@dataclass(slots=True)
class Hunk:
    old_start: int  # 1-based first old line, or the line before the hunk when old_count is 0
    old_count: int
    new_start: int
    new_count: int
    lines: list[DiffLine] = field(default_factory=list)

    @property
    def added(self) -> int:
        return sum(1 for line in self.lines if line.kind is LineKind.ADDED)

    @property
    def removed(self) -> int:
        return sum(1 for line in self.lines if line.kind is LineKind.REMOVED)

    @property
    def header(self) -> str:
        return f"@@ -{_range(self.old_start, self.old_count)} +{_range(self.new_start, self.new_count)} @@"

    def rows(self) -> list[AlignedRow]:
        """Side-by-side rows of this hunk: each run of removed lines is paired with the added run after it."""
        rows: list[AlignedRow] = []
        removed: list[DiffLine] = []
        added: list[DiffLine] = []

        def flush() -> None:
            for index in range(max(len(removed), len(added))):
                old = removed[index] if index < len(removed) else None
                new = added[index] if index < len(added) else None
                tag = "replace" if old and new else ("delete" if old else "insert")
                rows.append(
                    AlignedRow(
                        tag,
                        old.old_no if old else None,
                        old.text if old else None,
                        new.new_no if new else None,
                        new.text if new else None,
                    )
                )
            removed.clear()
            added.clear()

        for line in self.lines:
            if line.kind is LineKind.REMOVED:
                if added:
                    flush()
                removed.append(line)
            elif line.kind is LineKind.ADDED:
                added.append(line)
            else:
                flush()
                rows.append(AlignedRow("equal", line.old_no, line.text, line.new_no, line.text))
        flush()
        return rows


def _range(start: int, count: int) -> str:
    return str(start) if count == 1 else f"{start},{count}"


@dataclass(slots=True)
class FileDiff:
    """The difference of one file; paths are relative, "/"-separated, and None on the side that does not exist."""

    old_path: str | None
    new_path: str | None
    hunks: list[Hunk] = field(default_factory=list)
    is_binary: bool = False  # binary contents that differ: no hunks, "Binary files ... differ"
    old_mode: str | None = None  # git file mode, e.g. "100644"; None when unknown or absent
    new_mode: str | None = None
    similarity: int | None = None  # percent; set for renames only (two differently named files compared
    # directly are a modification, as in git diff --no-index)

    @property
    def status(self) -> FileStatus:
        if self.old_path is None:
            return FileStatus.ADDED
        if self.new_path is None:
            return FileStatus.DELETED
        if self.old_path != self.new_path and self.similarity is not None:
            return FileStatus.RENAMED
        return FileStatus.MODIFIED

    @property
    def is_new(self) -> bool:
        return self.old_path is None

    @property
    def is_deleted(self) -> bool:
        return self.new_path is None

    @property
    def is_renamed(self) -> bool:
        return self.status is FileStatus.RENAMED

    @property
    def path(self) -> str:
        """The path to show for this file: the new one, or the old one for a deletion."""
        return self.new_path if self.new_path is not None else self.old_path or ""

    @property
    def added(self) -> int:
        return sum(hunk.added for hunk in self.hunks)

    @property
    def removed(self) -> int:
        return sum(hunk.removed for hunk in self.hunks)

    @property
    def mode_changed(self) -> bool:
        return self.old_mode is not None and self.new_mode is not None and self.old_mode != self.new_mode

    @property
    def has_changes(self) -> bool:
        return bool(self.hunks) or self.is_binary or self.status is not FileStatus.MODIFIED or self.mode_changed
