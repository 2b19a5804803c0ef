"""Decide which files of a folder a "Manual Entry" import takes: honours .gitignore, skips big and binary files."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.domain.progress import CancelToken
from desktop.domain.projects import SkippedFile
from desktop.messages import N_, Message

if TYPE_CHECKING:  # pathspec loads with the first folder that has a .gitignore, not at app start
    import pathspec

BINARY_SNIFF_BYTES = 8000  # as git does: a NUL byte in the first 8000 bytes means binary
ALWAYS_SKIPPED_DIRS = {".git", ".hg", ".svn"}


@dataclass(frozen=True)
class Candidate:
    relative: str  # POSIX path inside the project
    absolute: str
    size: int


@dataclass
class ScanResult:
    candidates: list[Candidate]
    skipped: list[SkippedFile]

    @property
    def total_bytes(self) -> int:
        return sum(c.size for c in self.candidates)


def is_binary(head: bytes) -> bool:
    return b"\0" in head[:BINARY_SNIFF_BYTES]


def scan_folder(root: Path, max_file_bytes: int, cancel: CancelToken | None = None) -> ScanResult:
    """Walk ``root`` (without following links) and sort its files into candidates and skipped ones."""
    result = ScanResult([], [])
    for relative, entry in _walk(root, "", [], result.skipped, cancel):
        try:
            size = entry.stat(follow_symlinks=False).st_size
        except OSError as exc:
            result.skipped.append(
                SkippedFile(relative, Message(N_("Messages", "unreadable: {reason}"), {"reason": exc.strerror or exc}))
            )
            continue
        if size > max_file_bytes:
            result.skipped.append(
                SkippedFile(
                    relative, Message(N_("Messages", "larger than {limit} KB"), {"limit": max_file_bytes // 1024})
                )
            )
            continue
        result.candidates.append(Candidate(relative, entry.path, size))
    result.candidates.sort(key=lambda c: c.relative)
    return result


_Spec = tuple[str, "pathspec.GitIgnoreSpec"]  # (folder it applies to, relative to root, with trailing '/')


def _walk(
    root: Path, prefix: str, specs: list[_Spec], skipped: list[SkippedFile], cancel: CancelToken | None
) -> Iterator[tuple[str, os.DirEntry[str]]]:
    if cancel is not None:
        cancel.raise_if_cancelled()
    folder = root / prefix if prefix else root
    ignore_file = folder / ".gitignore"
    if ignore_file.is_file():
        try:
            import pathspec

            lines = ignore_file.read_text(encoding="utf-8", errors="replace").splitlines()
            specs = [*specs, (prefix, pathspec.GitIgnoreSpec.from_lines(lines))]
        except OSError:
            skipped.append(SkippedFile(prefix + ".gitignore", Message(N_("Messages", "unreadable .gitignore"))))
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        skipped.append(
            SkippedFile(
                prefix or ".", Message(N_("Messages", "unreadable folder: {reason}"), {"reason": exc.strerror or exc})
            )
        )
        return
    for entry in entries:
        relative = prefix + entry.name
        if entry.is_symlink():
            skipped.append(SkippedFile(relative, Message(N_("Messages", "symbolic link"))))
            continue
        if entry.is_dir(follow_symlinks=False):
            if entry.name in ALWAYS_SKIPPED_DIRS:
                continue
            if _ignored(specs, relative + "/"):
                skipped.append(SkippedFile(relative + "/", Message(N_("Messages", "ignored by .gitignore"))))
                continue
            yield from _walk(root, relative + "/", specs, skipped, cancel)
        elif entry.is_file(follow_symlinks=False):
            if _ignored(specs, relative):
                skipped.append(SkippedFile(relative, Message(N_("Messages", "ignored by .gitignore"))))
                continue
            yield relative, entry
        else:
            skipped.append(SkippedFile(relative, Message(N_("Messages", "not a regular file"))))


def _ignored(specs: list[_Spec], relative: str) -> bool:
    """The deepest .gitignore with an opinion on the path decides, as git does."""
    for base, spec in reversed(specs):
        verdict = spec.check_file(relative[len(base) :]).include
        if verdict is not None:
            return bool(verdict)
    return False
