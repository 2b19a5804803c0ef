"""``python -m backend_stub`` as a real process: seeded demo accounts, fault endpoints off unless enabled."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

from desktop.api import contract as c

ROOT = Path(__file__).resolve().parents[2]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def stub_process(data: Path, *args: str, env: dict[str, str] | None = None) -> Iterator[str]:
    port = _free_port()
    command = [sys.executable, "-m", "backend_stub", "--port", str(port), "--data", str(data), *args]
    proc = subprocess.Popen(command, cwd=ROOT, stderr=subprocess.PIPE, text=True, env={**os.environ, **(env or {})})
    try:
        assert proc.stderr is not None
        for line in proc.stderr:  # block until uvicorn says it is listening
            if "Uvicorn running on" in line:
                break
        else:
            raise AssertionError("the stub exited before it started listening")
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_cli_seeds_demo_accounts_and_hides_test_endpoints(tmp_path: Path) -> None:
    with stub_process(tmp_path / "data", "--seed-demo") as url:
        login = httpx.post(url + c.LOGIN, json={"username": "demo", "password": "demo-client-pass"})
        assert login.json()["status"] == "ok"
        assert httpx.post(url + c.LOGIN, json={"username": "expert", "password": "demo-expert-pass"}).is_success
        assert httpx.get(url + c.TEST_REQUESTS).status_code == 404
        assert "/v1/auth/login" in httpx.get(url + "/openapi.json").json()["paths"]
    assert (tmp_path / "data" / "stub.sqlite3").exists()


def test_env_variable_enables_fault_endpoints(tmp_path: Path) -> None:
    with stub_process(tmp_path / "data", env={"CODECRAFT_STUB_FAULTS": "1"}) as url:
        assert httpx.post(url + c.TEST_FAULTS, json={"kind": "error", "status": 500, "count": 1}).status_code == 204
        assert httpx.get(url + c.POLICY).status_code == 500
        assert httpx.get(url + c.POLICY).status_code == 200
