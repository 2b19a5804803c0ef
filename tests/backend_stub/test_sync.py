"""Project sync on the real stub over HTTP: push/pull, idempotency, conflicts, tombstones, paging, isolation."""

from __future__ import annotations

import base64
import hashlib
import uuid
from typing import Any

import httpx
import pytest

from desktop.api import contract as c
from tests.backend_stub.conftest import Service


def project(uid: str, base: int | None = None, name: str = "Shop", op: str = "upsert") -> dict[str, Any]:
    change: dict[str, Any] = {"kind": "project", "project_uid": uid, "op": op, "base_revision": base}
    if op == "upsert":
        change["project"] = {"name": name, "description": "d", "stack": "fastapi", "language": "python"}
    return change


def file(uid: str, path: str, content: bytes, base: int | None = None, op: str = "upsert") -> dict[str, Any]:
    change: dict[str, Any] = {"kind": "file", "project_uid": uid, "path": path, "op": op, "base_revision": base}
    if op == "upsert":
        digest = hashlib.sha256(content).hexdigest()
        change["file"] = {"content_b64": base64.b64encode(content).decode(), "sha256": digest}
    return change


class Sync:
    def __init__(self, service: Service, username: str) -> None:
        self.service = service
        self.headers = service.bearer(service.tokens(username))

    def push(self, *changes: dict[str, Any], key: str | None = None) -> c.PushResponse:
        headers = {**self.headers, c.IDEMPOTENCY_HEADER: key or uuid.uuid4().hex}
        reply = self.service.http.post(c.SYNC_PUSH, json={"changes": list(changes)}, headers=headers)
        assert reply.status_code == 200, reply.text
        return c.PushResponse.model_validate(reply.json())

    def pull(self, cursor: int = 0, limit: int = 200) -> c.PullResponse:
        reply = self.service.http.get(c.SYNC_PULL, params={"cursor": cursor, "limit": limit}, headers=self.headers)
        assert reply.status_code == 200, reply.text
        return c.PullResponse.model_validate(reply.json())


@pytest.fixture
def alice(service: Service) -> Sync:
    return Sync(service, "alice")


def test_push_then_pull_round_trips_projects_and_files(alice: Sync) -> None:
    result = alice.push(project("p1"), file("p1", "src/app.py", b"print('hi')\n"), file("p1", "README.md", b"# Shop"))
    assert [(r.status, r.revision) for r in result.results] == [("applied", 1)] * 3
    pulled = alice.pull()
    assert not pulled.has_more and pulled.next_cursor == max(r.seq or 0 for r in result.results)
    by_path = {item.path: item for item in pulled.changes}
    assert by_path[None].project is not None and by_path[None].project.name == "Shop"
    assert by_path["src/app.py"].file is not None
    assert base64.b64decode(by_path["src/app.py"].file.content_b64) == b"print('hi')\n"
    assert alice.pull(cursor=pulled.next_cursor).changes == []


def test_replayed_push_returns_the_stored_result_and_changes_nothing(alice: Sync) -> None:
    first = alice.push(project("p1"), key="push-1")
    cursor = alice.pull().next_cursor
    again = alice.push(project("p1"), key="push-1")
    assert again == first
    assert alice.pull(cursor=cursor).changes == []
    headers = {**alice.headers, c.IDEMPOTENCY_HEADER: "push-1"}
    other = alice.service.http.post(c.SYNC_PUSH, json={"changes": [project("p2")]}, headers=headers)
    assert (other.status_code, other.json()["error"]) == (422, "idempotency_key_reused")
    missing = alice.service.http.post(c.SYNC_PUSH, json={"changes": []}, headers=alice.headers)
    assert missing.status_code == 400


def test_stale_base_gets_a_conflict_with_the_current_content(alice: Sync) -> None:
    alice.push(project("p1"), file("p1", "a.txt", b"v1"))
    assert alice.push(file("p1", "a.txt", b"v2", base=1)).results[0].revision == 2
    stale = alice.push(file("p1", "a.txt", b"v3-from-another-device", base=1)).results[0]
    assert (stale.status, stale.revision) == ("conflict", 2)
    assert stale.current is not None and stale.current.file is not None
    assert base64.b64decode(stale.current.file.content_b64) == b"v2"
    # Creating something that already exists is a conflict too.
    assert alice.push(project("p1", base=None)).results[0].status == "conflict"


def test_deletes_are_pullable_tombstones_and_cascade_to_files(alice: Sync) -> None:
    alice.push(project("p1"), file("p1", "a.txt", b"a"), file("p1", "b.txt", b"b"))
    cursor = alice.pull().next_cursor
    assert alice.push(file("p1", "a.txt", b"", base=1, op="delete")).results[0].status == "applied"
    tombstone = alice.pull(cursor=cursor).changes
    assert [(t.path, t.deleted, t.revision, t.file) for t in tombstone] == [("a.txt", True, 2, None)]
    cursor = alice.pull().next_cursor
    alice.push(project("p1", base=1, op="delete"))
    gone = alice.pull(cursor=cursor).changes
    assert {(t.kind, t.path) for t in gone} == {("project", None), ("file", "b.txt")}
    assert all(t.deleted for t in gone)
    assert alice.service.http.get(f"{c.PROJECTS}/p1", headers=alice.headers).status_code == 404


def test_pull_pages_with_cursor_and_has_more(alice: Sync) -> None:
    alice.push(project("p1"), *[file("p1", f"f{i:02}.txt", str(i).encode()) for i in range(24)])
    seen: list[str | None] = []
    cursor, pages = 0, 0
    while True:
        page = alice.pull(cursor=cursor, limit=10)
        pages += 1
        seqs = [item.seq for item in page.changes]
        assert seqs == sorted(seqs) and all(s > cursor for s in seqs)
        seen += [item.path for item in page.changes]
        cursor = page.next_cursor
        if not page.has_more:
            break
    assert pages == 3 and len(seen) == 25 == len(set(seen))


def test_users_see_only_their_own_projects(service: Service, alice: Sync) -> None:
    alice.push(project("secret-project"), file("secret-project", "k.py", b"KEY = 1"))
    assert service.http.get(f"{c.PROJECTS}/secret-project", headers=alice.headers).status_code == 200
    bob = Sync(service, "bob")
    assert service.http.get(f"{c.PROJECTS}/secret-project", headers=bob.headers).status_code == 404
    assert bob.pull().changes == []
    assert service.http.get(c.PROJECTS, headers=bob.headers).json()["projects"] == []
    taken = bob.push(project("secret-project", base=1), file("secret-project", "k.py", b"x", base=1))
    assert [r.status for r in taken.results] == ["rejected", "rejected"]
    assert alice.pull().changes[-1].revision == 1


def test_bad_file_changes_are_rejected_one_by_one(alice: Sync) -> None:
    damaged = file("p1", "a.txt", b"content")
    damaged["file"]["sha256"] = "0" * 64
    result = alice.push(file("p0", "orphan.txt", b"x"), project("p1"), damaged, file("p1", "ok.txt", b"ok"))
    assert [r.status for r in result.results] == ["rejected", "applied", "rejected", "applied"]
    assert all(r.message for r in result.results if r.status == "rejected")


def test_large_batches_are_accepted(alice: Sync) -> None:
    changes = []
    for p in range(50):
        changes.append(project(f"bulk-{p}"))
        changes += [file(f"bulk-{p}", f"src/m{f}.py", f"x = {f}\n".encode()) for f in range(19)]
    result = alice.push(*changes)
    assert len(result.results) == 1000 and {r.status for r in result.results} == {"applied"}
    assert alice.pull(limit=c.MAX_PULL_LIMIT).has_more is False


def packed(*changes: dict[str, Any]) -> c.PackedChanges:
    """``changes`` (as ``project``/``file`` build them) in the packed form: file contents raw, after the header."""
    header, contents = [], []
    for change in changes:
        change = {k: v for k, v in change.items() if v is not None}
        if "file" in change:
            content = base64.b64decode(change["file"]["content_b64"])
            contents.append(content)
            change["file"] = {"sha256": change["file"]["sha256"], "size": len(content)}
        header.append(change)
    return c.PackedChanges(header, contents)


def post_packed(alice: Sync, body: bytes, key: str) -> httpx.Response:
    headers = {**alice.headers, c.IDEMPOTENCY_HEADER: key, "Content-Type": c.PUSH_PACKED_TYPE}
    return alice.service.http.post(c.SYNC_PUSH, content=body, headers=headers)


def test_a_packed_push_applies_raw_contents_once_per_key(alice: Sync) -> None:
    changes = packed(project("p1"), file("p1", "a.bin", bytes(range(256)) * 3), file("p1", "empty.txt", b""))
    first = post_packed(alice, changes.body(), "packed-1")
    assert first.status_code == 200, first.text
    assert [(r["status"], r["revision"]) for r in first.json()["results"]] == [("applied", 1)] * 3
    files = {item.path: item.file for item in alice.pull().changes if item.file is not None}
    assert base64.b64decode(files["a.bin"].content_b64) == bytes(range(256)) * 3
    assert base64.b64decode(files["empty.txt"].content_b64) == b""
    cursor = alice.pull().next_cursor
    again = post_packed(alice, changes.body(), "packed-1")
    assert again.json() == first.json() and alice.pull(cursor=cursor).changes == []
    other = packed(project("p1"), file("p1", "a.bin", b"other"), file("p1", "empty.txt", b""))
    reused = post_packed(alice, other.body(), "packed-1")
    assert (reused.status_code, reused.json()["error"]) == (422, "idempotency_key_reused")


def test_a_packed_push_checks_sizes_and_checksums(alice: Sync) -> None:
    good = packed(project("p1"), file("p1", "a.txt", b"hello"))
    for body in (good.body()[:-1], good.body() + b"!", good.header):  # short, long, no content at all
        reply = post_packed(alice, body, uuid.uuid4().hex)
        assert reply.status_code == 422, reply.text
    damaged = packed(project("p1"), file("p1", "a.txt", b"hello"), file("p1", "b.txt", b"fine"))
    damaged.contents[0] = b"jello"  # same size, other bytes
    results = post_packed(alice, damaged.body(), uuid.uuid4().hex).json()["results"]
    assert [r["status"] for r in results] == ["applied", "rejected", "applied"]
    assert "checksum" in results[1]["message"]
