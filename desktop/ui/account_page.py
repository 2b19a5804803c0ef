"""The Account section: sign in or create an account, or see who is signed in and manage two-factor and password.

The page owns the app's network worker (``TaskRunner(name="network")``) and the connectivity monitor. Nothing
here touches the vault, and the vault never waits for anything here.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.api import contract as c
from desktop.api.errors import SessionExpired
from desktop.services.account import SESSION_NOT_KEPT, AccountService
from desktop.services.closure import ClosureService
from desktop.services.context import AppContext
from desktop.ui.account_dialogs import RegisterDialog, SignInDialog
from desktop.ui.account_security import ChangePasswordDialog, TwoFactorDialog
from desktop.ui.connectivity import ConnectivityMonitor
from desktop.ui.delete_account_dialog import ClosureBanner, DeleteAccountDialog
from desktop.ui.error_dialog import describe
from desktop.ui.i18n import QT_TRANSLATE_NOOP, fmt, translated_message
from desktop.ui.network_dialog import NetworkDialog, hint
from desktop.ui.tasks import TaskRunner
from desktop.ui.theme import style_as

_FIELDS = (
    ("name", QT_TRANSLATE_NOOP("AccountPage", "Name")),
    ("username", QT_TRANSLATE_NOOP("AccountPage", "Username")),
    ("email", QT_TRANSLATE_NOOP("AccountPage", "Email")),
    ("role", QT_TRANSLATE_NOOP("AccountPage", "Role")),
    ("company", QT_TRANSLATE_NOOP("AccountPage", "Company")),
    ("server", QT_TRANSLATE_NOOP("AccountPage", "Server")),
    ("two_factor", QT_TRANSLATE_NOOP("AccountPage", "Two-factor sign-in")),
)


def _button(text: str, tip: str, primary: bool = False) -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(text.replace("…", ""))
    button.setToolTip(tip)
    if primary:
        style_as(button, "primaryButton")
    return button


class AccountPage(QWidget):
    account_changed = Signal(object)  # c.UserProfile | None
    export_requested = Signal()

    def __init__(
        self,
        accounts: AccountService,
        network: TaskRunner,
        parent: QWidget | None = None,
        check_interval_ms: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.accounts, self.network = accounts, network
        self.connectivity = ConnectivityMonitor(accounts, network, parent=self)
        if check_interval_ms is not None:
            self.connectivity.set_interval_ms(check_interval_ms)
        self.account_changed.connect(lambda _: self.connectivity.refresh_labels())
        self.dialog: NetworkDialog | None = None
        heading = QLabel(self.tr("Account"))
        style_as(heading, "pageTitle")
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        style_as(self.notice, "emptyState")
        self.notice.hide()
        self.closure_banner = ClosureBanner(ClosureService(accounts.api), network)
        self.account_changed.connect(self.closure_banner.refresh)
        self.stack = QStackedWidget()
        self.loading_page = QLabel(self.tr("Checking your sign-in…"))
        self.signed_out_page = self._build_signed_out()
        self.signed_in_page = self._build_signed_in()
        for page in (self.loading_page, self.signed_out_page, self.signed_in_page):
            self.stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(self.notice)
        layout.addWidget(self.closure_banner)
        layout.addWidget(self.stack)
        layout.addStretch(1)

    @classmethod
    def for_context(cls, ctx: AppContext, parent: QWidget | None = None) -> AccountPage:
        """The page with its own account service and network worker; starts checking the service."""
        page = cls(AccountService(ctx), TaskRunner(name="network"), parent)
        page.network.setParent(page)
        page.start()
        return page

    def start(self) -> None:
        self.connectivity.start()
        self.reload()

    def shutdown(self) -> None:
        """Stop checking and wait for the network worker (at app exit)."""
        self.connectivity.stop()
        self.network.shutdown()
        self.accounts.close()

    # -- building ----------------------------------------------------------------------------------------

    def _build_signed_out(self) -> QWidget:
        page = QFrame()
        page.setMaximumWidth(560)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        text = QLabel(
            self.tr(
                "Sign in to CodeCraft to sync the projects you choose and to ask experts for reviews. "
                "Working offline needs no account: your vault stays on this device."
            )
        )
        text.setWordWrap(True)
        self.sign_in_button = _button(
            self.tr("Sign in…"), self.tr("Sign in with your CodeCraft username and password"), True
        )
        self.sign_in_button.clicked.connect(self.open_sign_in)
        self.register_button = _button(self.tr("Create account…"), self.tr("Create a free CodeCraft account"))
        self.register_button.clicked.connect(self.open_register)
        self.server_hint = hint()
        row = QHBoxLayout()
        row.addWidget(self.sign_in_button)
        row.addWidget(self.register_button)
        row.addStretch(1)
        layout.addWidget(text)
        layout.addLayout(row)
        layout.addWidget(self.server_hint)
        return page

    def _build_signed_in(self) -> QWidget:
        page = QFrame()
        page.setMaximumWidth(560)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        self.values: dict[str, QLabel] = {}
        for key, source in _FIELDS:
            label = self.tr(source)
            value = QLabel()
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setAccessibleName(label)
            self.values[key] = value
            form.addRow(f"{label}:", value)
        self.expert_label = QLabel()
        self.expert_label.setWordWrap(True)
        self.expert_label.setAccessibleName(self.tr("Expert profile"))
        self.expert_label.hide()
        self.two_factor_button = _button(
            self.tr("Turn on two-factor…"), self.tr("Ask for a code from an authenticator app each time you sign in")
        )
        self.two_factor_button.clicked.connect(self.open_two_factor)
        self.password_button = _button(
            self.tr("Change password…"), self.tr("Choose a new password; other devices are signed out")
        )
        self.password_button.clicked.connect(self.open_change_password)
        self.sign_out_button = _button(self.tr("Sign out"), self.tr("Sign out of CodeCraft on this computer"))
        self.sign_out_button.clicked.connect(self.sign_out)
        row = QHBoxLayout()
        self.delete_account_button = _button(
            self.tr("Delete my account…"), self.tr("Close your CodeCraft account (30-day grace period)")
        )
        self.delete_account_button.clicked.connect(self.open_delete_account)
        for button in (self.two_factor_button, self.password_button, self.sign_out_button, self.delete_account_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(form)
        layout.addWidget(self.expert_label)
        layout.addLayout(row)
        return page

    # -- state -------------------------------------------------------------------------------------------

    def reload(self) -> None:
        """Ask (on the network worker) whether someone is signed in, and who."""
        if self.stack.currentWidget() is not self.signed_in_page:
            self.stack.setCurrentWidget(self.loading_page)
        self.network.run(self._load, owner=self, on_done=self._show, on_error=self._load_failed)

    def _load(self) -> tuple[bool, c.UserProfile | None, c.ExpertProfile | None]:
        if not self.accounts.is_signed_in():
            return False, None, None
        user = self.accounts.current_user()
        expert = self.accounts.expert_profile() if user is not None and user.role == "expert" else None
        return True, user, expert

    def _show(self, loaded: tuple[bool, c.UserProfile | None, c.ExpertProfile | None]) -> None:
        signed_in, user, expert = loaded
        self._set_notice(
            "" if self.accounts.remembers_sign_in or not signed_in else translated_message(SESSION_NOT_KEPT)
        )
        if not signed_in:
            self.server_hint.setText(fmt(self.tr("Server: %1"), self.accounts.server_url()))
            self.stack.setCurrentWidget(self.signed_out_page)
        else:
            self._fill(user, expert)
            self.stack.setCurrentWidget(self.signed_in_page)
        self.account_changed.emit(user)

    def _load_failed(self, exc: BaseException) -> None:
        if isinstance(exc, SessionExpired):
            self._show((False, None, None))
            self._set_notice(self.tr("Your session has ended. Please sign in again."))
            return
        self._show((True, None, None))  # signed in, but the service cannot say who right now
        self._set_notice(fmt(self.tr("Your account details could not be loaded: %1"), describe(exc)[1]))

    def _fill(self, user: c.UserProfile | None, expert: c.ExpertProfile | None) -> None:
        unknown = "—"
        self.values["server"].setText(self.accounts.server_url())
        for key in ("name", "username", "email", "company"):
            self.values[key].setText((getattr(user, key) or unknown) if user else unknown)
        self.values["role"].setText(user.role.capitalize() if user else unknown)
        on = bool(user and user.totp_enabled)
        self.values["two_factor"].setText(self.tr("On") if on else (self.tr("Off") if user else unknown))
        self.two_factor_button.setVisible(user is not None and not on)
        self.password_button.setEnabled(user is not None)
        if expert is not None:
            parts = [
                fmt(self.tr("GitHub: %1"), expert.github or unknown),
                fmt(self.tr("LinkedIn: %1"), expert.linkedin or unknown),
            ]
            parts.append(fmt(self.tr("Expertise: %1"), ", ".join(expert.expertise) or unknown))
            self.expert_label.setText(self.tr("<b>Expert profile</b><br>") + "<br>".join(parts))
        self.expert_label.setVisible(expert is not None)

    def _set_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    # -- actions -----------------------------------------------------------------------------------------

    def _open(self, dialog: NetworkDialog) -> NetworkDialog:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _: self.reload())
        dialog.open()
        return dialog

    def open_sign_in(self) -> SignInDialog:
        dialog = SignInDialog(self.accounts, self.network, self)
        self._open(dialog)
        return dialog

    def open_register(self) -> RegisterDialog:
        dialog = RegisterDialog(self.accounts, self.network, self)
        self._open(dialog)
        return dialog

    def open_two_factor(self) -> TwoFactorDialog:
        dialog = TwoFactorDialog(self.accounts, self.network, self)
        self._open(dialog)
        return dialog

    def open_change_password(self) -> ChangePasswordDialog:
        dialog = ChangePasswordDialog(self.accounts, self.network, self)
        self._open(dialog)
        return dialog

    def open_delete_account(self) -> DeleteAccountDialog:
        dialog = DeleteAccountDialog(ClosureService(self.accounts.api), self.network, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.export_requested.connect(self.export_requested.emit)
        dialog.closure_changed.connect(self.closure_banner.show_status)
        dialog.open()
        return dialog

    def sign_out(self) -> None:
        self.sign_out_button.setEnabled(False)
        self.network.run(self.accounts.sign_out, owner=self, on_done=self._signed_out, on_error=self._sign_out_failed)

    def _signed_out(self, told_service: bool) -> None:
        self.sign_out_button.setEnabled(True)
        self._show((False, None, None))
        if not told_service:
            self._set_notice(
                self.tr("Signed out on this computer. CodeCraft could not be told, so that session just expires.")
            )

    def _sign_out_failed(self, exc: BaseException) -> None:
        self.sign_out_button.setEnabled(True)
        self.reload()
        self._set_notice(describe(exc)[1])
