"""The sync screens against the real stub and real vaults: turn on (with a secret), statuses, conflicts, cancel."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop.api import contract as c
from desktop.domain.projects import ProjectFilter, ProjectOrigin, Requirements, RevisionKind
from desktop.domain.sync import SyncState
from desktop.paths import ProfilePaths
from desktop.services.account import AccountService
from desktop.services.context import AppContext
from desktop.services.sync import SyncCancelled, SyncService
from desktop.storage.keys import KeyKeeper
from desktop.ui.connectivity import ConnectivityMonitor
from desktop.ui.main_window import MainWindow
from desktop.ui.projects_page import ProjectsPage
from desktop.ui.sync.conflict_dialog import ConflictDialog
from desktop.ui.sync.project_badge import ProjectSyncBar
from desktop.ui.sync.sync_controller import SIGN_IN_FIRST, SyncController
from desktop.ui.sync.turn_on_dialog import TurnOnSyncDialog
from desktop.ui.tasks import TaskRunner
from tests.stub_server import StubServer, stub_server

__all__ = ["stub_server"]

PASSWORD = "correct horse battery staple 42"
AWS = b'AWS_KEY = "AKIAQ3EGUHZ7XJWK4N2P"\n'
SYNC = 4  # the list's Sync column


def sign_in(ctx: AppContext, stub: StubServer, *, register: bool) -> None:
    ctx.settings.set("server_url", stub.url)
    api = ctx.api()
    if register:
        api.register(
            c.RegisterRequest(
                name="Alice",
                email="alice@example.org",
                username="alice",
                password=PASSWORD,
                confirm_age_16=True,
                accepted_policy_version=api.policy().version,
            )
        )
    api.login("alice", PASSWORD)


def new_project(ctx: AppContext, title: str, files: dict[str, bytes]) -> int:
    store = ctx.projects.store
    with store.vault.transaction() as tx:
        pid = store.create_in(tx, Requirements(title), ProjectOrigin.IMPORT)
        store.add_revision(tx, pid, RevisionKind.IMPORT, "test", sorted(files.items()))
    return pid


def edit(service: SyncService, pid: int, changes: dict[str, bytes]) -> None:
    files = {**service.state.current_files(pid), **changes}
    with service.projects.vault.transaction() as tx:
        service.projects.add_revision(tx, pid, RevisionKind.IMPORT, "edit", sorted(files.items()))


def sent_text(stub: StubServer) -> str:
    """Every request body the stub received, with pushed file contents decoded (raw in a packed push)."""
    parts = []
    for request in stub.requests():
        parts.append(request.body)
        packed = request.headers.get("content-type") == c.PUSH_PACKED_TYPE
        if request.path == c.SYNC_PUSH and not packed and request.body.startswith("{"):
            body = c.PushRequest.model_validate_json(request.body)
            parts += [base64.b64decode(ch.file.content_b64).decode() for ch in body.changes if ch.file]
    return "\n".join(parts)


@dataclass
class Rig:
    ctx: AppContext
    controller: SyncController
    page: ProjectsPage

    @property
    def service(self) -> SyncService:
        return self.controller.service

    @property
    def bar(self) -> ProjectSyncBar:
        assert self.page.detail.sync_bar is not None
        return self.page.detail.sync_bar

    def list_text(self, pid: int) -> str:
        row = self.page.model.row_of(pid)
        return str(self.page.model.data(self.page.model.index(row, SYNC)) or "")


@pytest.fixture
def rig(qtbot: QtBot, ctx: AppContext, tasks: TaskRunner, stub_server: StubServer) -> Iterator[Rig]:
    sign_in(ctx, stub_server, register=True)
    accounts = AccountService(ctx)
    network = TaskRunner(name="network")
    controller = SyncController(SyncService(ctx.projects.store, accounts.api), tasks)
    controller.attach_account(accounts, network, ConnectivityMonitor(accounts, network))
    controller.set_enabled(True)
    page = ProjectsPage(ctx.projects, tasks, sync=controller)
    qtbot.addWidget(page)
    page.resize(1100, 600)
    page.show()
    yield Rig(ctx, controller, page)
    network.shutdown()
    accounts.close()
    ctx.api().close()


def open_project(qtbot: QtBot, rig: Rig, pid: int, badge: str) -> None:
    rig.page.reload(select=pid)
    qtbot.waitUntil(lambda: rig.bar.project_id == pid and rig.bar.badge.text() == badge)


def test_turn_on_sync_needs_a_decision_per_flagged_file_and_never_uploads_an_excluded_one(
    qtbot: QtBot, rig: Rig, stub_server: StubServer, qtmodeltester: ModelTester
) -> None:
    env = b"DB_PASSWORD=SECRETENV_1\n"
    pid = new_project(rig.ctx, "Shop", {"app.py": b"print(1)\n", "config.py": AWS, ".env": env})
    open_project(qtbot, rig, pid, "Local only")
    qtbot.waitUntil(lambda: rig.list_text(pid) == "Local only")  # the list's page arrives on its own
    assert rig.bar.mode_button.text() == "Sync: Local only"
    dialog = rig.bar.open_turn_on()
    assert isinstance(dialog, TurnOnSyncDialog)
    qtbot.waitUntil(lambda: dialog.preview is not None)
    assert sorted(dialog.flagged) == [".env", "config.py"]
    assert dialog.files.topLevelItemCount() == 4  # the requirements and three files, each with its size
    assert "attachment" not in dialog.summary.text() and "will be uploaded" in dialog.summary.text()
    assert not dialog.confirm_button.isEnabled() and "2 flagged files" in dialog.message.text()
    assert "AWS access key" in dialog.flagged["config.py"].findChildren(QLabel)[1].text()

    qtbot.mouseClick(dialog.flagged["config.py"].allow, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.message.text().startswith("Choose Exclude or Allow upload for 1 flagged file"))
    assert not dialog.confirm_button.isEnabled()
    qtbot.mouseClick(dialog.flagged[".env"].exclude, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.confirm_button.isEnabled)
    assert dialog.files.findItems(".env", Qt.MatchFlag.MatchExactly)[0].text(2) == "Excluded"

    with qtbot.waitSignal(rig.controller.synced, timeout=15_000):
        qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    sent = sent_text(stub_server)
    assert "AKIAQ3EGUHZ7XJWK4N2P" in sent and "SECRETENV_1" not in sent
    qtbot.waitUntil(lambda: rig.list_text(pid) == "Synced" and rig.bar.badge.text() == "Synced")
    assert rig.bar.mode_button.text() == "Sync: Synced"
    qtmodeltester.check(rig.page.model, force_py=True)

    # A change made here waits to be sent: the list and the header say so.
    rig.page.detail.save_requirements(Requirements("Shop", description="now with a cart"))
    qtbot.waitUntil(lambda: rig.list_text(pid) == "1 pending" and rig.bar.badge.text() == "1 pending")
    row = rig.page.model.row_of(pid)
    assert "waiting to be sent" in rig.page.model.data(rig.page.model.index(row, SYNC), Qt.ItemDataRole.ToolTipRole)


def test_make_local_only_asks_first_and_explains_the_service_copy(qtbot: QtBot, rig: Rig) -> None:
    pid = new_project(rig.ctx, "Notes", {"a.md": b"# a\n"})
    rig.service.set_sync(pid, True)
    open_project(qtbot, rig, pid, "2 pending")  # the requirements and a.md
    box = rig.bar.make_local()
    assert box is not None and "copy on the CodeCraft service stays" in box.informativeText()
    yes = next(b for b in box.buttons() if b.text() == "Make local only")
    qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: rig.bar.badge.text() == "Local only" and rig.list_text(pid) == "Local only")
    assert rig.service.status(pid).state is SyncState.LOCAL_ONLY


def test_conflict_dialog_keep_theirs_updates_the_files_and_syncs(
    qtbot: QtBot, rig: Rig, stub_server: StubServer, keeper: KeyKeeper, tmp_path: Path
) -> None:
    other = AppContext.for_profile(ProfilePaths(tmp_path / "data" / "profiles" / "desktop"), keeper)
    other.session.create()
    sign_in(other, stub_server, register=False)
    theirs = SyncService.for_context(other)
    try:
        pid = new_project(rig.ctx, "Shop", {"app.py": b"base\n", "other.py": b"o\n"})
        rig.service.set_sync(pid, True)
        rig.service.sync()
        theirs.sync()
        uid = rig.ctx.projects.get(pid).uid
        their_pid = next(p for p in other.projects.list_ids(ProjectFilter()) if other.projects.get(p).uid == uid)
        edit(rig.service, pid, {"app.py": b"mine\n"})
        edit(theirs, their_pid, {"app.py": b"theirs\n"})
        theirs.sync()
    finally:
        other.api().close()
        other.session.lock()
    open_project(qtbot, rig, pid, "1 pending")
    with qtbot.waitSignal(rig.controller.synced, timeout=15_000):
        rig.controller.sync_now()
    qtbot.waitUntil(lambda: rig.bar.badge.text() == "Conflict" and rig.list_text(pid) == "Conflict")
    assert rig.bar.resolve_button.isVisible()

    dialog = rig.bar.open_conflicts()
    assert isinstance(dialog, ConflictDialog)
    qtbot.waitUntil(lambda: dialog.list.count() == 1)
    assert dialog.list.item(0).text() == "app.py — changed on both"
    qtbot.waitUntil(lambda: dialog.viewer.document is not None)
    assert dialog.viewer.current_pair() is not None
    assert (dialog.viewer.current_pair().old_data, dialog.viewer.current_pair().new_data) == (b"mine\n", b"theirs\n")
    assert dialog.both_button.isEnabled()
    with qtbot.waitSignal(rig.controller.synced, timeout=15_000):
        qtbot.mouseClick(dialog.theirs_button, Qt.MouseButton.LeftButton)
    assert rig.service.state.current_files(pid)["app.py"] == b"theirs\n"
    qtbot.waitUntil(lambda: rig.bar.badge.text() == "Synced" and rig.list_text(pid) == "Synced")


def test_cancel_a_running_sync_keeps_what_is_pending(qtbot: QtBot, rig: Rig, stub_server: StubServer) -> None:
    from desktop.ui.sync.sync_status import SyncStatusWidget

    status = SyncStatusWidget(rig.controller)
    qtbot.addWidget(status)
    pid = new_project(rig.ctx, "Big", {f"f{i}.txt": bytes([65 + i]) * 2000 for i in range(6)})
    rig.service.set_sync(pid, True)
    rig.service.push_limit = 1
    stub_server.set_fault("latency", delay_ms=300, path_prefix=c.SYNC_PUSH)
    with qtbot.waitSignal(rig.controller.progressed, timeout=10_000):
        rig.controller.sync_now()
    assert status.cancel_button.isVisibleTo(status) and status.progress.isVisibleTo(status)
    assert "Sending changes" in status.text.text()
    with qtbot.waitSignal(rig.controller.failed, timeout=10_000) as failed:
        qtbot.mouseClick(status.cancel_button, Qt.MouseButton.LeftButton)
    assert isinstance(failed.args[0], SyncCancelled)
    qtbot.waitUntil(lambda: status.text.text().startswith("Sync stopped · Synced ·"))
    assert 0 < rig.service.status(pid).pending < 7
    assert not status.cancel_button.isVisibleTo(status)


@pytest.fixture
def signed_in(ctx: AppContext, stub_server: StubServer) -> Iterator[int]:
    sign_in(ctx, stub_server, register=True)
    pid = new_project(ctx, "Shop", {"app.py": b"print(1)\n"})
    SyncService.for_context(ctx).set_sync(pid, True)
    yield pid
    ctx.api().close()


def test_status_bar_shows_the_overall_state_and_auto_syncs_when_online(
    qtbot: QtBot, signed_in: int, window: MainWindow, stub_server: StubServer
) -> None:
    status = window.sync_status
    assert status.isVisible()
    assert window.sync_action.shortcut().toString() == "Ctrl+Shift+S"
    assert "Ctrl+Shift+S" in window.sync_action.toolTip()
    assert window.sync_action in window.menuBar().actions()[0].menu().actions()
    # The connectivity check finds the service online and a session stored: sync runs by itself.
    qtbot.waitUntil(lambda: status.text.text().startswith("Last synced"), timeout=15_000)
    assert any(r.path == c.SYNC_PUSH for r in stub_server.requests())

    # A failing background sync shows its reason in the status bar, never in a dialog.
    stub_server.set_fault("error", status=400, path_prefix="/v1/sync")
    edit(window.sync.service, signed_in, {"app.py": b"print(2)\n"})
    with qtbot.waitSignal(window.sync.failed, timeout=15_000):
        window.sync.auto_sync()
    qtbot.waitUntil(lambda: status.text.text().startswith("Sync error:"))
    assert QApplication.activeModalWidget() is None
    stub_server.clear_faults()
    with qtbot.waitSignal(window.sync.synced, timeout=15_000):
        window.sync_action.trigger()
    qtbot.waitUntil(lambda: status.text.text().startswith("Last synced"))


def test_sync_now_while_signed_out_asks_to_sign_in(qtbot: QtBot, ctx: AppContext, window: MainWindow) -> None:
    with qtbot.waitSignal(window.sync.notice):
        window.sync_action.trigger()
    qtbot.waitUntil(lambda: window.sync_status.text.text() == f"{SIGN_IN_FIRST} · Local only")
    assert not window.sync.running
