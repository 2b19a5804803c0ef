"""Applying unified diffs to text or to a folder: exact context or refusal, never fuzz; all or nothing."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path, PurePosixPath

from desktop.diff.model import FileDiff, FileStatus, Hunk, LineKind
from desktop.diff.patch import PatchError, parse_patch
from desktop.diff.text import decode, encode

HunkFilter = Callable[[FileDiff, int, Hunk], bool]  # (file, 1-based hunk number, hunk) -> apply it?


def apply_hunks(text: str, hunks: Iterable[Hunk], path: str = "<text>") -> str:
    """Apply hunks (any subset of one file's hunks, in order) to ``text``.

    Each hunk must find its old lines exactly at its own position (line numbers of the original text), else
    PatchError names the file and the hunk.
    """
    source = _keep_ends(text)
    result: list[str] = []
    position = 0
    for number, hunk in enumerate(hunks, 1):
        old_block = [
            _with_end(line.text, line.missing_newline) for line in hunk.lines if line.kind is not LineKind.ADDED
        ]
        new_block = [
            _with_end(line.text, line.missing_newline) for line in hunk.lines if line.kind is not LineKind.REMOVED
        ]
        start = hunk.old_start - 1 if hunk.old_count else hunk.old_start
        if start < position:
            raise PatchError(f"{path}: hunk {number} ({hunk.header}) overlaps the hunk before it")
        actual = source[start : start + len(old_block)]
        if actual != old_block:
            raise PatchError(
                f"{path}: hunk {number} ({hunk.header}) does not match: {_first_mismatch(old_block, actual, start)}"
            )
        result.extend(source[position:start])
        result.extend(new_block)
        position = start + len(old_block)
    result.extend(source[position:])
    return "".join(result)


def apply_to_text(patch: str | FileDiff, text: str) -> str:
    """Apply a one-file patch (text, or a parsed FileDiff) to ``text``."""
    if isinstance(patch, FileDiff):
        return apply_hunks(text, patch.hunks, patch.path)
    diffs = parse_patch(patch)
    if len(diffs) != 1:
        raise PatchError(f"expected a patch of one file, found {len(diffs)}")
    return apply_hunks(text, diffs[0].hunks, diffs[0].path)


def apply_patch(
    patch: str | list[FileDiff],
    root: Path,
    *,
    strip: int = 1,
    hunk_filter: HunkFilter | None = None,
    dry_run: bool = False,
) -> list[str]:
    """Apply a patch to the folder ``root``; returns the relative paths written or removed.

    Every result is computed before anything is written, so a refused patch leaves the folder unchanged;
    each file is then replaced atomically (temp file + os.replace).
    """
    diffs = parse_patch(patch, strip) if isinstance(patch, str) else patch
    root = root.resolve()
    planned: dict[str, bytes | None] = {}  # relative path -> new content, None to remove
    modes: dict[str, str] = {}

    def current(path: str) -> bytes | None:
        if path in planned:
            return planned[path]
        full = safe_path(root, path)
        return full.read_bytes() if full.is_file() else None

    for diff in diffs:
        status = diff.status
        # A modification names the file it patches by its old name (the names differ when two files were compared).
        label = diff.old_path if status is FileStatus.MODIFIED and diff.old_path is not None else diff.path
        if diff.is_binary:
            raise PatchError(f"{label}: binary patch without data, cannot apply")
        hunks = [
            hunk for number, hunk in enumerate(diff.hunks, 1) if hunk_filter is None or hunk_filter(diff, number, hunk)
        ]
        old = current(diff.old_path) if diff.old_path is not None else None
        if diff.old_path is not None and old is None:
            raise PatchError(f"{diff.old_path}: no such file to patch")
        if status in (FileStatus.ADDED, FileStatus.RENAMED) and current(label) is not None:
            raise PatchError(f"{label}: already exists")
        new_text = apply_hunks(decode(old or b""), hunks, label)
        if status is FileStatus.DELETED and not new_text:
            planned[label] = None
            continue
        if status is FileStatus.DELETED and hunk_filter is None:
            raise PatchError(f"{label}: the deletion does not remove the whole file")
        if status is FileStatus.RENAMED and diff.old_path is not None:
            planned[diff.old_path] = None
        planned[label] = encode(new_text)
        if diff.new_mode is not None and status is not FileStatus.DELETED:
            modes[label] = diff.new_mode
    if not dry_run:
        _write_all(root, planned, modes)
    return sorted(planned)


def safe_path(root: Path, relative: str) -> Path:
    """``root / relative``, refusing absolute paths, ".." components and symlinked escapes from ``root``."""
    pure = PurePosixPath(relative)
    if not relative or "\0" in relative or pure.is_absolute() or ".." in pure.parts or "\\" in relative:
        raise PatchError(f"{relative!r}: path is outside the target folder")
    full = root.joinpath(*pure.parts)
    if not full.parent.resolve().is_relative_to(root) or (
        full.is_symlink() and not full.resolve().is_relative_to(root)
    ):
        raise PatchError(f"{relative!r}: path is outside the target folder")
    return full


def _write_all(root: Path, planned: dict[str, bytes | None], modes: dict[str, str]) -> None:
    # Removals first: a file replaced by a folder of the same name (or the reverse) then works in both directions.
    for path, content in planned.items():
        if content is None:
            full = safe_path(root, path)
            full.unlink(missing_ok=True)
            _remove_empty_parents(full.parent, root)
    for path, content in planned.items():
        if content is not None:
            _write_atomically(safe_path(root, path), content, modes.get(path))


def _write_atomically(target: Path, content: bytes, git_mode: str | None) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    if git_mode is not None:
        mode = 0o755 if git_mode == "100755" else 0o644
    else:
        mode = target.stat().st_mode & 0o7777 if target.exists() else 0o644
    fd, temp_name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as temp:
            temp.write(content)
        os.chmod(temp_name, mode)
        os.replace(temp_name, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise


def _remove_empty_parents(folder: Path, root: Path) -> None:
    while folder != root and folder.is_relative_to(root):
        try:
            folder.rmdir()
        except OSError:
            return
        folder = folder.parent


def _keep_ends(text: str) -> list[str]:
    lines = text.split("\n")
    last = lines.pop()
    result = [line + "\n" for line in lines]
    if last:
        result.append(last)
    return result


def _with_end(text: str, missing_newline: bool) -> str:
    return text if missing_newline else text + "\n"


def _first_mismatch(expected: list[str], actual: list[str], start: int) -> str:
    for offset, line in enumerate(expected):
        if offset >= len(actual):
            return f"the file ends before line {start + offset + 1}"
        if actual[offset] != line:
            return f"line {start + offset + 1} is {actual[offset]!r}, the patch expects {line!r}"
    return "unexpected content"
