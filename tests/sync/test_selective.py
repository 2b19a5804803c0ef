"""Selective sync: Local-only projects never leave the device; flagged secrets wait for the person's decision."""

from __future__ import annotations

import pytest

from desktop.domain.projects import ProjectFilter
from desktop.domain.sync import FileDecision, SyncState
from desktop.errors import UserFacingError
from desktop.services.sync import SecretsNeedReview
from tests.stub_server import StubServer
from tests.sync.conftest import Device, sent_text

AWS = b'AWS_KEY = "AKIAQ3EGUHZ7XJWK4N2P"\n'
PRIVATE_KEY = b"-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----\n"


def test_a_local_only_project_never_appears_in_any_request(
    alice: Device, bob_device: Device, stub_server: StubServer
) -> None:
    local = alice.new_project("LOCALTITLE_9Z", {"core.py": b"MARKER_LOCAL_Q7X9\n"}, description="LOCALREQ_5K")
    synced = alice.new_project("Shared", {"main.py": b"MARKER_SHARED_8H2\n"})
    alice.sync.set_sync(synced, True)
    alice.edit(local, {"more.py": b"MARKER_LOCAL_Q7X9 again\n"})
    alice.sync.sync()
    bob_device.sync.sync()
    sent = sent_text(stub_server)
    assert "MARKER_SHARED_8H2" in sent
    for marker in ("MARKER_LOCAL_Q7X9", "LOCALTITLE_9Z", "LOCALREQ_5K", alice.ctx.projects.get(local).uid):
        assert marker not in sent
    names = [bob_device.ctx.projects.get(p).name for p in bob_device.ctx.projects.list_ids(ProjectFilter())]
    assert names == ["Shared"]


def test_preview_shows_what_would_be_uploaded_with_the_secret_scan(alice: Device) -> None:
    pid = alice.new_project("Shop", {"app.py": b"print(1)\n", "config.py": AWS, ".env": b"X=1\n"}, stack="Django")
    preview = alice.sync.preview(pid)
    assert [(f.path, f.size) for f in preview.files] == [(".env", 4), ("app.py", 9), ("config.py", len(AWS))]
    assert preview.unresolved == [".env", "config.py"]
    assert [f.rule for f in preview.files[2].findings] == ["AWS access key"]
    assert "AKIAQ3EGUHZ7XJWK4N2P" not in repr(preview)  # findings are masked
    assert preview.upload_bytes == preview.requirements_bytes + 9
    assert preview.requirements_bytes > len("Shop") + len("Django")
    with pytest.raises(SecretsNeedReview, match=r"\.env, config\.py"):
        alice.sync.set_sync(pid, True)
    assert alice.sync.status(pid).state is SyncState.LOCAL_ONLY


def test_a_flagged_file_is_uploaded_only_once_allowed(
    alice: Device, bob_device: Device, stub_server: StubServer
) -> None:
    pid = alice.new_project("Shop", {"app.py": b"print(1)\n", "config.py": AWS, ".env": b"DB_PASSWORD=SECRETENV_1\n"})
    alice.sync.set_file_decision(pid, ".env", FileDecision.EXCLUDE)
    alice.sync.set_file_decision(pid, "config.py", FileDecision.ALLOW)
    alice.sync.set_sync(pid, True)
    alice.sync.sync()
    sent = sent_text(stub_server)
    assert "AKIAQ3EGUHZ7XJWK4N2P" in sent and "SECRETENV_1" not in sent
    # A key added later is held back: nothing of it is sent, and the project says why.
    stub_server.clear_requests()
    alice.edit(pid, {"deploy/id_ed25519": PRIVATE_KEY, "app.py": b"print(2)\n"})
    report = alice.sync.sync()
    assert report.held_back == ["deploy/id_ed25519"]
    assert "b3BlbnNzaC1rZXktdjEAAAAA" not in sent_text(stub_server)
    status = alice.sync.status(pid)
    assert status.state is SyncState.ERROR and "deploy/id_ed25519" in status.reason and status.pending == 1
    # Changing an allowed file's content needs a new review if it still looks secret.
    alice.edit(pid, {"config.py": AWS + b'OTHER = "AKIAZZZZEGUHZ7XJWK4N"\n'})
    assert alice.sync.sync().held_back == ["config.py", "deploy/id_ed25519"]
    alice.sync.set_file_decision(pid, "deploy/id_ed25519", FileDecision.ALLOW)
    alice.sync.set_file_decision(pid, "config.py", FileDecision.EXCLUDE)  # excluded now: removed from the server
    alice.sync.sync()
    assert "b3BlbnNzaC1rZXktdjEAAAAA" in sent_text(stub_server)
    bob_device.sync.sync()
    bob_pid = bob_device.pid(alice.ctx.projects.get(pid).uid)
    assert sorted(bob_device.files(bob_pid)) == ["app.py", "deploy/id_ed25519"]
    assert alice.sync.status(pid).state is SyncState.SYNCED


def test_decisions_stay_with_the_project_and_need_existing_files(alice: Device) -> None:
    pid = alice.new_project("Shop", {".env": b"A=1\n"})
    alice.sync.set_file_decision(pid, ".env", FileDecision.EXCLUDE)
    assert alice.sync.preview(pid).files[0].decision is FileDecision.EXCLUDE
    alice.ctx.session.lock()
    alice.ctx.session.unlock_with_keyring()
    assert alice.sync.preview(pid).files[0].decision is FileDecision.EXCLUDE
    with pytest.raises(UserFacingError, match="not in the project"):
        alice.sync.set_file_decision(pid, "missing.txt", FileDecision.ALLOW)
