"""Batches in flight (frozen, sent, answer not yet recorded) are replayed exactly as first sent: after their
project was deleted, when their contents are gone, and when an older version stored them."""

from __future__ import annotations

import base64
import hashlib
import json
from typing import Any

import pytest

from desktop.api import contract as c
from desktop.api import errors
from desktop.api.client import ApiClient
from desktop.storage import sync_outbox
from tests.stub_server import StubServer
from tests.sync.conftest import Device, server_snapshot


def lose_answers(monkeypatch: pytest.MonkeyPatch, *, send: bool) -> None:
    """Pushes fail as if the connection dropped: after the service applied them (``send``) or before."""
    real_push = ApiClient.push

    def push(self: ApiClient, changes: Any, key: str) -> c.PushResponse:
        if send:
            real_push(self, changes, key)
        raise errors.ServiceUnavailable("The CodeCraft service could not be reached.")

    monkeypatch.setattr(ApiClient, "push", push)


def push_keys(stub: StubServer) -> list[str]:
    return [r.headers["idempotency-key"] for r in stub.requests() if r.path == c.SYNC_PUSH]


def server_revisions(stub: StubServer) -> set[int]:
    with stub.ctx.db.transaction() as conn:
        return {r[0] for r in conn.execute("SELECT revision FROM files UNION SELECT revision FROM projects")}


def test_a_batch_in_flight_is_replayed_after_its_project_was_deleted(
    alice: Device, stub_server: StubServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    pid = alice.new_project("Gone", {"a.py": b"only in Gone\n", "b.py": b"also only in Gone\n"})
    alice.sync.set_sync(pid, True)
    uid = alice.ctx.projects.get(pid).uid
    lose_answers(monkeypatch, send=True)
    with pytest.raises(errors.ServiceUnavailable):
        alice.sync.sync()
    monkeypatch.undo()
    alice.ctx.projects.delete(pid)  # takes its blobs with it: the batch in flight keeps a copy of its contents
    with alice.ctx.projects.store.vault.reading() as conn:
        digest = hashlib.sha256(b"only in Gone\n").hexdigest()
        assert conn.execute("SELECT count(*) FROM blobs WHERE sha256 = ?", (digest,)).fetchone()[0] == 0
    alice.sync.sync()  # the replay is the same request (else the service would refuse the reused key)
    keys = push_keys(stub_server)
    assert len(keys) == 3 and keys[0] == keys[1] != keys[2]  # the batch twice, then the deletion
    assert uid not in server_snapshot(stub_server) and server_revisions(stub_server) == {2}  # created, deleted
    assert alice.sync.sync().pushed == 0


def test_a_batch_whose_contents_are_gone_goes_back_to_the_outbox(
    alice: Device, bob_device: Device, stub_server: StubServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    pid = alice.new_project("Shop", {"a.py": b"a\n", "b.py": b"b\n"})
    alice.sync.set_sync(pid, True)
    lose_answers(monkeypatch, send=False)
    with pytest.raises(errors.ServiceUnavailable):
        alice.sync.sync()
    monkeypatch.undo()
    with alice.ctx.projects.store.vault.transaction() as tx:  # a blob it names vanished (never expected)
        key, stored = tx.execute("SELECT idempotency_key, changes FROM sync_inflight").fetchone()
        missing = stored.replace(hashlib.sha256(b"a\n").hexdigest().encode(), b"0" * 64)
        tx.execute("UPDATE sync_inflight SET changes = ? WHERE idempotency_key = ?", (missing, key))
    assert alice.sync.sync().pushed == 3
    assert key not in push_keys(stub_server)
    bob_device.sync.sync()
    assert alice.snapshot() == bob_device.snapshot() == server_snapshot(stub_server)


@pytest.mark.parametrize("stored_as", ["json", "batch-1"])
def test_a_batch_an_older_version_left_in_flight_is_replayed_as_sent(
    alice: Device, bob_device: Device, stub_server: StubServer, stored_as: str
) -> None:
    pid = alice.new_project("Old", {"a.py": b"print('old')\n"}, description="from before")
    alice.sync.set_sync(pid, True)
    project = alice.ctx.projects.get(pid)
    reqs = project.requirements
    data = sync_outbox.project_data(
        reqs.title, reqs.description, reqs.stack, reqs.language, reqs.specifications, project.status.value
    )
    content = b"print('old')\n"
    file_data = {"content_b64": base64.b64encode(content).decode(), "sha256": hashlib.sha256(content).hexdigest()}
    changes = [
        sync_outbox.wire(c.Change(kind="project", project_uid=project.uid, op="upsert", project=data)),
        {"kind": "file", "project_uid": project.uid, "path": "a.py", "op": "upsert", "file": file_data},
    ]
    alice.api.push(changes, "old-key")  # the older version sent it; its answer was lost
    if stored_as == "json":
        stored: str | bytes = json.dumps(changes)
    else:
        header = [changes[0], {**changes[1], "file": {"size": len(content), "sha256": file_data["sha256"]}}]
        text = json.dumps(header, separators=(",", ":")).encode()
        stored = b"codecraft-sync-batch-1\n" + len(text).to_bytes(8, "big") + text + content
    with alice.ctx.projects.store.vault.transaction() as tx:
        tx.execute("DELETE FROM sync_outbox")
        tx.execute(
            "INSERT INTO sync_inflight(idempotency_key, changes, created_at) VALUES ('old-key', ?, '')", (stored,)
        )
    assert alice.sync.sync().pushed == 2
    assert push_keys(stub_server) == ["old-key", "old-key"] and server_revisions(stub_server) == {1}
    assert alice.sync.sync().pushed == 0
    bob_device.sync.sync()
    assert alice.snapshot() == bob_device.snapshot() == server_snapshot(stub_server)
