"""Two devices (profiles with real vaults) of one account, syncing through the real stub; retries never wait."""

from __future__ import annotations

import base64
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from desktop.api import contract as c
from desktop.api.client import ApiClient
from desktop.api.tokens import TokenStore
from desktop.domain.projects import ProjectOrigin, Requirements
from desktop.paths import ProfilePaths
from desktop.services.context import AppContext
from desktop.services.sync import SyncService
from desktop.storage.keys import KeyKeeper
from tests.stub_server import StubServer, stub_server

__all__ = ["Device", "alice", "bob_device", "stub_server"]

PASSWORD = "correct horse battery staple 42"


def fast_api(ctx: AppContext, url: str, **options: Any) -> ApiClient:
    """The profile's client (same keyring tokens as ``ctx.api()``) whose retries do not wait."""
    options.setdefault("sleep", lambda seconds: None)
    options.setdefault("rng", random.Random(3))
    return ApiClient(url, TokenStore(ctx.session.keeper.backend, url, ctx.profile_name), **options)


@dataclass
class Device:
    ctx: AppContext
    api: ApiClient
    sync: SyncService

    def new_project(self, title: str, files: dict[str, bytes], **requirements: str) -> int:
        store = self.ctx.projects.store
        with store.vault.transaction() as tx:
            pid = store.create_in(tx, Requirements(title, **requirements), ProjectOrigin.IMPORT)
            if files:
                store.add_revision(tx, pid, _kind(), "test", sorted(files.items()))
        return pid

    def edit(self, pid: int, changes: dict[str, bytes | None]) -> None:
        """A new revision with ``changes`` applied (None deletes a file), as an import or delivery would."""
        store = self.ctx.projects.store
        files = self.files(pid)
        for path, content in changes.items():
            if content is None:
                files.pop(path, None)
            else:
                files[path] = content
        with store.vault.transaction() as tx:
            store.add_revision(tx, pid, _kind(), "edit", sorted(files.items()))

    def files(self, pid: int) -> dict[str, bytes]:
        return self.sync.state.current_files(pid)

    def pid(self, uid: str) -> int:
        matches = [p for p in self.ctx.projects.list_ids(_all()) if self.ctx.projects.get(p).uid == uid]
        assert len(matches) == 1, f"{uid} is on this device {len(matches)} times"
        return matches[0]

    def snapshot(self) -> dict[str, tuple[Any, ...]]:
        """uid -> (requirements, files) of every Synced project: what must be equal across devices."""
        out: dict[str, tuple[Any, ...]] = {}
        for pid in self.ctx.projects.list_ids(_all()):
            if self.sync.mode(pid).value != "synced":
                continue
            project = self.ctx.projects.get(pid)
            out[project.uid] = (project.requirements, self.files(pid))
        return out


def _kind() -> Any:
    from desktop.domain.projects import RevisionKind

    return RevisionKind.IMPORT


def _all() -> Any:
    from desktop.domain.projects import ProjectFilter

    return ProjectFilter()


def server_snapshot(stub: StubServer) -> dict[str, tuple[Any, ...]]:
    """The same shape read straight from the stub's database (every live project of every account)."""
    out: dict[str, tuple[Any, ...]] = {}
    with stub.ctx.db.transaction() as conn:
        for row in conn.execute("SELECT uid, data FROM projects WHERE deleted = 0").fetchall():
            data = c.ProjectData.model_validate_json(row["data"])
            reqs = Requirements(data.name, data.description, data.stack, data.language, data.specifications)
            files = {
                f["path"]: bytes(f["content"])
                for f in conn.execute(
                    "SELECT path, content FROM files WHERE project_uid = ? AND deleted = 0", (row["uid"],)
                ).fetchall()
            }
            out[row["uid"]] = (reqs, files)
    return out


def sent_text(stub: StubServer) -> str:
    """Every request body the stub received, with base64 file contents decoded, as one string (a packed push
    carries its file contents as they are)."""
    parts = []
    for request in stub.requests():
        parts.append(request.body)
        packed = request.headers.get("content-type") == c.PUSH_PACKED_TYPE
        if request.path == c.SYNC_PUSH and not packed and request.body.startswith("{"):
            body = c.PushRequest.model_validate_json(request.body)
            parts += [
                base64.b64decode(ch.file.content_b64).decode("utf-8", "replace") for ch in body.changes if ch.file
            ]
    return "\n".join(parts)


@pytest.fixture
def make_device(stub_server: StubServer, keeper: KeyKeeper, tmp_path: Path) -> Iterator[Callable[[str], Device]]:
    devices: list[Device] = []

    def make(name: str) -> Device:
        ctx = AppContext.for_profile(ProfilePaths(tmp_path / "data" / "profiles" / name), keeper)
        ctx.session.create()
        ctx.settings.set("server_url", stub_server.url)
        if not devices:
            ctx.api().register(_registration(ctx.api().policy().version))
        ctx.api().login("alice", PASSWORD)
        api = fast_api(ctx, stub_server.url)
        device = Device(ctx, api, SyncService.for_context(ctx, lambda: api))
        devices.append(device)
        return device

    yield make
    for device in devices:
        device.api.close()
        device.ctx.api().close()
        device.ctx.session.lock()


def _registration(policy: str) -> c.RegisterRequest:
    return c.RegisterRequest(
        name="Alice",
        email="alice@example.org",
        username="alice",
        password=PASSWORD,
        confirm_age_16=True,
        accepted_policy_version=policy,
    )


@pytest.fixture
def alice(make_device: Callable[[str], Device]) -> Device:
    return make_device("laptop")


@pytest.fixture
def bob_device(alice: Device, make_device: Callable[[str], Device]) -> Device:
    """Alice's second device (named for the person at the other desk in the conflict tests)."""
    return make_device("desktop")
