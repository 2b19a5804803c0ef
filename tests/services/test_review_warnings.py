"""Reviewer warnings: Trojan Source controls, invisible characters, line endings, binary files, long lines."""

from __future__ import annotations

from desktop.services.review_warnings import LONG_LINE_CHARS, WarningKind, file_warnings, line_endings


def kinds(old: bytes | None, new: bytes | None) -> dict[WarningKind, tuple[int, ...]]:
    return {warning.kind: warning.lines for warning in file_warnings(old, new)}


def test_bidi_controls_are_reported_with_their_lines() -> None:
    new = "ok = 1\naccess = 'user\u202e \u2066// admin\u2069'\nfine\nx = '\u2067'\n".encode()
    warnings = file_warnings(b"ok = 1\n", new)
    assert [w.kind for w in warnings] == [WarningKind.BIDI]
    assert warnings[0].lines == (2, 4)
    assert "line 2, 4" in warnings[0].message and "Trojan Source" in warnings[0].message


def test_invisible_characters_but_not_a_leading_bom() -> None:
    assert kinds(None, "\ufeffprint(1)\n".encode()) == {}
    found = kinds(None, "a = 1\nb\u200b = 2\nc = '\ufeff'\nd\u2060\n".encode())
    assert found == {WarningKind.INVISIBLE: (2, 3, 4)}


def test_mixed_and_changed_line_endings() -> None:
    assert line_endings("a\r\nb\nc\r") == {"CRLF", "LF", "CR"}
    assert WarningKind.LINE_ENDINGS in kinds(b"a\nb\n", b"a\r\nb\n")  # mixed
    changed = file_warnings(b"a\nb\n", b"a\r\nb\r\n")
    assert [w.message for w in changed] == ["Line endings changed from LF to CRLF."]
    assert kinds(b"a\nb\n", b"a\nc\n") == {}


def test_binary_and_long_lines() -> None:
    assert kinds(b"text\n", b"\x89PNG\0\0") == {WarningKind.BINARY: ()}
    long = ("x = 1\n" + "y" * (LONG_LINE_CHARS + 1) + "\n").encode()
    assert kinds(None, long) == {WarningKind.LONG_LINES: (2,)}


def test_a_deleted_file_is_checked_on_its_old_side() -> None:
    assert kinds("a\u202eb\n".encode(), None) == {WarningKind.BIDI: (1,)}
    assert file_warnings(None, None) == []
