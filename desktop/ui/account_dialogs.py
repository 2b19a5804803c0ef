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
        self.setWindowTitle("Sign in to CodeCraft")
        self.setMinimumWidth(420)
        self._pending: TotpRequired | None = None
        server = hint(f"Server: {accounts.server_url()}")
        self.username = field("Username", "Your CodeCraft username")
        self.password = field("Password", secret=True)
        form = QFormLayout()
        form.addRow("&Username:", self.username)
        form.addRow("&Password:", self.password)
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
        self.code = field("Two-factor code")
        self.use_recovery = QCheckBox("Use a recovery code instead")
        self.use_recovery.setToolTip("One of the codes you saved when you turned on two-factor; each works once")
        self.use_recovery.setAccessibleName("Use a recovery code instead")
        self.use_recovery.toggled.connect(self._recovery_toggled)
        for widget in (self.code_prompt, self.code, self.use_recovery):
            code_layout.addWidget(widget)
        self._recovery_toggled(False)

        self.pages = QStackedWidget()
        self.pages.addWidget(self.password_page)
        self.pages.addWidget(self.code_page)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setToolTip("Close; an answer still on its way is ignored")
        self.cancel_button.setAccessibleName("Cancel")
        self.submit_button = QPushButton("Sign in")
        style_as(self.submit_button, "primaryButton")
        self.submit_button.setAccessibleName("Sign in")
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
            self.code_prompt.setText(f"Two-factor sign-in is on for {result.username}.")
            self.pages.setCurrentWidget(self.code_page)
            self.submit_button.setText("Verify")
            self.submit_button.setAccessibleName("Verify")
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
        self.code.setPlaceholderText("xxxxxxxx-xxxxxxxx" if recovery else "6-digit code")
        self.code.setAccessibleName("Recovery code" if recovery else "Two-factor code")
        self.code.setToolTip(
            "A recovery code you saved when turning on two-factor"
            if recovery
            else "The 6-digit code your authenticator app shows for CodeCraft"
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
        self.setWindowTitle("Create a CodeCraft account")
        self.setMinimumWidth(460)
        self.policy: c.PolicyInfo | None = None
        self.name = field("Name", "Your full name")
        self.email = field("Email", "We send account messages here")
        self.username = field("Username", "3-32 characters: lowercase letters, digits, '.', '_' or '-'")
        self.password = field("Password", f"At least {MIN_PASSWORD} characters", secret=True)
        self.confirm = field("Repeat password", secret=True)
        self.company = field("Company (optional)", "Shown on your invoices; leave empty if none")
        self.company.setPlaceholderText("Optional")
        self.age = QCheckBox("I am 16 or older")
        self.age.setAccessibleName("I am 16 or older")
        self.age.setToolTip("CodeCraft accounts are for people aged 16 or older")
        self.accept_policy = QCheckBox("I accept the privacy policy (loading its version…)")
        self.accept_policy.setAccessibleName("I accept the privacy policy")
        self.accept_policy.setEnabled(False)
        self.policy_link = QLabel()
        self.policy_link.setOpenExternalLinks(True)
        self.policy_link.setAccessibleName("Privacy policy link")
        form = QFormLayout()
        form.addRow("&Name:", self.name)
        form.addRow("&Email:", self.email)
        form.addRow("&Username:", self.username)
        form.addRow("&Password:", self.password)
        form.addRow("&Repeat:", self.confirm)
        form.addRow("&Company:", self.company)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName("Cancel")
        cancel.setToolTip("Close; nothing is created unless the service already answered")
        self.submit_button = QPushButton("Create account")
        style_as(self.submit_button, "primaryButton")
        self.submit_button.setAccessibleName("Create account")
        self.submit_button.setDefault(True)
        buttons.addButton(self.submit_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.submit_button.clicked.connect(self.submit)
        buttons.rejected.connect(self.reject)
        for edit in self._edits():
            edit.textChanged.connect(self._edited)
        for box in (self.age, self.accept_policy):
            box.toggled.connect(self._edited)
        layout = QVBoxLayout(self)
        layout.addWidget(hint(f"Server: {accounts.server_url()}"))
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
        self.accept_policy.setText(f"I accept the privacy policy (version {policy.version})")
        self.accept_policy.setToolTip(f"Read it at {policy.url}")
        self.policy_link.setText(f'<a href="{policy.url}">Read the privacy policy (version {policy.version})</a>')
        self.update_state()

    def _policy_failed(self, exc: BaseException) -> None:
        self.accept_policy.setText("I accept the privacy policy (its version could not be loaded)")
        self.show_problem(f"{describe(exc)[1]} Close this window and try again later.", from_server=True)

    def _edited(self) -> None:
        if self.policy is not None:
            self.error_label.setProperty("fromServer", False)
        self.update_state()

    def problems(self) -> list[str]:
        """What still stops the account from being created, in form order."""
        username, password = self.username.text().strip(), self.password.text()
        checks = [
            (not self.name.text().strip(), "Please enter your name."),
            (not EMAIL_RE.match(self.email.text().strip()), "Please enter a valid email address."),
            (
                not USERNAME_RE.match(username),
                "Usernames are 3-32 characters: lowercase letters, digits, '.', '_' or '-'.",
            ),
            (len(password) < MIN_PASSWORD, f"Choose a password of at least {MIN_PASSWORD} characters."),
            (password.lower() == username.lower(), "Your password must differ from your username."),
            (password != self.confirm.text(), "The two passwords differ."),
            (not self.age.isChecked(), "Please confirm that you are 16 or older."),
            (self.policy is None, "Waiting for the privacy policy's version from CodeCraft…"),
            (not self.accept_policy.isChecked(), "Please read and accept the privacy policy."),
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
