"""Signing in (password, then an authenticator or recovery code) and creating an account.

Both are ``NetworkDialog``s: service calls run on the network worker, closing drops the answer, errors show
inline.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.api import contract as c
from desktop.api.client import TotpRequired
from desktop.services.account import AccountService
from desktop.ui.error_dialog import describe
from desktop.ui.i18n import fmt
from desktop.ui.network_dialog import NetworkDialog, field, hint
from desktop.ui.tasks import TaskRunner
from desktop.ui.theme import style_as

USERNAME_RE = re.compile(r"^[a-z0-9][a-z0-9_.-]{2,31}$")
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
MIN_PASSWORD = 10


class SignInDialog(NetworkDialog):
    signed_in = Signal(object)  # c.UserProfile
    signs_in = True

    def __init__(self, accounts: AccountService, network: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(accounts, network, parent)
        self.setWindowTitle(self.tr("Sign in to CodeCraft"))
        self.setMinimumWidth(420)
        self._pending: TotpRequired | None = None
        server = hint(fmt(self.tr("Server: %1"), accounts.server_url()))
        self.username = field(self.tr("Username"), self.tr("Your CodeCraft username"))
        self.password = field(self.tr("Password"), secret=True)
        form = QFormLayout()
        form.addRow(self.tr("&Username:"), self.username)
        form.addRow(self.tr("&Password:"), self.password)
        self.password_page = QWidget()
        password_layout = QVBoxLayout(self.password_page)
        password_layout.setContentsMargins(0, 0, 0, 0)
        password_layout.addWidget(server)
        password_layout.addLayout(form)

        self.code_page = QWidget()
        code_layout = QVBoxLayout(self.code_page)
        code_layout.setContentsMargins(0, 0, 0, 0)
        self.code_prompt = QLabel()
        self.code_prompt.setWordWrap(True)
        self.code = field(self.tr("Two-factor code"))
        self.use_recovery = QCheckBox(self.tr("Use a recovery code instead"))
        self.use_recovery.setToolTip(
            self.tr("One of the codes you saved when you turned on two-factor; each works once")
        )
        self.use_recovery.setAccessibleName(self.tr("Use a recovery code instead"))
        self.use_recovery.toggled.connect(self._recovery_toggled)
        for widget in (self.code_prompt, self.code, self.use_recovery):
            code_layout.addWidget(widget)
        self._recovery_toggled(False)

        self.pages = QStackedWidget()
        self.pages.addWidget(self.password_page)
        self.pages.addWidget(self.code_page)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setToolTip(self.tr("Close; an answer still on its way is ignored"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.submit_button = QPushButton(self.tr("Sign in"))
        style_as(self.submit_button, "primaryButton")
        self.submit_button.setAccessibleName(self.tr("Sign in"))
        self.submit_button.setDefault(True)
        buttons.addButton(self.submit_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.submit_button.clicked.connect(self.submit)
        buttons.rejected.connect(self.reject)
        for edit in (self.username, self.password, self.code):
            edit.textChanged.connect(self.update_state)
        layout = QVBoxLayout(self)
        for part in (self.pages, self.error_label, self.busy_bar, buttons):
            layout.addWidget(part)
        self.update_state()

    def inputs(self) -> list[QWidget]:
        return [self.username, self.password, self.code, self.use_recovery, self.submit_button]

    def update_state(self) -> None:
        if self.pages.currentWidget() is self.password_page:
            ready = bool(self.username.text().strip() and self.password.text())
        else:
            ready = bool(self.code.text().strip())
        self.submit_button.setEnabled(ready and not self.is_busy())

    def submit(self) -> None:
        if not self.submit_button.isEnabled():
            return
        if self._pending is None:
            self.call(self.accounts.sign_in, self.username.text(), self.password.text(), on_done=self._answered)
            return
        kind = "recovery_code" if self.use_recovery.isChecked() else "code"
        finish = self.accounts.finish_sign_in
        pending, code = self._pending, self.code.text()
        self.call(lambda: finish(pending, **{kind: code}), on_done=self._answered)

    def _answered(self, result: c.UserProfile | TotpRequired) -> None:
        if isinstance(result, TotpRequired):
            self._pending = result
            self.password.clear()
            self.code_prompt.setText(fmt(self.tr("Two-factor sign-in is on for %1."), result.username))
            self.pages.setCurrentWidget(self.code_page)
            self.submit_button.setText(self.tr("Verify"))
            self.submit_button.setAccessibleName(self.tr("Verify"))
            self.update_state()
            self.code.setFocus()
            return
        self.password.clear()
        self.signed_in.emit(result)
        self.accept()

    def failed(self, exc: BaseException) -> None:
        super().failed(exc)
        if self._pending is None:
            self.password.selectAll()
            self.password.setFocus()
        else:
            self.code.clear()
            self.code.setFocus()

    def _recovery_toggled(self, recovery: bool) -> None:
        self.code.clear()
        self.code.setPlaceholderText("xxxxxxxx-xxxxxxxx" if recovery else self.tr("6-digit code"))
        self.code.setAccessibleName(self.tr("Recovery code") if recovery else self.tr("Two-factor code"))
        self.code.setToolTip(
            self.tr("A recovery code you saved when turning on two-factor")
            if recovery
            else self.tr("The 6-digit code your authenticator app shows for CodeCraft")
        )
        self.code.setFocus()


_FIELD_OF_CODE = {
    "invalid_username": "username",
    "username_taken": "username",
    "invalid_email": "email",
    "email_taken": "email",
    "weak_password": "password",
}


class RegisterDialog(NetworkDialog):
    """Creates the account, then signs in with it. The privacy policy's version comes from the service."""

    signed_in = Signal(object)  # c.UserProfile
    signs_in = True

    def __init__(self, accounts: AccountService, network: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(accounts, network, parent)
        self.setWindowTitle(self.tr("Create a CodeCraft account"))
        self.setMinimumWidth(460)
        self.policy: c.PolicyInfo | None = None
        self.name = field(self.tr("Name"), self.tr("Your full name"))
        self.email = field(self.tr("Email"), self.tr("We send account messages here"))
        self.username = field(
            self.tr("Username"), self.tr("3-32 characters: lowercase letters, digits, '.', '_' or '-'")
        )
        self.password = field(self.tr("Password"), fmt(self.tr("At least %1 characters"), MIN_PASSWORD), secret=True)
        self.confirm = field(self.tr("Repeat password"), secret=True)
        self.company = field(self.tr("Company (optional)"), self.tr("Shown on your invoices; leave empty if none"))
        self.company.setPlaceholderText(self.tr("Optional"))
        self.age = QCheckBox(self.tr("I am 16 or older"))
        self.age.setAccessibleName(self.tr("I am 16 or older"))
        self.age.setToolTip(self.tr("CodeCraft accounts are for people aged 16 or older"))
        self.accept_policy = QCheckBox(self.tr("I accept the privacy policy (loading its version…)"))
        self.accept_policy.setAccessibleName(self.tr("I accept the privacy policy"))
        self.accept_policy.setEnabled(False)
        self.policy_link = QLabel()
        self.policy_link.setOpenExternalLinks(True)
        self.policy_link.setAccessibleName(self.tr("Privacy policy link"))
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Email:"), self.email)
        form.addRow(self.tr("&Username:"), self.username)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow(self.tr("&Repeat:"), self.confirm)
        form.addRow(self.tr("&Company:"), self.company)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        cancel.setToolTip(self.tr("Close; nothing is created unless the service already answered"))
        self.submit_button = QPushButton(self.tr("Create account"))
        style_as(self.submit_button, "primaryButton")
        self.submit_button.setAccessibleName(self.tr("Create account"))
        self.submit_button.setDefault(True)
        buttons.addButton(self.submit_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.submit_button.clicked.connect(self.submit)
        buttons.rejected.connect(self.reject)
        for edit in self._edits():
            edit.textChanged.connect(self._edited)
        for box in (self.age, self.accept_policy):
            box.toggled.connect(self._edited)
        layout = QVBoxLayout(self)
        layout.addWidget(hint(fmt(self.tr("Server: %1"), accounts.server_url())))
        layout.addLayout(form)
        for widget in (self.age, self.accept_policy, self.policy_link, self.error_label, self.busy_bar, buttons):
            layout.addWidget(widget)
        self.update_state()
        self.load_policy()

    def load_policy(self) -> None:
        """Fetch the policy's version in the background; typing is not held up by it."""
        self.network.run(self.accounts.policy, owner=self, on_done=self._policy_loaded, on_error=self._policy_failed)

    def _edits(self) -> list[QLineEdit]:
        return [self.name, self.email, self.username, self.password, self.confirm, self.company]

    def inputs(self) -> list[QWidget]:
        return [*self._edits(), self.age, self.accept_policy, self.submit_button]

    def _policy_loaded(self, policy: c.PolicyInfo) -> None:
        self.policy = policy
        self.accept_policy.setText(fmt(self.tr("I accept the privacy policy (version %1)"), policy.version))
        self.accept_policy.setToolTip(fmt(self.tr("Read it at %1"), policy.url))
        self.policy_link.setText(
            fmt(self.tr('<a href="%1">Read the privacy policy (version %2)</a>'), policy.url, policy.version)
        )
        self.update_state()

    def _policy_failed(self, exc: BaseException) -> None:
        self.accept_policy.setText(self.tr("I accept the privacy policy (its version could not be loaded)"))
        self.show_problem(fmt(self.tr("%1 Close this window and try again later."), describe(exc)[1]), from_server=True)

    def _edited(self) -> None:
        if self.policy is not None:
            self.error_label.setProperty("fromServer", False)
        self.update_state()

    def problems(self) -> list[str]:
        """What still stops the account from being created, in form order."""
        username, password = self.username.text().strip(), self.password.text()
        checks = [
            (not self.name.text().strip(), self.tr("Please enter your name.")),
            (not EMAIL_RE.match(self.email.text().strip()), self.tr("Please enter a valid email address.")),
            (
                not USERNAME_RE.match(username),
                self.tr("Usernames are 3-32 characters: lowercase letters, digits, '.', '_' or '-'."),
            ),
            (len(password) < MIN_PASSWORD, fmt(self.tr("Choose a password of at least %1 characters."), MIN_PASSWORD)),
            (password.lower() == username.lower(), self.tr("Your password must differ from your username.")),
            (password != self.confirm.text(), self.tr("The two passwords differ.")),
            (not self.age.isChecked(), self.tr("Please confirm that you are 16 or older.")),
            (self.policy is None, self.tr("Waiting for the privacy policy's version from CodeCraft…")),
            (not self.accept_policy.isChecked(), self.tr("Please read and accept the privacy policy.")),
        ]
        return [message for failed, message in checks if failed]

    def update_state(self) -> None:
        problems = self.problems()
        touched = [e for e in self._edits() if e.text()]
        if not self.is_busy() and touched and not self.error_label.property("fromServer"):
            self.show_problem(problems[0] if problems else "")
        self.accept_policy.setEnabled(self.policy is not None and not self.is_busy())
        self.submit_button.setEnabled(not problems and not self.is_busy())

    def show_problem(self, text: str, from_server: bool = False) -> None:
        self.error_label.setProperty("fromServer", from_server and bool(text))
        super().show_problem(text)

    def submit(self) -> None:
        if not self.submit_button.isEnabled() or self.policy is None:
            return
        request = c.RegisterRequest(
            name=self.name.text().strip(),
            email=self.email.text().strip(),
            username=self.username.text().strip(),
            password=self.password.text(),
            company=self.company.text().strip() or None,
            confirm_age_16=self.age.isChecked(),
            accepted_policy_version=self.policy.version,
        )
        self.call(self._register_and_sign_in, request, on_done=self._done)

    def _register_and_sign_in(self, request: c.RegisterRequest) -> c.UserProfile | TotpRequired:
        self.accounts.register(request)
        return self.accounts.sign_in(request.username, request.password)

    def _done(self, result: c.UserProfile | TotpRequired) -> None:
        self.password.clear()
        self.confirm.clear()
        if isinstance(result, c.UserProfile):
            self.signed_in.emit(result)
        self.accept()

    def failed(self, exc: BaseException) -> None:
        self.show_problem(describe(exc)[1], from_server=True)
        target = _FIELD_OF_CODE.get(getattr(exc, "code", ""))
        if target is not None:
            edit: QLineEdit = getattr(self, target)
            edit.selectAll()
            edit.setFocus()
