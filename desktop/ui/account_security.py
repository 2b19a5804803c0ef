"""Turning on two-factor sign-in (QR code, confirm with a code, recovery codes shown once) and changing the password."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRectF, Qt, Signal
from PySide6.QtGui import QFontDatabase, QGuiApplication, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.services.account import AccountService, TotpSetup
from desktop.ui.account_dialogs import MIN_PASSWORD
from desktop.ui.i18n import fmt
from desktop.ui.network_dialog import NetworkDialog, field, hint
from desktop.ui.tasks import TaskRunner
from desktop.ui.theme import style_as

QR_SIZE = 200


def svg_pixmap(svg: bytes, size: int) -> QPixmap:
    renderer = QSvgRenderer(QByteArray(svg))
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return QPixmap.fromImage(image)


def _grouped(secret: str) -> str:
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


class TwoFactorDialog(NetworkDialog):
    """Scan, confirm with a code, then save the recovery codes (shown this once)."""

    enabled = Signal()

    def __init__(self, accounts: AccountService, network: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(accounts, network, parent)
        self.setWindowTitle(self.tr("Turn on two-factor sign-in"))
        self.setMinimumWidth(440)
        self.setup: TotpSetup | None = None
        self.pages = QStackedWidget()

        scan = QWidget()
        scan_layout = QVBoxLayout(scan)
        scan_layout.setContentsMargins(0, 0, 0, 0)
        scan_layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        intro = QLabel(
            self.tr(
                "Scan this code with an authenticator app (for example Aegis, Google Authenticator or 1Password), "
                "then type the 6-digit code it shows."
            )
        )
        intro.setWordWrap(True)
        self.qr = QLabel(self.tr("Preparing…"))
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr.setMinimumSize(QR_SIZE, QR_SIZE)
        self.qr.setAccessibleName(self.tr("QR code for your authenticator app"))
        self.secret_label = QLabel()
        self.secret_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.secret_label.setAccessibleName(self.tr("Setup key"))
        self.secret_label.setToolTip(self.tr("Type this key into your app if it cannot scan the code"))
        self.secret_label.setWordWrap(True)
        self.code = field(
            self.tr("Code from your authenticator app"), self.tr("The 6-digit code your app shows for CodeCraft")
        )
        self.code.setPlaceholderText(self.tr("6-digit code"))
        self.code.textChanged.connect(self.update_state)
        self.code.returnPressed.connect(self.submit)
        scan_parts: tuple[QWidget, ...] = (intro, self.qr, self.secret_label, self.code)
        for part in scan_parts:
            scan_layout.addWidget(part)

        save = QWidget()
        save_layout = QVBoxLayout(save)
        save_layout.setContentsMargins(0, 0, 0, 0)
        save_layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        save_intro = QLabel(
            self.tr(
                "<b>Two-factor sign-in is on.</b> If you lose your phone, each of these recovery codes lets you "
                "sign in once. They are shown only now: save them somewhere safe."
            )
        )
        save_intro.setWordWrap(True)
        self.codes_label = QLabel()
        self.codes_label.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.codes_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.codes_label.setAccessibleName(self.tr("Recovery codes"))
        self.copy_button = QPushButton(self.tr("Copy codes"))
        self.copy_button.setAccessibleName(self.tr("Copy recovery codes"))
        self.copy_button.setToolTip(self.tr("Copy the recovery codes to the clipboard"))
        self.copy_button.clicked.connect(self._copy)
        self.saved = QCheckBox(self.tr("I have saved my recovery codes"))
        self.saved.setAccessibleName(self.tr("I have saved my recovery codes"))
        self.saved.toggled.connect(self.update_state)
        copy_row = QHBoxLayout()
        copy_row.addWidget(self.copy_button)
        copy_row.addStretch(1)
        save_layout.addWidget(save_intro)
        save_layout.addWidget(self.codes_label)
        save_layout.addLayout(copy_row)
        save_layout.addWidget(self.saved)

        self.scan_page, self.save_page = scan, save
        self.pages.addWidget(scan)
        self.pages.addWidget(save)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Leave two-factor off"))
        self.submit_button = QPushButton(self.tr("Turn on"))
        style_as(self.submit_button, "primaryButton")
        self.submit_button.setAccessibleName(self.tr("Turn on two-factor"))
        self.buttons.addButton(self.submit_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.submit_button.clicked.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for element in (self.pages, self.error_label, self.busy_bar, self.buttons):
            layout.addWidget(element)
        self.update_state()
        self.call(accounts.begin_totp, on_done=self._ready)

    def inputs(self) -> list[QWidget]:
        return [self.code, self.submit_button]

    def update_state(self) -> None:
        if self.pages.currentWidget() is self.save_page:
            self.submit_button.setEnabled(self.saved.isChecked())
        else:
            ready = self.setup is not None and self.code.text().strip() != ""
            self.submit_button.setEnabled(ready and not self.is_busy())
            self.code.setEnabled(self.setup is not None and not self.is_busy())

    def _ready(self, setup: TotpSetup) -> None:
        self.setup = setup
        self.qr.setPixmap(svg_pixmap(setup.qr_svg, QR_SIZE))
        self.secret_label.setText(fmt(self.tr("Or type this key: <b>%1</b>"), _grouped(setup.secret)))
        self.update_state()
        self.code.setFocus()

    def submit(self) -> None:
        if not self.submit_button.isEnabled():
            return
        if self.pages.currentWidget() is self.save_page:
            self.accept()
            return
        self.call(self.accounts.confirm_totp, self.code.text(), on_done=self._confirmed)

    def _confirmed(self, codes: list[str]) -> None:
        self.setup = None
        self.qr.clear()
        self.secret_label.clear()
        self.codes_label.setText("\n".join(codes))
        self.pages.setCurrentWidget(self.save_page)
        self.scan_page.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)  # fit the codes
        self.adjustSize()
        self.cancel_button.hide()
        self.submit_button.setText(self.tr("Done"))
        self.submit_button.setAccessibleName(self.tr("Done"))
        self.update_state()
        self.enabled.emit()

    def failed(self, exc: BaseException) -> None:
        super().failed(exc)
        self.code.selectAll()
        self.code.setFocus()

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.codes_label.text())
        self.copy_button.setText(self.tr("Copied"))

    def done(self, result: int) -> None:
        self.codes_label.clear()  # shown once: not kept in the widget after closing
        super().done(result)


class ChangePasswordDialog(NetworkDialog):
    changed = Signal()

    def __init__(self, accounts: AccountService, network: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(accounts, network, parent)
        self.setWindowTitle(self.tr("Change your password"))
        self.setMinimumWidth(420)
        self.current = field(self.tr("Current password"), secret=True)
        self.new = field(self.tr("New password"), fmt(self.tr("At least %1 characters"), MIN_PASSWORD), secret=True)
        self.repeat = field(self.tr("Repeat the new password"), secret=True)
        form = QFormLayout()
        form.addRow(self.tr("&Current password:"), self.current)
        form.addRow(self.tr("&New password:"), self.new)
        form.addRow(self.tr("&Repeat:"), self.repeat)
        note = hint(self.tr("Your other devices will be signed out."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        self.submit_button = QPushButton(self.tr("Change password"))
        style_as(self.submit_button, "primaryButton")
        self.submit_button.setAccessibleName(self.tr("Change password"))
        buttons.addButton(self.submit_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.submit_button.clicked.connect(self.submit)
        buttons.rejected.connect(self.reject)
        for edit in (self.current, self.new, self.repeat):
            edit.textChanged.connect(self.update_state)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        for part in (note, self.error_label, self.busy_bar, buttons):
            layout.addWidget(part)
        self.update_state()

    def inputs(self) -> list[QWidget]:
        return [self.current, self.new, self.repeat, self.submit_button]

    def update_state(self) -> None:
        new = self.new.text()
        problem = ""
        if new and len(new) < MIN_PASSWORD:
            problem = fmt(self.tr("Choose a password of at least %1 characters."), MIN_PASSWORD)
        elif self.repeat.text() and new != self.repeat.text():
            problem = self.tr("The two new passwords differ.")
        if not self.is_busy():
            self.show_problem(problem)
        complete = bool(self.current.text()) and len(new) >= MIN_PASSWORD and new == self.repeat.text()
        self.submit_button.setEnabled(complete and not problem and not self.is_busy())

    def submit(self) -> None:
        if self.submit_button.isEnabled():
            self.call(self.accounts.change_password, self.current.text(), self.new.text(), on_done=self._changed)

    def _changed(self, _: object) -> None:
        for edit in (self.current, self.new, self.repeat):
            edit.clear()
        self.changed.emit()
        self.accept()
