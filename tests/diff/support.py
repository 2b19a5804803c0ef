"""Helpers for the diff tests: running git on real files, and realistic edits of real source files."""

from __future__ import annotations

import random
import subprocess
from pathlib import Path

GIT_ENV = {"GIT_CONFIG_NOSYSTEM": "1", "HOME": "/nonexistent", "PATH": "/usr/bin:/bin:/usr/local/bin"}


def git(*args: str, cwd: Path, check: bool = True) -> subprocess.CompletedProcess[bytes]:
    result = subprocess.run(["git", *args], cwd=cwd, capture_output=True, env=GIT_ENV, check=False)
    if check and result.returncode != 0:
        raise AssertionError(f"git {' '.join(args)} failed: {result.stderr.decode(errors='replace')}")
    return result


def git_changed_lines(old: Path, new: Path, *flags: str) -> int:
    """Added + removed lines according to git diff --no-index --histogram (--numstat)."""
    result = git(
        "diff", "--no-index", "--histogram", "--numstat", *flags, str(old), str(new), cwd=old.parent, check=False
    )
    assert result.returncode in (0, 1), result.stderr
    total = 0
    for line in result.stdout.decode().splitlines():
        added, removed, _ = line.split("\t", 2)
        total += int(added) + int(removed)
    return total


def edit_source(lines: list[str], seed: int, edits: int) -> list[str]:
    """A plausible next version of a source file: replaced, inserted, deleted, moved and duplicated lines."""
    rnd = random.Random(seed)
    out = list(lines)
    for number in range(edits):
        kind = rnd.random()
        at = rnd.randrange(len(out) + 1)
        if kind < 0.35 and at < len(out):
            out[at] = out[at].rstrip("\n") + f"  # edited {number}\n"
        elif kind < 0.6:
            indent = " " * rnd.choice((0, 4, 8))
            out[at:at] = [f"{indent}value_{number} = compute({number})\n" for _ in range(rnd.randint(1, 4))]
        elif kind < 0.8:
            del out[at : at + rnd.randint(1, 6)]
        elif kind < 0.9 and len(out) > 20:
            start = rnd.randrange(len(out) - 10)
            block = out[start : start + rnd.randint(2, 8)]
            del out[start : start + len(block)]
            target = rnd.randrange(len(out) + 1)
            out[target:target] = block
        else:
            start = rnd.randrange(max(1, len(out) - 5))
            out[at:at] = out[start : start + rnd.randint(1, 5)]
    return out
