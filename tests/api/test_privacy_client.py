"""PrivacyClient against the real stub: consents, DNT headers, settings sync, rights requests and archives."""

from __future__ import annotations

import json
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, get_args

import httpx
import pytest

from desktop.api import contract as c
from desktop.api import errors
from desktop.api.client import ApiClient
from desktop.api.privacy_client import PrivacyClient, dnt_headers, preferences_from
from desktop.domain import privacy as d
from tests.api.conftest import InMemoryKeyring, make_client, sign_up
from tests.stub_server import StubServer

EVENT = c.AnalyticsEvent(
    type="usage", name="open_project", timestamp=datetime.now(UTC), app_version="1.0", os="Linux", duration_ms=3.0
)


@pytest.fixture
def privacy(api: ApiClient) -> PrivacyClient:
    sign_up(api, "alice")
    return PrivacyClient(api)


def _back_office(stub: StubServer, path: str, body: Any) -> Any:
    reply = httpx.post(stub.url + path, json=body, timeout=10)
    assert reply.is_success, reply.text
    return reply.json()


def _stored_events(stub: StubServer) -> int:
    with stub.ctx.db.transaction() as conn:
        return int(conn.execute("SELECT COUNT(*) FROM analytics_events").fetchone()[0])


@pytest.mark.parametrize(
    ("enum", "literal"),
    [
        (d.ConsentKind, c.ConsentKind),
        (d.EmailCategory, c.EmailCategory),
        (d.RightsRequestType, c.RightsRequestType),
        (d.RightsRequestStatus, c.RightsRequestStatus),
        (d.RetentionClass, c.RetentionClass),
    ],
)
def test_domain_enums_match_the_wire_values(enum: Any, literal: Any) -> None:
    assert [member.value for member in enum] == list(get_args(literal))


def test_domain_preferences_refuse_to_switch_off_essential_processing() -> None:
    prefs = d.PrivacyPreferences()
    assert not any(prefs.consents.values()) and not prefs.pending
    assert prefs.with_consent(d.ConsentKind.AI_TRAINING, True).pending
    with pytest.raises(ValueError, match="essential"):
        prefs.with_consent(d.ConsentKind.ESSENTIAL, False)
    assert d.RightsRequestType.CCPA_KNOW.response_days == 45 and d.RightsRequestStatus.REJECTED.is_final


def test_consents_default_off_history_and_essential_refused(privacy: PrivacyClient) -> None:
    states = {state.kind: state for state in privacy.consents()}
    assert not states["ai_training"].granted and states["essential"].required
    privacy.set_consent(d.ConsentKind.AI_TRAINING, True)
    withdrawn = privacy.set_consent(d.ConsentKind.AI_TRAINING, False)
    assert [event.granted for event in withdrawn.history] == [True, False]
    with pytest.raises(errors.InvalidRequest) as caught:
        privacy.set_consent(d.ConsentKind.ESSENTIAL, False)
    assert caught.value.code == c.ERR_ESSENTIAL_CONSENT and "cannot be switched off" in caught.value.message


def test_dnt_header_provider_makes_the_service_store_no_analytics(
    privacy: PrivacyClient, stub_server: StubServer
) -> None:
    assert dnt_headers(False) == {} and dnt_headers(True) == {"DNT": "1", "Sec-GPC": "1"}
    privacy.set_consent(d.ConsentKind.ANALYTICS, True)
    enabled = {"dnt": True}
    privacy.api.transport.add_header_provider(lambda: dnt_headers(enabled["dnt"]))
    ack = privacy.send_analytics([EVENT, EVENT])
    assert (ack.received, ack.accepted, ack.dropped_reason) == (2, 0, "dnt_header")
    sent = [r for r in stub_server.requests() if r.path == c.ANALYTICS_EVENTS]
    assert sent[-1].headers.get("dnt") == "1" and sent[-1].headers.get("sec-gpc") == "1"
    assert _stored_events(stub_server) == 0
    enabled["dnt"] = False
    assert privacy.send_analytics([EVENT]).accepted == 1 and _stored_events(stub_server) == 1
    privacy.set_do_not_track(True)
    assert privacy.send_analytics([EVENT]).dropped_reason == "do_not_track" and _stored_events(stub_server) == 1


def test_settings_push_applies_or_returns_the_current_document(privacy: PrivacyClient) -> None:
    local = preferences_from(privacy.settings()).with_consent(d.ConsentKind.MARKETING, True)
    local = local.with_email(d.EmailCategory.MARKETING, True).with_do_not_track(True)
    pushed = privacy.push_settings(local)
    assert pushed.applied and pushed.settings.revision > local.revision
    assert pushed.settings.consents["marketing"] and pushed.settings.communications.marketing
    stale = privacy.push_settings(local.with_do_not_track(False))
    assert not stale.applied and stale.settings == pushed.settings
    assert preferences_from(stale.settings).do_not_track


def test_rights_requests_and_archive_download(
    privacy: PrivacyClient, stub_server: StubServer, keyring_backend: InMemoryKeyring, tmp_path: Path
) -> None:
    for kind in d.RightsRequestType:
        corrections = {"company": "Acme"} if kind is d.RightsRequestType.CORRECTION else None
        filed = privacy.file_request(kind, details="please", corrections=corrections)
        expected = timedelta(days=45) if kind.is_ccpa else None
        assert filed.status == "received" and (expected is None or filed.due_at - filed.created_at == expected)
    access = privacy.rights_requests()[0]
    for _ in range(2):
        _back_office(stub_server, c.TEST_PRIVACY_ADVANCE.format(request_id=access.id), {})
    done = privacy.rights_request(access.id)
    assert done.status == "completed" and done.archive_available
    saved = privacy.download_archive(access.id, tmp_path / "out" / "my-data.zip")
    with zipfile.ZipFile(saved) as archive:
        assert json.loads(archive.read("profile.json"))["username"] == "alice"
        assert len(json.loads(archive.read("rights_requests.json"))) == len(d.RightsRequestType)
    assert [p.name for p in saved.parent.iterdir()] == ["my-data.zip"]

    other = make_client(stub_server, keyring_backend, profile="bob")
    sign_up(other, "bob")
    with pytest.raises(errors.NotFound):
        PrivacyClient(other).rights_request(access.id)
    with pytest.raises(errors.NotFound):
        PrivacyClient(other).download_archive(access.id, tmp_path / "stolen.zip")
    assert not (tmp_path / "stolen.zip").exists()
    other.close()


def test_policy_notices_retention_processors_contact_and_email(privacy: PrivacyClient, stub_server: StubServer) -> None:
    effective = stub_server.ctx.clock.now_dt() + timedelta(days=c.MIN_POLICY_NOTICE_DAYS + 1)
    announcement = {"version": "v2", "summary": "Clearer retention.", "effective_at": effective.isoformat()}
    _back_office(stub_server, c.TEST_POLICY_VERSIONS, announcement)
    assert [v.version for v in privacy.policy_status().pending] == ["v2"]
    assert privacy.accept_policy("v2").pending == []
    notice = {"title": "t", "description": "d", "impact": "i", "mitigation": "m", "detected_at": effective.isoformat()}
    _back_office(stub_server, c.TEST_SECURITY_NOTICES, notice)
    (listed,) = privacy.security_notices()
    privacy.acknowledge_notice(listed.id)
    assert privacy.security_notices() == []
    classes = [entry.data_class for entry in privacy.retention().schedule]
    assert classes == [member.value for member in d.RetentionClass]
    assert privacy.processors() and privacy.contact().eu_representative.email == "eu-privacy@codecraft.ai"
    with pytest.raises(errors.ConflictError):
        privacy.set_communications(c.CommunicationPreferences(marketing=True))
    assert not any(privacy.unsubscribe_all().model_dump().values())


def test_experts_cannot_file_rights_requests(api: ApiClient) -> None:
    sign_up(api, "erin", role="expert")
    privacy = PrivacyClient(api)
    assert not {s.kind: s.granted for s in privacy.consents()}["ai_training"]
    with pytest.raises(errors.PermissionDenied):
        privacy.rights_requests()
