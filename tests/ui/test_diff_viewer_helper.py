"""The diff viewer's work off the UI thread: documents from the pairs' own diffs, rows kept as runs, and the helper
process that lexes (started on first use, stopped when the viewer closes; a thread of its own in a frozen app)."""

from __future__ import annotations

import random
from concurrent.futures import ThreadPoolExecutor

import pytest
from pytestqt.qtbot import QtBot

from desktop.diff import FileDiff, WhitespaceMode, diff_contents
from desktop.services.compare import FilePair, compare_contents
from desktop.ui.diff import lex
from desktop.ui.diff import pool as pool_module
from desktop.ui.diff.document import build_document
from desktop.ui.diff.reuse import document_from_pair
from desktop.ui.diff.rows import FOLD, RowModel
from desktop.ui.diff.viewer import DiffViewer

FIELDS = ("old_lines", "new_lines", "opcodes", "hunks", "warnings", "marked", "widest", "gaps", "binary")


def _changed(rnd: random.Random, lines: list[str]) -> list[str]:
    new = list(lines)
    for _ in range(rnd.randint(0, 6)):
        position = rnd.randint(0, len(new))
        roll = rnd.random()
        if roll < 0.3:
            new.insert(position, f"added_{rnd.randint(0, 9)} = 1")
        elif new and roll < 0.6:
            del new[min(position, len(new) - 1)]
        elif new:
            new[min(position, len(new) - 1)] = f"changed_{rnd.randint(0, 9)}"
    return new


def _contents(rnd: random.Random) -> list[tuple[bytes | None, bytes | None]]:
    cases: list[tuple[bytes | None, bytes | None]] = []
    for _ in range(60):
        old = [f"line_{rnd.randint(0, 12)}" for _ in range(rnd.randint(0, 40))]
        new = _changed(rnd, old)
        ending = rnd.choice(["\n", "\r\n"])
        old_text = ending.join(old) + (ending if old and rnd.random() < 0.8 else "")
        new_text = ending.join(new) + (ending if new and rnd.random() < 0.8 else "")
        cases.append((old_text.encode(), new_text.encode()))
    cases += [(None, b"a\nb\n"), (b"a\nb\n", None), (b"x\n", "x\n\u202ey\n".encode()), (b"a", b"a\n")]
    return cases


def test_a_document_from_the_pairs_own_diff_equals_a_fresh_diff() -> None:
    rnd = random.Random(7)
    compared = 0
    for old, new in _contents(rnd):
        if old == new:
            continue
        pair = FilePair(diff_contents("f.py" if old is not None else None, "f.py" if new else None, old, new), old, new)
        reused = document_from_pair(pair, WhitespaceMode.EXACT)
        assert reused is not None, (old, new)
        fresh = build_document(pair)
        for name in FIELDS:
            assert getattr(reused, name) == getattr(fresh, name), (name, old, new)
        compared += 1
    assert compared > 50


def test_a_diff_that_does_not_fit_the_contents_is_not_reused() -> None:
    old, new = b"a\nb\nc\n", b"a\nB\nc\n"
    other = diff_contents("f.py", "f.py", b"a\nb\nc\n", b"a\nb\nC\n")
    assert document_from_pair(FilePair(other, old, new), WhitespaceMode.EXACT) is None
    spaced = b"def f():\n    return 1\n", b"def f():\n        return 1\n"
    ignoring = diff_contents("w.py", "w.py", *spaced, whitespace=WhitespaceMode.IGNORE_ALL)
    assert document_from_pair(FilePair(ignoring, *spaced), WhitespaceMode.EXACT) is None
    exact = diff_contents("w.py", "w.py", *spaced)
    assert document_from_pair(FilePair(exact, *spaced), WhitespaceMode.IGNORE_ALL) is None
    binary = FilePair(FileDiff("b", "b", is_binary=True), b"\0", b"\0\1")
    assert document_from_pair(binary, WhitespaceMode.EXACT) is None


@pytest.mark.parametrize("inline", [False, True])
def test_rows_kept_as_runs_show_every_line_once(inline: bool) -> None:
    old = "".join(f"v{i}\n" for i in range(300)).encode()
    new = old.replace(b"v10\n", b"v10\nextra\n").replace(b"v150\n", b"changed\n").replace(b"v290\n", b"")
    [pair] = compare_contents({"f.py": old}, {"f.py": new})
    model = RowModel(build_document(pair), inline=inline)
    for expand in (None, (1, "down"), (0, "all")):
        if expand is not None:
            model.expand(*expand)
        rows = list(model.rows)
        assert len(rows) == len(model.rows) and rows == [model.rows[i] for i in range(len(rows))]
        assert model.rows[5:40:3] == rows[5:40:3] and model.rows[-1] == rows[-1]
        for side in (0, 1):
            shown = [row[side + 1] for row in rows if row[0] != FOLD and row[side + 1] >= 0]
            if not inline:
                assert shown == sorted(set(shown))  # each line at most once, in order
            for line in shown[:: max(1, len(shown) // 25)]:
                row = model.row_of_line(side, line)
                assert rows[row][side + 1] == line and rows[row][0] != FOLD
    model.expand_all()
    assert [fold for fold in model.folds if fold.expandable] == []
    assert {row[2] for row in model.rows if row[2] >= 0} == set(range(len(pair.new_data.splitlines())))  # type: ignore[union-attr]


@pytest.mark.parametrize("in_process", [False, True])
def test_jobs_submitted_while_the_helper_starts_run_in_order(in_process: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lex, "cooperative", False)
    pool = pool_module.WorkerPool(in_process=in_process)
    futures = [pool.submit(lex.lex_window, "a.py", "x = 1\n" * count) for count in range(1, 4)]
    assert pool.started
    assert [future.result(timeout=60).line_count for future in futures] == [2, 3, 4]
    pool.shutdown()
    assert not pool.started
    assert pool.submit(lex.full_step, 12345, 10).result(timeout=60).done  # a job it does not know: nothing left
    pool.shutdown()


@pytest.fixture
def viewer(qtbot: QtBot) -> DiffViewer:
    widget = DiffViewer()
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _load(qtbot: QtBot, viewer: DiffViewer, lines: int = 300) -> None:
    old = "".join(f"def f{i}(x):\n    return x + {i}\n" for i in range(lines // 2)).encode()
    new = old.replace(b"return x + 7\n", b"return x - 7\n")
    with qtbot.waitSignal(viewer.file_loaded):
        viewer.set_files(compare_contents({"a.py": old}, {"a.py": new}))


def test_the_helper_starts_on_first_use_lexes_small_files_whole_and_stops_on_close(
    qtbot: QtBot, viewer: DiffViewer
) -> None:
    assert not viewer.pool.started
    _load(qtbot, viewer)
    assert viewer.is_highlighting()
    qtbot.waitUntil(lambda: not viewer.is_highlighting())
    assert viewer.pool.started
    far = 290  # never on screen: lexed with the whole file
    style = viewer.syntax.style(1, far)
    assert style is not None and len(style[0]) > 0
    viewer.close()
    assert not viewer.pool.started
    viewer.show()
    _load(qtbot, viewer, 200)
    qtbot.waitUntil(lambda: viewer.syntax.style(1, 190) is not None)
    assert viewer.pool.started


def test_without_a_helper_process_lexing_runs_on_a_thread(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_processes(*args: object, **kwargs: object) -> None:
        raise OSError("Resource temporarily unavailable")  # as when the user's process limit is reached

    monkeypatch.setattr(pool_module, "ProcessPoolExecutor", no_processes)
    monkeypatch.setattr(lex, "cooperative", False)
    viewer = DiffViewer()
    qtbot.addWidget(viewer)
    viewer.resize(1000, 600)
    viewer.show()
    _load(qtbot, viewer)
    qtbot.waitUntil(lambda: not viewer.syntax.is_busy())
    assert isinstance(viewer.pool._executor, ThreadPoolExecutor) and lex.cooperative
    assert viewer.syntax.style(0, 290) is not None
    viewer.close()
    assert not viewer.pool.started
