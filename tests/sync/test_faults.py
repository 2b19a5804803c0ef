"""Under every fault the stub can inject, repeated syncs converge: nothing lost, nothing applied twice."""

from __future__ import annotations

from typing import Any

import pytest

from desktop.api import contract as c
from desktop.api import errors
from desktop.api.client import ApiClient
from desktop.domain.projects import ProjectFilter
from tests.stub_server import StubServer
from tests.sync.conftest import Device, fast_api, server_snapshot

FAULTS: list[tuple[str, dict[str, Any]]] = [
    ("error", {"status": 500}),
    ("error", {"status": 503, "retry_after": 1}),
    ("rate_limit", {"retry_after": 2}),
    ("drop", {}),
    ("truncate", {}),
    ("malformed_json", {}),
    ("wrong_content_type", {}),
    ("huge_body", {"size_bytes": 3 * 1024 * 1024}),
]


def sync_until_done(device: Device, attempts: int = 25) -> list[str]:
    """Sync like a person (or the app's timer) would: again after each failure. Returns the failures."""
    failures = []
    for _ in range(attempts):
        try:
            device.sync.sync()
            return failures
        except errors.ApiError as exc:
            assert exc.message and exc.title  # a clear, person-facing error
            failures.append(exc.code or exc.title)
    raise AssertionError(f"sync never succeeded: {failures}")


def small_batches(device: Device, stub: StubServer) -> None:
    """Many small requests (so faults land mid-sync), a response cap, and retries that do not wait."""
    api = fast_api(device.ctx, stub.url, max_response_bytes=1024 * 1024)
    device.sync._api = lambda: api
    device.sync.push_limit, device.sync.pull_limit = 3, 4


@pytest.mark.parametrize(("kind", "options"), FAULTS, ids=[f"{k}-{o.get('status', '')}" for k, o in FAULTS])
def test_repeated_sync_converges_under_faults(
    alice: Device, bob_device: Device, stub_server: StubServer, kind: c.FaultKind, options: dict[str, Any]
) -> None:
    for device in (alice, bob_device):
        small_batches(device, stub_server)
    for p in range(2):
        pid = alice.new_project(f"P{p}", {f"f{i}.py": f"v = {p}{i}\n".encode() for i in range(6)})
        alice.sync.set_sync(pid, True)
    stub_server.set_fault(kind, path_prefix="/v1/sync", probability=0.4, **options)
    failures = sync_until_done(alice) + sync_until_done(bob_device)
    stub_server.clear_faults()
    assert failures or kind in ("error", "rate_limit", "drop", "truncate")  # retried inside the transport
    assert alice.snapshot() == bob_device.snapshot() == server_snapshot(stub_server)
    with stub_server.ctx.db.transaction() as conn:  # each object written exactly once: no replayed change
        revisions = {r[0] for r in conn.execute("SELECT revision FROM files UNION SELECT revision FROM projects")}
    assert revisions == {1}
    for pid in bob_device.ctx.projects.list_ids(ProjectFilter()):
        assert len(bob_device.ctx.projects.files(pid, bob_device.ctx.projects.get(pid).current_revision)) == 6


def test_a_bad_pull_reply_applies_nothing_and_a_retry_works(
    alice: Device, bob_device: Device, stub_server: StubServer
) -> None:
    pid = alice.new_project("Shop", {"a.py": b"a\n"})
    alice.sync.set_sync(pid, True)
    alice.sync.sync()
    stub_server.set_fault("malformed_json", path_prefix=c.SYNC_PULL, count=1)
    with pytest.raises(errors.BadServerReply, match="damaged answer"):
        bob_device.sync.sync()
    assert bob_device.ctx.projects.store.count() == 0 and bob_device.sync.state.cursor() == 0
    assert "damaged answer" in bob_device.sync.overall_status().last_error
    bob_device.sync.sync()
    assert bob_device.snapshot() == alice.snapshot() and bob_device.sync.overall_status().last_error == ""


def test_an_answer_lost_after_the_service_applied_the_push_is_replayed_with_the_same_key(
    alice: Device, bob_device: Device, stub_server: StubServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    pid = alice.new_project("Shop", {"a.py": b"a\n", "b.py": b"b\n"})
    alice.sync.set_sync(pid, True)
    real_push = ApiClient.push

    def push_then_lose_answer(self: ApiClient, changes: Any, key: str) -> c.PushResponse:
        real_push(self, changes, key)
        raise errors.ServiceUnavailable("The CodeCraft service could not be reached.")

    monkeypatch.setattr(ApiClient, "push", push_then_lose_answer)
    with pytest.raises(errors.ServiceUnavailable):
        alice.sync.sync()
    alice.edit(pid, {"b.py": b"b2\n"})  # an edit while the batch is in flight goes out afterwards
    monkeypatch.setattr(ApiClient, "push", real_push)
    alice.sync.sync()
    keys = [r.headers["idempotency-key"] for r in stub_server.requests() if r.path == c.SYNC_PUSH]
    assert len(keys) == 3 and keys[0] == keys[1] != keys[2]
    bob_device.sync.sync()
    assert alice.snapshot() == bob_device.snapshot() == server_snapshot(stub_server)
    assert alice.files(pid)["b.py"] == b"b2\n"
