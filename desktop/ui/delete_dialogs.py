"""Confirmations for deleting for good: one project (saying what goes where), or all local data (wipe)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from desktop.services.context import AppContext
from desktop.services.deletion import DeletionService, ProjectDeletionPlan, WipeReport
from desktop.ui.error_dialog import describe
from desktop.ui.i18n import fmt
from desktop.ui.tasks import TaskRunner

WIPE_WORD = "DELETE"


def _text(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class DeleteProjectDialog(QDialog):
    """Accepted means: delete. ``plan`` comes from ``DeletionService.plan`` (read on the vault worker)."""

    def __init__(self, plan: ProjectDeletionPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Delete project"))
        self.plan = plan
        remote = (
            self.tr(
                "<li><b>On the CodeCraft service</b>: the synced copy is deleted now if you are online, otherwise "
                "with the next sync.</li>"
            )
            if plan.synced
            else self.tr("<li>It is not synced, so the CodeCraft service has no copy.</li>")
        )
        self.summary = _text(
            fmt(
                self.tr(
                    "Delete <b>“%1”</b> for good?<ul><li><b>On this computer</b>: its %2 "
                    "revision(s), %3 current file(s), requirements and attachments are removed from "
                    "the vault, and the vault is compacted so no copy of them stays in its "
                    "file.</li>%4</ul>This cannot be undone. Export the project first if you may "
                    "want it back."
                ),
                plan.title,
                plan.revisions,
                plan.files,
                remote,
            )
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.delete_button = buttons.addButton(self.tr("Delete for good"), QDialogButtonBox.ButtonRole.DestructiveRole)
        self.delete_button.setAccessibleName(fmt(self.tr("Delete %1 for good"), plan.title))
        self.delete_button.clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)


class WipeDialog(QDialog):
    """Delete all local data: type DELETE to confirm; offers an export first. The app must quit afterwards."""

    export_requested = Signal()
    wiped = Signal(object)  # WipeReport

    def __init__(self, ctx: AppContext, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Delete all local data"))
        self.setMinimumWidth(480)
        self._ctx, self._tasks = ctx, tasks
        explanation = _text(
            fmt(
                self.tr(
                    "This removes everything CodeCraft keeps on this computer for this "
                    "profile:<ul><li>the vault key from the system keyring first, so the encrypted "
                    "vault can never be opened again (no copy of it, in a backup or on the disk, "
                    "stays readable);</li><li>then the vault file, its journal files, settings, logs "
                    "and caches, and your sign-in.</li></ul>Your CodeCraft account and synced "
                    "projects on the service are not touched. CodeCraft closes afterwards. Type "
                    "<b>%1</b> to confirm."
                ),
                WIPE_WORD,
            )
        )
        self.export_button = QPushButton(self.tr("Export my data first…"))
        self.export_button.clicked.connect(self.export_requested.emit)
        self.confirm = QLineEdit()
        self.confirm.setAccessibleName(fmt(self.tr("Type %1 to confirm"), WIPE_WORD))
        self.confirm.setAccessibleDescription(self.tr("Deleting everything is enabled once the word is typed exactly"))
        self.status = _text("")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.wipe_button = buttons.addButton(self.tr("Delete everything"), QDialogButtonBox.ButtonRole.DestructiveRole)
        self.wipe_button.setEnabled(False)
        self.wipe_button.clicked.connect(self.wipe)
        self.confirm.textChanged.connect(lambda text: self.wipe_button.setEnabled(text.strip() == WIPE_WORD))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (explanation, self.export_button, self.confirm, self.status, buttons):
            layout.addWidget(widget)

    def wipe(self) -> None:
        self.wipe_button.setEnabled(False)
        self.status.setText(self.tr("Deleting…"))
        service = DeletionService(self._ctx)
        self._tasks.run(service.wipe_local_data, owner=self, on_done=self._done, on_error=self._failed)

    def _done(self, report: WipeReport) -> None:
        self.status.setText(self.tr("Everything was deleted. CodeCraft will now close."))
        self.wiped.emit(report)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        title, message = describe(exc)
        self.status.setText(f"<b>{title}</b><br>{message}")
