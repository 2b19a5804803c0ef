"""Applying patches: exact context or a clear refusal, selected hunks, safe paths, all or nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.diff import PatchError, apply_hunks, apply_patch, diff_contents, diff_texts, format_unified, parse_patch

OLD = "".join(f"line {n}\n" for n in range(1, 31))
NEW = OLD.replace("line 3\n", "line three\n").replace("line 25\n", "line 25\nextra\n")


def _patch(path: str, old: str, new: str) -> str:
    return format_unified([diff_contents(path, path, old.encode(), new.encode())])


def test_refuses_a_hunk_whose_context_does_not_match() -> None:
    changed_base = OLD.replace("line 24\n", "line twenty-four\n")
    with pytest.raises(PatchError) as error:
        apply_hunks(changed_base, diff_texts(OLD, NEW).hunks(), "notes.txt")
    message = str(error.value)
    assert "notes.txt" in message and "hunk 2" in message and "@@ -23,6 +23,7 @@" in message
    assert "line 24" in message


def test_applies_only_selected_hunks() -> None:
    hunks = diff_texts(OLD, NEW).hunks()
    assert len(hunks) == 2
    assert apply_hunks(OLD, [hunks[1]]) == OLD.replace("line 25\n", "line 25\nextra\n")
    assert apply_hunks(OLD, [hunks[0]]) == OLD.replace("line 3\n", "line three\n")


def test_hunk_filter_on_a_folder(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text(OLD)
    apply_patch(_patch("notes.txt", OLD, NEW), tmp_path, hunk_filter=lambda diff, number, hunk: number == 2)
    assert (tmp_path / "notes.txt").read_text() == OLD.replace("line 25\n", "line 25\nextra\n")


def test_refused_patch_leaves_the_folder_unchanged(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(OLD)
    (tmp_path / "b.txt").write_text("something else\n")
    patch = _patch("a.txt", OLD, NEW) + _patch("b.txt", OLD, NEW) + _patch("c.txt", "", "new\n")
    with pytest.raises(PatchError, match=r"b\.txt"):
        apply_patch(patch, tmp_path)
    assert (tmp_path / "a.txt").read_text() == OLD
    assert not (tmp_path / "c.txt").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "b.txt"]


@pytest.mark.parametrize("evil", ["../escape.txt", "/tmp/absolute.txt", "sub/../../escape.txt"])
def test_refuses_paths_outside_the_folder(tmp_path: Path, evil: str) -> None:
    target = tmp_path / "target"
    target.mkdir()
    patch = f"--- /dev/null\n+++ {evil}\n@@ -0,0 +1 @@\n+pwned\n"
    with pytest.raises(PatchError, match="outside the target folder"):
        apply_patch(patch, target, strip=0)
    assert not (tmp_path / "escape.txt").exists()
    assert list(target.iterdir()) == []


def test_refuses_writing_through_a_symlink_out_of_the_folder(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    target = tmp_path / "target"
    target.mkdir()
    (target / "link").symlink_to(outside)
    with pytest.raises(PatchError, match="outside the target folder"):
        apply_patch(_patch("link/x.txt", "", "data\n").replace("a/link/x.txt", "/dev/null", 1), target)
    assert list(outside.iterdir()) == []


def test_create_delete_and_rename_from_a_git_patch(tmp_path: Path) -> None:
    (tmp_path / "old_name.txt").write_text(OLD)
    (tmp_path / "doomed.txt").write_text("bye\n")
    patch = (
        "diff --git a/old_name.txt b/dir/new_name.txt\nsimilarity index 90%\n"
        "rename from old_name.txt\nrename to dir/new_name.txt\n"
        + _patch("x", OLD, NEW).split("\n", 1)[1].replace("a/x", "a/old_name.txt").replace("b/x", "b/dir/new_name.txt")
        + "diff --git a/doomed.txt b/doomed.txt\ndeleted file mode 100644\n--- a/doomed.txt\n+++ /dev/null\n"
        "@@ -1 +0,0 @@\n-bye\n"
        "diff --git a/run.sh b/run.sh\nnew file mode 100755\n--- /dev/null\n+++ b/run.sh\n@@ -0,0 +1 @@\n+echo hi\n"
    )
    changed = apply_patch(patch, tmp_path)
    assert changed == ["dir/new_name.txt", "doomed.txt", "old_name.txt", "run.sh"]
    assert (tmp_path / "dir/new_name.txt").read_text() == NEW
    assert not (tmp_path / "old_name.txt").exists() and not (tmp_path / "doomed.txt").exists()
    assert (tmp_path / "run.sh").stat().st_mode & 0o111


def test_refuses_creating_an_existing_file_and_patching_a_missing_one(tmp_path: Path) -> None:
    (tmp_path / "here.txt").write_text("x\n")
    with pytest.raises(PatchError, match="already exists"):
        apply_patch(format_unified([diff_contents(None, "here.txt", None, b"y\n")]), tmp_path)
    with pytest.raises(PatchError, match="no such file"):
        apply_patch(_patch("missing.txt", "a\n", "b\n"), tmp_path)


def test_refuses_binary_patches_without_data(tmp_path: Path) -> None:
    (tmp_path / "img.bin").write_bytes(b"\0\1")
    patch = format_unified([diff_contents("img.bin", "img.bin", b"\0\1", b"\0\2")])
    assert "Binary files a/img.bin and b/img.bin differ" in patch
    with pytest.raises(PatchError, match="binary"):
        apply_patch(patch, tmp_path)


def test_malformed_and_truncated_hunks_are_reported() -> None:
    with pytest.raises(PatchError, match="truncated"):
        parse_patch("--- a/f\n+++ b/f\n@@ -1,3 +1,3 @@\n a\n-b\n")
    with pytest.raises(PatchError, match="unexpected line"):
        parse_patch("--- a/f\n+++ b/f\n@@ -1,2 +1,2 @@\n a\n*b\n")


def test_quoted_paths_round_trip(tmp_path: Path) -> None:
    name = 'we"ird\tnamé.txt'
    patch = format_unified([diff_contents(None, name, None, b"hi\n")])
    assert '"b/we\\"ird\\tnam\\303\\251.txt"' in patch
    assert parse_patch(patch)[0].new_path == name
    apply_patch(patch, tmp_path)
    assert (tmp_path / name).read_text() == "hi\n"


def test_plain_unified_diff_with_timestamps() -> None:
    patch = "--- old/f.txt\t2024-01-01 10:00:00\n+++ new/f.txt\t2024-01-02 10:00:00\n@@ -1 +1 @@\n-a\n+b\n"
    (diff,) = parse_patch(patch)
    assert (diff.old_path, diff.new_path, diff.added, diff.removed) == ("f.txt", "f.txt", 1, 1)
