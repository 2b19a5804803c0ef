"""The Account page, its dialogs and the connectivity label, driven against the real stub and a real vault."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import pyotp
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from desktop.api import contract as c
from desktop.paths import ProfilePaths
from desktop.services.account import SESSION_NOT_KEPT, AccountService
from desktop.services.context import AppContext
from desktop.storage.keys import KeyKeeper
from desktop.ui.account_dialogs import RegisterDialog, SignInDialog
from desktop.ui.account_page import AccountPage
from desktop.ui.main_window import MainWindow
from desktop.ui.tasks import TaskRunner
from tests.keyrings import MemoryKeyring
from tests.stub_server import StubServer, running_stub, stub_server

__all__ = ["stub_server"]

PASSWORD = "a-long-secret-pass"


@pytest.fixture
def server_env(stub_server: StubServer, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("CODECRAFT_SERVER", stub_server.url)
    return stub_server.url


def _page(qtbot: QtBot, ctx: AppContext) -> AccountPage:
    page = AccountPage.for_context(ctx)
    qtbot.addWidget(page)
    page.show()
    return page


@pytest.fixture
def page(qtbot: QtBot, ctx: AppContext, server_env: str) -> Iterator[AccountPage]:
    account_page = _page(qtbot, ctx)
    qtbot.waitUntil(lambda: account_page.stack.currentWidget() is account_page.signed_out_page)
    yield account_page
    account_page.shutdown()


def _register(service: AccountService, username: str) -> None:
    service.register(
        c.RegisterRequest(
            name=username.title(),
            email=f"{username}@example.org",
            username=username,
            password=PASSWORD,
            confirm_age_16=True,
            accepted_policy_version=service.policy().version,
        )
    )


def _sign_in(qtbot: QtBot, page: AccountPage, username: str, password: str = PASSWORD) -> SignInDialog:
    dialog = page.open_sign_in()
    qtbot.keyClicks(dialog.username, username)
    qtbot.keyClicks(dialog.password, password)
    qtbot.mouseClick(dialog.submit_button, Qt.MouseButton.LeftButton)
    return dialog


def test_register_enforces_age_and_policy_then_signs_in(
    qtbot: QtBot, page: AccountPage, stub_server: StubServer
) -> None:
    status = QLabel()
    page.connectivity.attach(status)
    dialog = page.open_register()
    assert isinstance(dialog, RegisterDialog)
    version = stub_server.ctx.policy_version
    qtbot.waitUntil(lambda: dialog.accept_policy.isEnabled())
    assert dialog.accept_policy.text() == f"I accept the privacy policy (version {version})"
    for edit, text in [
        (dialog.name, "Lena Example"),
        (dialog.email, "lena@example.org"),
        (dialog.username, "lena"),
        (dialog.password, PASSWORD),
        (dialog.confirm, PASSWORD),
    ]:
        qtbot.keyClicks(edit, text)
    assert not dialog.submit_button.isEnabled()
    assert dialog.error_label.text() == "Please confirm that you are 16 or older."
    dialog.age.setChecked(True)
    assert dialog.error_label.text() == "Please read and accept the privacy policy."
    assert not dialog.submit_button.isEnabled()
    dialog.accept_policy.setChecked(True)
    assert dialog.submit_button.isEnabled() and dialog.error_label.isHidden()
    with qtbot.waitSignal(dialog.signed_in, timeout=10_000) as signed_in:
        qtbot.mouseClick(dialog.submit_button, Qt.MouseButton.LeftButton)
    assert signed_in.args[0].username == "lena"
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.signed_in_page)
    assert page.values["name"].text() == "Lena Example"
    assert page.values["email"].text() == "lena@example.org"
    assert page.values["role"].text() == "Client"
    assert page.values["company"].text() == "—"
    assert page.values["server"].text() == stub_server.url
    assert page.values["two_factor"].text() == "Off" and page.two_factor_button.isVisible()
    assert page.notice.isHidden()
    page.connectivity.check_now()
    qtbot.waitUntil(lambda: status.text() == "Online — signed in as lena")


def test_server_errors_are_shown_inline(qtbot: QtBot, page: AccountPage) -> None:
    _register(page.accounts, "taken")
    dialog = page.open_register()
    qtbot.waitUntil(lambda: dialog.accept_policy.isEnabled())
    dialog.name.setText("Someone")
    dialog.email.setText("someone@example.org")
    dialog.username.setText("taken")
    dialog.password.setText(PASSWORD)
    dialog.confirm.setText(PASSWORD)
    dialog.age.setChecked(True)
    dialog.accept_policy.setChecked(True)
    qtbot.mouseClick(dialog.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error_label.text() == "That username is already taken.")
    assert dialog.isVisible() and not dialog.is_busy() and dialog.submit_button.isEnabled()
    dialog.username.setText("not-taken")
    assert dialog.error_label.isHidden()  # editing clears the server's message
    dialog.reject()

    sign_in = _sign_in(qtbot, page, "taken", "not the password")
    qtbot.waitUntil(lambda: sign_in.error_label.text() == "The username or password is not right.")
    assert "Traceback" not in sign_in.error_label.text() and sign_in.isVisible()
    sign_in.password.setText(PASSWORD)
    with qtbot.waitSignal(sign_in.signed_in, timeout=10_000):
        qtbot.mouseClick(sign_in.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.signed_in_page)


def test_two_factor_enrolment_and_sign_in_with_a_code_or_a_recovery_code(
    qtbot: QtBot, page: AccountPage, stub_server: StubServer, memory_keyring: MemoryKeyring
) -> None:
    _register(page.accounts, "mona")
    with qtbot.waitSignal(_sign_in(qtbot, page, "mona").signed_in, timeout=10_000):
        pass
    qtbot.waitUntil(lambda: page.two_factor_button.isVisible())
    qtbot.mouseClick(page.two_factor_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog is not None and dialog.windowTitle() == "Turn on two-factor sign-in"
    qtbot.waitUntil(lambda: dialog.code.isEnabled())
    assert not dialog.qr.pixmap().isNull() and dialog.qr.pixmap().width() == 200
    secret = dialog.setup.secret
    totp = pyotp.TOTP(secret)
    qtbot.keyClicks(dialog.code, "000000")
    qtbot.mouseClick(dialog.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "not right" in dialog.error_label.text())
    dialog.code.setText(totp.now())
    with qtbot.waitSignal(dialog.enabled, timeout=10_000):
        qtbot.mouseClick(dialog.submit_button, Qt.MouseButton.LeftButton)
    codes = dialog.codes_label.text().splitlines()
    assert len(codes) == 10 and not dialog.submit_button.isEnabled()
    dialog.saved.setChecked(True)
    qtbot.mouseClick(dialog.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.values["two_factor"].text() == "On")
    assert not page.two_factor_button.isVisible()

    qtbot.mouseClick(page.sign_out_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.signed_out_page)
    assert not any(service.startswith("CodeCraftDesktop") for service, _ in memory_keyring.store)

    sign_in = _sign_in(qtbot, page, "mona")
    qtbot.waitUntil(lambda: sign_in.pages.currentWidget() is sign_in.code_page)
    stub_server.advance_clock(totp.interval)  # the enrolment code's time step is spent
    qtbot.keyClicks(sign_in.code, totp.at(stub_server.ctx.clock.now()))
    with qtbot.waitSignal(sign_in.signed_in, timeout=10_000):
        qtbot.mouseClick(sign_in.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.signed_in_page)
    page.sign_out()
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.signed_out_page)

    sign_in = _sign_in(qtbot, page, "mona")
    qtbot.waitUntil(lambda: sign_in.pages.currentWidget() is sign_in.code_page)
    sign_in.use_recovery.setChecked(True)
    assert sign_in.code.accessibleName() == "Recovery code"
    qtbot.keyClicks(sign_in.code, codes[3])
    with qtbot.waitSignal(sign_in.signed_in, timeout=10_000):
        qtbot.mouseClick(sign_in.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.values["username"].text() == "mona")


def test_closing_the_dialog_while_waiting_leaves_you_signed_out(
    qtbot: QtBot, page: AccountPage, stub_server: StubServer
) -> None:
    _register(page.accounts, "nico")
    stub_server.set_fault("latency", delay_ms=800, count=1, path_prefix=c.LOGIN)
    dialog = _sign_in(qtbot, page, "nico")
    assert dialog.busy_bar.isVisible() and not dialog.username.isEnabled()
    dialog.reject()
    qtbot.waitUntil(lambda: not page.network.is_busy(), timeout=10_000)
    assert page.stack.currentWidget() is page.signed_out_page
    assert not page.accounts.is_signed_in()


def test_without_a_secure_keyring_the_page_says_the_sign_in_is_not_kept(
    qtbot: QtBot, profile: ProfilePaths, server_env: str
) -> None:
    keyring = MemoryKeyring()
    ctx = AppContext.for_profile(profile, KeyKeeper(keyring, is_secure=lambda backend: False))
    page = _page(qtbot, ctx)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.signed_out_page)
    _register(page.accounts, "olga")
    with qtbot.waitSignal(_sign_in(qtbot, page, "olga").signed_in, timeout=10_000):
        pass
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.signed_in_page)
    assert page.notice.text() == SESSION_NOT_KEPT and keyring.store == {}
    page.shutdown()


def test_connectivity_label_follows_the_service(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    label = QLabel("Offline")
    with contextlib.ExitStack() as running:
        stub = running.enter_context(running_stub(tmp_path / "stub"))
        monkeypatch.setenv("CODECRAFT_SERVER", stub.url)
        page = AccountPage(AccountService(ctx), TaskRunner(name="network"), check_interval_ms=100)
        qtbot.addWidget(page)
        page.connectivity.attach(label)
        with qtbot.waitSignal(page.connectivity.online, timeout=10_000):
            page.start()
        assert label.text() == "Online — not signed in"
        with qtbot.waitSignal(page.connectivity.offline, timeout=10_000):
            running.close()  # the service stops
    assert label.text() == "Service unreachable" and "could not be reached" in label.toolTip()
    monkeypatch.setenv("CODECRAFT_SERVER", "https://no-such-host.invalid")
    qtbot.waitUntil(lambda: label.text() == "Offline", timeout=10_000)
    page.shutdown()


def test_main_window_account_section_and_status_bar(
    qtbot: QtBot, server_env: str, stub_server: StubServer, window: MainWindow
) -> None:
    assert window.pages.widget(4) is window.account_page
    qtbot.waitUntil(lambda: window.online_label.text() == "Online — not signed in", timeout=10_000)
    window.go_to(4)
    assert window.pages.currentWidget() is window.account_page
    qtbot.waitUntil(lambda: window.account_page.stack.currentWidget() is window.account_page.signed_out_page)


def test_the_vault_never_waits_for_the_network(
    qtbot: QtBot, ctx: AppContext, server_env: str, stub_server: StubServer
) -> None:
    from PySide6.QtWidgets import QApplication

    from desktop.ui.app import build_main_window

    stub_server.set_fault("latency", delay_ms=1500, path_prefix=c.POLICY)
    ctx.session.lock()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    win = build_main_window(app, ctx)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.central.currentWidget() is win.workspace)
    assert win.account_page.network.is_busy() and win.online_label.text() == "Offline"
    win.close()
