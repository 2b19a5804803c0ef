"""The retention sweep runs on its own schedule inside the app; privacy test endpoints exist only in test mode."""

from __future__ import annotations

import threading
from pathlib import Path

import httpx
import pytest

from backend_stub import retention
from backend_stub.context import StubContext
from desktop.api import contract as c
from tests.stub_server import running_stub


def test_the_app_runs_the_sweep_on_a_schedule(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ran = threading.Event()
    real_sweep = retention.sweep

    def sweep_and_signal(ctx: StubContext) -> c.SweepReport:
        report = real_sweep(ctx)
        ran.set()
        return report

    monkeypatch.setattr(retention, "SWEEP_INTERVAL_SECONDS", 0.05)
    monkeypatch.setattr(retention, "sweep", sweep_and_signal)
    with running_stub(tmp_path / "stub"):
        assert ran.wait(timeout=10), "the scheduled retention sweep never ran"


def test_privacy_test_endpoints_are_absent_outside_test_mode(tmp_path: Path) -> None:
    with running_stub(tmp_path / "stub", test_endpoints=False) as stub, httpx.Client(base_url=stub.url) as http:
        assert http.post(c.TEST_RETENTION_SWEEP).status_code == 404
        assert http.get(c.TEST_ANALYTICS_LOG).status_code == 404
        assert http.get(c.PRIVACY_CONTACT).status_code == 401
