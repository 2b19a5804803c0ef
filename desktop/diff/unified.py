"""Writing FileDiffs as a git-style unified diff that ``git apply`` and GNU ``patch -p1`` accept."""

from __future__ import annotations

from collections.abc import Iterable

from desktop.diff.model import FileDiff, FileStatus, Hunk

NO_NEWLINE_MARKER = "\\ No newline at end of file"
DEV_NULL = "/dev/null"
DEFAULT_MODE = "100644"

_ESCAPES = {'"': '\\"', "\\": "\\\\", "\a": "\\a", "\b": "\\b", "\t": "\\t", "\n": "\\n", "\v": "\\v", "\f": "\\f"}
_ESCAPES["\r"] = "\\r"


def quote_path(path: str) -> str:
    """Quote a path as git does (core.quotePath): C-style, non-ASCII and control bytes as octal escapes."""
    if not any(char in _ESCAPES or not (" " <= char < "\x7f") for char in path):
        return path
    out = ['"']
    for char in path:
        if char in _ESCAPES:
            out.append(_ESCAPES[char])
        elif " " <= char < "\x7f":
            out.append(char)
        else:
            out.extend(f"\\{byte:03o}" for byte in char.encode("utf-8", "surrogateescape"))
    out.append('"')
    return "".join(out)


def format_unified(diffs: Iterable[FileDiff]) -> str:
    return "".join(format_file_diff(diff) for diff in diffs)


def format_file_diff(diff: FileDiff) -> str:
    if not diff.has_changes:
        return ""
    old_name = diff.old_path if diff.old_path is not None else diff.new_path
    new_name = diff.new_path if diff.new_path is not None else diff.old_path
    a_name = quote_path(f"a/{old_name}")
    b_name = quote_path(f"b/{new_name}")
    out = [f"diff --git {a_name} {b_name}\n"]
    status = diff.status
    if status is FileStatus.ADDED:
        out.append(f"new file mode {diff.new_mode or DEFAULT_MODE}\n")
    elif status is FileStatus.DELETED:
        out.append(f"deleted file mode {diff.old_mode or DEFAULT_MODE}\n")
    elif diff.mode_changed:
        out.append(f"old mode {diff.old_mode}\nnew mode {diff.new_mode}\n")
    if status is FileStatus.RENAMED:
        similarity = 100 if diff.similarity is None else diff.similarity
        out.append(f"similarity index {similarity}%\n")
        out.append(f"rename from {quote_path(diff.old_path or '')}\nrename to {quote_path(diff.new_path or '')}\n")
    old_label = DEV_NULL if diff.old_path is None else a_name
    new_label = DEV_NULL if diff.new_path is None else b_name
    if diff.is_binary:
        out.append(f"Binary files {old_label} and {new_label} differ\n")
    elif diff.hunks:
        out.append(f"--- {old_label}{_tab_if_space(old_label)}\n+++ {new_label}{_tab_if_space(new_label)}\n")
        out.extend(format_hunk(hunk) for hunk in diff.hunks)
    return "".join(out)


def format_hunk(hunk: Hunk) -> str:
    out = [hunk.header, "\n"]
    for line in hunk.lines:
        out.append(line.kind.value)
        out.append(line.text)
        out.append("\n")
        if line.missing_newline:
            out.append(NO_NEWLINE_MARKER)
            out.append("\n")
    return "".join(out)


def _tab_if_space(label: str) -> str:
    # git ends a ---/+++ name containing a space with a tab, so that readers know where the name stops.
    return "\t" if " " in label else ""
