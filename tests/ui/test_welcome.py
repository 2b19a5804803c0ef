"""The first run: the welcome screen comes before the vault is created, once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from desktop.paths import ProfilePaths
from desktop.services.context import AppContext
from desktop.storage.keys import KeyKeeper
from desktop.ui.app import build_main_window
from desktop.ui.main_window import MainWindow
from desktop.ui.welcome import WelcomePage
from tests.keyrings import MemoryKeyring


def _start(qtbot: QtBot, profile: ProfilePaths, keeper: KeyKeeper) -> MainWindow:
    """A fresh start of the app on ``profile``: a new context reads the settings file again."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    win = build_main_window(app, AppContext.for_profile(profile, keeper))
    qtbot.addWidget(win)
    win.show()
    return win


def _text(page: WelcomePage) -> str:
    return " ".join(label.text() for label in page.findChildren(QLabel))


def test_first_start_welcomes_then_start_offline_creates_the_vault(
    qtbot: QtBot, profile: ProfilePaths, keeper: KeyKeeper
) -> None:
    win = _start(qtbot, profile, keeper)
    qtbot.waitUntil(lambda: win.central.currentWidget() is win.welcome)
    assert not win.new_action.isEnabled()
    text = _text(win.welcome)
    assert str(profile.root) in text and "local-only" in text and "Privacy" in text
    assert "secure keyring" in text and "choose either" in text
    qtbot.mouseClick(win.welcome.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.central.currentWidget() is win.gate)
    assert win.gate.pages.currentWidget() is win.gate.create_page
    assert win.ctx.settings.get("first_run_done") is True
    qtbot.mouseClick(win.gate.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.gate.pages.currentWidget() is win.gate.recovery_key_page)
    win.gate.saved_check.setChecked(True)
    qtbot.mouseClick(win.gate.continue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.central.currentWidget() is win.workspace)
    win.close()

    again = _start(qtbot, profile, keeper)  # the next start unlocks straight away: no welcome
    qtbot.waitUntil(lambda: again.central.currentWidget() is again.workspace)
    again.close()


def test_welcome_is_shown_once_even_before_a_vault_exists(qtbot: QtBot, profile: ProfilePaths) -> None:
    keeper = KeyKeeper(MemoryKeyring(), is_secure=lambda backend: False)
    win = _start(qtbot, profile, keeper)
    qtbot.waitUntil(lambda: win.central.currentWidget() is win.welcome)
    assert "No secure keyring was found" in _text(win.welcome)
    qtbot.mouseClick(win.welcome.account_button, Qt.MouseButton.LeftButton)  # "I have an account" goes on too
    qtbot.waitUntil(lambda: win.central.currentWidget() is win.gate)
    assert win.gate.pages.currentWidget() is win.gate.create_page and win.gate.use_passphrase.isChecked()
    win.close()
    assert not profile.vault.exists()

    again = _start(qtbot, profile, keeper)
    qtbot.waitUntil(lambda: again.central.currentWidget() is again.gate)
    assert again.gate.pages.currentWidget() is again.gate.create_page
    again.close()


def test_an_existing_vault_skips_the_welcome(qtbot: QtBot, ctx: AppContext, keeper: KeyKeeper) -> None:
    ctx.session.lock()  # a vault made before the welcome existed: first_run_done was never set
    assert ctx.settings.get("first_run_done") is False
    win = _start(qtbot, ctx.paths, keeper)
    qtbot.waitUntil(lambda: win.central.currentWidget() is win.workspace)
    win.close()


def test_welcome_fits_the_default_window_and_scrolls_in_the_smallest(
    qtbot: QtBot, profile: ProfilePaths, keeper: KeyKeeper
) -> None:
    page = WelcomePage(profile.root, keeper)
    qtbot.addWidget(page)
    page.resize(1200, 760)  # the main window's default size
    page.show()
    qtbot.waitExposed(page)
    bar = page.scroll_area.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() == 0)  # everything fits: no scroll bar
    page.resize(760, 480)  # the main window's minimum size
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    page.scroll_area.ensureWidgetVisible(page.start_button)
    top = page.start_button.mapTo(page.scroll_area.viewport(), page.start_button.rect().topLeft()).y()
    assert top >= 0 and top + page.start_button.height() <= page.scroll_area.viewport().height()


def test_the_keyboard_alone_gets_through_the_first_run(qtbot: QtBot, profile: ProfilePaths) -> None:
    """Enter on the welcome, then typing the passphrase twice (Tab between) creates the vault."""
    ctx = AppContext.for_profile(profile, KeyKeeper(MemoryKeyring(), is_secure=lambda b: False))
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window = build_main_window(app, ctx)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert window.central.currentWidget() is window.welcome
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    gate = window.gate
    qtbot.waitUntil(lambda: QApplication.focusWidget() is gate.new_passphrase)
    qtbot.keyClicks(gate.new_passphrase, "a long enough passphrase")
    qtbot.keyClick(gate.new_passphrase, Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "a long enough passphrase")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.central.currentWidget() is window.workspace)
    window.close()
