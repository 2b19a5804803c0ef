"""The domain types a viewer reads: counts, hunk numbering, side-by-side rows, no-newline markers."""

from __future__ import annotations

from desktop.diff import AlignedRow, LineKind, diff_contents, diff_texts, format_unified

OLD = "a\nb\nc\nd\n"
NEW = "a\nB\nc\nd\ne"


def test_hunk_lines_numbers_and_counts() -> None:
    (hunk,) = diff_texts(OLD, NEW).hunks(context=1)
    assert (hunk.old_start, hunk.old_count, hunk.new_start, hunk.new_count) == (1, 4, 1, 5)
    kinds = [(line.kind, line.old_no, line.new_no, line.text) for line in hunk.lines]
    assert kinds == [
        (LineKind.CONTEXT, 1, 1, "a"),
        (LineKind.REMOVED, 2, None, "b"),
        (LineKind.ADDED, None, 2, "B"),
        (LineKind.CONTEXT, 3, 3, "c"),
        (LineKind.CONTEXT, 4, 4, "d"),
        (LineKind.ADDED, None, 5, "e"),
    ]
    assert hunk.lines[-1].missing_newline and (hunk.added, hunk.removed) == (2, 1)


def test_separate_hunks_with_zero_context_and_git_numbering() -> None:
    hunks = diff_texts(OLD, NEW).hunks(context=0)
    assert [hunk.header for hunk in hunks] == ["@@ -2 +2 @@", "@@ -4,0 +5 @@"]


def test_rows_for_side_by_side() -> None:
    rows = diff_texts("a\nb\nc\n", "a\nB\nX\nc\n").rows()
    assert rows == [
        AlignedRow("equal", 1, "a", 1, "a"),
        AlignedRow("replace", 2, "b", 2, "B"),
        AlignedRow("insert", None, None, 3, "X"),
        AlignedRow("equal", 3, "c", 4, "c"),
    ]
    (hunk,) = diff_texts("a\nb\nc\n", "a\nB\nX\nc\n").hunks()
    assert hunk.rows() == rows


def test_file_diff_flags_and_no_newline_marker() -> None:
    diff = diff_contents("f.txt", "f.txt", b"x\ny", b"x\ny\n")
    assert (diff.added, diff.removed, diff.is_new, diff.is_deleted, diff.is_renamed) == (1, 1, False, False, False)
    assert format_unified([diff]).endswith("-y\n\\ No newline at end of file\n+y\n")
    created = diff_contents(None, "n.txt", None, b"")
    assert created.is_new and format_unified([created]) == "diff --git a/n.txt b/n.txt\nnew file mode 100644\n"
    assert diff_contents("f", "f", b"same", b"same").has_changes is False


def test_crlf_lines_keep_their_carriage_return() -> None:
    (hunk,) = diff_texts("a\r\nb\r\n", "a\r\nc\r\n").hunks()
    assert [line.text for line in hunk.lines] == ["a\r", "b\r", "c\r"]
