"""SIGKILL a real sync process at random moments (the service slowed down), then sync again: all converges."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from desktop.api import contract as c
from desktop.domain.projects import ProjectFilter, ProjectOrigin, Requirements, RevisionKind
from desktop.services.context import AppContext
from tests.stub_server import StubServer
from tests.sync.conftest import PASSWORD, Device, _registration, server_snapshot
from tests.sync.driver import context, service

ROOT = Path(__file__).resolve().parents[2]
PROJECTS, FILES = 24, 8
# Run through an import (not ``-m``) so the keyring class has the same module name in both processes.
DRIVER = "import sys; from tests.sync.driver import main; sys.exit(main(sys.argv[1:]))"


class PushWatch:
    """Counts pushes the stub has received, so a kill can wait until the service really has the batch."""

    def __init__(self, stub: StubServer, monkeypatch: pytest.MonkeyPatch) -> None:
        self.count = 0
        self._changed = threading.Condition()
        recorder = stub.app.state.recorder
        original = recorder.add

        def add(scope: Any, body: bytes) -> None:
            original(scope, body)
            if scope["path"] == c.SYNC_PUSH:
                with self._changed:
                    self.count += 1
                    self._changed.notify_all()

        monkeypatch.setattr(recorder, "add", add)

    def waiter(self) -> Callable[[], None]:
        seen = self.count

        def wait() -> None:
            with self._changed:
                assert self._changed.wait_for(lambda: self.count > seen, timeout=30)

        return wait


def run_driver(
    profile: Path, keyring: Path, url: str, kill_after_lines: int | None, watch: PushWatch | None = None
) -> str:
    """Run a sync process; SIGKILL it after that many progress lines. Returns how it ended.

    A kill right after "Sending" waits until the stub has the push (it is slowed down, so it has not answered):
    the service applies the batch and its answer is lost with the process.
    """
    proc = subprocess.Popen(
        [sys.executable, "-c", DRIVER, str(profile), str(keyring), url],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert proc.stdout is not None
    wait_for_push = watch.waiter() if watch else None
    for lines, line in enumerate(proc.stdout, start=1):
        if line.strip() == "done":
            break
        if line.startswith("Sent") and watch:
            wait_for_push = watch.waiter()
        if kill_after_lines is not None and lines >= kill_after_lines:
            if line.startswith("Sending") and wait_for_push:
                wait_for_push()
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=30)
            return "killed"
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    return "done"


def device(tmp_path: Path, name: str, url: str, *, register: bool) -> tuple[AppContext, Path, Path]:
    profile, keyring = tmp_path / name, tmp_path / f"{name}-keyring.json"
    ctx = context(profile, keyring)
    ctx.session.create()
    ctx.settings.set("server_url", url)
    if register:
        ctx.api().register(_registration(ctx.api().policy().version))
    ctx.api().login("alice", PASSWORD)
    ctx.api().close()
    return ctx, profile, keyring


def snapshot(ctx: AppContext, url: str) -> dict[str, object]:
    sync = service(ctx, url)
    return Device(ctx, sync._api(), sync).snapshot()


def test_sync_killed_at_random_moments_loses_and_duplicates_nothing(
    stub_server: StubServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = stub_server.url
    watch = PushWatch(stub_server, monkeypatch)
    rng = random.Random(20240611)
    laptop, laptop_dir, laptop_keys = device(tmp_path, "laptop", url, register=True)
    store = laptop.projects.store
    with store.vault.transaction() as tx:
        for p in range(PROJECTS):
            pid = store.create_in(tx, Requirements(f"Project {p}"), ProjectOrigin.IMPORT)
            files = [(f"src/m{i}.py", f"value = {p * 100 + i}\n".encode() * 20) for i in range(FILES)]
            store.add_revision(tx, pid, RevisionKind.IMPORT, "import", files)
    sync = service(laptop, url)
    for pid in laptop.projects.list_ids(ProjectFilter()):
        sync.set_sync(pid, True)
    stub_server.set_fault("latency", path_prefix="/v1/sync", delay_ms=40)
    edited: list[int] = []

    # Push side: killed mid-push four times, with an edit to a new project after each crash.
    for round_ in range(4):
        laptop.session.lock()
        assert run_driver(laptop_dir, laptop_keys, url, rng.randint(1, 12), watch) == "killed"
        laptop.session.unlock_with_keyring()
        pid = laptop.projects.list_ids(ProjectFilter())[round_]
        edited.append(pid)
        files = sync.state.current_files(pid)
        files["src/m0.py"] = f"edited in round {round_}\n".encode()
        with store.vault.transaction() as tx:
            store.add_revision(tx, pid, RevisionKind.IMPORT, "edit", sorted(files.items()))
    laptop.session.lock()
    assert run_driver(laptop_dir, laptop_keys, url, None) == "done"

    # Pull side: the second device is killed mid-pull three times, then finishes.
    desktop, desktop_dir, desktop_keys = device(tmp_path, "desktop", url, register=False)
    desktop.session.lock()
    for _ in range(3):
        run_driver(desktop_dir, desktop_keys, url, rng.randint(1, 8))
    assert run_driver(desktop_dir, desktop_keys, url, None) == "done"

    stub_server.clear_faults()
    laptop.session.unlock_with_keyring()
    desktop.session.unlock_with_keyring()
    for ctx in (laptop, desktop):
        report = service(ctx, url).sync()
        assert report.pushed == 0  # nothing was left behind in an outbox or in flight
    server = server_snapshot(stub_server)
    assert len(server) == PROJECTS
    assert snapshot(laptop, url) == snapshot(desktop, url) == server
    with stub_server.ctx.db.transaction() as conn:
        revisions = dict(conn.execute("SELECT project_uid || '/' || path, revision FROM files").fetchall())
        projects = {r[0] for r in conn.execute("SELECT revision FROM projects")}
    edited_uids = {laptop.projects.get(pid).uid for pid in edited}
    for key, revision in revisions.items():  # a replayed push never wrote anything twice
        uid, path = key.split("/", 1)
        assert revision == (2 if uid in edited_uids and path == "src/m0.py" else 1), key
    assert projects == {1}
    assert len(desktop.projects.list_ids(ProjectFilter())) == PROJECTS
    keys = [r.headers["idempotency-key"] for r in stub_server.requests() if r.path == c.SYNC_PUSH]
    assert len(keys) > len(set(keys)), "no crash landed while a batch was in flight"
    for ctx in (laptop, desktop):
        ctx.session.lock()
