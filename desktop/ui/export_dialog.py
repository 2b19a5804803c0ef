"""Export: choose projects and what else goes in, optionally a password, then a streamed ZIP with progress."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.projects import ProjectFilter, ProjectSummary
from desktop.errors import OperationCancelled
from desktop.services.context import AppContext
from desktop.services.portability.exporter import ExportOptions, ExportResult, export_archive
from desktop.services.portability.service_data import ServiceData
from desktop.ui.error_dialog import describe
from desktop.ui.password_strength import MIN_SCORE, StrengthMeter
from desktop.ui.progress_page import ProgressPage
from desktop.ui.tasks import TaskHandle, TaskRunner
from desktop.ui.theme import style_as

PLAINTEXT_NOTE = (
    "An export is a normal ZIP file: unlike your vault it is not encrypted, so anyone who gets the file can read "
    "your code. Protect it with a password (AES-256) if it leaves this computer."
)


class ExportDialog(QDialog):
    exported = Signal(object)  # ExportResult

    def __init__(
        self,
        ctx: AppContext,
        tasks: TaskRunner,
        network: TaskRunner | None = None,
        service_data: Callable[[], ServiceData] | None = None,
        parent: QWidget | None = None,
        export: Callable[..., ExportResult] = export_archive,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Export your data")
        self.setMinimumWidth(560)
        self._ctx, self._tasks, self._network, self._service_data = ctx, tasks, network, service_data
        self._export = export
        self._handle: TaskHandle | None = None
        self.outcome: ExportResult | None = None
        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_choose_page())
        self.progress = ProgressPage("Exporting")
        self.progress.cancel_requested.connect(self.cancel)
        self.pages.addWidget(self.progress)
        self.done_label = QLabel()
        self.done_label.setWordWrap(True)
        self.done_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        done = QWidget()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.accept)
        done_layout = QVBoxLayout(done)
        done_layout.addWidget(self.done_label)
        done_layout.addStretch(1)
        done_layout.addWidget(close)
        self.pages.addWidget(done)
        QVBoxLayout(self).addWidget(self.pages)
        self._tasks.run(self._list_projects, owner=self, on_done=self._fill_projects, on_error=self._failed)

    # -- the choice --------------------------------------------------------------------------------------

    def _build_choose_page(self) -> QWidget:
        page = QWidget()
        self.everything = QRadioButton("&Everything")
        self.everything.setChecked(True)
        self.selected = QRadioButton("&Selected projects:")
        self.project_list = QListWidget()
        self.project_list.setAccessibleName("Projects to export")
        self.project_list.setAccessibleDescription("Tick the projects to put in the archive")
        self.project_list.setMaximumHeight(140)
        self.project_list.setEnabled(False)
        self.selected.toggled.connect(self.project_list.setEnabled)
        self.history = QCheckBox("Earlier revisions of each project")
        self.history.setChecked(True)
        self.privacy = QCheckBox("Consents and their history, privacy settings")
        self.privacy.setChecked(True)
        self.settings = QCheckBox("App settings")
        self.settings.setChecked(True)
        service = QLabel(
            "Rights requests, consents and payment history kept by the CodeCraft service are added when you are "
            "signed in; otherwise the archive says they were not included."
        )
        service.setWordWrap(True)
        note = QLabel(f"<b>{PLAINTEXT_NOTE}</b>")
        note.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText("Optional")
        self.password.setAccessibleName("Archive password")
        self.password.setAccessibleDescription("Optional: encrypts the archive; leave empty for a plain archive")
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setAccessibleName("Repeat the archive password")
        self.repeat.setAccessibleDescription("The same password again, to rule out a typing mistake")
        self.meter = StrengthMeter()
        self.password.textChanged.connect(self._validate)
        self.repeat.textChanged.connect(self._validate)
        self.destination = QLineEdit(str(Path.home() / "codecraft-export.zip"))
        self.destination.setAccessibleName("Save the archive as")
        self.destination.setAccessibleDescription("The path of the archive file to write")
        self.destination.textChanged.connect(self._validate)
        browse = QPushButton("Browse…")
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.destination, 1)
        row.addWidget(browse)
        form = QFormLayout()
        form.addRow("&Password:", self.password)
        form.addRow("&Repeat:", self.repeat)
        form.addRow("", self.meter)
        form.addRow("Save &as:", row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton("Export", QDialogButtonBox.ButtonRole.AcceptRole)
        style_as(self.export_button, "primaryButton")
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(page)
        for widget in (self.everything, self.selected, self.project_list, self.history, self.privacy, self.settings):
            layout.addWidget(widget)
        layout.addWidget(service)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        return page

    def _list_projects(self) -> list[ProjectSummary]:
        projects = self._ctx.projects
        ids = projects.list_ids(ProjectFilter()) + projects.list_ids(ProjectFilter(archived=True))
        return projects.summaries(ids)

    def _fill_projects(self, summaries: list[ProjectSummary]) -> None:
        for summary in summaries:
            item = QListWidgetItem(summary.name)
            item.setData(Qt.ItemDataRole.UserRole, summary.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.project_list.addItem(item)

    def select_projects(self, ids: list[int]) -> None:
        self.selected.setChecked(True)
        for row in range(self.project_list.count()):
            item = self.project_list.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _chosen_ids(self) -> list[int] | None:
        if self.everything.isChecked():
            return None
        items = (self.project_list.item(row) for row in range(self.project_list.count()))
        return [int(i.data(Qt.ItemDataRole.UserRole)) for i in items if i.checkState() == Qt.CheckState.Checked]

    def _validate(self) -> None:
        password = self.password.text()
        self.meter.update_for(password)
        ok = bool(self.destination.text().strip())
        if password:
            ok = ok and password == self.repeat.text() and self.meter.score >= MIN_SCORE
            if password != self.repeat.text() and self.repeat.text():
                self.meter.label.setText(self.meter.label.text() + " The two passwords differ.")
        self.export_button.setEnabled(ok)

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, "Save the export as", self.destination.text(), "ZIP (*.zip)")
        if name:
            self.destination.setText(name)

    # -- running -----------------------------------------------------------------------------------------

    def options(self) -> ExportOptions:
        return ExportOptions(
            project_ids=self._chosen_ids(),
            history=self.history.isChecked(),
            privacy=self.privacy.isChecked(),
            settings=self.settings.isChecked(),
            password=self.password.text() or None,
        )

    def start(self) -> None:
        self.pages.setCurrentWidget(self.progress)
        self.progress.start("Gathering what the CodeCraft service keeps…")
        if self._network is not None and self._service_data is not None:
            self._network.run(self._service_data, owner=self, on_done=self._run_export, on_error=self._failed)
        else:
            self._run_export(ServiceData())

    def _run_export(self, service: ServiceData) -> None:
        self.progress.start("Exporting…")
        settings: dict[str, Any] = self._ctx.settings.as_dict()
        self._handle = self._tasks.run(
            self._export,
            self._ctx.session.vault,
            Path(self.destination.text().strip()).expanduser(),
            self.options(),
            settings=settings,
            service=service,
            with_progress=True,
            owner=self,
            on_progress=self.progress.show_update,
            on_done=self._finished,
            on_error=self._failed,
        )

    def cancel(self) -> None:
        if self._handle is not None and not self._handle.finished:
            self._handle.cancel()

    def reject(self) -> None:
        if self._handle is not None and not self._handle.finished:
            self.progress.cancel_button.click()  # closing mid-export cancels it; nothing is left behind
            return
        super().reject()

    def _finished(self, result: ExportResult) -> None:
        self.outcome = result
        locale = QLocale()
        protection = "encrypted with AES-256" if result.encrypted else "not encrypted: keep it somewhere safe"
        self.done_label.setText(
            f"Exported {locale.toString(result.projects)} project(s), {locale.toString(result.files)} files "
            f"({locale.formattedDataSize(result.content_bytes)}) to<br><b>{result.path}</b><br>"
            f"The archive is {protection}.<br>Service data: {result.service_note}."
        )
        self.pages.setCurrentIndex(2)
        self.exported.emit(result)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, OperationCancelled):
            self.done_label.setText("Export cancelled. No file was written.")
        else:
            title, message = describe(exc)
            self.done_label.setText(f"<b>{title}</b><br>{message}<br>No file was written.")
        self.pages.setCurrentIndex(2)
