"""Rights requests, retention, policy versions and security notices through the service, against the real stub."""

from __future__ import annotations

import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop.api import contract as c
from desktop.domain.privacy import RightsRequestStatus, RightsRequestType
from desktop.services.account import AccountService
from desktop.services.context import AppContext
from desktop.services.privacy import PrivacyService
from desktop.services.privacy_analytics import AccountNeeded
from tests.privacy.conftest import back_office
from tests.stub_server import StubServer


def advance(stub: StubServer, request_id: int, status: str | None = None) -> None:
    back_office(stub, c.TEST_PRIVACY_ADVANCE.format(request_id=request_id), {"status": status})


@pytest.mark.parametrize("kind", list(RightsRequestType))
def test_every_request_type_round_trips_with_its_status_changes(
    kind: RightsRequestType, privacy: PrivacyService, signed_in: c.UserProfile, stub_server: StubServer
) -> None:
    corrections = {"company": "Ledger Ltd"} if kind is RightsRequestType.CORRECTION else None
    filed = privacy.file_request(kind, details=f"please handle my {kind.value} request", corrections=corrections)
    assert filed.status == RightsRequestStatus.RECEIVED
    assert filed.due_at - filed.created_at >= timedelta(days=28 if not kind.is_ccpa else 45)
    assert [r.id for r in privacy.rights_requests()] == [filed.id]

    advance(stub_server, filed.id)
    assert privacy.refresh_request(filed.id).status == RightsRequestStatus.IN_PROGRESS
    advance(stub_server, filed.id)
    done = privacy.refresh_request(filed.id)
    assert done.status == RightsRequestStatus.COMPLETED and done.resolution
    assert done.archive_available is kind.produces_archive


def test_an_access_archive_downloads_and_opens_as_a_zip(
    privacy: PrivacyService, signed_in: c.UserProfile, stub_server: StubServer, tmp_path: Path
) -> None:
    filed = privacy.file_request(RightsRequestType.ACCESS)
    advance(stub_server, filed.id, "in_progress")
    advance(stub_server, filed.id, "completed")
    saved = privacy.download_archive(filed.id, tmp_path / "out" / "my-data.zip")
    with zipfile.ZipFile(saved) as archive:
        assert "profile.json" in archive.namelist() and "consents.json" in archive.namelist()
        assert b"alice@example.org" in archive.read("profile.json")


def test_a_rejected_request_says_so(privacy: PrivacyService, signed_in: c.UserProfile, stub_server: StubServer) -> None:
    filed = privacy.file_request(RightsRequestType.RESTRICTION)
    advance(stub_server, filed.id, "rejected")
    assert privacy.refresh_request(filed.id).status == RightsRequestStatus.REJECTED


def test_rights_requests_need_an_account(privacy: PrivacyService) -> None:
    with pytest.raises(AccountNeeded):
        privacy.file_request(RightsRequestType.ACCESS)
    with pytest.raises(AccountNeeded):
        privacy.rights_requests()


def test_a_new_policy_version_is_pending_until_accepted(
    privacy: PrivacyService, signed_in: c.UserProfile, stub_server: StubServer
) -> None:
    effective = datetime.now(UTC) + timedelta(days=40)
    back_office(
        stub_server,
        c.TEST_POLICY_VERSIONS,
        {"version": "2026-01", "summary": "Clearer retention periods.", "effective_at": effective.isoformat()},
    )
    status = privacy.policy_status()
    assert [v.version for v in status.pending] == ["2026-01"]
    assert status.pending[0].summary == "Clearer retention periods."
    accepted = privacy.accept_policy("2026-01")
    assert accepted.pending == [] and accepted.accepted_version == "2026-01"


def test_a_security_notice_stays_until_acknowledged(
    privacy: PrivacyService, signed_in: c.UserProfile, stub_server: StubServer
) -> None:
    notice = {
        "title": "Unusual sign-ins",
        "description": "Sign-in attempts from an unknown network were blocked.",
        "impact": "No data was accessed.",
        "mitigation": "Change your password if you reuse it elsewhere.",
        "detected_at": datetime.now(UTC).isoformat(),
    }
    notice_id = back_office(stub_server, c.TEST_SECURITY_NOTICES, notice)["id"]
    assert [n.id for n in privacy.security_notices()] == [notice_id]
    assert [n.id for n in privacy.security_notices()] == [notice_id]  # still there: not acknowledged yet
    privacy.acknowledge_notice(notice_id)
    assert privacy.security_notices() == []


def test_retention_processors_and_contacts(
    ctx: AppContext, accounts: AccountService, privacy: PrivacyService, signed_in: c.UserProfile
) -> None:
    report = privacy.retention()
    assert {rule.data_class for rule in report.rules} == {e.data_class for e in report.schedule}
    assert any(p.category == "Payments" for p in privacy.processors())
    assert privacy.contact().data_protection_officer.email == "privacy@codecraft.ai"
