"""Closing the account: password again, a deletion request, 30 days of grace with cancel, then closed."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import httpx
import pytest

from backend_stub.account_closure import TEST_CLOSURE_SWEEP
from desktop.api import errors
from desktop.services.closure import ClosureService, describe
from desktop.services.portability.exporter import ExportOptions, export_archive
from desktop.services.portability.service_data import fetch_service_data
from tests.deletion.conftest import PASSWORD, Device
from tests.stub_server import StubServer


def test_closure_grace_period_cancel_and_close(alice: Device, stub_server: StubServer) -> None:
    closure = ClosureService(lambda: alice.api)
    assert not closure.status().pending
    with pytest.raises(errors.PermissionDenied, match="password"):
        closure.close_account("not my password")
    status = closure.close_account(PASSWORD)
    assert status.pending and status.effective_at and status.requested_at
    assert (status.effective_at - status.requested_at).days == 30
    assert any("7 years" in kept for kept in status.keeps)
    assert "scheduled to close on" in describe(status, lambda moment: moment.date().isoformat())
    with pytest.raises(errors.ConflictError):
        closure.close_account(PASSWORD)
    alice.api.login("alice", PASSWORD)  # signing in during the grace period still works and shows it
    assert closure.status().pending
    requests = alice.api.authed("GET", "/v1/privacy/requests").data["requests"]
    assert [(r["type"], r["status"]) for r in requests] == [("deletion", "received")]
    assert not closure.cancel().pending
    requests = alice.api.authed("GET", "/v1/privacy/requests").data["requests"]
    assert requests[0]["status"] == "rejected"

    closure.close_account(PASSWORD)
    stub_server.advance_clock(29 * 86400)
    assert httpx.post(stub_server.url + TEST_CLOSURE_SWEEP).json() == {"closed": []}
    stub_server.advance_clock(2 * 86400)
    assert httpx.post(stub_server.url + TEST_CLOSURE_SWEEP).json()["closed"] == [1]
    with pytest.raises(errors.AuthenticationFailed):
        alice.api.login("alice", PASSWORD)


def test_export_includes_service_data_when_signed_in(alice: Device, tmp_path: Path) -> None:
    service = fetch_service_data(lambda: alice.api)
    assert service.included
    path = tmp_path / "with-service.zip"
    export_archive(alice.ctx.session.vault, path, ExportOptions(), service=service)
    with zipfile.ZipFile(path) as zf:
        names = set(zf.namelist())
        manifest = json.loads(zf.read("manifest.json"))
    assert {"service/consents.json", "service/rights_requests.json", "service/payments.json"} <= names
    assert manifest["contents"]["service"]["included"] is True
