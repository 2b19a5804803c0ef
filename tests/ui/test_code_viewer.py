"""The code viewer: highlighting off the UI thread, only on visible blocks, and the large-file gate."""

from __future__ import annotations

import time

import pytest
from PySide6.QtGui import QColor, QPalette
from pytestqt.qtbot import QtBot

from desktop.ui.code_viewer import CodeViewer
from desktop.ui.highlighting import DARK_STYLE, Palette

# The offscreen platform cannot resize windows to their size hints and says so; nothing else may warn.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def viewer(qtbot: QtBot) -> CodeViewer:
    widget = CodeViewer()
    qtbot.addWidget(widget)
    widget.resize(700, 400)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def formatted_blocks(viewer: CodeViewer, step: int = 1) -> list[int]:
    """Numbers of the blocks with formats: all blocks, or every ``step``-th plus the first 200."""
    document = viewer.editor().document()
    numbers = sorted({*range(0, document.blockCount(), step), *range(min(200, document.blockCount()))})
    return [n for n in numbers if document.findBlockByNumber(n).layout().formats()]


def big_python(lines: int) -> bytes:
    return "".join(f"def f{i}(x):\n    return x + {i}  # note\n" for i in range(lines // 2)).encode()


def test_python_file_is_highlighted_by_file_name(qtbot: QtBot, viewer: CodeViewer) -> None:
    with qtbot.waitSignal(viewer.highlighting_finished):
        viewer.show_file("pkg/core.py", b"def parse_config():\n    return 'x'\n")
    assert viewer.lexer_name == "Python"
    assert viewer.editor().toPlainText() == "def parse_config():\n    return 'x'\n"
    assert {0, 1} <= set(formatted_blocks(viewer))
    first = viewer.editor().document().begin().layout().formats()[0]
    assert (first.start, first.length) == (0, 3)  # "def"


def test_lexer_is_guessed_without_a_known_extension(qtbot: QtBot, viewer: CodeViewer) -> None:
    with qtbot.waitSignal(viewer.highlighting_finished):
        viewer.show_file("run", b"#!/usr/bin/env python3\nprint('hi')\n")
    assert viewer.lexer_name == "Python"
    with qtbot.waitSignal(viewer.highlighting_finished):
        viewer.show_file("NOTES", b"just some words\n")
    assert viewer.lexer_name == "Text only"


def test_invalid_utf8_is_shown_with_replacement_characters(qtbot: QtBot, viewer: CodeViewer) -> None:
    with qtbot.waitSignal(viewer.highlighting_finished):
        viewer.show_file("old.txt", b"caf\xe9 \xf0\x9f\x98\x80 ok\r\nnext")
    assert viewer.editor().toPlainText() == "caf\ufffd \U0001f600 ok\nnext"


def test_big_file_returns_quickly_and_formats_only_visible_blocks(qtbot: QtBot, viewer: CodeViewer) -> None:
    data = big_python(100_000)
    started = time.monotonic()
    with qtbot.waitSignal(viewer.highlighted, timeout=10_000):
        viewer.show_file("big.py", data)
        assert time.monotonic() - started < 3.0
    assert viewer.editor().blockCount() == 100_001
    assert viewer.is_highlighting()
    first, last = viewer.editor().visible_line_range()
    numbers = formatted_blocks(viewer, step=37)
    assert 0 in numbers
    assert numbers == [n for n in numbers if first <= n <= last]
    assert len(numbers) < 60
    viewer.clear()
    assert not viewer.is_highlighting()
    assert viewer.editor().toPlainText() == ""


def test_scrolling_formats_the_blocks_that_come_into_view(qtbot: QtBot, viewer: CodeViewer) -> None:
    with qtbot.waitSignal(viewer.highlighting_finished, timeout=20_000):
        viewer.show_file("medium.py", big_python(4000))
    last = viewer.editor().blockCount() - 2  # the final block is the empty line after the last newline
    assert last not in formatted_blocks(viewer)
    bar = viewer.editor().verticalScrollBar()
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: last in formatted_blocks(viewer))
    assert 0 in formatted_blocks(viewer)  # formats stay where they were applied
    assert len(formatted_blocks(viewer)) < 120


def test_new_file_cancels_the_previous_lexing(qtbot: QtBot, viewer: CodeViewer) -> None:
    viewer.show_file("big.py", big_python(100_000))
    with qtbot.waitSignal(viewer.highlighting_finished, timeout=10_000):
        viewer.show_file("app.js", b"const answer = 42;\n")
    assert viewer.lexer_name == "JavaScript"
    assert viewer.path == "app.js"
    assert not viewer.is_highlighting()


def test_large_file_needs_show_anyway(qtbot: QtBot, viewer: CodeViewer) -> None:
    data = b"x = '" + b"a" * 20_000 + b"'\n"
    viewer.show_file("minified.py", data)
    assert viewer.is_showing_notice()
    assert viewer.editor().toPlainText() == ""
    with qtbot.waitSignal(viewer.highlighting_finished):
        viewer._show_anyway.click()
    assert not viewer.is_showing_notice()
    assert viewer.lexer_name == "Text only"
    assert len(viewer.editor().toPlainText()) == len(data)


def test_dark_palette_uses_a_dark_style(qtbot: QtBot, viewer: CodeViewer) -> None:
    palette = viewer.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    viewer.setPalette(palette)
    base = viewer.editor().palette().color(QPalette.ColorRole.Base)
    assert base == Palette(dark=True).background
    assert Palette(dark=True).style.name == DARK_STYLE
    assert base.lightness() < 128
