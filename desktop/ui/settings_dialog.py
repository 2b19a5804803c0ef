"""Settings: appearance, auto-lock, import limits, the service address, and how the vault is keyed."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.services.context import AppContext
from desktop.storage.keys import MODE_KEYRING
from desktop.ui.delete_dialogs import WipeDialog
from desktop.ui.i18n import LANGUAGES, QT_TRANSLATE_NOOP, fmt, translated_message
from desktop.ui.tasks import TaskRunner

THEMES = (
    ("system", QT_TRANSLATE_NOOP("SettingsDialog", "Follow the system")),
    ("light", QT_TRANSLATE_NOOP("SettingsDialog", "Light")),
    ("dark", QT_TRANSLATE_NOOP("SettingsDialog", "Dark")),
)


class SettingsDialog(QDialog):
    error = Signal(object)
    export_requested = Signal()
    local_data_wiped = Signal()

    def __init__(self, ctx: AppContext, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self._ctx, self._tasks = ctx, tasks
        settings = ctx.settings

        self.theme = QComboBox()
        self.theme.setAccessibleName(self.tr("Theme"))
        self.theme.setAccessibleDescription(self.tr("Follow the system's colours, or always light or dark"))
        for value, label in THEMES:
            self.theme.addItem(self.tr(label), value)
        self.theme.setCurrentIndex([v for v, _ in THEMES].index(settings.get("theme")))
        self.auto_lock = QSpinBox()
        self.auto_lock.setAccessibleName(self.tr("Auto-lock after minutes"))
        self.auto_lock.setAccessibleDescription(self.tr("Minutes without input before the vault locks; 0 never locks"))
        self.auto_lock.setRange(0, 24 * 60)
        self.auto_lock.setSuffix(self.tr(" min"))
        self.auto_lock.setSpecialValueText(self.tr("Never"))
        self.auto_lock.setValue(settings.get("auto_lock_minutes"))
        self.max_kb = QSpinBox()
        self.max_kb.setAccessibleName(self.tr("Largest file to import"))
        self.max_kb.setAccessibleDescription(self.tr("Larger files are skipped by Manual Entry, in kilobytes"))
        self.max_kb.setRange(1, 100 * 1024)
        self.max_kb.setSuffix(" KB")
        self.max_kb.setValue(settings.get("import_max_file_kb"))
        self.server = QLineEdit(settings.get("server_url"))
        self.server.setAccessibleName(self.tr("CodeCraft service address"))
        self.server.setAccessibleDescription(self.tr("The web address of the CodeCraft service this profile talks to"))

        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        self.language.setAccessibleDescription(self.tr("The language of the app; it changes at the next start"))
        self.language.addItem(self.tr("System"), "system")
        for code, name in LANGUAGES:  # each language by its own name
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.get("language"))))
        self.language_note = QLabel(self.tr("CodeCraft shows the new language the next time it starts."))
        self.language_note.setWordWrap(True)
        self.language_note.hide()
        self.language.currentIndexChanged.connect(
            lambda _: self.language_note.setVisible(self.language.currentData() != settings.get("language"))
        )

        general = QFormLayout()
        general.addRow(self.tr("&Theme:"), self.theme)
        general.addRow(self.tr("Lan&guage:"), self.language)
        general.addRow("", self.language_note)
        general.addRow(self.tr("&Lock the vault after:"), self.auto_lock)
        general.addRow(self.tr("Largest file to &import:"), self.max_kb)
        general.addRow(self.tr("&Service address:"), self.server)

        vault_box = QGroupBox(self.tr("Vault protection"))
        self.mode_label = QLabel()
        self.mode_label.setWordWrap(True)
        self.switch_button = QPushButton()
        self.switch_button.clicked.connect(self._switch_mode)
        self.recovery_button = QPushButton(self.tr("Show recovery key…"))
        self.recovery_button.clicked.connect(self._show_recovery_key)
        vault_layout = QVBoxLayout(vault_box)
        for widget in (self.mode_label, self.switch_button, self.recovery_button):
            vault_layout.addWidget(widget)
        self._update_vault_box()

        data_box = QGroupBox(self.tr("Your data on this computer"))
        self.wipe_button = QPushButton(self.tr("Delete all local data…"))
        self.wipe_button.clicked.connect(self.open_wipe)
        QVBoxLayout(data_box).addWidget(self.wipe_button)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(general)
        layout.addWidget(vault_box)
        layout.addWidget(data_box)
        layout.addWidget(buttons)

    def accept(self) -> None:
        settings = self._ctx.settings
        try:
            settings.set("theme", self.theme.currentData())
            settings.set("language", self.language.currentData())
            settings.set("auto_lock_minutes", self.auto_lock.value())
            settings.set("import_max_file_kb", self.max_kb.value())
            settings.set("server_url", self.server.text().strip() or settings.get("server_url"))
        except ValueError as exc:
            QMessageBox.warning(self, self.tr("Settings"), translated_message(exc.args[0]))
            return
        super().accept()

    def open_wipe(self) -> WipeDialog:
        dialog = WipeDialog(self._ctx, self._tasks, self)
        dialog.export_requested.connect(self.export_requested.emit)
        dialog.wiped.connect(self._wiped)
        dialog.open()
        return dialog

    def _wiped(self, _: object) -> None:
        self.reject()
        self.local_data_wiped.emit()

    def _update_vault_box(self) -> None:
        keeper = self._ctx.session.keeper
        if self._ctx.session.key_mode() == MODE_KEYRING:
            self.mode_label.setText(
                fmt(self.tr("The vault key is kept in the system keyring (%1)."), keeper.keyring_description())
            )
            self.switch_button.setText(self.tr("Use a passphrase instead…"))
            self.recovery_button.setVisible(True)
        else:
            self.mode_label.setText(self.tr("The vault is protected by a passphrase (Argon2id)."))
            self.switch_button.setText(self.tr("Keep the key in the system keyring"))
            self.switch_button.setEnabled(keeper.keyring_available())
            if not keeper.keyring_available():
                self.switch_button.setToolTip(self.tr("This system has no secure keyring"))
            self.recovery_button.setVisible(False)

    def _switch_mode(self) -> None:
        session = self._ctx.session
        if session.key_mode() == MODE_KEYRING:
            passphrase, ok = QInputDialog.getText(
                self,
                self.tr("Protect with a passphrase"),
                self.tr("New passphrase (at least 10 characters):"),
                QLineEdit.EchoMode.Password,
            )
            if not ok or len(passphrase) < 10:
                return
            self._tasks.run(
                session.switch_to_passphrase,
                passphrase,
                owner=self,
                on_done=lambda _: self._update_vault_box(),
                on_error=self.error.emit,
            )
        else:
            self._tasks.run(
                session.switch_to_keyring, owner=self, on_done=self._show_new_recovery, on_error=self.error.emit
            )

    def _show_new_recovery(self, recovery: str) -> None:
        self._update_vault_box()
        self._present_recovery(recovery)

    def _show_recovery_key(self) -> None:
        self._tasks.run(
            self._ctx.session.recovery_key, owner=self, on_done=self._present_recovery, on_error=self.error.emit
        )

    def _present_recovery(self, recovery: str | None) -> None:
        if not recovery:
            return
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Recovery key"))
        box.setText(self.tr("Your recovery key unlocks the vault if the keyring loses its key:"))
        box.setInformativeText(recovery)
        copy = box.addButton(self.tr("Copy"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is copy:
            QGuiApplication.clipboard().setText(recovery)
