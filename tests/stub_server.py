"""A pytest fixture running the REAL CodeCraft service stub (uvicorn, loopback, free port, temp data dir).

Use it from any test module in one of two ways::

    # in a package's conftest.py (what tests/api and tests/backend_stub do): re-export the fixture
    from tests.stub_server import StubServer, stub_server
    __all__ = ["stub_server"]

    # or, only in the ROOT tests/conftest.py (pytest refuses pytest_plugins in nested conftests)
    pytest_plugins = ["tests.stub_server"]

    def test_something(stub_server: StubServer) -> None:
        client = ApiClient(stub_server.url, token_store)
        stub_server.set_fault("error", status=503, count=2, path_prefix="/v1/sync")
        ...
        assert "MARKER" not in "".join(r.body for r in stub_server.requests())

Outside pytest, ``with running_stub(tmp_dir) as stub: ...`` does the same. The stub runs in a background
thread of the test process with fault injection and the ``/_test`` endpoints enabled; ``stub.ctx`` gives
direct access to its state (database, clock) for seeding, e.g. ``seed_demo(stub.ctx)``.
"""

from __future__ import annotations

import asyncio
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn
from fastapi import FastAPI

from backend_stub.app import create_app
from backend_stub.context import StubContext
from desktop.api import contract as c

STARTUP_TIMEOUT = 15.0


class _Server(uvicorn.Server):
    """uvicorn.Server that signals a threading.Event once it is listening."""

    def __init__(self, config: uvicorn.Config) -> None:
        super().__init__(config)
        self.ready = threading.Event()

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets=sockets)
        self.ready.set()


@dataclass
class StubServer:
    url: str
    data_dir: Path
    app: FastAPI

    @property
    def ctx(self) -> StubContext:
        ctx: StubContext = self.app.state.ctx
        return ctx

    def _test_call(self, method: str, path: str, body: Any = None) -> httpx.Response:
        response = httpx.request(method, self.url + path, json=body, timeout=10)
        response.raise_for_status()
        return response

    def set_fault(self, kind: c.FaultKind, **options: Any) -> None:
        """Add a fault rule, e.g. ``set_fault("rate_limit", retry_after=3, count=1, path_prefix="/v1/me")``."""
        rule = c.FaultRule(kind=kind, **options)
        self._test_call("POST", c.TEST_FAULTS, rule.model_dump())

    def clear_faults(self) -> None:
        self._test_call("DELETE", c.TEST_FAULTS)

    def requests(self) -> list[c.RecordedRequest]:
        """Every request the stub received (method, path, query, headers, body), oldest first."""
        data = self._test_call("GET", c.TEST_REQUESTS).json()
        return c.RecordedRequests.model_validate(data).requests

    def clear_requests(self) -> None:
        self._test_call("DELETE", c.TEST_REQUESTS)

    def advance_clock(self, seconds: float) -> None:
        self._test_call("POST", c.TEST_CLOCK, {"advance_seconds": seconds})


@contextmanager
def running_stub(data_dir: Path, *, test_endpoints: bool = True, fault_seed: int = 1234) -> Iterator[StubServer]:
    app = create_app(data_dir, test_endpoints=test_endpoints, fault_seed=fault_seed)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(app, http="h11", lifespan="on", log_level="warning", access_log=False)
    server = _Server(config)
    thread = threading.Thread(target=lambda: asyncio.run(server.serve(sockets=[sock])), name="stub-server", daemon=True)
    thread.start()
    try:
        if not server.ready.wait(STARTUP_TIMEOUT):
            raise RuntimeError("the CodeCraft stub did not start in time")
        yield StubServer(url=f"http://127.0.0.1:{port}", data_dir=data_dir, app=app)
    finally:
        server.should_exit = True
        thread.join(timeout=STARTUP_TIMEOUT)
        sock.close()


@pytest.fixture
def stub_server(tmp_path: Path) -> Iterator[StubServer]:
    """A fresh stub per test: own port, own database under ``tmp_path / "stub"``."""
    with running_stub(tmp_path / "stub") as stub:
        yield stub
