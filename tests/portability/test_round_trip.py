"""Export then import gives back the same projects, files (by hash), revisions, attachments and consents."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from desktop.domain.projects import ProjectFilter
from desktop.services.context import AppContext
from desktop.services.portability import format as fmt
from desktop.services.portability.exporter import ExportOptions, export_archive
from desktop.services.portability.importer import import_archive
from desktop.services.portability.validate import PasswordNeeded, WrongPassword
from tests.portability.support import MARKER, full_dump, logical_dump


def test_round_trip_into_an_empty_vault_is_identical(source: AppContext, target: AppContext, archive: Path) -> None:
    summary = import_archive(target.session.vault, archive)
    assert [p.title for p in summary.imported] == ["Invoice API (v2)", "Draft only"]
    assert summary.privacy_settings == "restored" and summary.consents_added == 2
    assert logical_dump(target.session.vault) == logical_dump(source.session.vault)
    hits = target.projects.search(MARKER)
    assert [s.name for s, _ in hits] == ["Invoice API (v2)"]


def test_the_archive_keeps_folders_and_lists_every_entry_with_its_checksum(archive: Path) -> None:
    with zipfile.ZipFile(archive) as zf:
        names = set(zf.namelist())
        manifest = json.loads(zf.read(fmt.MANIFEST))
        assert "projects/invoice-api-v2-1/files/app/core/engine.py" in names
        assert f"'{MARKER}'" in zf.read("projects/invoice-api-v2-1/files/app/core/engine.py").decode()
        assert set(manifest["entries"]) == names - {fmt.MANIFEST}
        assert manifest["format_version"] == fmt.FORMAT_VERSION and manifest["app_version"]
        assert manifest["contents"]["service"] == {"included": False, "note": fmt.NOT_SIGNED_IN}
        old = json.loads(zf.read("projects/invoice-api-v2-1/revisions/2.json"))
        assert {f["path"] for f in old} == {"README.md", "app/__init__.py", "app/core/engine.py"}
        assert all(manifest["blobs"][f["sha256"]] in names for f in old)


def test_importing_twice_skips_what_is_already_there(target: AppContext, archive: Path) -> None:
    import_archive(target.session.vault, archive)
    before = full_dump(target.session.vault)
    again = import_archive(target.session.vault, archive)
    assert not again.imported and len(again.skipped) == 2 and again.consents_added == 0
    assert full_dump(target.session.vault) == before


def test_selected_projects_without_history(source: AppContext, target: AppContext, tmp_path: Path) -> None:
    path = tmp_path / "one.zip"
    chosen = [min(source.projects.list_ids(ProjectFilter()))]
    result = export_archive(source.session.vault, path, ExportOptions(project_ids=chosen, history=False))
    assert result.projects == 1
    summary = import_archive(target.session.vault, path)
    (project,) = summary.imported
    assert project.revisions == 1 and project.files == 4


def test_a_password_protected_archive_round_trips_only_with_its_password(
    source: AppContext, target: AppContext, tmp_path: Path
) -> None:
    path = tmp_path / "locked.zip"
    export_archive(source.session.vault, path, ExportOptions(password="correct horse battery"))
    with zipfile.ZipFile(path) as zf:
        assert all(info.flag_bits & 0x1 for info in zf.infolist())
    assert MARKER.encode() not in path.read_bytes()
    before = full_dump(target.session.vault)
    with pytest.raises(PasswordNeeded):
        import_archive(target.session.vault, path)
    with pytest.raises(WrongPassword):
        import_archive(target.session.vault, path, "wrong horse")
    assert full_dump(target.session.vault) == before
    import_archive(target.session.vault, path, "correct horse battery")
    assert logical_dump(target.session.vault)["projects"] == logical_dump(source.session.vault)["projects"]
