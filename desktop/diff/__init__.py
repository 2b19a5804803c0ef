"""The diff engine: line and intra-line diffs, unified diffs in and out, folder trees. Pure Python, no Qt.

A viewer typically calls ``diff_texts`` (full alignment: ``rows()`` for side by side, ``hunks()`` for unified),
``diff_trees``/``diff_files`` for FileDiffs, ``intraline_spans`` for a changed pair of lines, ``format_unified``
to save a patch, and ``apply_patch``/``apply_hunks`` to apply all or selected hunks.
"""

from desktop.diff.apply import apply_hunks, apply_patch, apply_to_text, safe_path
from desktop.diff.files import diff_contents, diff_files
from desktop.diff.intraline import intraline_spans
from desktop.diff.model import (
    AlignedRow,
    DiffLine,
    FileDiff,
    FileStatus,
    Hunk,
    LineKind,
    Opcode,
    Span,
    WhitespaceMode,
)
from desktop.diff.patch import PatchError, parse_patch
from desktop.diff.text import is_binary
from desktop.diff.textdiff import TextDiff, diff_lines, diff_texts
from desktop.diff.trees import diff_trees
from desktop.diff.unified import format_file_diff, format_unified

__all__ = [
    "AlignedRow",
    "DiffLine",
    "FileDiff",
    "FileStatus",
    "Hunk",
    "LineKind",
    "Opcode",
    "PatchError",
    "Span",
    "TextDiff",
    "WhitespaceMode",
    "apply_hunks",
    "apply_patch",
    "apply_to_text",
    "diff_contents",
    "diff_files",
    "diff_lines",
    "diff_texts",
    "diff_trees",
    "format_file_diff",
    "format_unified",
    "intraline_spans",
    "is_binary",
    "parse_patch",
    "safe_path",
]
