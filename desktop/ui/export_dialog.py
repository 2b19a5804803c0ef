"""Export: choose projects and what else goes in, optionally a password, then a streamed ZIP with progress."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
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
from desktop.ui.i18n import QT_TRANSLATE_NOOP, fmt
from desktop.ui.password_strength import MIN_SCORE, StrengthMeter
from desktop.ui.progress_page import ProgressPage, TaskDialog
from desktop.ui.tasks import TaskHandle, TaskRunner
from desktop.ui.theme import style_as

PLAINTEXT_NOTE = QT_TRANSLATE_NOOP(
    "ExportDialog",
    "An export is a normal ZIP file: unlike your vault it is not encrypted, so anyone who gets the file can read "
    "your code. Protect it with a password (AES-256) if it leaves this computer.",
)


class ExportDialog(TaskDialog):
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
        self.setWindowTitle(self.tr("Export your data"))
        self.setMinimumWidth(560)
        self._ctx, self._tasks, self._network, self._service_data = ctx, tasks, network, service_data
        self._export = export
        self._handle: TaskHandle | None = None
        self.outcome: ExportResult | None = None
        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_choose_page())
        self.progress = ProgressPage(self.tr("Exporting"))
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
        self.everything = QRadioButton(self.tr("&Everything"))
        self.everything.setChecked(True)
        self.selected = QRadioButton(self.tr("&Selected projects:"))
        self.project_list = QListWidget()
        self.project_list.setAccessibleName(self.tr("Projects to export"))
        self.project_list.setAccessibleDescription(self.tr("Tick the projects to put in the archive"))
        self.project_list.setMaximumHeight(140)
        self.project_list.setEnabled(False)
        self.selected.toggled.connect(self.project_list.setEnabled)
        self.history = QCheckBox(self.tr("Earlier revisions of each project"))
        self.history.setChecked(True)
        self.privacy = QCheckBox(self.tr("Consents and their history, privacy settings"))
        self.privacy.setChecked(True)
        self.settings = QCheckBox(self.tr("App settings"))
        self.settings.setChecked(True)
        service = QLabel(
            self.tr(
                "Rights requests, consents and payment history kept by the CodeCraft service are added when you are "
                "signed in; otherwise the archive says they were not included."
            )
        )
        service.setWordWrap(True)
        note = QLabel(f"<b>{self.tr(PLAINTEXT_NOTE)}</b>")
        note.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Optional"))
        self.password.setAccessibleName(self.tr("Archive password"))
        self.password.setAccessibleDescription(
            self.tr("Optional: encrypts the archive; leave empty for a plain archive")
        )
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setAccessibleName(self.tr("Repeat the archive password"))
        self.repeat.setAccessibleDescription(self.tr("The same password again, to rule out a typing mistake"))
        self.meter = StrengthMeter()
        self.password.textChanged.connect(self._validate)
        self.repeat.textChanged.connect(self._validate)
        self.destination = QLineEdit(str(Path.home() / "codecraft-export.zip"))
        self.destination.setAccessibleName(self.tr("Save the archive as"))
        self.destination.setAccessibleDescription(self.tr("The path of the archive file to write"))
        self.destination.textChanged.connect(self._validate)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.destination, 1)
        row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow(self.tr("&Repeat:"), self.repeat)
        form.addRow("", self.meter)
        form.addRow(self.tr("Save &as:"), row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
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
                self.meter.label.setText(self.meter.label.text() + self.tr(" The two passwords differ."))
        self.export_button.setEnabled(ok)

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the export as"), self.destination.text(), self.tr("ZIP (*.zip)")
        )
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
        self.progress.start(self.tr("Gathering what the CodeCraft service keeps…"))
        if self._network is not None and self._service_data is not None:
            self._network.run(self._service_data, owner=self, on_done=self._run_export, on_error=self._failed)
        else:
            self._run_export(ServiceData())

    def _run_export(self, service: ServiceData) -> None:
        self.progress.start(self.tr("Exporting…"))
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

    def _finished(self, result: ExportResult) -> None:
        self.outcome = result
        locale = QLocale()
        protection = (
            self.tr("encrypted with AES-256") if result.encrypted else self.tr("not encrypted: keep it somewhere safe")
        )
        self.done_label.setText(
            fmt(
                self.tr(
                    "Exported %1 project(s), %2 files (%3) to<br><b>%4</b><br>The archive is %5.<br>Service data: %6."
                ),
                locale.toString(result.projects),
                locale.toString(result.files),
                locale.formattedDataSize(result.content_bytes),
                result.path,
                protection,
                result.service_note,
            )
        )
        self.pages.setCurrentIndex(2)
        self.exported.emit(result)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, OperationCancelled):
            self.done_label.setText(self.tr("Export cancelled. No file was written."))
        else:
            title, message = describe(exc)
            self.done_label.setText(fmt(self.tr("<b>%1</b><br>%2<br>No file was written."), title, message))
        self.pages.setCurrentIndex(2)
