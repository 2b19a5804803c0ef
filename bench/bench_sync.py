"""Sync benchmarks: initial sync of 1,000 projects x 20 files vs one plain upload of the same bytes, a sync with
nothing to do, and the bytes a one-file change puts on the wire. The stub runs as its own process."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import psutil

from bench.harness import Figure, median_of
from bench.vault_fixture import bench_context, build_vault
from desktop.api import contract as c
from desktop.domain.projects import ProjectFilter, RevisionKind
from desktop.services.sync import SyncService

ROOT = Path(__file__).resolve().parent.parent
FIXED_OVERHEAD = 1024  # bytes of JSON around one file change (ids, base revision, checksum)
_STUB_PIDS: dict[str, int] = {}  # url -> the stub's process id, to read its CPU time


def _cpu_seconds(pid: int | None = None) -> float:
    """User + system CPU time of a process (this one by default): steadier than wall time on a busy machine."""
    times = psutil.Process(pid).cpu_times()
    return float(times.user + times.system)


@contextmanager
def stub_process(data: Path) -> Iterator[str]:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    command = [sys.executable, "-m", "backend_stub", "--port", str(port), "--data", str(data), "--faults"]
    proc = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stderr is not None
        for line in proc.stderr:  # uvicorn says when it listens
            if "Uvicorn running on" in line:
                break
        threading.Thread(target=proc.stderr.read, daemon=True).start()  # keep its log from filling the pipe
        _STUB_PIDS[f"http://127.0.0.1:{port}"] = proc.pid
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def _recorded(url: str) -> list[c.RecordedRequest]:
    return c.RecordedRequests.model_validate(httpx.get(url + c.TEST_REQUESTS, timeout=60).json()).requests


def _body_bytes(url: str) -> int:
    return sum(len(r.body.encode()) for r in _recorded(url))


def _plain_upload(url: str, size: int) -> float:
    """One streamed POST of ``size`` bytes to the same service (it reads and records every byte)."""
    chunk = b"x" * (256 * 1024)

    def body() -> Iterator[bytes]:
        sent = 0
        while sent < size:
            part = chunk[: min(len(chunk), size - sent)]
            sent += len(part)
            yield part

    start = time.perf_counter()
    httpx.post(url + "/v1/bench-upload", content=body(), timeout=300)
    return time.perf_counter() - start


def run(quick: bool) -> list[Figure]:
    projects = 100 if quick else 1000
    source = build_vault(projects, 20)
    work = Path(tempfile.mkdtemp(prefix="bench-sync-"))
    try:
        profile = work / "profile"
        shutil.copytree(source, profile)
        with stub_process(work / "stub") as url:
            return _measure(profile, url, projects)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _measure(profile: Path, url: str, projects: int) -> list[Figure]:
    os.environ["CODECRAFT_SERVER"] = url
    ctx = bench_context(profile)
    ctx.session.unlock_with_keyring()
    api = ctx.api()
    policy = api.policy().version
    api.register(
        c.RegisterRequest(
            name="Bench", email="bench@example.org", username="bench", password="bench-pass-1234",
            confirm_age_16=True, accepted_policy_version=policy,
        )
    )  # fmt: skip
    api.login("bench", "bench-pass-1234")
    service = SyncService.for_context(ctx)
    ids = ctx.projects.list_ids(ProjectFilter())
    start = time.perf_counter()
    for pid in ids:
        service.set_sync(pid, True)
    mark_time = time.perf_counter() - start
    httpx.delete(url + c.TEST_REQUESTS)

    stub_pid = _STUB_PIDS.get(url)
    client_cpu, stub_cpu = _cpu_seconds(), _cpu_seconds(stub_pid) if stub_pid else 0.0
    start = time.perf_counter()
    report = service.sync()
    initial = time.perf_counter() - start
    client_cpu = _cpu_seconds() - client_cpu
    stub_cpu = (_cpu_seconds(stub_pid) - stub_cpu) if stub_pid else float("nan")
    assert report.pushed == projects * 21, report
    sent = _body_bytes(url)
    httpx.delete(url + c.TEST_REQUESTS)
    baseline = min(_plain_upload(url, sent) for _ in range(2))
    httpx.delete(url + c.TEST_REQUESTS)

    noop = median_of(service.sync, 7)

    pid = ids[0]
    files = service.state.current_files(pid)
    path = sorted(files)[0]
    files[path] = files[path].replace(b"return value", b"return value + 1", 1)
    store = ctx.projects.store
    with store.vault.transaction() as tx:
        store.add_revision(tx, pid, RevisionKind.IMPORT, "bench edit", sorted(files.items()))
    httpx.delete(url + c.TEST_REQUESTS)
    one = service.sync()
    assert one.pushed == 1, one
    wire = _body_bytes(url)
    size = len(files[path])
    ctx.api().close()
    ctx.session.lock()
    return [
        Figure(f"mark {projects} projects Synced (preview + secret scan)", mark_time, "s", target="(info)"),
        Figure(f"initial sync, {projects} projects x 20 files ({sent / 1e6:.1f} MB sent)", initial, "s", baseline,
               "one plain upload of the same bytes", "<= 3x", initial <= 3 * baseline),
        Figure("initial sync: CPU of this (client) process", client_cpu, "s", target="(info)"),
        Figure("initial sync: CPU of the stub process", stub_cpu, "s", target="(info)"),
        Figure("sync with nothing to do", noop * 1000, "ms", target="<= 50 ms", ok=noop <= 0.05),
        Figure(f"request body bytes after one {size}-byte file changed", wire, "bytes", size, "the file size",
               f"<= 2x + {FIXED_OVERHEAD}", wire <= 2 * size + FIXED_OVERHEAD),
    ]  # fmt: skip
