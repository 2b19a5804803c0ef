"""The welcome screen, shown once before the first vault is created: what stays local, where data lives, how the
vault is unlocked, and the privacy defaults. Both buttons lead on to creating the vault; nothing needs an account.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop import APP_NAME
from desktop.storage.keys import KeyKeeper
from desktop.ui.theme import icon, style_as


def _section(title: str, text: str) -> QFrame:
    frame = QFrame()
    style_as(frame, "welcomeSection")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(14, 10, 14, 12)
    heading = QLabel(title)
    style_as(heading, "sectionTitle")
    body = QLabel(text)
    body.setWordWrap(True)
    body.setTextFormat(Qt.TextFormat.RichText)
    body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    layout.addWidget(heading)
    layout.addWidget(body)
    return frame


KEYRING_NAMES = {
    "SecretService": "Secret Service",
    "libsecret": "Secret Service",
    "kwallet": "KWallet",
    "macOS": "the macOS Keychain",
    "Windows": "Windows Credential Manager",
}


def keyring_text(keeper: KeyKeeper) -> str:
    choice = (
        "<b>System keyring</b>: your operating system keeps the vault's key and the vault opens by itself when you "
        "sign in to this computer; a recovery key, shown once, gets you back in if the keyring is lost.<br>"
        "<b>Passphrase</b>: you type it each time you open the app. Nobody, CodeCraft included, can recover a "
        "forgotten passphrase.<br>"
    )
    if keeper.keyring_available():
        module = keeper.keyring_description().split(".")[-2]
        name = KEYRING_NAMES.get(module, module)
        return f"{choice}This system has a secure keyring ({name}): you can choose either on the next screen."
    return f"{choice}No secure keyring was found on this system, so your vault will be protected by a passphrase."


class WelcomePage(QWidget):
    """Emits ``finished`` when the person moves on (either button); the caller records it and shows the vault."""

    finished = Signal()

    def __init__(self, data_folder: Path, keeper: KeyKeeper, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        logo = QLabel()
        logo.setPixmap(icon("codecraft").pixmap(56, 56))
        title = QLabel(f"Welcome to {APP_NAME}")
        style_as(title, "pageTitle")
        intro = QLabel("Four things to know before you create your vault.")
        intro.setWordWrap(True)
        self.folder_section = _section(
            "Where your data lives",
            f"Your vault, settings and logs are in this profile folder:<br><tt>{data_folder}</tt><br>"
            "Uninstalling the app keeps this folder; your data is gone only when you delete it in the app.",
        )
        sections = [
            _section(
                "Your projects stay on this device",
                "Every project starts <b>local-only</b>, in an encrypted vault on this computer. Nothing leaves the "
                "device unless you turn sync on for a project; then that project, and only that one, goes to "
                "CodeCraft for AI generation and expert review.",
            ),
            self.folder_section,
            _section("How your vault is unlocked", keyring_text(keeper)),
            _section(
                "Your privacy choices",
                "Using your projects to train AI is <b>off</b> until you opt in. You can also turn on <b>Do Not "
                "Track</b>, which asks the CodeCraft service to record no analytics about you. Both are under "
                "<b>Privacy</b>, and you can change them at any time.",
            ),
        ]
        self.start_button = QPushButton("Start offline")
        style_as(self.start_button, "primaryButton")
        self.start_button.setToolTip("Create your vault now; no account needed")
        self.account_button = QPushButton("I have an account")
        self.account_button.setToolTip("Create your vault first; then sign in under Account")
        for button in (self.start_button, self.account_button):
            button.clicked.connect(self.finished)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.account_button)
        buttons.addStretch(1)
        note = QLabel("Sign-in lives under Account, once your vault is ready.")
        style_as(note, "hint")

        card = QWidget()
        card.setMaximumWidth(640)
        layout = QVBoxLayout(card)
        layout.setSpacing(10)
        layout.addWidget(logo)
        layout.addWidget(title)
        layout.addWidget(intro)
        for section in sections:
            layout.addWidget(section)
        layout.addSpacing(4)
        layout.addLayout(buttons)
        layout.addWidget(note)
        content = QWidget()
        row = QHBoxLayout(content)  # top-aligned: wrapped labels make vertical centring in a scroll area jumpy
        row.setContentsMargins(24, 28, 24, 24)
        row.addStretch(1)
        row.addWidget(card, 100, Qt.AlignmentFlag.AlignTop)
        row.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area)
        self.start_button.setDefault(True)
        self.setFocusProxy(self.start_button)
