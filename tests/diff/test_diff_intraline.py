"""Intra-line differences as spans."""

from __future__ import annotations

from desktop.diff import Span, intraline_spans


def _texts(line: str, spans: list[Span]) -> list[str]:
    return [line[span.start : span.end] for span in spans]


def test_word_level_spans() -> None:
    old, new = "total = price * count  # net", "total = price * quantity  # gross"
    old_spans, new_spans = intraline_spans(old, new)
    assert _texts(old, old_spans) == ["count", "net"]
    assert _texts(new, new_spans) == ["quantity", "gross"]


def test_char_level_spans() -> None:
    old_spans, new_spans = intraline_spans("colour = 1", "color = 12", "char")
    assert old_spans == [Span(4, 5)]
    assert new_spans == [Span(9, 10)]


def test_insertion_only_and_identical_lines() -> None:
    assert intraline_spans("f(a)", "f(a, b)") == ([], [Span(3, 6)])
    assert intraline_spans("same", "same") == ([], [])
    assert intraline_spans("", "new") == ([], [Span(0, 3)])


def test_whitespace_is_its_own_token() -> None:
    old_spans, new_spans = intraline_spans("if x:", "if  x:")
    assert _texts("if x:", old_spans) == [" "]
    assert _texts("if  x:", new_spans) == ["  "]
