"""The diff viewer, driven by keyboard and mouse: modes, navigation, folds, whitespace, find, comments,
suggestions, viewed marks, warnings, the large-diff gate, highlighting of visible lines, and hunks to a revision."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.domain.projects import Requirements
from desktop.domain.review import Side
from desktop.services.compare import CompareService, FilePair, compare_contents
from desktop.services.context import AppContext
from desktop.services.revisions import add_revision_from_files
from desktop.ui.diff import document as document_module
from desktop.ui.diff.file_list import FileListModel
from desktop.ui.diff.rows import ADDED, CHANGE, FOLD, REMOVED
from desktop.ui.diff.viewer import PAGE_DIFF, PAGE_LARGE, DiffViewer
from desktop.ui.tasks import TaskRunner

CTRL, SHIFT, ALT = (
    Qt.KeyboardModifier.ControlModifier,
    Qt.KeyboardModifier.ShiftModifier,
    Qt.KeyboardModifier.AltModifier,
)

OLD = "".join(f"value_{i} = {i}\n" for i in range(1, 101))
NEW = (
    OLD.replace("value_5 = 5\n", "value_5 = 50\n")
    .replace("value_50 = 50\n", "")
    .replace("value_90 = 90\n", "value_90 = 90\nextra = True\n")
)
FILES_OLD = {"a.py": OLD.encode(), "b.py": b"print('b')\n", "c.txt": b"one\n"}
FILES_NEW = {"a.py": NEW.encode(), "b.py": b"print('bee')\n", "c.txt": b"one\ntwo\n"}


@pytest.fixture
def viewer(qtbot: QtBot) -> DiffViewer:
    widget = DiffViewer()
    qtbot.addWidget(widget)
    widget.resize(1200, 600)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    return widget


def load(qtbot: QtBot, viewer: DiffViewer, pairs: list[FilePair]) -> None:
    with qtbot.waitSignal(viewer.file_loaded):
        viewer.set_files(pairs, "Revision 1", "Revision 2")


def key(
    qtbot: QtBot,
    viewer: DiffViewer,
    name: str | Qt.Key,
    modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    viewer.canvas.setFocus()
    qtbot.keyClick(viewer.canvas, name, modifiers)


def test_side_by_side_and_inline_modes_toggle_by_shortcut(qtbot: QtBot, viewer: DiffViewer) -> None:
    load(qtbot, viewer, compare_contents(FILES_OLD, FILES_NEW))
    assert viewer.stack.currentIndex() == PAGE_DIFF
    assert viewer.rows is not None and not viewer.rows.inline
    assert {row[0] for row in viewer.rows.rows} >= {CHANGE, FOLD}
    key(qtbot, viewer, Qt.Key.Key_U, CTRL | SHIFT)
    assert viewer.rows.inline and viewer.controls.inline.isChecked()
    kinds = [row[0] for row in viewer.rows.rows]
    assert REMOVED in kinds and ADDED in kinds and CHANGE not in kinds
    assert "inline" in viewer.status.text()
    viewer.controls.inline.click()
    assert not viewer.rows.inline


def test_changes_and_files_are_navigated_by_keyboard(qtbot: QtBot, viewer: DiffViewer) -> None:
    load(qtbot, viewer, compare_contents(FILES_OLD, FILES_NEW))
    assert viewer.status.text().startswith("Change 1 of 3")
    key(qtbot, viewer, "n")
    assert viewer.status.text().startswith("Change 2 of 3")
    key(qtbot, viewer, Qt.Key.Key_Down, ALT)
    assert viewer.status.text().startswith("Change 3 of 3")
    key(qtbot, viewer, "p")
    assert viewer.status.text().startswith("Change 2 of 3")
    with qtbot.waitSignal(viewer.file_loaded) as loaded:
        key(qtbot, viewer, "]")
    assert loaded.args == ["b.py"]
    with qtbot.waitSignal(viewer.file_loaded) as loaded:
        key(qtbot, viewer, Qt.Key.Key_Down, CTRL | ALT)
    assert loaded.args == ["c.txt"]
    with qtbot.waitSignal(viewer.file_loaded) as loaded:
        key(qtbot, viewer, "[")
    assert loaded.args == ["b.py"]


def test_unchanged_regions_fold_and_expand(qtbot: QtBot, viewer: DiffViewer) -> None:
    load(qtbot, viewer, compare_contents(FILES_OLD, FILES_NEW))
    rows = viewer.rows
    assert rows is not None
    folds = [fold.count for fold in rows.folds]
    assert folds == [38, 34, 7]  # value_9..46, 54..87 and 94..100 hidden (3 lines of context)
    before = len(rows.rows)
    viewer.canvas.expand(0, "down")
    assert rows.folds[0].count == 18 and len(rows.rows) == before + 20
    viewer.canvas.expand(0, "up")
    assert len(rows.rows) == before + 37  # the last 18 lines shown by "up", and the fold row gone
    viewer.canvas.set_current(len(rows.rows) - 4)
    row = next(i for i, r in enumerate(rows.rows) if r[0] == FOLD)
    viewer.canvas.set_current(row)
    key(qtbot, viewer, Qt.Key.Key_Return)
    assert len(rows.folds) == 1
    key(qtbot, viewer, "e")
    assert rows.folds == [] and len(rows.rows) == 101


def test_ignore_whitespace_recomputes_off_the_ui_thread(qtbot: QtBot, viewer: DiffViewer) -> None:
    old = {"w.py": b"def f():\n    return 1\nx = 2\n"}
    new = {"w.py": b"def f():\n        return 1\nx = 3\n"}
    load(qtbot, viewer, compare_contents(old, new))
    assert viewer.document is not None and len(viewer.document.changes()) == 1
    assert len(viewer.document.hunks[0].lines) == 4  # both lines replaced
    with qtbot.waitSignal(viewer.file_loaded):
        key(qtbot, viewer, Qt.Key.Key_W, ALT)
    assert viewer.controls.whitespace.isChecked()
    assert [line.text for line in viewer.document.hunks[0].lines] == ["x = 2", "x = 3"]
    with qtbot.waitSignal(viewer.file_loaded):
        viewer.controls.whitespace.click()
    assert len(viewer.document.hunks[0].lines) == 4


def test_find_counts_matches_and_unfolds_them(qtbot: QtBot, viewer: DiffViewer) -> None:
    load(qtbot, viewer, compare_contents(FILES_OLD, FILES_NEW))
    key(qtbot, viewer, Qt.Key.Key_F, CTRL)
    assert viewer.find_bar.isVisible() and viewer.find_bar.edit.hasFocus()
    qtbot.keyClicks(viewer.find_bar.edit, "value_2")
    assert viewer.find_bar.count.text() == "1 of 11"  # value_2 and value_20..29
    qtbot.keyClick(viewer.find_bar.edit, Qt.Key.Key_Return)
    assert viewer.find_bar.count.text() == "2 of 11"
    assert viewer.canvas.find_current == (1, 19, 0)  # value_20 was folded away: now shown and current
    rows = viewer.rows
    assert rows is not None and rows.rows[viewer.canvas.current][2] == 19
    qtbot.keyClick(viewer.find_bar.edit, Qt.Key.Key_Return, SHIFT)
    assert viewer.find_bar.count.text() == "1 of 11"
    viewer.find_bar.edit.setText("nothing like this")
    assert viewer.find_bar.count.text() == "No matches"


def test_comment_reply_and_resolve(qtbot: QtBot, viewer: DiffViewer) -> None:
    load(qtbot, viewer, compare_contents(FILES_OLD, FILES_NEW))
    rows = viewer.rows
    assert rows is not None
    first = rows.block_rows[0]
    viewer.canvas.set_current(first - 1)
    key(qtbot, viewer, Qt.Key.Key_Down, SHIFT)  # select value_4 .. value_5
    key(qtbot, viewer, "c")
    composer = viewer.comments.composer
    assert composer.isVisible() and composer.anchor is not None
    assert (composer.anchor.side, composer.anchor.start, composer.anchor.end) == (Side.NEW, 4, 5)
    qtbot.keyClicks(composer.body, "Use a **constant** here")
    composer.tabs.setCurrentIndex(1)
    assert "constant" in composer.preview.toPlainText() and "**" not in composer.preview.toPlainText()
    qtbot.keyClick(composer.body, Qt.Key.Key_Return, CTRL)
    assert not composer.isVisible()
    [thread] = viewer.session.threads
    assert thread.first.body == "Use a **constant** here"
    assert viewer.canvas.comment_lines[1] == {3, 4}
    [card] = viewer.comments.cards
    qtbot.keyClicks(card.reply, "Done")
    qtbot.keyClick(card.reply, Qt.Key.Key_Return)
    assert [c.body for c in thread.comments] == ["Use a **constant** here", "Done"]
    [card] = viewer.comments.cards
    assert "Done" in card.text.toPlainText()
    card.resolve.click()
    assert thread.resolved and viewer.comments.cards[0].resolve.text() == "Reopen"
    assert viewer.comments.heading.text() == "1 comment thread on this file, 0 open"


def test_suggested_change_is_shown_as_a_mini_diff(qtbot: QtBot, viewer: DiffViewer) -> None:
    load(qtbot, viewer, compare_contents(FILES_OLD, FILES_NEW))
    assert viewer.rows is not None
    viewer.canvas.set_current(viewer.rows.block_rows[0])
    assert viewer.start_comment(suggest=True)
    composer = viewer.comments.composer
    assert composer.suggestion.toPlainText() == "value_5 = 50"
    composer.suggestion.setPlainText("value_5 = FIVE")
    assert "-value_5 = 50" in composer.suggestion_diff.toPlainText()
    composer.add.click()
    [thread] = viewer.session.threads
    assert thread.suggestion is not None and thread.suggestion.replacement == ("value_5 = FIVE",)
    assert "+value_5 = FIVE" in viewer.comments.cards[0].text.toPlainText()


def test_viewed_marks_count_and_clear_when_the_file_changes(qtbot: QtBot, viewer: DiffViewer) -> None:
    load(qtbot, viewer, compare_contents(FILES_OLD, FILES_NEW))
    assert viewer.progress_label.text() == "0 of 3 files viewed"
    key(qtbot, viewer, "v")
    assert viewer.controls.viewed.isChecked() and viewer.progress_label.text() == "1 of 3 files viewed"
    viewer.files.setData(viewer.files.index(2), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert viewer.progress_label.text() == "2 of 3 files viewed"
    changed_again = dict(FILES_NEW, **{"a.py": NEW.encode() + b"more = 1\n"})
    load(qtbot, viewer, compare_contents(FILES_OLD, changed_again))
    assert viewer.progress_label.text() == "1 of 3 files viewed"  # a.py changed: its mark cleared itself
    assert not viewer.controls.viewed.isChecked()
    assert viewer.files.data(viewer.files.index(2), Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked


def test_bidi_characters_raise_a_warning_banner(qtbot: QtBot, viewer: DiffViewer) -> None:
    new = "is_admin = False\nif is_admin:  # \u202e } \u2066 begin admins only\n".encode()
    load(qtbot, viewer, compare_contents({"t.py": b"is_admin = False\n"}, {"t.py": new}))
    assert viewer.banner.isVisible()
    assert "Bidirectional Unicode control characters on line 2" in viewer.banner.text_only()
    assert viewer.document is not None and viewer.document.marked[1] == frozenset({1})
    assert "\u202e" not in viewer.document.new_lines[1]


def test_large_diffs_wait_for_show_anyway(qtbot: QtBot, viewer: DiffViewer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(document_module, "MAX_LINES", 50)
    viewer.set_files(compare_contents(FILES_OLD, FILES_NEW))
    assert viewer.stack.currentIndex() == PAGE_LARGE
    with qtbot.waitSignal(viewer.file_loaded):
        viewer.show_anyway.click()
    assert viewer.stack.currentIndex() == PAGE_DIFF


def test_only_visible_lines_of_a_big_file_are_highlighted(qtbot: QtBot, viewer: DiffViewer) -> None:
    old = "".join(f"def f{i}(x):\n    return x + {i}\n" for i in range(15_000)).encode()
    new = old.replace(b"return x + 14000\n", b"return x - 14000\n")
    load(qtbot, viewer, compare_contents({"big.py": old}, {"big.py": new}))
    line = 2 * 14_000 + 1  # 0-based index of the changed line
    qtbot.waitUntil(lambda: viewer.syntax.style(1, line) is not None)
    assert viewer.syntax.style(1, 100) is None  # far from the screen: not lexed (the file is over 20,000 lines)
    layout = viewer.canvas.layouts.get(1, line, viewer.document.new_lines[line], viewer.syntax.style(1, line))  # type: ignore[union-attr]
    assert layout.formats()  # "return" gets a keyword colour


def test_file_list_model(qtmodeltester, viewer: DiffViewer) -> None:  # type: ignore[no-untyped-def]
    model = FileListModel(viewer.session)
    model.set_pairs(compare_contents(FILES_OLD, FILES_NEW))
    qtmodeltester.check(model)
    assert model.data(model.index(0)) == "M  a.py   +2 −2"


def test_accepted_hunks_become_a_new_revision(qtbot: QtBot, ctx: AppContext, tasks: TaskRunner) -> None:
    project_id = ctx.projects.create_from_requirements(Requirements(title="Review"))
    add_revision_from_files(ctx.projects, project_id, {"a.py": OLD.encode()}, "first")
    add_revision_from_files(ctx.projects, project_id, {"a.py": NEW.encode()}, "second")
    viewer = DiffViewer(compare_service=CompareService(ctx.projects), tasks=tasks)
    qtbot.addWidget(viewer)
    viewer.resize(1200, 600)
    viewer.show()
    with qtbot.waitSignal(viewer.file_loaded):
        viewer.compare(project_id, 1, 2)
    assert not viewer.controls.apply.isEnabled()
    key(qtbot, viewer, "a")  # accept change 1, move to change 2
    key(qtbot, viewer, "r")  # reject change 2
    key(qtbot, viewer, "a")  # accept change 3
    assert viewer.controls.apply.text() == "Create revision (2 accepted)…"
    with qtbot.waitSignal(viewer.revision_created) as created:
        viewer.controls.apply.click()
    assert created.args == [3]
    expected = OLD.replace("value_5 = 5\n", "value_5 = 50\n").replace(
        "value_90 = 90\n", "value_90 = 90\nextra = True\n"
    )
    assert ctx.projects.read_file(project_id, 3, "a.py").decode() == expected
