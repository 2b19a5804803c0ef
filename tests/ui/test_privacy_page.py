"""The Privacy screens against the real stub and a real vault: every screen, signed out and signed in."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox, QTableWidget
from pytestqt.qtbot import QtBot

from desktop.api import contract as c
from desktop.domain.privacy import ConsentKind, EmailCategory, RightsRequestType
from desktop.services.account import AccountService
from desktop.services.context import AppContext
from desktop.services.privacy import PrivacyService
from desktop.services.privacy_analytics import EventKind
from desktop.services.vault_session import VaultState
from desktop.ui.privacy import PrivacyPage
from desktop.ui.privacy.choices import DNT_ON
from desktop.ui.privacy.controller import PrivacyController
from desktop.ui.tasks import TaskRunner
from tests.privacy.conftest import back_office, service_settings, sign_up
from tests.stub_server import StubServer, stub_server

__all__ = ["stub_server"]


@pytest.fixture
def accounts(ctx: AppContext, stub_server: StubServer) -> Iterator[AccountService]:
    ctx.settings.set("server_url", stub_server.url)
    service = AccountService(ctx)
    yield service
    service.close()


@pytest.fixture
def network(qtbot: QtBot) -> Iterator[TaskRunner]:
    runner = TaskRunner(name="network")
    yield runner
    runner.shutdown()


@pytest.fixture
def page(
    qtbot: QtBot, ctx: AppContext, accounts: AccountService, tasks: TaskRunner, network: TaskRunner
) -> PrivacyPage:
    service = PrivacyService.for_context(ctx, accounts.api)
    controller = PrivacyController(service, tasks, network, lambda: ctx.session.state is VaultState.UNLOCKED)
    widget = PrivacyPage(controller)
    controller.setParent(widget)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    return widget


def _cell(view: QTableWidget, row: int, column: int) -> str:
    item = view.item(row, column)
    assert item is not None
    return item.text()


def _settle(qtbot: QtBot, page: PrivacyPage) -> None:
    qtbot.waitUntil(lambda: not page.controller.vault.is_busy() and not page.controller.network.is_busy())


def _load(qtbot: QtBot, page: PrivacyPage) -> None:
    with qtbot.waitSignal(page.controller.signed_in_changed):
        page.vault_unlocked()
    _settle(qtbot, page)


def test_signed_out_the_consents_screen_keeps_local_settings_and_explains(
    qtbot: QtBot, page: PrivacyPage, stub_server: StubServer
) -> None:
    _load(qtbot, page)
    consents = page.consents
    assert page.account_note.isVisible() and "need an account" in page.account_note.text()
    essential = consents.switches[ConsentKind.ESSENTIAL]
    assert essential.isChecked() and not essential.isEnabled() and "cannot be switched off" in essential.toolTip()
    assert not any(consents.switches[k].isChecked() for k in ConsentKind if k.switchable)

    consents.switches[ConsentKind.ANALYTICS].click()
    qtbot.waitUntil(lambda: page.controller.prefs.consents[ConsentKind.ANALYTICS])
    qtbot.waitUntil(lambda: "not sent yet" in consents.histories[ConsentKind.ANALYTICS].text())
    assert consents.sync_note.isVisible()
    assert page.controller.service.preferences().consents[ConsentKind.ANALYTICS]


def test_ai_training_needs_a_confirmation_and_then_reaches_the_service(
    qtbot: QtBot, page: PrivacyPage, accounts: AccountService, stub_server: StubServer
) -> None:
    sign_up(accounts)
    _load(qtbot, page)
    consents = page.consents
    switch = consents.switches[ConsentKind.AI_TRAINING]
    assert not switch.isChecked()

    switch.click()
    qtbot.waitUntil(lambda: consents.ai_dialog is not None and consents.ai_dialog.isVisible())
    assert consents.ai_dialog is not None and "train" in consents.ai_dialog.text()
    assert not switch.isChecked()
    consents.ai_dialog.button(QMessageBox.StandardButton.No).click()
    qtbot.waitUntil(lambda: consents.ai_dialog is None)
    assert not switch.isChecked() and not page.controller.service.ai_training_consent()

    switch.click()
    qtbot.waitUntil(lambda: consents.ai_dialog is not None and consents.ai_dialog.isVisible())
    assert consents.ai_dialog is not None
    consents.ai_dialog.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: service_settings(stub_server).consents["ai_training"])
    _settle(qtbot, page)
    assert switch.isChecked() and not page.controller.prefs.pending
    qtbot.waitUntil(lambda: "Allowed in a CodeCraft app" in consents.histories[ConsentKind.AI_TRAINING].text())


def test_do_not_track_explains_itself_and_switches_the_headers(qtbot: QtBot, page: PrivacyPage) -> None:
    _load(qtbot, page)
    page.show_screen("Do Not Track")
    dnt = page.do_not_track
    assert dnt.isVisible()
    dnt.switch.click()
    qtbot.waitUntil(lambda: page.controller.prefs.do_not_track)
    assert dnt.state.text() == DNT_ON
    assert page.controller.service.headers() == {"DNT": "1", "Sec-GPC": "1"}
    dnt.switch.click()
    qtbot.waitUntil(lambda: not page.controller.prefs.do_not_track)
    assert page.controller.service.headers() == {}


def test_communication_preferences_and_unsubscribe_from_all(qtbot: QtBot, page: PrivacyPage) -> None:
    _load(qtbot, page)
    page.show_screen("Communication preferences")
    emails = page.communications
    marketing = emails.switches[EmailCategory.MARKETING]
    assert not marketing.isEnabled() and "Consents" in marketing.toolTip()
    emails.switches[EmailCategory.PRODUCT_NEWS].click()
    qtbot.waitUntil(lambda: page.controller.prefs.emails[EmailCategory.PRODUCT_NEWS])
    page.consents.switches[ConsentKind.MARKETING].click()
    qtbot.waitUntil(marketing.isEnabled)
    marketing.click()
    qtbot.waitUntil(lambda: page.controller.prefs.emails[EmailCategory.MARKETING])

    emails.unsubscribe.click()
    qtbot.waitUntil(lambda: not any(page.controller.prefs.emails.values()))
    assert not page.controller.prefs.consents[ConsentKind.MARKETING]
    assert not any(switch.isChecked() for switch in emails.switches.values())


def test_what_is_collected_lists_the_queue_says_why_nothing_is_sent_and_deletes_it(
    qtbot: QtBot, page: PrivacyPage
) -> None:
    _load(qtbot, page)
    page.show_screen("What is collected")
    collected = page.collected
    page.screen_opened("projects")
    page.controller.record(EventKind.OPERATION, "import", 120.0)
    qtbot.waitUntil(lambda: collected.model.rowCount() == 3)  # app start, screen, operation
    assert "Analytics consent is off" in collected.state.text()
    names = [collected.model.index(r, 2).data() for r in range(3)]
    assert names == ["app_start", "screen:projects", "operation:import"]
    assert collected.model.index(2, 3).data() == "120 ms"
    assert collected.model.index(0, 4).data().startswith("Never sent")

    collected.delete.click()
    qtbot.waitUntil(lambda: collected.model.rowCount() == 0)
    assert not collected.delete.isEnabled()


def test_rights_requests_need_an_account_when_signed_out(qtbot: QtBot, page: PrivacyPage) -> None:
    _load(qtbot, page)
    page.show_screen("Your rights")
    rights = page.rights
    assert rights.account_note.isVisible() and not rights.submit.isEnabled() and not rights.download.isEnabled()
    page.show_screen("Data retention")
    retention = page.retention
    assert "Sign in to see" in _cell(retention.view, 0, 2)
    assert page.third_parties.view.rowCount() >= 5
    page.show_screen("Contact")
    contact = page.contact
    assert "privacy@codecraft.ai" in contact.dpo.text() and "supervisory authority" in contact.complaint.text()


def test_rights_requests_are_filed_followed_and_their_archive_saved(
    qtbot: QtBot,
    page: PrivacyPage,
    accounts: AccountService,
    stub_server: StubServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sign_up(accounts)
    _load(qtbot, page)
    page.show_screen("Your rights")
    rights = page.rights
    assert not rights.account_note.isVisible() and rights.submit.isEnabled()
    rights.kind.setCurrentIndex(rights.kind.findData(RightsRequestType.CORRECTION))
    assert rights.corrections["company"].isVisible()
    rights.kind.setCurrentIndex(rights.kind.findData(RightsRequestType.ACCESS))
    assert not rights.corrections["company"].isVisible()
    rights.details.setPlainText("everything please")
    rights.submit.click()
    qtbot.waitUntil(lambda: rights.model.rowCount() == 1)
    assert "received" in rights.status.text()
    assert rights.model.index(0, 2).data() == "Received" and "GDPR" in rights.model.index(0, 5).data()

    for step in ("in_progress", "completed"):
        back_office(stub_server, c.TEST_PRIVACY_ADVANCE.format(request_id=1), {"status": step})
    rights.refresh.click()
    qtbot.waitUntil(lambda: rights.model.index(0, 2).data() == "Completed")
    rights.view.selectRow(0)
    assert rights.download.isEnabled() and "Archive ready" in rights.model.index(0, 6).data()

    target = tmp_path / "saved" / "my-data.zip"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    rights.download.click()
    qtbot.waitUntil(lambda: "Saved the archive" in rights.status.text())
    with zipfile.ZipFile(target) as archive:
        assert "profile.json" in archive.namelist()

    page.show_screen("Data retention")
    retention = page.retention
    assert "Sign in to see" not in _cell(retention.view, 0, 2)


def test_a_new_policy_version_shows_a_banner_until_accepted(
    qtbot: QtBot, page: PrivacyPage, accounts: AccountService, stub_server: StubServer
) -> None:
    sign_up(accounts)
    effective = datetime.now(UTC) + timedelta(days=45)
    back_office(
        stub_server,
        c.TEST_POLICY_VERSIONS,
        {"version": "2026-02", "summary": "Shorter analytics retention.", "effective_at": effective.isoformat()},
    )
    _load(qtbot, page)
    banner = page.banner
    qtbot.waitUntil(lambda: banner.accept_button is not None)
    assert banner.isVisibleTo(page) or not banner.isHidden()
    page.show_screen("Policy")
    policy = page.policy
    assert "Shorter analytics retention." in policy.announcement.text() and policy.accept.isVisible()
    assert banner.accept_button is not None
    banner.accept_button.click()
    qtbot.waitUntil(lambda: banner.accept_button is None and banner.isHidden())
    assert "You accepted version 2026-02" in policy.accepted.text() and not policy.accept.isVisible()


def test_a_security_notice_stays_until_acknowledged(
    qtbot: QtBot, page: PrivacyPage, accounts: AccountService, stub_server: StubServer
) -> None:
    sign_up(accounts)
    notice = {
        "title": "Blocked sign-ins",
        "description": "Sign-in attempts from an unknown network were blocked.",
        "impact": "No data was accessed.",
        "mitigation": "Nothing, unless you reuse your password elsewhere.",
        "detected_at": datetime.now(UTC).isoformat(),
    }
    notice_id = back_office(stub_server, c.TEST_SECURITY_NOTICES, notice)["id"]
    _load(qtbot, page)
    qtbot.waitUntil(lambda: notice_id in page.banner.ack_buttons)
    with qtbot.waitSignal(page.controller.notices_changed):
        page.controller.refresh_online()  # a later refresh: still there
    assert notice_id in page.banner.ack_buttons and not page.banner.isHidden()
    page.banner.ack_buttons[notice_id].click()
    qtbot.waitUntil(lambda: not page.banner.ack_buttons and page.banner.isHidden())
    assert page.controller.service.security_notices() == []


def test_settings_changed_signed_out_reach_the_service_when_signing_in(
    qtbot: QtBot, page: PrivacyPage, accounts: AccountService, stub_server: StubServer
) -> None:
    _load(qtbot, page)
    page.do_not_track.switch.click()
    qtbot.waitUntil(lambda: page.controller.prefs.do_not_track and page.controller.prefs.pending)
    sign_up(accounts)
    page.controller.refresh_online()  # what the account page's sign-in or the connectivity monitor triggers
    qtbot.waitUntil(lambda: not page.controller.prefs.pending)
    assert service_settings(stub_server).do_not_track
    assert not page.account_note.isVisible()


def test_the_main_window_shows_the_privacy_page(window) -> None:  # type: ignore[no-untyped-def]
    index = [window.navigation.item(i).text() for i in range(window.navigation.count())].index("Privacy")
    window.go_to(index)
    assert isinstance(window.pages.currentWidget(), PrivacyPage)
    assert window.privacy_page.banner.isHidden()
