"""Privacy center on the real stub over HTTP: consents, DNT, analytics, rights requests, retention, policy."""

from __future__ import annotations

import io
import json
import zipfile
from datetime import datetime, timedelta
from typing import get_args

import pytest

from desktop.api import contract as c
from tests.backend_stub.conftest import Service
from tests.backend_stub.privacy_helpers import DAY, EVENT, Account, advance, back_office, db


@pytest.fixture
def alice(service: Service) -> Account:
    return Account(service, "alice")


def test_new_account_has_every_optional_consent_off_and_history_records_changes(alice: Account) -> None:
    states = alice.consents()
    assert set(states) == set(get_args(c.ConsentKind))
    assert states["essential"].granted and states["essential"].required and states["essential"].description
    assert not any(states[k].granted for k in get_args(c.OptionalConsent))
    assert states["ai_training"].history == [] and states["ai_training"].changed_at is None

    assert alice.consent("ai_training", True)["granted"] is True
    alice.consent("ai_training", True)  # no change, no new history entry
    withdrawn = c.ConsentState.model_validate(alice.consent("ai_training", False))
    assert not withdrawn.granted
    assert [(e.granted, e.source) for e in withdrawn.history] == [(True, "desktop_app"), (False, "desktop_app")]
    assert withdrawn.changed_at == withdrawn.history[-1].at


def test_essential_processing_cannot_be_switched_off(alice: Account) -> None:
    answer = alice.consent("essential", False, status=400)
    assert answer["error"] == c.ERR_ESSENTIAL_CONSENT and "cannot be switched off" in answer["message"]
    assert alice.consents()["essential"].granted
    alice.consent("no_such_kind", True, status=422)


def _events_stored(service: Service) -> int:
    return int(db(service).execute("SELECT COUNT(*) FROM analytics_events").fetchone()[0])


@pytest.mark.parametrize(
    ("headers", "reason"), [({c.DNT_HEADER: "1"}, "dnt_header"), ({c.GPC_HEADER: "1"}, "gpc_header")]
)
def test_analytics_honours_dnt_and_gpc_headers(alice: Account, headers: dict[str, str], reason: str) -> None:
    alice.consent("analytics", True)
    ack = alice.call("POST", c.ANALYTICS_EVENTS, 202, json={"events": [EVENT, EVENT]}, headers=headers)
    assert ack == {"received": 2, "accepted": 0, "dropped_reason": reason}
    assert _events_stored(alice.service) == 0
    log = c.AnalyticsLog.model_validate(alice.service.http.get(c.TEST_ANALYTICS_LOG).json())
    assert [(e.received, e.accepted, e.reason) for e in log.entries] == [(2, 0, reason)]


def test_analytics_needs_consent_and_respects_the_do_not_track_setting(alice: Account) -> None:
    batch = {"events": [EVENT]}
    assert alice.call("POST", c.ANALYTICS_EVENTS, 202, json=batch)["dropped_reason"] == "no_consent"
    assert _events_stored(alice.service) == 0
    alice.consent("analytics", True)
    assert alice.call("POST", c.ANALYTICS_EVENTS, 202, json=batch) == {
        "received": 1,
        "accepted": 1,
        "dropped_reason": None,
    }
    assert _events_stored(alice.service) == 1
    assert alice.call("PUT", c.PRIVACY_DNT, json={"enabled": True})["do_not_track"] is True
    assert alice.call("POST", c.ANALYTICS_EVENTS, 202, json=batch)["accepted"] == 0
    assert _events_stored(alice.service) == 1


def test_every_rights_request_type_round_trips_with_due_dates(alice: Account) -> None:
    for kind in get_args(c.RightsRequestType):
        extra = {"corrections": {"company": "Acme"}} if kind == "correction" else {}
        filed = alice.file_request(kind, details=f"please handle {kind}", **extra)
        assert (filed.type, filed.status, filed.details) == (kind, "received", f"please handle {kind}")
        if kind.startswith("ccpa_"):
            assert filed.due_at - filed.created_at == timedelta(days=45)
        else:
            assert 28 <= (filed.due_at - filed.created_at).days <= 31
            assert filed.due_at.day == filed.created_at.day or filed.due_at.day < filed.created_at.day
        assert advance(alice.service, filed.id).status == "in_progress"
        done = advance(alice.service, filed.id)
        assert done.status == "completed" and done.resolution and done.updated_at >= filed.updated_at
        assert done.archive_available == (kind in ("access", "portability", "ccpa_know"))
        fetched = c.RightsRequest.model_validate(alice.call("GET", f"{c.PRIVACY_REQUESTS}/{filed.id}"))
        assert fetched == done
    listed = c.RightsRequestList.model_validate(alice.call("GET", c.PRIVACY_REQUESTS)).requests
    assert [r.type for r in listed] == list(get_args(c.RightsRequestType))
    path = c.TEST_PRIVACY_ADVANCE.format(request_id=listed[0].id)
    assert alice.service.http.post(path, json={}).status_code == 409  # completed is final


def test_restriction_and_objection_set_processing_flags_until_rejected(alice: Account) -> None:
    restriction = alice.file_request("restriction")
    alice.file_request("objection")
    alice.file_request("ccpa_opt_out_of_sale")
    flags = c.ProcessingFlags.model_validate(alice.call("GET", c.PRIVACY_PROCESSING))
    assert (flags.restricted, flags.objected, flags.sale_opt_out) == (True, True, True)
    alice.consent("analytics", True)
    assert alice.call("POST", c.ANALYTICS_EVENTS, 202, json={"events": [EVENT]})["accepted"] == 0
    assert advance(alice.service, restriction.id, "rejected").status == "rejected"
    assert alice.call("GET", c.PRIVACY_PROCESSING)["restricted"] is False


def test_correction_and_withdraw_consent_requests_take_effect(alice: Account) -> None:
    assert alice.call("POST", c.PRIVACY_REQUESTS, 422, json={"type": "correction"})["error"] == "corrections_missing"
    fix = alice.file_request("correction", corrections={"name": "Alice Liddell", "email": "al@example.org"})
    advance(alice.service, fix.id)
    advance(alice.service, fix.id)
    me = alice.call("GET", c.ME)
    assert (me["name"], me["email"]) == ("Alice Liddell", "al@example.org")
    alice.consent("ai_training", True)
    alice.consent("analytics", True)
    alice.file_request("withdraw_consent")
    states = alice.consents()
    assert not states["ai_training"].granted and states["ai_training"].source == "rights_request"


def test_access_archive_is_a_zip_of_everything_held_and_only_for_its_owner(service: Service, alice: Account) -> None:
    alice.push_project("p1")
    alice.consent("analytics", True)
    alice.call("POST", c.ANALYTICS_EVENTS, 202, json={"events": [EVENT]})
    filed = alice.file_request("access")
    archive_path = f"{c.PRIVACY_REQUESTS}/{filed.id}/archive"
    assert alice.call("GET", archive_path, 404)["error"] == "archive_not_ready"
    advance(service, filed.id)
    advance(service, filed.id)
    reply = alice.call("GET", archive_path)
    assert reply.headers["content-type"] == "application/zip"
    with zipfile.ZipFile(io.BytesIO(reply.content)) as archive:
        data = {name: json.loads(archive.read(name)) for name in archive.namelist()}
    assert data["profile.json"]["username"] == "alice"
    assert {s["kind"]: s["granted"] for s in data["consents.json"]}["analytics"] is True
    assert [p["uid"] for p in data["projects.json"]] == ["p1"] and data["projects.json"][0]["file_count"] == 1
    assert [e["name"] for e in data["analytics_events.json"]] == ["open_project"]
    assert [r["type"] for r in data["rights_requests.json"]] == ["access"]
    assert "communications" in data["privacy_settings.json"]

    bob = Account(service, "bob")
    assert bob.call("GET", f"{c.PRIVACY_REQUESTS}/{filed.id}", 404)["error"] == "not_found"
    assert bob.call("GET", archive_path, 404)["error"] == "not_found"
    assert bob.call("GET", c.PRIVACY_REQUESTS)["requests"] == []
    assert service.http.get(archive_path).status_code == 401


def test_roles_clients_and_experts(service: Service) -> None:
    expert = Account(service, "erin", role="expert")
    assert expert.consents()["ai_training"].granted is False
    expert.consent("marketing", True)
    for path in (c.PRIVACY_REQUESTS, c.PRIVACY_RETENTION):
        assert expert.call("GET", path, 403)["error"] == "forbidden"
    for path in (c.PRIVACY_CONSENTS, c.PRIVACY_SETTINGS, c.PRIVACY_CONTACT, c.PRIVACY_PROCESSORS, c.PRIVACY_POLICY):
        assert service.http.get(path).status_code == 401
        expert.call("GET", path)


def test_settings_document_syncs_with_revisions(alice: Account) -> None:
    start = c.PrivacySettings.model_validate(alice.call("GET", c.PRIVACY_SETTINGS))
    assert start.revision == 0 and not start.do_not_track and start.communications.project_updates
    update = {
        "base_revision": 0,
        "do_not_track": True,
        "consents": {"analytics": True, "marketing": True},
        "communications": {"project_updates": False, "marketing": True},
    }
    saved = c.PrivacySettings.model_validate(alice.call("PUT", c.PRIVACY_SETTINGS, json=update))
    assert saved.revision > 0 and saved.do_not_track and saved.consents["marketing"] and saved.communications.marketing
    assert alice.consents()["analytics"].source == "settings_sync"
    stale = alice.call("PUT", c.PRIVACY_SETTINGS, 409, json={**update, "do_not_track": False})
    conflict = c.SettingsConflict.model_validate(stale)
    assert conflict.error == c.ERR_STALE_REVISION and conflict.current == saved


def test_email_preferences_and_unsubscribe_all(alice: Account) -> None:
    prefs = {"project_updates": True, "delivery_notifications": True, "product_news": True, "marketing": True}
    assert alice.call("PUT", c.PRIVACY_COMMUNICATIONS, 409, json=prefs)["error"] == "consent_needed"
    alice.consent("marketing", True)
    assert alice.call("PUT", c.PRIVACY_COMMUNICATIONS, json=prefs) == prefs
    off = alice.call("POST", c.PRIVACY_UNSUBSCRIBE_ALL)
    assert not any(off.values()) and alice.call("GET", c.PRIVACY_COMMUNICATIONS) == off
    assert alice.consents()["marketing"].source == "unsubscribe"


def test_policy_versions_need_30_days_notice_and_acceptance_is_recorded(service: Service, alice: Account) -> None:
    now = service.stub.ctx.clock.now_dt()
    short = {"version": "2027-01", "summary": "Shorter retention.", "effective_at": str(now + timedelta(days=29))}
    assert back_office(service, c.TEST_POLICY_VERSIONS, short, 422)["error"] == "notice_too_short"
    ok = {**short, "effective_at": (now + timedelta(days=31)).isoformat()}
    back_office(service, c.TEST_POLICY_VERSIONS, ok, 201)
    status = c.PolicyStatus.model_validate(alice.call("GET", c.PRIVACY_POLICY))
    assert [v.version for v in status.pending] == ["2027-01"] and status.pending[0].summary == "Shorter retention."
    assert status.in_effect == status.accepted_version != "2027-01"
    accepted = c.PolicyStatus.model_validate(alice.call("POST", c.PRIVACY_POLICY_ACCEPT, json={"version": "2027-01"}))
    assert accepted.pending == [] and accepted.accepted_version == "2027-01"
    assert alice.call("GET", c.ME)["policy_version"] == "2027-01"
    alice.call("POST", c.PRIVACY_POLICY_ACCEPT, 404, json={"version": "nope"})


def test_security_notices_are_listed_until_acknowledged(service: Service, alice: Account) -> None:
    bob = Account(service, "bob")
    notice = {
        "title": "Leaked logs",
        "description": "d",
        "impact": "i",
        "mitigation": "m",
        "detected_at": datetime.now().astimezone().isoformat(),
        "usernames": ["alice"],
    }
    notice_id = back_office(service, c.TEST_SECURITY_NOTICES, notice, 201)["id"]
    listed = c.SecurityNoticeList.model_validate(alice.call("GET", c.PRIVACY_NOTICES)).notices
    assert [n.title for n in listed] == ["Leaked logs"]
    assert bob.call("GET", c.PRIVACY_NOTICES)["notices"] == []
    bob.call("POST", f"{c.PRIVACY_NOTICES}/{notice_id}/ack", 404)
    alice.call("POST", f"{c.PRIVACY_NOTICES}/{notice_id}/ack", 204)
    assert alice.call("GET", c.PRIVACY_NOTICES)["notices"] == []


def test_retention_sweep_deletes_delivered_code_after_90_days_not_89(service: Service, alice: Account) -> None:
    alice.push_project("p1")
    alice.push_project("p2")
    empty = c.RetentionReport.model_validate(alice.call("GET", c.PRIVACY_RETENTION))
    assert {r.data_class: r.days for r in empty.rules}["project_code"] == 90
    by_class = {e.data_class: e for e in empty.schedule}
    assert by_class["project_code"].has_data and by_class["project_code"].delete_on is None
    assert not by_class["payment_records"].has_data and not by_class["analytics"].has_data
    delivered = back_office(service, c.TEST_DELIVERIES, {"project_uid": "p1"})["delivered_at"]
    report = c.RetentionReport.model_validate(alice.call("GET", c.PRIVACY_RETENTION))
    project_code = next(e for e in report.schedule if e.data_class == "project_code")
    assert project_code.delete_on == datetime.fromisoformat(delivered) + timedelta(days=90)

    files = "SELECT project_uid FROM files ORDER BY project_uid"
    service.stub.advance_clock(89 * DAY)
    assert back_office(service, c.TEST_RETENTION_SWEEP)["projects_purged"] == []
    assert [r[0] for r in db(service).execute(files)] == ["p1", "p2"]
    service.stub.advance_clock(DAY)
    swept = c.SweepReport.model_validate(back_office(service, c.TEST_RETENTION_SWEEP))
    assert (swept.projects_purged, swept.files_deleted) == (["p1"], 1)
    assert [r[0] for r in db(service).execute(files)] == ["p2"]
    alice.relogin()
    assert alice.call("GET", f"{c.PROJECTS}/p1")["files"] == []


def test_processors_and_contacts(alice: Account) -> None:
    processors = c.ProcessorList.model_validate(alice.call("GET", c.PRIVACY_PROCESSORS)).processors
    assert {"Stripe", "SendGrid", "Mixpanel"} <= {name for p in processors for name in p.names}
    contact = c.PrivacyContact.model_validate(alice.call("GET", c.PRIVACY_CONTACT))
    assert contact.data_protection_officer.email == "privacy@codecraft.ai"
    assert contact.eu_representative.email == "eu-privacy@codecraft.ai" and contact.complaint_right


def test_sweep_expires_old_analytics_and_marketing_after_inactivity(service: Service, alice: Account) -> None:
    alice.consent("analytics", True)
    alice.consent("marketing", True)
    alice.call("POST", c.ANALYTICS_EVENTS, 202, json={"events": [EVENT]})
    service.stub.advance_clock(2 * 365 * DAY - DAY)
    assert back_office(service, c.TEST_RETENTION_SWEEP)["analytics_deleted"] == 0
    service.stub.advance_clock(2 * DAY)
    assert back_office(service, c.TEST_RETENTION_SWEEP)["analytics_deleted"] == 1
    service.stub.advance_clock(365 * DAY)
    back_office(service, c.TEST_RETENTION_SWEEP)
    alice.relogin()
    marketing = alice.consents()["marketing"]
    assert not marketing.granted and marketing.source == "service"
