"""Property tests: a produced diff turns A into B byte for byte, with our apply, git apply and GNU patch."""

from __future__ import annotations

import random
import subprocess
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.diff import apply_to_text, diff_contents, format_unified
from desktop.diff.align import match_blocks
from desktop.diff.myers import myers_blocks
from tests.diff.support import git

LINE = st.sampled_from(["", "x", "y", "x ", " x", "\tx", "z\r", "é", "def f():", "    return 1", "}"])


@st.composite
def texts(draw: st.DrawFn) -> str:
    lines = draw(st.lists(LINE, max_size=25))
    eol = draw(st.sampled_from(["\n", "\r\n"]))
    text = eol.join(lines)
    if lines and draw(st.booleans()):
        text += eol
    return text


@st.composite
def text_pairs(draw: st.DrawFn) -> tuple[str, str]:
    old = draw(texts())
    if draw(st.booleans()):
        return old, draw(texts())
    lines = old.split("\n")
    for _ in range(draw(st.integers(0, 4))):
        at = draw(st.integers(0, len(lines)))
        if draw(st.booleans()):
            lines.insert(at, draw(LINE))
        elif at < len(lines):
            del lines[at]
    return old, "\n".join(lines)


def _patch(old: str, new: str, context: int = 3) -> str:
    return format_unified([diff_contents("f.txt", "f.txt", old.encode(), new.encode(), context=context)])


@settings(max_examples=200, deadline=None)
@given(text_pairs(), st.integers(0, 4))
def test_own_apply_reproduces_new_text(pair: tuple[str, str], context: int) -> None:
    old, new = pair
    diff = diff_contents("f.txt", "f.txt", old.encode(), new.encode(), context=context)
    assert apply_to_text(diff, old) == new
    assert apply_to_text(format_unified([diff]), old) == new if diff.hunks else old == new


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text_pairs())
def test_git_apply_and_gnu_patch_accept_the_diff(pair: tuple[str, str]) -> None:
    old, new = pair
    patch = _patch(old, new)
    if not patch:
        assert old == new
        return
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "change.diff").write_bytes(patch.encode())
        (folder / "f.txt").write_bytes(old.encode())
        git("apply", "--check", "change.diff", cwd=folder)
        git("apply", "change.diff", cwd=folder)
        assert (folder / "f.txt").read_bytes() == new.encode()
        (folder / "f.txt").write_bytes(old.encode())
        result = subprocess.run(["patch", "-p1", "-s", "-i", "change.diff"], cwd=folder, capture_output=True)
        assert result.returncode == 0, result.stdout + result.stderr
        assert (folder / "f.txt").read_bytes() == new.encode()


def _lcs_length(a: list[int], b: list[int]) -> int:
    table = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) - 1, -1, -1):
        for j in range(len(b) - 1, -1, -1):
            table[i][j] = table[i + 1][j + 1] + 1 if a[i] == b[j] else max(table[i + 1][j], table[i][j + 1])
    return table[0][0]


def _assert_valid_blocks(a: list[int] | list[str], b: list[int] | list[str], blocks: list[tuple[int, int, int]]) -> int:
    next_a = next_b = matched = 0
    for i, j, size in blocks:
        assert i >= next_a and j >= next_b and size > 0
        assert a[i : i + size] == b[j : j + size]
        next_a, next_b, matched = i + size, j + size, matched + size
    assert next_a <= len(a) and next_b <= len(b)
    return matched


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(0, 4), max_size=14), st.lists(st.integers(0, 4), max_size=14))
def test_myers_is_minimal(a: list[int], b: list[int]) -> None:
    blocks: list[tuple[int, int, int]] = []
    myers_blocks(a, 0, len(a), b, 0, len(b), blocks)
    assert _assert_valid_blocks(a, b, blocks) == _lcs_length(a, b)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.integers(0, 40), max_size=120), st.lists(st.integers(0, 40), max_size=120), st.integers(0, 3))
def test_cost_bounded_myers_still_aligns(a: list[int], b: list[int], max_cost: int) -> None:
    blocks: list[tuple[int, int, int]] = []
    myers_blocks(a, 0, len(a), b, 0, len(b), blocks, max_cost)
    _assert_valid_blocks(a, b, blocks)


@pytest.mark.parametrize("seed", range(12))
def test_large_inputs_take_the_paragraph_and_interning_paths(seed: int) -> None:
    rnd = random.Random(seed)
    alphabet = ["", "a", "b", "c", "d", "e"] if seed % 2 else [f"line {n}" for n in range(3000)] + [""] * 300
    old = [rnd.choice(alphabet) for _ in range(rnd.randint(1000, 3000))]
    new = list(old)
    for _ in range(rnd.randint(1, 60)):
        at = rnd.randrange(len(new) + 1)
        if rnd.random() < 0.5:
            new.insert(at, rnd.choice(["", "new", "a"]))
        elif at < len(new):
            del new[at]
    _assert_valid_blocks(old, new, match_blocks(old, new))
    old_text, new_text = "\n".join(old), "\n".join(new) + "\n"
    assert apply_to_text(_patch(old_text, new_text), old_text) == new_text


def test_unrelated_large_texts_still_round_trip() -> None:
    rnd = random.Random(7)
    common = ["", "", "    return self", "}"]
    old = "\n".join(rnd.choice([*common, f"old {rnd.random()}"]) for _ in range(3000)) + "\n"
    new = "\n".join(rnd.choice([*common, f"new {rnd.random()}"]) for _ in range(3000)) + "\n"
    assert apply_to_text(_patch(old, new), old) == new
