"""`codecraft diff` and `codecraft apply`: output and exit codes (through our own argparse parser)."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from desktop.diff.commands import add_commands


def _run(*argv: str) -> int:
    parser = argparse.ArgumentParser(prog="codecraft")
    add_commands(parser.add_subparsers(dest="command"))
    args = parser.parse_args(argv)
    return int(args.handler(args))


def test_diff_exit_codes_and_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text("one\ntwo\n")
    (tmp_path / "b.txt").write_text("one\n2\n")
    (tmp_path / "c.txt").write_text("one\ntwo\n")
    assert _run("diff", str(tmp_path / "a.txt"), str(tmp_path / "b.txt")) == 1
    assert "-two\n+2\n" in capsys.readouterr().out
    assert _run("diff", str(tmp_path / "a.txt"), str(tmp_path / "c.txt")) == 0
    assert capsys.readouterr().out == ""
    assert _run("diff", str(tmp_path / "a.txt"), str(tmp_path / "missing.txt")) == 2
    assert "two files or two folders" in capsys.readouterr().err


def test_diff_ignore_whitespace(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.py").write_text("x = 1\n")
    (tmp_path / "b.py").write_text("x  =  1   \n")
    assert _run("diff", str(tmp_path / "a.py"), str(tmp_path / "b.py")) == 1
    assert _run("diff", "--ignore-whitespace", str(tmp_path / "a.py"), str(tmp_path / "b.py")) == 0
    assert _run("diff", "-b", str(tmp_path / "a.py"), str(tmp_path / "b.py")) == 0
    assert _run("diff", "--ignore-space-at-eol", str(tmp_path / "a.py"), str(tmp_path / "b.py")) == 1
    capsys.readouterr()


def test_folder_diff_then_apply(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for side, text in (("old", "alpha\nbeta\n"), ("new", "alpha\ngamma\n")):
        (tmp_path / side / "pkg").mkdir(parents=True)
        (tmp_path / side / "pkg" / "m.txt").write_text(text)
    assert _run("diff", str(tmp_path / "old"), str(tmp_path / "new")) == 1
    (tmp_path / "change.diff").write_text(capsys.readouterr().out)
    assert _run("apply", "--check", str(tmp_path / "change.diff"), str(tmp_path / "old")) == 0
    assert (tmp_path / "old" / "pkg" / "m.txt").read_text() == "alpha\nbeta\n"
    assert _run("apply", str(tmp_path / "change.diff"), str(tmp_path / "old")) == 0
    assert (tmp_path / "old" / "pkg" / "m.txt").read_text() == "alpha\ngamma\n"
    assert "changed 1 file" in capsys.readouterr().out
    assert _run("diff", str(tmp_path / "old"), str(tmp_path / "new")) == 0


def test_apply_refusal_is_a_message_not_a_traceback(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "dir").mkdir()
    (tmp_path / "dir" / "m.txt").write_text("something else\n")
    (tmp_path / "change.diff").write_text("--- a/m.txt\n+++ b/m.txt\n@@ -1 +1 @@\n-beta\n+gamma\n")
    assert _run("apply", str(tmp_path / "change.diff"), str(tmp_path / "dir")) == 1
    err = capsys.readouterr().err
    assert "refused" in err and "m.txt: hunk 1" in err and "Traceback" not in err
    assert (tmp_path / "dir" / "m.txt").read_text() == "something else\n"
    assert _run("apply", str(tmp_path / "missing.diff"), str(tmp_path / "dir")) == 1
    assert "missing.diff" in capsys.readouterr().err
    assert _run("apply", str(tmp_path / "change.diff"), str(tmp_path / "nowhere")) == 1
