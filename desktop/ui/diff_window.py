"""A window showing what a revision changed: the diff viewer over two revisions of a project."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QMainWindow, QWidget

from desktop.domain.projects import Project
from desktop.domain.review import ReviewSession
from desktop.services.compare import CompareService
from desktop.services.projects import ProjectService
from desktop.ui.diff.viewer import DiffViewer
from desktop.ui.i18n import fmt
from desktop.ui.tasks import TaskRunner


class DiffWindow(QMainWindow):
    def __init__(self, projects: ProjectService, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.viewer = DiffViewer(self, session=ReviewSession(), compare_service=CompareService(projects), tasks=tasks)
        self.setCentralWidget(self.viewer)
        self.resize(1180, 760)
        QShortcut(QKeySequence.StandardKey.Close, self, self.close)

    def compare(self, project: Project, old_revision: int, new_revision: int) -> None:
        self.setWindowTitle(fmt(self.tr("%1: revision %2 → %3"), project.name, old_revision, new_revision))
        self.viewer.compare(project.id, old_revision, new_revision)
        self.show()
