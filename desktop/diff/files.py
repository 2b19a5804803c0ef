"""FileDiffs from file contents (bytes): binary detection, decoding, and hunks."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from desktop.diff.model import FileDiff, WhitespaceMode
from desktop.diff.text import Lines, decode, is_binary
from desktop.diff.textdiff import DEFAULT_CONTEXT, diff_lines


def git_mode(path: Path) -> str:
    """The git file mode of a regular file: 100755 if anyone may execute it, else 100644."""
    return "100755" if os.stat(path).st_mode & (stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH) else "100644"


def diff_contents(
    old_path: str | None,
    new_path: str | None,
    old: bytes | None,
    new: bytes | None,
    *,
    old_mode: str | None = None,
    new_mode: str | None = None,
    whitespace: WhitespaceMode = WhitespaceMode.EXACT,
    context: int = DEFAULT_CONTEXT,
    similarity: int | None = None,
) -> FileDiff:
    """The diff of one file. ``None`` content (and path) stands for a file that does not exist on that side."""
    diff = FileDiff(old_path, new_path, old_mode=old_mode, new_mode=new_mode, similarity=similarity)
    if old is not None and new is not None and old == new:
        return diff
    old_data, new_data = old or b"", new or b""
    if is_binary(old_data) or is_binary(new_data):
        diff.is_binary = True
        return diff
    text_diff = diff_lines(Lines.from_text(decode(old_data)), Lines.from_text(decode(new_data)), whitespace)
    diff.hunks = text_diff.hunks(context)
    return diff


def diff_files(
    old_file: Path,
    new_file: Path,
    *,
    whitespace: WhitespaceMode = WhitespaceMode.EXACT,
    context: int = DEFAULT_CONTEXT,
) -> FileDiff:
    """Diff two files, named in the diff as given (without a leading "/" or "./", as git --no-index does)."""
    return diff_contents(
        display_name(old_file),
        display_name(new_file),
        old_file.read_bytes(),
        new_file.read_bytes(),
        old_mode=git_mode(old_file),
        new_mode=git_mode(new_file),
        whitespace=whitespace,
        context=context,
    )


def display_name(path: Path) -> str:
    name = path.as_posix()
    while name.startswith("./"):
        name = name[2:]
    return name.lstrip("/")
