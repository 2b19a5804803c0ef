"""The welcome screen, shown once before the first vault is created: what stays local, where data lives, how the
vault is unlocked, and the privacy defaults. Both buttons lead on to creating the vault; nothing needs an account.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
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
from desktop.ui.i18n import QT_TRANSLATE_NOOP, fmt, translated
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
    "SecretService": QT_TRANSLATE_NOOP("Welcome", "Secret Service"),
    "libsecret": QT_TRANSLATE_NOOP("Welcome", "Secret Service"),
    "kwallet": QT_TRANSLATE_NOOP("Welcome", "KWallet"),
    "macOS": QT_TRANSLATE_NOOP("Welcome", "the macOS Keychain"),
    "Windows": QT_TRANSLATE_NOOP("Welcome", "Windows Credential Manager"),
}


def keyring_text(keeper: KeyKeeper) -> str:
    choice = QCoreApplication.translate(
        "Welcome",
        "<b>System keyring</b>: your operating system keeps the vault's key and the vault opens by itself when you "
        "sign in to this computer; a recovery key, shown once, gets you back in if the keyring is lost.<br>"
        "<b>Passphrase</b>: you type it each time you open the app. Nobody, CodeCraft included, can recover a "
        "forgotten passphrase.<br>",
    )
    if keeper.keyring_available():
        module = keeper.keyring_description().split(".")[-2]
        name = translated("Welcome", KEYRING_NAMES.get(module, module))
        return fmt(
            QCoreApplication.translate(
                "Welcome", "%1This system has a secure keyring (%2): you can choose either on the next screen."
            ),
            choice,
            name,
        )
    return fmt(
        QCoreApplication.translate(
            "Welcome", "%1No secure keyring was found on this system, so your vault will be protected by a passphrase."
        ),
        choice,
    )


class WelcomePage(QWidget):
    """Emits ``finished`` when the person moves on (either button); the caller records it and shows the vault."""

    finished = Signal()

    def __init__(self, data_folder: Path, keeper: KeyKeeper, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        logo = QLabel()
        logo.setPixmap(icon("codecraft").pixmap(56, 56))
        title = QLabel(fmt(self.tr("Welcome to %1"), APP_NAME))
        style_as(title, "pageTitle")
        intro = QLabel(self.tr("Four things to know before you create your vault."))
        intro.setWordWrap(True)
        self.folder_section = _section(
            self.tr("Where your data lives"),
            fmt(
                self.tr(
                    "Your vault, settings and logs are in this profile "
                    "folder:<br><tt>%1</tt><br>Uninstalling the app keeps this folder; your data is "
                    "gone only when you delete it in the app."
                ),
                data_folder,
            ),
        )
        sections = [
            _section(
                self.tr("Your projects stay on this device"),
                self.tr(
                    "Every project starts <b>local-only</b>, in an encrypted vault on this computer. "
                    "Nothing leaves the "
                    "device unless you turn sync on for a project; then that project, and only that one, goes to "
                    "CodeCraft for AI generation and expert review."
                ),
            ),
            self.folder_section,
            _section(self.tr("How your vault is unlocked"), keyring_text(keeper)),
            _section(
                self.tr("Your privacy choices"),
                self.tr(
                    "Using your projects to train AI is <b>off</b> until you opt in. You can also turn on <b>Do Not "
                    "Track</b>, which asks the CodeCraft service to record no analytics about you. Both are under "
                    "<b>Privacy</b>, and you can change them at any time."
                ),
            ),
        ]
        self.start_button = QPushButton(self.tr("Start offline"))
        style_as(self.start_button, "primaryButton")
        self.start_button.setToolTip(self.tr("Create your vault now; no account needed"))
        self.account_button = QPushButton(self.tr("I have an account"))
        self.account_button.setToolTip(self.tr("Create your vault first; then sign in under Account"))
        for button in (self.start_button, self.account_button):
            button.clicked.connect(self.finished)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.account_button)
        buttons.addStretch(1)
        note = QLabel(self.tr("Sign-in lives under Account, once your vault is ready."))
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
