"""One project: its files and code, its requirements, its history, and archive / delete.

Every vault call goes through the TaskRunner; results land on the UI thread and a stale result (for a
project or file no longer shown) is dropped.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QLabel,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.projects import Attachment, FileEntry, Project, Requirements, Revision
from desktop.errors import OperationCancelled, UserFacingError, redacted_report
from desktop.services.deletion import DeletionService, ProjectDeletionPlan
from desktop.services.projects import ProjectService
from desktop.ui.delete_dialogs import DeleteProjectDialog
from desktop.ui.diff_window import DiffWindow
from desktop.ui.i18n import QT_TRANSLATE_NOOP, error_texts, fmt, translated
from desktop.ui.requirements_editor import RequirementsEditor
from desktop.ui.revision_panel import FileBrowser, HistoryPanel, ProjectHeader
from desktop.ui.sync.project_badge import ProjectSyncBar
from desktop.ui.sync.sync_controller import SyncController
from desktop.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

UNEXPECTED = QT_TRANSLATE_NOOP(
    "ProjectView", "Something unexpected stopped that action. Your saved data is safe; please try again."
)


@dataclass(frozen=True)
class ProjectSnapshot:
    project: Project
    revisions: list[Revision]
    attachments: list[Attachment]
    files: list[FileEntry]  # of the current revision


def load_snapshot(projects: ProjectService, project_id: int) -> ProjectSnapshot:
    """Everything the view shows about a project, read in one go on the vault worker."""
    project = projects.get(project_id)
    files = projects.files(project_id, project.current_revision) if project.current_revision else []
    return ProjectSnapshot(project, projects.revisions(project_id), projects.attachments(project_id), files)


class ProjectView(QWidget):
    project_changed = Signal(int)  # requirements saved, revision restored, archived or unarchived
    project_deleted = Signal(int)
    loaded = Signal(int)  # a project's data is on screen
    file_shown = Signal(str)  # a file's text is in the code viewer

    def __init__(
        self,
        projects: ProjectService,
        tasks: TaskRunner,
        parent: QWidget | None = None,
        *,
        on_error: Callable[[BaseException], None] | None = None,
        sync: SyncController | None = None,
        deletion: DeletionService | None = None,
    ) -> None:
        super().__init__(parent)
        self.projects = projects
        self.tasks = tasks
        self._on_error = on_error or (lambda error: show_error_box(self, error))
        self.project: Project | None = None
        self._project_id: int | None = None
        self._load_token = 0
        self._file_token = 0
        self._busy = 0

        self.header = ProjectHeader()
        self.sync, self.deletion = sync, deletion
        self.sync_bar = ProjectSyncBar(sync) if sync is not None else None
        if self.sync_bar is not None:
            self.header.add_sync_control(self.sync_bar)
            self.sync_bar.project_updated.connect(self.reload)
        self.files = FileBrowser()
        self.requirements = RequirementsEditor()
        self.history = HistoryPanel()
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Project sections"))
        for tab, title, tip in (
            (self.files, self.tr("&Files"), self.tr("The project's files and code")),
            (self.requirements, self.tr("&Requirements"), self.tr("What the project should do")),
            (self.history, self.tr("&History"), self.tr("Every revision of the project's code")),
        ):
            self.tabs.setTabToolTip(self.tabs.addTab(tab, title), tip)

        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addWidget(self.header)
        page_layout.addWidget(self.tabs, 1)
        self.empty_label = QLabel(self.tr("Select a project to see its files, requirements and history."))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty_label)
        self.stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)

        self.header.archive_button.clicked.connect(self.toggle_archived)
        self.header.delete_button.clicked.connect(self.delete)
        self.files.file_requested.connect(self.open_file)
        self.files.restore_requested.connect(self.restore_revision)
        self.files.back_requested.connect(self.back_to_current)
        self.history.view_requested.connect(self.view_revision)
        self.history.restore_requested.connect(self.restore_revision)
        self.history.compare_requested.connect(self.compare_with_previous)
        self.requirements.save_requested.connect(self.save_requirements)
        refresh = QShortcut(QKeySequence.StandardKey.Refresh, self, self.reload)
        refresh.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._update_actions()

    # -- showing -----------------------------------------------------------------------------------------

    @property
    def project_id(self) -> int | None:
        return self._project_id

    def show_project(self, project_id: int) -> None:
        if project_id != self._project_id:
            self.project = None
            self.requirements.load(Requirements(title=""), [])
        self._project_id = project_id
        self._load_token += 1
        token = self._load_token
        self.stack.setCurrentIndex(1)
        self._run(load_snapshot, self.projects, project_id, on_done=lambda snap: self._apply(token, snap))

    @Slot()
    def reload(self) -> None:
        if self._project_id is not None:
            self.show_project(self._project_id)

    def clear(self) -> None:
        self._project_id = None
        self.project = None
        self._load_token += 1
        self._file_token += 1
        self.files.set_files([], 0, current=True)
        self.requirements.load(Requirements(title=""), [])
        self.history.set_revisions([], 0)
        self.stack.setCurrentIndex(0)
        self._update_actions()
        if self.sync_bar is not None:
            self.sync_bar.set_project(None)

    def has_unsaved_changes(self) -> bool:
        return self.project is not None and self.requirements.is_dirty()

    def _apply(self, token: int, snapshot: ProjectSnapshot) -> None:
        if token != self._load_token:
            return
        first_load = self.project is None or self.project.id != snapshot.project.id
        self.project = project = snapshot.project
        if first_load or not self.files.is_current or self.files.revision != project.current_revision:
            self.files.set_files(snapshot.files, project.current_revision, current=True)
        if first_load or not self.requirements.is_dirty():
            self.requirements.load(project.requirements, snapshot.attachments)
        self.history.set_revisions(snapshot.revisions, project.current_revision)
        self._update_actions()
        if self.sync_bar is not None:
            self.sync_bar.set_project(project.id, project.name)
        self.loaded.emit(project.id)

    @Slot(str)
    def open_file(self, path: str) -> None:
        if self.project is None:
            return
        self._file_token += 1
        token = self._file_token
        revision = self.files.revision

        def show(data: bytes) -> None:
            if token == self._file_token:
                self.files.viewer.show_file(path, data)
                self.file_shown.emit(path)

        self._run(self.projects.read_file, self.project.id, revision, path, on_done=show)

    @Slot(int)
    def view_revision(self, number: int) -> None:
        if self.project is None:
            return
        current = self.project.current_revision

        def show(entries: list[FileEntry]) -> None:
            self._file_token += 1
            self.files.set_files(entries, number, current=number == current)
            self.tabs.setCurrentWidget(self.files)

        self._run(self.projects.files, self.project.id, number, on_done=show)

    @Slot()
    def back_to_current(self) -> None:
        if self.project is not None:
            self.view_revision(self.project.current_revision)

    # -- changing ----------------------------------------------------------------------------------------

    @Slot(object)
    def save_requirements(self, requirements: Requirements) -> None:
        if self.project is None:
            return
        project_id = self.project.id
        self.requirements.set_busy(True)

        def finished(error: BaseException | None) -> None:
            self.requirements.set_busy(False)
            if error is not None:
                return self._on_error(error)
            self.requirements.mark_saved(requirements)
            self._changed(None)

        update = self.projects.update_requirements
        self._run(update, project_id, requirements, on_done=lambda _: finished(None), on_error=finished)

    @Slot(int)
    def restore_revision(self, number: int) -> None:
        if self.project is None:
            return
        question = fmt(self.tr("Make a new revision of “%1” with the files of revision %2?"), self.project.name, number)
        if self._confirm(
            self.tr("Restore revision?"), fmt(self.tr("%1\n\nThe current files stay in the history."), question)
        ):
            self._run(self.projects.restore_revision, self.project.id, number, on_done=self._changed)

    @Slot(int)
    def compare_with_previous(self, number: int) -> None:
        if self.project is not None and number > 1:
            window = DiffWindow(self.projects, self.tasks, self)
            window.viewer.revision_created.connect(lambda _: self._changed(None))
            window.compare(self.project, number - 1, number)

    @Slot()
    def toggle_archived(self) -> None:
        if self.project is not None:
            project = self.project
            self._run(self.projects.set_archived, project.id, not project.archived, on_done=self._changed)

    @Slot()
    def delete(self) -> None:
        if self.project is None:
            return
        project_id = self.project.id

        def deleted(_: object) -> None:
            if self._project_id == project_id:
                self.clear()
            self.project_deleted.emit(project_id)
            if self.sync is not None:
                self.sync.auto_sync()  # a synced project's deletion goes to the service at once when online

        if self.deletion is not None:
            self._run(self.deletion.plan, project_id, on_done=lambda plan: self._confirm_deletion(plan, deleted))
        elif self._confirm(
            self.tr("Delete project?"),
            fmt(
                self.tr(
                    "Delete “%1” from this device?\n\nIts files, revisions, requirements and "
                    "attachments are removed from the vault on this device. This cannot be undone."
                ),
                self.project.name,
            ),
        ):
            self._run(self.projects.delete, project_id, on_done=deleted)

    def _confirm_deletion(self, plan: ProjectDeletionPlan, deleted: Callable[[Any], None]) -> None:
        """The confirmation names what is deleted where; deleting compacts the vault so no page keeps the code."""
        assert self.deletion is not None
        if DeleteProjectDialog(plan, self).exec():
            self._run(self.deletion.delete_project, plan.project_id, on_done=deleted)

    def _changed(self, _: object) -> None:
        if self.project is not None:
            self.project_changed.emit(self.project.id)
            self.reload()

    # -- plumbing ----------------------------------------------------------------------------------------

    def _run(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        self._set_busy(1)
        failed = on_error or self._on_error

        def done(result: Any) -> None:
            self._set_busy(-1)
            on_done(result)

        def error(exc: BaseException) -> None:
            self._set_busy(-1)
            failed(exc)

        self.tasks.run(fn, *args, owner=self, on_done=done, on_error=error)

    def _set_busy(self, delta: int) -> None:
        self._busy += delta
        self._update_actions()

    def is_busy(self) -> bool:
        return self._busy > 0

    def _update_actions(self) -> None:
        self.header.set_project(self.project, busy=self._busy > 0)

    def _confirm(self, title: str, text: str) -> bool:
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel
        answer = QMessageBox.question(self, title, text, buttons, QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes


def show_error_box(parent: QWidget | None, error: BaseException) -> None:
    """The default error display: a person-facing error's own words, a generic message for anything else."""
    if isinstance(error, OperationCancelled):
        return
    if isinstance(error, UserFacingError):
        QMessageBox.warning(parent, *error_texts(error))
        return
    log.error("Unexpected error in the project view:\n%s", redacted_report(error))
    QMessageBox.critical(
        parent,
        QCoreApplication.translate("ProjectView", "Something went wrong"),
        translated("ProjectView", UNEXPECTED),
    )
