""" "Manual Entry": import a folder into the vault, with progress, cancel and a report of what was skipped."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.progress import ProgressUpdate
from desktop.domain.projects import ImportReport
from desktop.errors import OperationCancelled
from desktop.services.projects import ProjectService
from desktop.ui.error_dialog import describe
from desktop.ui.i18n import fmt, translated_message
from desktop.ui.progress_page import bytes_and_time_left
from desktop.ui.tasks import TaskHandle, TaskRunner
from desktop.ui.theme import style_as


class ImportDialog(QDialog):
    imported = Signal(int)  # project id

    def __init__(
        self, projects: ProjectService, tasks: TaskRunner, max_file_kb: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Manual Entry: import a folder"))
        self.setMinimumWidth(520)
        self._projects, self._tasks, self._max_kb = projects, tasks, max_file_kb
        self._handle: TaskHandle | None = None
        self._started = 0.0
        self.report: ImportReport | None = None

        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_choose_page())
        self.pages.addWidget(self._build_progress_page())
        self.pages.addWidget(self._build_report_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

    # -- pages -------------------------------------------------------------------------------------------

    def _build_choose_page(self) -> QWidget:
        page = QWidget()
        self.folder_edit = QLineEdit()
        self.folder_edit.setPlaceholderText(self.tr("A folder with your code"))
        self.folder_edit.setAccessibleName(self.tr("Folder to import"))
        self.folder_edit.textChanged.connect(self._folder_changed)
        browse = QPushButton(self.tr("Browse…"))
        browse.setAccessibleName(self.tr("Browse for a folder"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.folder_edit, 1)
        row.addWidget(browse)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("Defaults to the folder's name"))
        self.name_edit.setAccessibleName(self.tr("Project name"))
        form = QFormLayout()
        form.addRow(self.tr("&Folder:"), row)
        form.addRow(self.tr("&Name:"), self.name_edit)
        note = QLabel(
            fmt(
                self.tr(
                    "The files are copied into your encrypted vault; the folder itself is not "
                    "changed. Files ignored by .gitignore, binary files and files over %1 KB are "
                    "skipped."
                ),
                self._max_kb,
            )
        )
        note.setWordWrap(True)
        self.choose_buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.choose_buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        style_as(self.import_button, "primaryButton")
        self.import_button.setEnabled(False)
        self.choose_buttons.accepted.connect(self.start)
        self.choose_buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addStretch(1)
        layout.addWidget(self.choose_buttons)
        return page

    def _build_progress_page(self) -> QWidget:
        page = QWidget()
        self.progress_label = QLabel(self.tr("Looking at the folder…"))
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 0)
        self.progress_bar.setAccessibleName(self.tr("Import progress"))
        self.progress_detail = QLabel("")
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the import"))
        self.cancel_button.clicked.connect(self.cancel)
        layout = QVBoxLayout(page)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.progress_detail)
        layout.addStretch(1)
        layout.addWidget(self.cancel_button)
        return page

    def _build_report_page(self) -> QWidget:
        page = QWidget()
        self.report_label = QLabel()
        self.report_label.setWordWrap(True)
        self.skipped_list = QListWidget()
        self.skipped_list.setAccessibleName(self.tr("Skipped files"))
        self.skipped_list.setAccessibleDescription(self.tr("Files left out of the import, each with the reason"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.accept)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(page)
        layout.addWidget(self.report_label)
        layout.addWidget(self.skipped_list)
        layout.addWidget(buttons)
        return page

    # -- behaviour ---------------------------------------------------------------------------------------

    def set_folder(self, folder: Path) -> None:
        self.folder_edit.setText(str(folder))

    def _folder_changed(self, text: str) -> None:
        self.import_button.setEnabled(bool(text.strip()))

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder to import"))
        if folder:
            self.set_folder(Path(folder))

    def start(self) -> None:
        folder = Path(self.folder_edit.text().strip())
        self.pages.setCurrentIndex(1)
        self._started = time.monotonic()
        self._handle = self._tasks.run(
            self._projects.import_folder,
            folder,
            self.name_edit.text().strip() or None,
            max_file_bytes=self._max_kb * 1024,
            with_progress=True,
            owner=self,
            on_progress=self._show_progress,
            on_done=self._finished,
            on_error=self._failed,
        )

    def cancel(self) -> None:
        if self._handle is not None and not self._handle.finished:
            self._handle.cancel()
            self.cancel_button.setEnabled(False)
            self.progress_label.setText(self.tr("Cancelling…"))

    def reject(self) -> None:
        if self._handle is not None and not self._handle.finished:
            self.cancel()  # closing mid-import cancels it; the dialog closes when the worker has rolled back
            return
        super().reject()

    def _show_progress(self, update: ProgressUpdate) -> None:
        locale = QLocale()
        if update.total:
            self.progress_bar.setRange(0, update.total)
            self.progress_bar.setValue(update.done)
            self.progress_label.setText(
                fmt(self.tr("Importing %1 of %2 files"), locale.toString(update.done), locale.toString(update.total))
            )
        if update.total_bytes:
            self.progress_detail.setText(bytes_and_time_left(update, self._started))

    def _finished(self, report: ImportReport) -> None:
        self.report = report
        locale = QLocale()
        self.report_label.setText(
            fmt(
                self.tr("Imported %1 files (%2) into your vault."),
                locale.toString(report.imported),
                locale.formattedDataSize(report.imported_bytes),
            )
            + (fmt(self.tr(" Skipped %1:"), locale.toString(len(report.skipped))) if report.skipped else "")
        )
        self.skipped_list.setVisible(bool(report.skipped))
        for item in report.skipped:
            self.skipped_list.addItem(f"{item.path} — {translated_message(item.reason)}")
        self.pages.setCurrentIndex(2)
        self.imported.emit(report.project_id)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, OperationCancelled):
            super().reject()
            return
        title, message = describe(exc)
        self.report_label.setText(fmt(self.tr("<b>%1</b><br>%2<br>Nothing was imported."), title, message))
        self.skipped_list.hide()
        self.pages.setCurrentIndex(2)
