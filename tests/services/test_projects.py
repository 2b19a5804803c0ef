"""Creating, importing, searching, restoring and deleting projects in a real vault."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from desktop.domain.progress import CancelToken, ProgressUpdate
from desktop.domain.projects import ProjectFilter, ProjectStatus, Requirements, RevisionKind, SortKey
from desktop.errors import OperationCancelled, UserFacingError
from desktop.paths import ProfilePaths
from desktop.services.context import AppContext
from desktop.storage.errors import DataDirNotWritable, DiskFull
from desktop.storage.keys import KeyKeeper


def test_manual_entry_import_honours_gitignore_and_skips_binary(ctx: AppContext, sample_folder: Path) -> None:
    updates: list[ProgressUpdate] = []
    report = ctx.projects.import_folder(sample_folder, "Sample", progress=updates.append)
    files = {f.path for f in ctx.projects.files(report.project_id, report.revision)}
    assert files == {".gitignore", "README.md", "pkg/__init__.py", "pkg/core.py"}
    reasons = {s.path: s.reason for s in report.skipped}
    assert reasons == {
        "debug.log": "ignored by .gitignore",
        "build/": "ignored by .gitignore",
        "logo.png": "binary",
    }
    assert updates[-1].done == updates[-1].total == 5
    assert ctx.projects.read_file(report.project_id, 1, "pkg/core.py").startswith(b"def parse_config")
    project = ctx.projects.get(report.project_id)
    assert (project.status, project.current_revision) == (ProjectStatus.ACTIVE, 1)


def test_import_skips_files_over_the_size_cap_and_nested_gitignore(ctx: AppContext, tmp_path: Path) -> None:
    root = tmp_path / "tree"
    (root / "sub").mkdir(parents=True)
    (root / "big.txt").write_text("x" * 5000)
    (root / "small.txt").write_text("ok")
    (root / "sub" / ".gitignore").write_text("*.tmp\n!keep.tmp\n")
    (root / "sub" / "a.tmp").write_text("a")
    (root / "sub" / "keep.tmp").write_text("k")
    (root / "link").symlink_to(root / "small.txt")
    report = ctx.projects.import_folder(root, max_file_bytes=4096)
    files = {f.path for f in ctx.projects.files(report.project_id, 1)}
    assert files == {"small.txt", "sub/.gitignore", "sub/keep.tmp"}
    reasons = {s.path: s.reason for s in report.skipped}
    assert reasons["big.txt"] == "larger than 4 KB"
    assert reasons["sub/a.tmp"] == "ignored by .gitignore"
    assert reasons["link"] == "symbolic link"


def test_cancelled_import_leaves_the_vault_unchanged(ctx: AppContext, tmp_path: Path) -> None:
    root = tmp_path / "many"
    root.mkdir()
    for i in range(200):
        (root / f"f{i:03}.py").write_text(f"value = {i}\n")
    cancel = CancelToken()

    def cancel_midway(update: ProgressUpdate) -> None:
        if update.done >= 50:
            cancel.cancel()

    with pytest.raises(OperationCancelled):
        ctx.projects.import_folder(root, progress=cancel_midway, cancel=cancel)
    assert ctx.projects.list_ids(ProjectFilter()) == []
    with ctx.session.vault.reading() as conn:
        assert conn.execute("SELECT count(*) FROM blobs").fetchone()[0] == 0


def test_start_building_with_attachments(ctx: AppContext, tmp_path: Path) -> None:
    spec = tmp_path / "wireframe.txt"
    spec.write_text("login screen")
    pid = ctx.projects.create_from_requirements(
        Requirements("Invoice app", "Send invoices", "Python web API", "Python", "## Must\n- PDF export"),
        [spec],
    )
    project = ctx.projects.get(pid)
    assert project.status is ProjectStatus.DRAFT and project.current_revision == 0
    assert [a.name for a in ctx.projects.attachments(pid)] == ["wireframe.txt"]
    with pytest.raises(UserFacingError):
        ctx.projects.create_from_requirements(Requirements("   "))


def test_search_covers_names_requirements_and_code(ctx: AppContext, sample_folder: Path) -> None:
    imported = ctx.projects.import_folder(sample_folder, "Config parser").project_id
    drafted = ctx.projects.create_from_requirements(Requirements("Weather bot", specifications="forecast alerts"))
    assert [s.id for s, _ in ctx.projects.search("parse_config")] == [imported]
    assert [s.id for s, _ in ctx.projects.search("forecast")] == [drafted]
    assert [s.id for s, _ in ctx.projects.search("weather")] == [drafted]
    assert ctx.projects.search('") OR ("') == []  # FTS syntax in the text is never interpreted
    assert ctx.projects.list_ids(ProjectFilter(text="config")) == [imported]
    assert ctx.projects.list_ids(ProjectFilter(status=ProjectStatus.DRAFT)) == [drafted]


def test_edit_requirements_updates_the_index(ctx: AppContext) -> None:
    pid = ctx.projects.create_from_requirements(Requirements("Old name"))
    ctx.projects.update_requirements(pid, Requirements("Inventory tracker", specifications="barcode scanning"))
    assert ctx.projects.get(pid).name == "Inventory tracker"
    assert [s.id for s, _ in ctx.projects.search("barcode")] == [pid]
    assert ctx.projects.search("Old") == []


def test_restore_makes_a_new_revision_with_the_old_files(ctx: AppContext, sample_folder: Path) -> None:
    pid = ctx.projects.import_folder(sample_folder).project_id
    (sample_folder / "pkg" / "core.py").write_text("def parse_config():\n    return 'v2'\n")
    (sample_folder / "NEW.md").write_text("new")
    ctx.projects.import_folder(sample_folder, project_id=pid)
    assert ctx.projects.read_file(pid, 2, "pkg/core.py").endswith(b"'v2'\n")
    number = ctx.projects.restore_revision(pid, 1)
    assert number == 3
    assert ctx.projects.read_file(pid, 3, "pkg/core.py") == ctx.projects.read_file(pid, 1, "pkg/core.py")
    assert "NEW.md" not in {f.path for f in ctx.projects.files(pid, 3)}
    assert [r.kind for r in ctx.projects.revisions(pid)] == [
        RevisionKind.RESTORE,
        RevisionKind.IMPORT,
        RevisionKind.IMPORT,
    ]


def test_archive_and_delete(ctx: AppContext, sample_folder: Path) -> None:
    keep = ctx.projects.import_folder(sample_folder, "Keep").project_id
    gone = ctx.projects.create_from_requirements(Requirements("Gone"))
    ctx.projects.set_archived(keep, True)
    assert ctx.projects.list_ids(ProjectFilter()) == [gone]
    assert ctx.projects.list_ids(ProjectFilter(archived=True)) == [keep]
    ctx.projects.delete(gone)
    assert ctx.projects.list_ids(ProjectFilter()) == []
    with pytest.raises(UserFacingError):
        ctx.projects.get(gone)


def test_deleting_a_project_keeps_blobs_shared_with_another(ctx: AppContext, sample_folder: Path) -> None:
    first = ctx.projects.import_folder(sample_folder, "First").project_id
    second = ctx.projects.import_folder(sample_folder, "Second").project_id
    ctx.projects.delete(first)
    assert ctx.projects.read_file(second, 1, "pkg/core.py").startswith(b"def parse_config")


def test_sorting(ctx: AppContext) -> None:
    b = ctx.projects.create_from_requirements(Requirements("banana"))
    a = ctx.projects.create_from_requirements(Requirements("Apple"))
    assert ctx.projects.list_ids(ProjectFilter(sort=SortKey.NAME)) == [a, b]
    assert ctx.projects.list_ids(ProjectFilter(sort=SortKey.UPDATED)) == [a, b]
    ctx.projects.update_requirements(b, Requirements("banana split"))
    assert ctx.projects.list_ids(ProjectFilter(sort=SortKey.UPDATED)) == [b, a]


def test_disk_full_is_reported_and_earlier_data_kept(ctx: AppContext, tmp_path: Path) -> None:
    pid = ctx.projects.create_from_requirements(Requirements("Saved before"))
    with ctx.session.vault.reading() as conn:
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        # The same SQLITE_FULL error a full disk gives, without filling the machine's disk.
        conn.execute(f"PRAGMA max_page_count = {pages + 2}")
    root = tmp_path / "large"
    root.mkdir()
    for i in range(20):
        (root / f"f{i}.txt").write_text(f"{i}" * 50_000)
    with pytest.raises(DiskFull):
        ctx.projects.import_folder(root)
    assert [s.name for s in ctx.projects.summaries(ctx.projects.list_ids(ProjectFilter()))] == ["Saved before"]
    assert ctx.projects.get(pid).name == "Saved before"


def test_data_directory_not_writable(tmp_path: Path, keeper: KeyKeeper) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    ctx = AppContext.for_profile(ProfilePaths(blocker / "profiles" / "default"), keeper)
    with pytest.raises(DataDirNotWritable):
        ctx.session.create()


def test_a_file_that_changed_after_the_scan_is_imported_whole(
    ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.services import folder_scan
    from desktop.services import projects as service

    folder = tmp_path / "changing"
    folder.mkdir()
    (folder / "grows.py").write_text("a = 1\n")
    (folder / "shrinks.py").write_text("b = 2\n" * 100)
    (folder / "empty.py").write_text("")
    (folder / "piped.py").write_text("c = 3\n")

    def scan_then_change(*args: Any, **kwargs: Any) -> folder_scan.ScanResult:  # the files change meanwhile
        result = folder_scan.scan_folder(*args, **kwargs)
        (folder / "grows.py").write_text("a = 1\n" + "# more\n" * 100_000)
        (folder / "shrinks.py").write_text("b = 2\n")
        (folder / "piped.py").unlink()
        if hasattr(os, "mkfifo"):
            os.mkfifo(folder / "piped.py")  # a named pipe with no writer: reading it must not wait forever
        return result

    monkeypatch.setattr(service, "scan_folder", scan_then_change)
    report = ctx.projects.import_folder(folder)
    paths = ("grows.py", "shrinks.py", "empty.py")
    read = {path: ctx.projects.read_file(report.project_id, report.revision, path) for path in paths}
    assert read == {"grows.py": b"a = 1\n" + b"# more\n" * 100_000, "shrinks.py": b"b = 2\n", "empty.py": b""}
