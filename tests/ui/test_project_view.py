"""The project view against a real vault: files and code, requirements, history, archive and delete."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QMessageBox, QPlainTextEdit, QPushButton, QTreeView
from pytestqt.qtbot import QtBot

from desktop.domain.projects import RevisionKind
from desktop.errors import UserFacingError
from desktop.services.context import AppContext
from desktop.storage.projects import ProjectNotFound
from desktop.ui.project_view import UNEXPECTED, ProjectView, show_error_box
from desktop.ui.tasks import TaskRunner

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

CORE = "pkg/core.py"


@pytest.fixture
def tasks() -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.shutdown()


@pytest.fixture
def project_id(ctx: AppContext, sample_folder: Path) -> int:
    return ctx.projects.import_folder(sample_folder).project_id


@pytest.fixture
def errors() -> list[BaseException]:
    return []


@pytest.fixture
def view(
    qtbot: QtBot, ctx: AppContext, tasks: TaskRunner, project_id: int, errors: list[BaseException]
) -> Iterator[ProjectView]:
    widget = ProjectView(ctx.projects, tasks, on_error=errors.append)
    qtbot.addWidget(widget)
    widget.resize(1000, 640)
    widget.show()
    with qtbot.waitSignal(widget.loaded):
        widget.show_project(project_id)
    yield widget
    assert errors == []


def answer(monkeypatch: pytest.MonkeyPatch, button: QMessageBox.StandardButton) -> list[str]:
    """Make QMessageBox.question return ``button``; returns the texts it was asked."""
    asked: list[str] = []

    def question(_parent: Any, title: str, text: str, *_args: Any) -> QMessageBox.StandardButton:
        asked.append(f"{title}\n{text}")
        return button

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def click_file(qtbot: QtBot, view: ProjectView, path: str) -> None:
    index = view.files.find_file(path)
    assert index.isValid()
    view.files.tree.scrollTo(index)
    with qtbot.waitSignal(view.files.viewer.highlighting_finished):
        rect = view.files.tree.visualRect(index)
        qtbot.mouseClick(view.files.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_shows_the_project_and_the_code_of_a_clicked_file(qtbot: QtBot, view: ProjectView) -> None:
    assert view.header.name_label.text() == "sample"
    assert "Active" in view.header.status_label.text() and "revision 1" in view.header.status_label.text()
    model = view.files.model
    top = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert top == ["pkg", ".gitignore", "README.md"]  # folders first; ignored and binary files left out
    click_file(qtbot, view, CORE)
    viewer = view.files.viewer
    assert "MARKER_Q7X9_SECRET_CODE" in viewer.editor().toPlainText()
    assert viewer.lexer_name == "Python"
    assert viewer.path == CORE
    assert not view.is_busy()


def test_save_requirements(qtbot: QtBot, view: ProjectView, ctx: AppContext, project_id: int) -> None:
    view.tabs.setCurrentWidget(view.requirements)
    editor = view.requirements
    assert not editor.save_button.isEnabled()
    editor.form.title.clear()
    qtbot.keyClicks(editor.form.title, "Invoice tool")
    editor.form.stack.setCurrentText("Python CLI")
    editor.form.specifications.source.setPlainText("# Specs\n\n- PDF output")
    assert editor.save_button.isEnabled()
    with qtbot.waitSignal(view.loaded):
        editor.save_button.click()
    saved = ctx.projects.get(project_id).requirements
    assert (saved.title, saved.stack, saved.specifications) == (
        "Invoice tool",
        "Python CLI",
        "# Specs\n\n- PDF output",
    )
    assert view.header.name_label.text() == "Invoice tool"
    assert not editor.save_button.isEnabled()
    editor.form.language.setText("French")
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)  # shortcuts only reach the focus widget of the active window
    editor.form.language.setFocus()
    with qtbot.waitSignal(view.loaded):
        qtbot.keyClick(editor.form.language, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert ctx.projects.get(project_id).requirements.language == "French"
    editor.form.specifications.setCurrentIndex(1)
    assert "PDF output" in editor.form.specifications.preview.toPlainText()


def test_an_empty_title_cannot_be_saved(view: ProjectView) -> None:
    view.requirements.form.title.setText("   ")
    assert not view.requirements.save_button.isEnabled()
    view.requirements.revert_button.click()
    assert view.requirements.form.title.text() == "sample"


def test_view_an_old_revision_and_restore_it(
    qtbot: QtBot,
    view: ProjectView,
    ctx: AppContext,
    project_id: int,
    sample_folder: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    (sample_folder / "pkg" / "core.py").write_text("def parse_config():\n    return 'NEW'\n")
    ctx.projects.import_folder(sample_folder, project_id=project_id)
    with qtbot.waitSignal(view.loaded):
        view.reload()
    assert view.history.model.rowCount() == 2
    view.history.select_revision(1)
    view.history.view_button.click()
    qtbot.waitUntil(lambda: not view.files.banner.isHidden())
    assert view.tabs.currentWidget() is view.files
    assert "Viewing revision 1" in view.files.banner_label.text()
    click_file(qtbot, view, CORE)
    assert "MARKER_Q7X9_SECRET_CODE" in view.files.viewer.editor().toPlainText()

    asked = answer(monkeypatch, QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(view.project_changed), qtbot.waitSignal(view.loaded):
        view.files.restore_button.click()
    assert "revision 1" in asked[0]
    latest = ctx.projects.revisions(project_id)[0]
    assert (latest.number, latest.kind) == (3, RevisionKind.RESTORE)
    assert b"MARKER_Q7X9" in ctx.projects.read_file(project_id, 3, CORE)
    assert view.history.model.rowCount() == 3
    assert view.files.banner.isHidden()
    assert "revision 3" in view.header.status_label.text()


def test_back_to_current_leaves_the_old_revision(qtbot: QtBot, view: ProjectView, ctx: AppContext) -> None:
    view.view_revision(1)
    qtbot.waitUntil(lambda: view.files.revision == 1)
    view.files.back_button.click()
    qtbot.waitUntil(lambda: not view.is_busy())
    assert view.files.banner.isHidden()


def test_archive_and_unarchive(qtbot: QtBot, view: ProjectView, ctx: AppContext, project_id: int) -> None:
    with qtbot.waitSignal(view.project_changed) as changed, qtbot.waitSignal(view.loaded):
        view.header.archive_button.click()
    assert changed.args == [project_id]
    assert ctx.projects.get(project_id).archived
    assert view.header.archive_button.accessibleName() == "Unarchive project"
    with qtbot.waitSignal(view.loaded):
        view.header.archive_button.click()
    assert not ctx.projects.get(project_id).archived


def test_delete_after_confirmation(
    qtbot: QtBot, view: ProjectView, ctx: AppContext, project_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = answer(monkeypatch, QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(view.project_deleted) as deleted:
        view.header.delete_button.click()
    assert deleted.args == [project_id]
    assert "“sample”" in asked[0] and "this device" in asked[0]
    with pytest.raises(ProjectNotFound):
        ctx.projects.get(project_id)
    assert view.project_id is None
    assert view.stack.currentWidget() is view.empty_label


def test_delete_can_be_cancelled(
    view: ProjectView, ctx: AppContext, project_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    view.header.delete_button.click()
    assert not view.is_busy()
    assert ctx.projects.get(project_id).name == "sample"


def test_errors_go_to_on_error(qtbot: QtBot, view: ProjectView, errors: list[BaseException]) -> None:
    view.show_project(987_654)
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors.pop(), ProjectNotFound)


def test_default_error_box_never_shows_internals(monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[tuple[str, str, str]] = []
    for kind in ("warning", "critical"):
        monkeypatch.setattr(QMessageBox, kind, lambda _p, title, text, k=kind: shown.append((k, title, text)))
    show_error_box(None, UserFacingError("The vault is locked."))
    show_error_box(None, RuntimeError("SELECT secret FROM keys"))
    assert shown == [
        ("warning", "Something went wrong", "The vault is locked."),
        ("critical", "Something went wrong", UNEXPECTED),
    ]


def test_interactive_widgets_are_named_and_explained(view: ProjectView) -> None:
    kinds = (QPushButton, QLineEdit, QPlainTextEdit, QComboBox, QTreeView)
    widgets = [w for kind in kinds for w in view.findChildren(kind) if not isinstance(w.parent(), QComboBox)]
    unnamed = [w for w in widgets if not w.accessibleName() or not w.toolTip()]
    assert len(widgets) > 10
    assert unnamed == []


def test_compare_with_previous_opens_the_diff_of_that_revision(
    qtbot: QtBot, ctx: AppContext, tasks: TaskRunner, sample_folder: Path
) -> None:
    from desktop.ui.diff_window import DiffWindow

    pid = ctx.projects.import_folder(sample_folder).project_id
    (sample_folder / "pkg" / "core.py").write_text("def parse_config():\n    return 'changed'\n")
    ctx.projects.import_folder(sample_folder, project_id=pid)
    view = ProjectView(ctx.projects, tasks)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded):
        view.show_project(pid)
    view.history.select_revision(2)
    assert view.history.compare_button.isEnabled()
    view.history.compare_button.click()
    window = view.findChild(DiffWindow)
    assert window is not None
    loaded = qtbot.waitSignal(window.viewer.file_loaded, timeout=10_000)  # the click only queued the work
    loaded.wait()
    assert loaded.args == ["pkg/core.py"]
    assert "revision 1 → 2" in window.windowTitle()
    window.close()
