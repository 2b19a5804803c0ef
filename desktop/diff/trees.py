"""Diffing two folder trees, with rename detection by content similarity (git's default 50% threshold)."""

from __future__ import annotations

import hashlib
import os
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from desktop.diff.files import diff_contents, git_mode
from desktop.diff.model import FileDiff, WhitespaceMode
from desktop.diff.textdiff import DEFAULT_CONTEXT

RENAME_THRESHOLD = 50  # percent, as git's -M default
RENAME_PAIR_LIMIT = 1_000_000  # inexact rename detection is skipped above this many candidate pairs


@dataclass(slots=True)
class _File:
    path: str  # relative, "/"-separated
    data: bytes
    mode: str


def list_files(root: Path) -> dict[str, Path]:
    """Regular files under ``root`` by relative "/"-separated path (symbolic links are not followed)."""
    files: dict[str, Path] = {}
    for folder, dirs, names in os.walk(root):
        dirs.sort()
        for name in names:
            full = Path(folder, name)
            if full.is_file() and not full.is_symlink():
                files[full.relative_to(root).as_posix()] = full
    return files


def diff_trees(
    old_root: Path,
    new_root: Path,
    *,
    whitespace: WhitespaceMode = WhitespaceMode.EXACT,
    context: int = DEFAULT_CONTEXT,
    detect_renames: bool = True,
    rename_threshold: int = RENAME_THRESHOLD,
) -> list[FileDiff]:
    """The FileDiffs of every file that differs between the trees, sorted by path."""
    old_files, new_files = list_files(old_root), list_files(new_root)
    diffs: list[FileDiff] = []
    for path in sorted(old_files.keys() & new_files.keys()):
        diff = diff_contents(
            path,
            path,
            old_files[path].read_bytes(),
            new_files[path].read_bytes(),
            old_mode=git_mode(old_files[path]),
            new_mode=git_mode(new_files[path]),
            whitespace=whitespace,
            context=context,
        )
        if diff.has_changes:
            diffs.append(diff)
    removed = [_read(path, old_files[path]) for path in sorted(old_files.keys() - new_files.keys())]
    added = [_read(path, new_files[path]) for path in sorted(new_files.keys() - old_files.keys())]
    renames = find_renames(removed, added, rename_threshold) if detect_renames else []
    renamed_old = {old.path for old, _, _ in renames}
    renamed_new = {new.path for _, new, _ in renames}
    for old, new, score in renames:
        diffs.append(
            diff_contents(
                old.path,
                new.path,
                old.data,
                new.data,
                old_mode=old.mode,
                new_mode=new.mode,
                whitespace=whitespace,
                context=context,
                similarity=score,
            )
        )
    for old in removed:
        if old.path not in renamed_old:
            diffs.append(diff_contents(old.path, None, old.data, None, old_mode=old.mode, context=context))
    for new in added:
        if new.path not in renamed_new:
            diffs.append(diff_contents(None, new.path, None, new.data, new_mode=new.mode, context=context))
    diffs.sort(key=lambda diff: diff.path)
    return diffs


def _read(path: str, full: Path) -> _File:
    return _File(path, full.read_bytes(), git_mode(full))


def find_renames(removed: list[_File], added: list[_File], threshold: int) -> list[tuple[_File, _File, int]]:
    """Pairs (old, new, similarity percent): identical contents first, then the most similar pairs greedily."""
    pairs: list[tuple[_File, _File, int]] = []
    by_digest: dict[bytes, list[_File]] = {}
    for old in removed:
        by_digest.setdefault(hashlib.sha1(old.data).digest(), []).append(old)
    unmatched_new: list[_File] = []
    for new in added:
        candidates = by_digest.get(hashlib.sha1(new.data).digest())
        if candidates:
            pairs.append((candidates.pop(0), new, 100))
        else:
            unmatched_new.append(new)
    taken = {old.path for old, _, _ in pairs}
    unmatched_old = [old for old in removed if old.path not in taken and old.data]
    unmatched_new = [new for new in unmatched_new if new.data]
    if not unmatched_old or not unmatched_new or len(unmatched_old) * len(unmatched_new) > RENAME_PAIR_LIMIT:
        return pairs
    signatures = {id(file): _line_weights(file.data) for file in unmatched_old + unmatched_new}
    scored: list[tuple[int, int, int]] = []
    for i, old in enumerate(unmatched_old):
        for j, new in enumerate(unmatched_new):
            larger = max(len(old.data), len(new.data))
            if min(len(old.data), len(new.data)) * 100 < larger * threshold:
                continue  # even a full copy of the smaller file could not reach the threshold
            score = similarity(signatures[id(old)], signatures[id(new)], larger)
            if score >= threshold:
                scored.append((score, i, j))
    scored.sort(key=lambda item: (-item[0], item[1], item[2]))
    used_old: set[int] = set()
    used_new: set[int] = set()
    for score, i, j in scored:
        if i not in used_old and j not in used_new:
            used_old.add(i)
            used_new.add(j)
            pairs.append((unmatched_old[i], unmatched_new[j], score))
    return pairs


def _line_weights(data: bytes) -> Counter[bytes]:
    return Counter(data.splitlines(keepends=True))


def similarity(old_lines: Counter[bytes], new_lines: Counter[bytes], larger_size: int) -> int:
    """Percent of the larger file's bytes found in lines common to both (like git's copied-bytes estimate)."""
    if not larger_size:
        return 100
    shared = sum(len(line) * min(count, new_lines[line]) for line, count in old_lines.items() if line in new_lines)
    return shared * 100 // larger_size
