"""Import Archive: a CodeCraft export back into the vault, checked completely first, with a report."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import OperationCancelled
from desktop.services.context import AppContext
from desktop.services.portability.importer import ImportSummary, import_archive
from desktop.services.portability.validate import ArchiveRefused
from desktop.ui.error_dialog import describe
from desktop.ui.i18n import fmt, translated_message
from desktop.ui.progress_page import ProgressPage, TaskDialog
from desktop.ui.tasks import TaskHandle, TaskRunner
from desktop.ui.theme import style_as


class ImportArchiveDialog(TaskDialog):
    imported = Signal(object)  # ImportSummary

    def __init__(self, ctx: AppContext, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import an archive"))
        self.setMinimumWidth(520)
        self._ctx, self._tasks = ctx, tasks
        self._handle: TaskHandle | None = None
        self.summary: ImportSummary | None = None
        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_choose_page())
        self.progress = ProgressPage(self.tr("Importing"))
        self.progress.cancel_requested.connect(self.cancel)
        self.pages.addWidget(self.progress)
        report = QWidget()
        self.report_label = QLabel()
        self.report_label.setWordWrap(True)
        self.report_list = QListWidget()
        self.report_list.setAccessibleName(self.tr("What was imported and what was refused"))
        self.report_list.setAccessibleDescription(self.tr("One line for each project or item in the archive"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.accept)
        report_layout = QVBoxLayout(report)
        for widget in (self.report_label, self.report_list, close):
            report_layout.addWidget(widget)
        self.pages.addWidget(report)
        QVBoxLayout(self).addWidget(self.pages)

    def _build_choose_page(self) -> QWidget:
        page = QWidget()
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("A .zip made by CodeCraft's Export"))
        self.path.setAccessibleName(self.tr("Archive to import"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Only for a password-protected archive"))
        self.password.setAccessibleName(self.tr("Archive password"))
        form = QFormLayout()
        form.addRow(self.tr("&Archive:"), row)
        form.addRow(self.tr("&Password:"), self.password)
        note = QLabel(
            self.tr(
                "The whole archive is checked before anything is written: if any part of it is damaged or unsafe, "
                "nothing is imported. Projects already in your vault are skipped."
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        style_as(self.import_button, "primaryButton")
        self.import_button.setEnabled(False)
        self.path.textChanged.connect(lambda text: self.import_button.setEnabled(bool(text.strip())))
        buttons.accepted.connect(self.start)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addStretch(1)
        layout.addWidget(buttons)
        return page

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose an archive"), str(Path.home()), self.tr("ZIP (*.zip)")
        )
        if name:
            self.path.setText(name)

    def start(self) -> None:
        self.pages.setCurrentWidget(self.progress)
        self.progress.start(self.tr("Checking the archive…"))
        self._handle = self._tasks.run(
            import_archive,
            self._ctx.session.vault,
            Path(self.path.text().strip()).expanduser(),
            self.password.text() or None,
            with_progress=True,
            owner=self,
            on_progress=self.progress.show_update,
            on_done=self._finished,
            on_error=self._failed,
        )

    def _finished(self, summary: ImportSummary) -> None:
        self.summary = summary
        self.report_label.setText(fmt(self.tr("Imported %1 project(s)."), len(summary.imported)))
        self.report_list.addItems([translated_message(line) for line in summary.lines()])
        self.pages.setCurrentIndex(2)
        self.imported.emit(summary)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, OperationCancelled):
            self.report_label.setText(self.tr("Import cancelled. Nothing was imported."))
        elif isinstance(exc, ArchiveRefused):
            self.report_label.setText(
                fmt(self.tr("<b>%1</b>: nothing was imported; your vault is unchanged."), translated_message(exc.title))
            )
            problems = [translated_message(problem) for problem in exc.problems]
            self.report_list.addItems([fmt(self.tr("Refused: %1"), problem) for problem in problems])
        else:
            title, message = describe(exc)
            self.report_label.setText(fmt(self.tr("<b>%1</b><br>%2<br>Nothing was imported."), title, message))
        self.pages.setCurrentIndex(2)
