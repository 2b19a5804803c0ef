"""Folder trees: renames by similarity, binary files, new/deleted files and modes; the patch recreates the tree."""

from __future__ import annotations

import shutil
from pathlib import Path

from desktop.diff import FileStatus, apply_patch, diff_trees, format_unified, is_binary
from tests.diff.support import git

BODY = "".join(f"def function_{n}(value):\n    return value * {n}\n\n" for n in range(40))


def _tree(root: Path, files: dict[str, bytes]) -> Path:
    for name, data in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(data)
    return root


def _snapshot(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def _trees(tmp_path: Path) -> tuple[Path, Path]:
    old = _tree(
        tmp_path / "old",
        {
            "src/moved.py": BODY.encode(),
            "src/renamed_edited.py": BODY.replace("value", "x").encode(),
            "keep.txt": b"same\n",
            "gone.txt": b"deleted\nfile\n",
            "image.bin": b"\x89PNG\0\0\1",
            "docs/readme.md": b"# Title\n\nText\n",
            "unrelated_old.txt": b"completely different\ncontent here\n",
        },
    )
    new = _tree(
        tmp_path / "new",
        {
            "lib/moved.py": BODY.encode(),
            "lib/renamed_edited.py": BODY.replace("value", "x").replace("* 7\n", "* 70\n").encode(),
            "keep.txt": b"same\n",
            "image.bin": b"\x89PNG\0\0\2",
            "docs/readme.md": b"# Title\n\nText, edited\n",
            "brand_new.txt": b"hello\n",
            "unrelated_new.txt": b"nothing in common\nwith anything\n",
        },
    )
    (new / "keep.txt").chmod(0o755)
    return old, new


def test_rename_and_binary_detection(tmp_path: Path) -> None:
    old, new = _trees(tmp_path)
    diffs = {diff.path: diff for diff in diff_trees(old, new)}
    assert diffs["lib/moved.py"].status is FileStatus.RENAMED
    assert (diffs["lib/moved.py"].old_path, diffs["lib/moved.py"].similarity) == ("src/moved.py", 100)
    edited = diffs["lib/renamed_edited.py"]
    assert edited.status is FileStatus.RENAMED and edited.old_path == "src/renamed_edited.py"
    assert 90 <= (edited.similarity or 0) < 100 and (edited.added, edited.removed) == (1, 1)
    assert diffs["image.bin"].is_binary and not diffs["image.bin"].hunks
    assert diffs["gone.txt"].is_deleted and diffs["gone.txt"].removed == 2
    assert diffs["brand_new.txt"].is_new and diffs["brand_new.txt"].added == 1
    assert diffs["unrelated_new.txt"].is_new and diffs["unrelated_old.txt"].is_deleted
    assert diffs["keep.txt"].mode_changed and not diffs["keep.txt"].hunks
    assert diffs["docs/readme.md"].status is FileStatus.MODIFIED


def test_renames_can_be_turned_off(tmp_path: Path) -> None:
    old, new = _trees(tmp_path)
    statuses = {diff.path: diff.status for diff in diff_trees(old, new, detect_renames=False)}
    assert statuses["lib/moved.py"] is FileStatus.ADDED and statuses["src/moved.py"] is FileStatus.DELETED


def test_binary_detection_looks_for_nul_in_the_first_8000_bytes() -> None:
    assert is_binary(b"abc\0def")
    assert not is_binary(b"a" * 8000 + b"\0")
    assert not is_binary("naïve text".encode())


def test_tree_patch_recreates_the_new_tree_with_our_apply_and_git_apply(tmp_path: Path) -> None:
    old, new = _trees(tmp_path)
    (new / "image.bin").write_bytes((old / "image.bin").read_bytes())  # text-only patch: no binary data
    patch = format_unified(diff_trees(old, new))
    assert "rename from src/moved.py\nrename to lib/moved.py\n" in patch
    assert "old mode 100644\nnew mode 100755\n" in patch

    ours = tmp_path / "ours"
    shutil.copytree(old, ours)
    apply_patch(patch, ours)
    assert _snapshot(ours) == _snapshot(new)
    assert (ours / "keep.txt").stat().st_mode & 0o111

    theirs = tmp_path / "theirs"
    shutil.copytree(old, theirs)
    (tmp_path / "tree.diff").write_text(patch)
    git("apply", "--check", str(tmp_path / "tree.diff"), cwd=theirs)
    git("apply", str(tmp_path / "tree.diff"), cwd=theirs)
    assert _snapshot(theirs) == _snapshot(new)


def test_a_file_replaced_by_a_folder_of_the_same_name(tmp_path: Path) -> None:
    old = _tree(tmp_path / "old", {"config": b"flat\n", "data/item.txt": b"x\n"})
    new = _tree(tmp_path / "new", {"config/main.toml": b"nested\n", "data": b"now a file\n"})
    target = tmp_path / "target"
    shutil.copytree(old, target)
    apply_patch(format_unified(diff_trees(old, new)), target)
    assert _snapshot(target) == _snapshot(new)
