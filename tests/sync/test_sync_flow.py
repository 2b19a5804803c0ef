"""Two devices of one account through the real stub: push, pull, edits, deletes, conflicts and their resolution."""

from __future__ import annotations

import pytest

from desktop.domain.progress import CancelToken, ProgressUpdate
from desktop.domain.projects import ProjectFilter, Requirements
from desktop.domain.sync import ConflictChoice, SyncMode, SyncState
from desktop.services.sync import SyncCancelled
from tests.stub_server import StubServer
from tests.sync.conftest import Device, server_snapshot


def converged(*devices: Device, stub: StubServer) -> None:
    server = server_snapshot(stub)
    for device in devices:
        assert device.snapshot() == server


def test_a_synced_project_reaches_the_other_device_and_edits_flow_both_ways(
    alice: Device, bob_device: Device, stub_server: StubServer
) -> None:
    pid = alice.new_project("Shop", {"app.py": b"print(1)\n", "src/db.py": b"DB = 1\n"}, stack="FastAPI")
    assert alice.sync.mode(pid) is SyncMode.LOCAL_ONLY and alice.sync.status(pid).state is SyncState.LOCAL_ONLY
    alice.sync.set_sync(pid, True)
    assert alice.sync.status(pid).pending == 3
    report = alice.sync.sync()
    assert (report.pushed, report.conflicts) == (3, 0)
    assert alice.sync.status(pid).state is SyncState.SYNCED
    bob_device.sync.sync()
    converged(alice, bob_device, stub=stub_server)
    uid = alice.ctx.projects.get(pid).uid
    bob_pid = bob_device.pid(uid)
    assert bob_device.ctx.projects.get(bob_pid).requirements.stack == "FastAPI"

    bob_device.edit(bob_pid, {"app.py": b"print(2)\n", "src/db.py": None, "new.txt": b"hello\n"})
    bob_device.ctx.projects.update_requirements(bob_pid, Requirements("Shop v2", stack="FastAPI"))
    assert bob_device.sync.status(bob_pid).pending == 4
    bob_device.sync.sync()
    report = alice.sync.sync()
    assert pid in report.changed_projects
    converged(alice, bob_device, stub=stub_server)
    assert alice.files(pid) == {"app.py": b"print(2)\n", "new.txt": b"hello\n"}
    assert alice.ctx.projects.get(pid).name == "Shop v2"
    latest = alice.ctx.projects.revisions(pid)[0]
    assert latest.summary.startswith("Synced from CodeCraft")
    # Nothing to do: nothing is sent, and pulled changes were not queued to go back.
    assert alice.sync.sync().pushed == 0 and bob_device.sync.sync().pushed == 0


def test_deleting_a_synced_project_deletes_it_everywhere(
    alice: Device, bob_device: Device, stub_server: StubServer
) -> None:
    keep = alice.new_project("Keep", {"k.py": b"k = 1\n"})
    gone = alice.new_project("Gone", {"g.py": b"g = 1\n"})
    for pid in (keep, gone):
        alice.sync.set_sync(pid, True)
    alice.sync.sync()
    bob_device.sync.sync()
    uid = alice.ctx.projects.get(gone).uid
    bob_device.ctx.projects.delete(bob_device.pid(uid))
    bob_device.sync.sync()
    alice.sync.sync()
    assert [alice.ctx.projects.get(p).name for p in alice.ctx.projects.list_ids(ProjectFilter())] == ["Keep"]
    converged(alice, bob_device, stub=stub_server)
    assert uid not in server_snapshot(stub_server)


@pytest.mark.parametrize("choice", list(ConflictChoice))
def test_a_conflict_keeps_both_versions_until_the_person_chooses(
    alice: Device, bob_device: Device, stub_server: StubServer, choice: ConflictChoice
) -> None:
    pid = alice.new_project("Shop", {"app.py": b"base\n", "other.py": b"o\n"})
    alice.sync.set_sync(pid, True)
    alice.sync.sync()
    bob_device.sync.sync()
    bob_pid = bob_device.pid(alice.ctx.projects.get(pid).uid)
    alice.edit(pid, {"app.py": b"mine\n"})
    bob_device.edit(bob_pid, {"app.py": b"theirs\n", "other.py": b"o2\n"})
    bob_device.sync.sync()
    report = alice.sync.sync()
    assert report.conflicts == 1
    status = alice.sync.status(pid)
    assert status.state is SyncState.CONFLICT and status.conflicts == ("app.py",)
    assert alice.files(pid) == {"app.py": b"mine\n", "other.py": b"o2\n"}  # the rest did sync
    versions = alice.sync.conflict_versions(pid, "app.py")
    assert (versions.mine, versions.theirs) == (b"mine\n", b"theirs\n")
    assert [c.path for c in alice.sync.conflicts(pid)] == ["app.py"]
    alice.sync.sync()  # still in conflict: nothing is overwritten on either side
    assert alice.files(pid)["app.py"] == b"mine\n" and alice.sync.status(pid).state is SyncState.CONFLICT

    alice.sync.resolve(pid, "app.py", choice)
    alice.sync.sync()
    bob_device.sync.sync()
    converged(alice, bob_device, stub=stub_server)
    expected = {
        ConflictChoice.MINE: {"app.py": b"mine\n"},
        ConflictChoice.THEIRS: {"app.py": b"theirs\n"},
        ConflictChoice.BOTH: {"app.py": b"mine\n", "app.theirs.py": b"theirs\n"},
    }[choice]
    assert alice.files(pid) == {**expected, "other.py": b"o2\n"}
    assert alice.sync.status(pid).state is SyncState.SYNCED


def test_conflicting_requirements_and_an_edit_against_a_deletion(
    alice: Device, bob_device: Device, stub_server: StubServer
) -> None:
    pid = alice.new_project("Shop", {"a.py": b"a\n"}, description="one")
    alice.sync.set_sync(pid, True)
    alice.sync.sync()
    bob_device.sync.sync()
    bob_pid = bob_device.pid(alice.ctx.projects.get(pid).uid)
    alice.ctx.projects.update_requirements(pid, Requirements("Shop", description="mine"))
    alice.edit(pid, {"a.py": b"edited\n"})
    bob_device.ctx.projects.update_requirements(bob_pid, Requirements("Shop", description="theirs"))
    bob_device.edit(bob_pid, {"a.py": None})
    bob_device.sync.sync()
    assert alice.sync.sync().conflicts == 2
    assert {c.path: c.their_deleted for c in alice.sync.conflicts(pid)} == {"": False, "a.py": True}
    assert b'"theirs"' in (alice.sync.conflict_versions(pid, "").theirs or b"")
    alice.sync.resolve(pid, "", ConflictChoice.THEIRS)
    alice.sync.resolve(pid, "a.py", ConflictChoice.MINE)
    alice.sync.sync()
    bob_device.sync.sync()
    converged(alice, bob_device, stub=stub_server)
    assert bob_device.files(bob_pid) == {"a.py": b"edited\n"}
    assert bob_device.ctx.projects.get(bob_pid).requirements.description == "theirs"


def test_progress_reports_items_and_bytes_and_cancel_stops_cleanly(alice: Device, bob_device: Device) -> None:
    pid = alice.new_project("Big", {f"f{i}.txt": bytes([65 + i]) * 1000 for i in range(10)})
    alice.sync.set_sync(pid, True)
    cancel = CancelToken()
    cancel.cancel()
    with pytest.raises(SyncCancelled):
        alice.sync.sync(cancel=cancel)
    assert alice.sync.status(pid).pending == 11  # nothing was lost by stopping
    updates: list[ProgressUpdate] = []
    alice.sync.push_limit = 4
    alice.sync.sync(progress=updates.append)
    sent = [u for u in updates if u.detail == "Sent"]
    assert [(u.done, u.total) for u in sent] == [(4, 11), (8, 11), (11, 11)]  # batches of at most 4
    assert (sent[-1].done_bytes, sent[-1].total_bytes) == (10_000, 10_000)
    assert updates[-1].detail == "Receiving changes…"
    overall = alice.sync.overall_status()
    assert overall.state is SyncState.SYNCED and overall.last_sync_at is not None and overall.synced_projects == 1


def test_turning_sync_off_keeps_the_project_here_and_stops_sending(alice: Device, bob_device: Device) -> None:
    pid = alice.new_project("Shop", {"a.py": b"a\n"})
    alice.sync.set_sync(pid, True)
    alice.sync.sync()
    alice.sync.set_sync(pid, False)
    alice.edit(pid, {"a.py": b"private change\n"})
    assert alice.sync.status(pid).state is SyncState.LOCAL_ONLY
    assert alice.sync.sync().pushed == 0
    bob_device.sync.sync()
    bob_pid = bob_device.pid(alice.ctx.projects.get(pid).uid)
    assert bob_device.files(bob_pid) == {"a.py": b"a\n"}
