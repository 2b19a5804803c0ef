"""Analytics honour consent and Do Not Track end to end: a real session, the real stub's analytics log."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop.api import contract as c
from desktop.domain.privacy import ConsentKind, RightsRequestType
from desktop.domain.projects import ProjectFilter, ProjectOrigin, Requirements, RevisionKind
from desktop.services.account import AccountService
from desktop.services.context import AppContext
from desktop.services.privacy import PrivacyService
from desktop.services.privacy_analytics import EventKind, why_not_sent
from desktop.services.sync import SyncService
from desktop.storage.privacy_store import PrivacyStore
from tests.privacy.conftest import analytics_log, back_office, sign_up
from tests.stub_server import StubServer


def _session(ctx: AppContext, accounts: AccountService, privacy: PrivacyService) -> None:
    """What a person does in one sitting: start, sign in, sync a project, browse, and the app flushes."""
    privacy.record_event(EventKind.APP_START)
    sign_up(accounts)
    privacy.sync_settings()
    store = ctx.projects.store
    with store.vault.transaction() as tx:
        pid = store.create_in(tx, Requirements("Ledger", "bookkeeping"), ProjectOrigin.IMPORT)
        store.add_revision(tx, pid, RevisionKind.IMPORT, "import", [("main.py", b"print('MARKER')\n")])
    sync = SyncService.for_context(ctx, accounts.api)
    sync.set_sync(pid, True)
    with privacy.timed("sync"):
        assert sync.sync().pushed >= 1
    for screen in ("projects", "privacy", "account"):
        privacy.record_event(EventKind.SCREEN_OPENED, screen)
    assert [ctx.projects.get(p).name for p in ctx.projects.list_ids(ProjectFilter())] == ["Ledger"]
    privacy.flush()


def _service_requests(stub: StubServer) -> list[c.RecordedRequest]:
    return [r for r in stub.requests() if not r.path.startswith("/_test")]


def test_with_do_not_track_on_nothing_is_sent_and_every_request_says_dnt_and_gpc(
    ctx: AppContext, accounts: AccountService, privacy: PrivacyService, stub_server: StubServer, tmp_path: Path
) -> None:
    privacy.set_consent(ConsentKind.ANALYTICS, True)  # consent alone does not override Do Not Track
    privacy.set_do_not_track(True)
    _session(ctx, accounts, privacy)
    accounts.check_online()  # the connectivity probe and the archive download use connections of their own
    request_id = privacy.file_request(RightsRequestType.ACCESS).id
    for status in ("in_progress", "completed"):
        back_office(stub_server, c.TEST_PRIVACY_ADVANCE.format(request_id=request_id), {"status": status})
    privacy.download_archive(request_id, tmp_path / "archive.zip")

    assert sum(entry.accepted for entry in analytics_log(stub_server)) == 0
    requests = _service_requests(stub_server)
    assert {c.POLICY, f"{c.PRIVACY_REQUESTS}/{request_id}/archive"} <= {r.path for r in requests}
    assert any(r.path == c.SYNC_PUSH for r in requests) and not any(r.path == c.ANALYTICS_EVENTS for r in requests)
    for request in requests:
        assert request.headers.get("dnt") == "1" and request.headers.get("sec-gpc") == "1", request.path
    assert len(privacy.queued_events()) == 5 and not any(e.sendable for e in privacy.queued_events())


def test_without_analytics_consent_nothing_is_sent(
    ctx: AppContext, accounts: AccountService, privacy: PrivacyService, stub_server: StubServer
) -> None:
    privacy.set_do_not_track(False)
    _session(ctx, accounts, privacy)

    assert analytics_log(stub_server) == []
    requests = _service_requests(stub_server)
    assert not any(r.path == c.ANALYTICS_EVENTS for r in requests)
    assert not any("dnt" in r.headers or "sec-gpc" in r.headers for r in requests)
    prefs = privacy.preferences()
    assert {why_not_sent(e, prefs, True) for e in privacy.queued_events()} == {
        "Never sent: recorded while Do Not Track was on or analytics consent was off"
    }


def test_with_consent_and_without_dnt_the_session_events_are_accepted(
    ctx: AppContext, accounts: AccountService, privacy: PrivacyService, stub_server: StubServer
) -> None:
    privacy.set_consent(ConsentKind.ANALYTICS, True)
    _session(ctx, accounts, privacy)
    assert [(e.received, e.accepted) for e in analytics_log(stub_server)] == [(5, 5)]
    assert privacy.queued_events() == []
    with stub_server.ctx.db.transaction() as conn:
        names = [row[0] for row in conn.execute("SELECT name FROM analytics_events ORDER BY id")]
    assert names == ["app_start", "operation:sync", "screen:projects", "screen:privacy", "screen:account"]


def test_withdrawing_consent_stops_events_already_queued(privacy: PrivacyService, stub_server: StubServer) -> None:
    privacy.set_consent(ConsentKind.ANALYTICS, True)
    privacy.record_event(EventKind.SCREEN_OPENED, "projects")
    assert privacy.queued_events()[0].sendable
    privacy.set_consent(ConsentKind.ANALYTICS, False)
    privacy.set_consent(ConsentKind.ANALYTICS, True)
    assert not privacy.queued_events()[0].sendable
    assert privacy.flush().sent == 0


def test_only_app_start_screens_and_timed_operations_are_recorded(privacy: PrivacyService) -> None:
    for bad in ("My Secret Project", "src/main.py", ""):
        with pytest.raises(ValueError):
            privacy.record_event(EventKind.SCREEN_OPENED, bad)
    with pytest.raises(ValueError):
        privacy.record_event(EventKind.OPERATION, "sync")  # no duration
    assert privacy.queued_events() == []


def test_events_older_than_two_years_are_deleted_locally(ctx: AppContext, privacy: PrivacyService) -> None:
    now = datetime(2030, 3, 1, tzinfo=UTC)
    past = PrivacyStore(lambda: ctx.session.vault, clock=lambda: now - timedelta(days=2 * 365 + 2))
    past.enqueue("usage", "screen:projects", True, None, {})
    recent = PrivacyStore(lambda: ctx.session.vault, clock=lambda: now - timedelta(days=700))
    recent.enqueue("usage", "screen:account", True, None, {})
    aged = PrivacyService(privacy.store, privacy._api, clock=lambda: now)
    assert [e.name for e in aged.queued_events()] == ["screen:account"]
    assert aged.delete_queued_events() == 1 and aged.queued_events() == []
