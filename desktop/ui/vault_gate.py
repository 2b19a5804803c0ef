"""The screens in front of the vault: create it, unlock it (keyring, passphrase, recovery key), or explain why not."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import redacted_report
from desktop.services.vault_session import VaultSession, VaultState
from desktop.storage.errors import KeyMissing, KeyringChanged, VaultDamaged, VaultError, VaultTooNew
from desktop.storage.keys import MODE_KEYRING
from desktop.ui.error_dialog import describe
from desktop.ui.i18n import error_texts, fmt
from desktop.ui.tasks import TaskRunner
from desktop.ui.theme import icon, style_as

MIN_PASSPHRASE = 10


def _card(title: str, text: str) -> tuple[QFrame, QVBoxLayout, QLabel]:
    card = QFrame()
    card.setMaximumWidth(560)
    layout = QVBoxLayout(card)
    layout.setAlignment(Qt.AlignmentFlag.AlignTop)  # pages share the stack's height; keep each one compact
    heading = QLabel(title)
    style_as(heading, "pageTitle")
    body = QLabel(text)
    body.setWordWrap(True)
    layout.addWidget(heading)
    layout.addWidget(body)
    return card, layout, body


def _password_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    field.setAccessibleDescription(QCoreApplication.translate("VaultGate", "Characters are hidden as you type"))
    return field


class VaultGate(QWidget):
    unlocked = Signal()

    def __init__(self, session: VaultSession, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session, self._tasks = session, tasks
        self.pages = QStackedWidget()
        self.create_page = self._build_create()
        self.passphrase_page = self._build_passphrase()
        self.recovery_page = self._build_recovery()
        self.recovery_key_page = self._build_recovery_key()
        self.keyring_page = self._build_keyring_locked()
        self.busy_page, self.busy_label = self._build_message_page()
        self.problem_page, self.problem_label = self._build_message_page(with_details=True)
        for page in (
            self.create_page,
            self.keyring_page,
            self.passphrase_page,
            self.recovery_page,
            self.recovery_key_page,
            self.busy_page,
            self.problem_page,
        ):
            self.pages.addWidget(page)
        logo = QLabel()
        logo.setPixmap(icon("codecraft").pixmap(64, 64))
        logo.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(logo)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.pages)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self._problem_report = ""

    # -- choosing the screen -----------------------------------------------------------------------------

    def refresh(self, auto_unlock: bool = True) -> None:
        """Show the right screen for the vault's state.

        At start a keyring-keyed vault unlocks without a question; after a lock it waits for the person.
        """
        try:
            state = self._session.state
            mode = self._session.key_mode() if state is VaultState.LOCKED else None
        except VaultError as exc:
            self._show_problem(exc)
            return
        if state is VaultState.NO_VAULT:
            self.pages.setCurrentWidget(self.create_page)
            (self.new_passphrase if self.use_passphrase.isChecked() else self.create_button).setFocus()
        elif mode == MODE_KEYRING and auto_unlock:
            self._unlock_keyring()
        elif mode == MODE_KEYRING:
            self.pages.setCurrentWidget(self.keyring_page)
            self.keyring_unlock_button.setFocus()
        else:
            self.passphrase.clear()
            self.pages.setCurrentWidget(self.passphrase_page)
            self.passphrase.setFocus()

    def _run(
        self,
        fn: Callable[..., Any],
        busy_text: str,
        *args: object,
        on_done: Callable[[Any], None] | None = None,
    ) -> None:
        self.busy_label.setText(busy_text)
        previous = self.pages.currentWidget()
        self.pages.setCurrentWidget(self.busy_page)
        self._tasks.run(
            fn,
            *args,
            owner=self,
            on_done=on_done or (lambda _: self.unlocked.emit()),
            on_error=lambda exc: self._failed(exc, previous),
        )

    def _failed(self, exc: BaseException, previous: QWidget | None) -> None:
        if isinstance(exc, KeyMissing | KeyringChanged):
            self.recovery_message.setText(error_texts(exc)[1])
            self.pages.setCurrentWidget(self.recovery_page)
            self.recovery_edit.setFocus()
        elif previous in (self.passphrase_page, self.recovery_page, self.create_page) and not _is_fatal(exc):
            self.pages.setCurrentWidget(previous)
            label = {
                self.passphrase_page: self.passphrase_error,
                self.recovery_page: self.recovery_error,
                self.create_page: self.create_error,
            }[previous]
            label.setText(describe(exc)[1])
            label.show()
        else:
            self._show_problem(exc)

    def _show_problem(self, exc: BaseException) -> None:
        title, message = describe(exc)
        self.problem_label.setText(f"<b>{title}</b><br><br>{message}")
        self._problem_report = redacted_report(exc)
        self.pages.setCurrentWidget(self.problem_page)

    # -- create ------------------------------------------------------------------------------------------

    def _build_create(self) -> QWidget:
        card, layout, _ = _card(
            self.tr("Create your vault"),
            self.tr(
                "CodeCraft keeps your projects in an encrypted vault on this device (AES-256). Nothing leaves the "
                "device unless you choose to sync a project. How should the vault's key be kept?"
            ),
        )
        keeper = self._session.keeper
        available = keeper.keyring_available()
        where = keeper.keyring_description().split(".")[-2] if available else self.tr("none found")
        self.use_keyring = QRadioButton(fmt(self.tr("In the system keyring (%1)"), where))
        self.use_keyring.setEnabled(available)
        self.use_keyring.setToolTip(self.tr("Unlocks automatically when you sign in to this computer"))
        self.use_passphrase = QRadioButton(self.tr("Protected by a passphrase I type when I open the app"))
        (self.use_keyring if available else self.use_passphrase).setChecked(True)
        if not available:
            layout.addWidget(QLabel(self.tr("No secure system keyring was found, so the vault needs a passphrase.")))
        self.new_passphrase = _password_field(self.tr("New passphrase"))
        self.new_passphrase_again = _password_field(self.tr("Repeat the passphrase"))
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), self.new_passphrase)
        form.addRow(self.tr("&Repeat:"), self.new_passphrase_again)
        self.passphrase_form = QWidget()
        self.passphrase_form.setLayout(form)
        self.create_error = QLabel()
        self.create_error.setWordWrap(True)
        self.create_error.hide()
        self.create_button = QPushButton(self.tr("Create vault"))
        style_as(self.create_button, "primaryButton")
        self.create_button.clicked.connect(self._create)
        for widget in (self.use_keyring, self.use_passphrase):
            widget.toggled.connect(self._update_create)
        for field in (self.new_passphrase, self.new_passphrase_again):
            field.textChanged.connect(self._update_create)
            field.returnPressed.connect(self._create)
        for item in (
            self.use_keyring,
            self.use_passphrase,
            self.passphrase_form,
            self.create_error,
            self.create_button,
        ):
            layout.addWidget(item)
        self._update_create()
        return card

    def _update_create(self) -> None:
        wants_passphrase = self.use_passphrase.isChecked()
        self.passphrase_form.setVisible(wants_passphrase)
        first, second = self.new_passphrase.text(), self.new_passphrase_again.text()
        problem = ""
        if wants_passphrase:
            if len(first) < MIN_PASSPHRASE:
                problem = fmt(
                    self.tr("Use at least %1 characters; a few words make a strong passphrase."), MIN_PASSPHRASE
                )
            elif first != second:
                problem = self.tr("The two passphrases differ.")
        self.create_error.setText(problem)
        self.create_error.setVisible(bool(problem) and bool(first))
        self.create_button.setEnabled(not problem)

    def _create(self) -> None:
        if not self.create_button.isEnabled():
            return
        passphrase = self.new_passphrase.text() if self.use_passphrase.isChecked() else None
        self._run(self._session.create, self.tr("Creating your vault…"), passphrase, on_done=self._created)

    def _created(self, recovery: str | None) -> None:
        self.new_passphrase.clear()
        self.new_passphrase_again.clear()
        if recovery is None:
            self.unlocked.emit()
            return
        self.recovery_key_label.setText(recovery)
        self.pages.setCurrentWidget(self.recovery_key_page)

    # -- recovery key shown once --------------------------------------------------------------------------

    def _build_recovery_key(self) -> QWidget:
        card, layout, _ = _card(
            self.tr("Save your recovery key"),
            self.tr(
                "If the system keyring ever loses the vault's key (a new computer, a reset keyring), this key is the "
                "only way back into your vault. Write it down or keep it in a password manager. It is shown now and "
                "whenever you ask for it in Settings while the vault is unlocked."
            ),
        )
        self.recovery_key_label = QLabel()
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setWeight(QFont.Weight.DemiBold)
        self.recovery_key_label.setFont(font)
        self.recovery_key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.recovery_key_label.setAccessibleName(self.tr("Recovery key"))
        copy = QPushButton(self.tr("Copy"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.recovery_key_label.text()))
        self.saved_check = QCheckBox(self.tr("I have saved my recovery key"))
        self.continue_button = QPushButton(self.tr("Continue"))
        style_as(self.continue_button, "primaryButton")
        self.continue_button.setEnabled(False)
        self.saved_check.toggled.connect(self.continue_button.setEnabled)
        self.continue_button.clicked.connect(self._recovery_key_saved)
        for widget in (self.recovery_key_label, copy, self.saved_check, self.continue_button):
            layout.addWidget(widget)
        return card

    def _recovery_key_saved(self) -> None:
        self.recovery_key_label.clear()
        self.saved_check.setChecked(False)
        self.unlocked.emit()

    # -- unlock with the keyring, a passphrase or the recovery key ----------------------------------------

    def _build_keyring_locked(self) -> QWidget:
        card, layout, _ = _card(self.tr("Your vault is locked"), self.tr("Its key is in the system keyring."))
        self.keyring_unlock_button = QPushButton(self.tr("Unlock"))
        style_as(self.keyring_unlock_button, "primaryButton")
        self.keyring_unlock_button.clicked.connect(self._unlock_keyring)
        layout.addWidget(self.keyring_unlock_button)
        return card

    def _unlock_keyring(self) -> None:
        self._run(self._session.unlock_with_keyring, self.tr("Unlocking your vault with the system keyring…"))

    def _build_passphrase(self) -> QWidget:
        card, layout, _ = _card(self.tr("Unlock your vault"), self.tr("Type the passphrase that protects your vault."))
        self.passphrase = _password_field(self.tr("Vault passphrase"))
        self.passphrase.returnPressed.connect(self._unlock_passphrase)
        self.passphrase_error = QLabel()
        self.passphrase_error.hide()
        button = QPushButton(self.tr("Unlock"))
        style_as(button, "primaryButton")
        button.clicked.connect(self._unlock_passphrase)
        for widget in (self.passphrase, self.passphrase_error, button):
            layout.addWidget(widget)
        return card

    def _unlock_passphrase(self) -> None:
        secret = self.passphrase.text()
        self.passphrase.clear()
        self.passphrase_error.hide()
        if secret:
            self._run(self._session.unlock_with_passphrase, self.tr("Unlocking…"), secret)

    def _build_recovery(self) -> QWidget:
        card, layout, self.recovery_message = _card(self.tr("Unlock with your recovery key"), "")
        self.recovery_edit = QLineEdit()
        self.recovery_edit.setPlaceholderText(self.tr("XXXX-XXXX-…"))
        self.recovery_edit.setAccessibleName(self.tr("Recovery key"))
        self.recovery_edit.returnPressed.connect(self._unlock_recovery)
        self.recovery_error = QLabel()
        self.recovery_error.hide()
        button = QPushButton(self.tr("Unlock"))
        style_as(button, "primaryButton")
        button.clicked.connect(self._unlock_recovery)
        retry = QPushButton(self.tr("Try the keyring again"))
        retry.clicked.connect(self.refresh)
        for widget in (self.recovery_edit, self.recovery_error, button, retry):
            layout.addWidget(widget)
        return card

    def _unlock_recovery(self) -> None:
        code = self.recovery_edit.text()
        self.recovery_edit.clear()
        self.recovery_error.hide()
        if code.strip():
            self._run(self._session.unlock_with_recovery_key, self.tr("Unlocking…"), code)

    # -- messages ----------------------------------------------------------------------------------------

    def _build_message_page(self, with_details: bool = False) -> tuple[QWidget, QLabel]:
        card, layout, label = _card("", "")
        label.setAlignment(Qt.AlignmentFlag.AlignLeft)
        if with_details:
            copy = QPushButton(self.tr("Copy details"))
            copy.setToolTip(self.tr("A report for support: no keys, no code"))
            copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self._problem_report))
            retry = QPushButton(self.tr("Try again"))
            retry.clicked.connect(self.refresh)
            layout.addWidget(copy)
            layout.addWidget(retry)
        return card, label


def _is_fatal(exc: BaseException) -> bool:
    return isinstance(exc, VaultDamaged | VaultTooNew)
