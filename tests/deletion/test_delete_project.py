"""Deleting a project leaves no page of the vault (nor its WAL) holding its code; synced ones go from the service."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.cli import main
from desktop.commands import unlock
from desktop.services.context import AppContext
from desktop.services.deletion import DeletionService
from tests.deletion.conftest import Device
from tests.deletion.pages import marker_in_vault
from tests.keyrings import MemoryKeyring
from tests.portability.support import MARKER, fill, new_context
from tests.stub_server import StubServer


def _key(ctx: AppContext) -> bytes:
    backend = ctx.session.keeper.backend
    assert isinstance(backend, MemoryKeyring)
    (hex_key,) = [v for (service, _), v in backend.store.items() if service == "CodeCraft Desktop vault"]
    return bytes.fromhex(hex_key)


def test_a_deleted_project_leaves_no_trace_in_the_vault_file_or_wal(tmp_path: Path) -> None:
    ctx = new_context(tmp_path / "profile")
    first, other = fill(ctx, tmp_path / "code")
    key = _key(ctx)
    assert marker_in_vault(ctx.paths.vault, key, MARKER.encode())
    plan = DeletionService(ctx).plan(first)
    assert (plan.title, plan.revisions, plan.files, plan.synced) == ("Invoice API (v2)", 3, 4, False)
    assert "CodeCraft service" not in plan.where()
    report = DeletionService(ctx).delete_project(first)
    assert report.local and report.remote == "not synced"
    assert not marker_in_vault(ctx.paths.vault, key, MARKER.encode())
    assert ctx.projects.store.count() == 1 and ctx.projects.get(other).name == "Draft only"
    ctx.session.lock()


def test_a_synced_project_is_deleted_on_the_service_too(alice: Device, stub_server: StubServer) -> None:
    pid = alice.new_project("Synced one", {"main.py": f"print('{MARKER}')\n".encode()})
    alice.sync.set_sync(pid, True)
    alice.sync.sync()
    uid = alice.ctx.projects.get(pid).uid
    service = DeletionService(alice.ctx, lambda: alice.api)
    plan = service.plan(pid)
    assert plan.synced and "CodeCraft service" in plan.where()
    report = service.delete_project(pid, remote=True)
    assert report.remote == "deleted"
    with stub_server.ctx.db.transaction() as conn:
        row = conn.execute("SELECT deleted FROM projects WHERE uid = ?", (uid,)).fetchone()
        files = conn.execute("SELECT count(*) FROM files WHERE project_uid = ? AND deleted = 0", (uid,)).fetchone()
    assert row["deleted"] == 1 and files[0] == 0
    assert alice.sync.state.pending_count() == 0
    assert uid not in {p.uid for p in alice.api.list_projects().projects if not getattr(p, "deleted", False)}


def test_cli_projects_delete(ctx: AppContext, sample_folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pid = ctx.projects.import_folder(sample_folder).project_id
    monkeypatch.setattr(unlock, "open_unlocked", lambda: ctx)
    assert main(["projects", "delete", str(pid)]) == 0
    assert ctx.projects.store.count() == 0
    assert main(["projects", "delete", str(pid)]) == 2  # already gone: a clear message, not a crash
