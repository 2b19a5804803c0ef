"""The engine agrees with git: changed-line counts on real source files, whitespace options."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.diff import WhitespaceMode, diff_contents, diff_files
from tests.diff.support import edit_source, git_changed_lines


def _stdlib_source(name: str) -> Path:
    import importlib

    module = importlib.import_module(name)
    return Path(module.__file__ or "")


def _write_pair(tmp_path: Path, old_lines: list[str], new_lines: list[str]) -> tuple[Path, Path]:
    old, new = tmp_path / "old.py", tmp_path / "new.py"
    old.write_text("".join(old_lines), encoding="utf-8")
    new.write_text("".join(new_lines), encoding="utf-8")
    return old, new


def _changed(old: Path, new: Path, whitespace: WhitespaceMode = WhitespaceMode.EXACT) -> int:
    diff = diff_files(old, new, whitespace=whitespace)
    return diff.added + diff.removed


@pytest.mark.parametrize(
    ("module", "seed", "edits"),
    [
        ("difflib", 1, 20),
        ("difflib", 2, 80),
        ("argparse", 3, 40),
        ("inspect", 4, 150),
        ("typing", 5, 30),
        ("email.message", 6, 60),
        ("json.decoder", 7, 10),
        ("tarfile", 8, 300),
    ],
)
def test_changed_lines_within_five_percent_of_git_histogram(tmp_path: Path, module: str, seed: int, edits: int) -> None:
    source = _stdlib_source(module).read_text(encoding="utf-8").splitlines(keepends=True)
    old, new = _write_pair(tmp_path, source, edit_source(source, seed, edits))
    ours, gits = _changed(old, new), git_changed_lines(old, new)
    assert gits > 0
    assert abs(ours - gits) <= 0.05 * gits, (ours, gits)


def test_two_successive_versions_of_a_file(tmp_path: Path) -> None:
    source = _stdlib_source("difflib").read_text(encoding="utf-8").splitlines(keepends=True)
    version_1 = edit_source(source, 11, 50)
    version_2 = edit_source(version_1, 12, 50)
    old, new = _write_pair(tmp_path, version_1, version_2)
    ours, gits = _changed(old, new), git_changed_lines(old, new)
    assert abs(ours - gits) <= 0.05 * gits, (ours, gits)


def _reformat(lines: list[str]) -> list[str]:
    """Whitespace-only edits (indent runs, trailing blanks, CRLF) mixed with a few real edits."""
    out = []
    for number, line in enumerate(lines):
        body = line.rstrip("\n")
        if number % 7 == 0:
            body = body.replace("    ", "  \t ")
        if number % 5 == 0:
            body += "   "
        if number % 11 == 0:
            body += "\r"
        if number % 97 == 0:
            body = body.replace("self", "this")
        if number % 13 == 0:
            body = body.replace(" = ", "=")
        out.append(body + "\n")
    return out


@pytest.mark.parametrize(
    ("whitespace", "git_flag"),
    [
        (WhitespaceMode.IGNORE_ALL, "-w"),
        (WhitespaceMode.IGNORE_CHANGE, "-b"),
        (WhitespaceMode.IGNORE_AT_EOL, "--ignore-space-at-eol"),
        (WhitespaceMode.EXACT, "--no-ext-diff"),
    ],
)
def test_whitespace_modes_match_git(tmp_path: Path, whitespace: WhitespaceMode, git_flag: str) -> None:
    source = _stdlib_source("argparse").read_text(encoding="utf-8").splitlines(keepends=True)
    old, new = _write_pair(tmp_path, source, _reformat(source))
    ours, gits = _changed(old, new, whitespace), git_changed_lines(old, new, git_flag)
    assert abs(ours - gits) <= 0.05 * gits, (ours, gits)


def test_ignore_all_space_hides_whitespace_only_changes() -> None:
    old = b"def f(a, b):\n    return a+b\n"
    new = b"def f(a,b):  \n\treturn a + b\n"
    assert diff_contents("f.py", "f.py", old, new, whitespace=WhitespaceMode.IGNORE_ALL).hunks == []
    assert diff_contents("f.py", "f.py", old, new, whitespace=WhitespaceMode.IGNORE_CHANGE).added == 2
    eol_only = b"def f(a, b):  \n    return a+b\r\n"
    assert diff_contents("f.py", "f.py", old, eol_only, whitespace=WhitespaceMode.IGNORE_AT_EOL).hunks == []
    assert diff_contents("f.py", "f.py", old, eol_only).added == 2
