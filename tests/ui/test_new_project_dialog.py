"""The "Start Building" dialog: OK only with a title, the values it returns, attachments."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from desktop.domain.projects import Requirements
from desktop.services.context import AppContext
from desktop.ui.new_project_dialog import NewProjectDialog
from desktop.ui.requirements_editor import STACKS

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def dialog(qtbot: QtBot) -> NewProjectDialog:
    widget = NewProjectDialog()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_ok_is_enabled_only_with_a_title(qtbot: QtBot, dialog: NewProjectDialog) -> None:
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.form.title, "   ")
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.form.title, "Invoice tool")
    assert dialog.ok_button.isEnabled()
    dialog.form.title.clear()
    assert not dialog.ok_button.isEnabled()


def test_returns_the_requirements_entered(qtbot: QtBot, dialog: NewProjectDialog) -> None:
    assert dialog.form.stack.count() == len(STACKS)
    qtbot.keyClicks(dialog.form.title, " Invoice tool ")
    qtbot.keyClicks(dialog.form.description, "Makes invoices from CSV")
    dialog.form.stack.setCurrentIndex(STACKS.index("Python web API (FastAPI)"))
    qtbot.keyClicks(dialog.form.language, "English")
    dialog.form.specifications.source.setPlainText("# Output\n\n- **PDF**")
    dialog.form.specifications.setCurrentIndex(1)
    assert "PDF" in dialog.form.specifications.preview.toPlainText()
    with qtbot.waitSignal(dialog.accepted):
        dialog.ok_button.click()
    assert dialog.requirements() == Requirements(
        title="Invoice tool",
        description="Makes invoices from CSV",
        stack="Python web API (FastAPI)",
        language="English",
        specifications="# Output\n\n- **PDF**",
    )
    assert dialog.attachments() == []


def test_a_typed_stack_is_kept(qtbot: QtBot, dialog: NewProjectDialog) -> None:
    qtbot.keyClicks(dialog.form.stack.lineEdit(), "Rust CLI")
    assert dialog.requirements().stack == "Rust CLI"


def test_attachments_can_be_added_and_removed(
    qtbot: QtBot, dialog: NewProjectDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, ctx: AppContext
) -> None:
    brief, mockup = tmp_path / "brief.txt", tmp_path / "mockup.svg"
    brief.write_text("the brief")
    mockup.write_text("<svg/>")
    chosen = [str(brief), str(mockup), str(brief)]
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *_args, **_kw: (chosen, ""))
    dialog.add_button.click()
    assert dialog.attachments() == [brief, mockup]  # a file chosen twice is attached once
    assert not dialog.remove_button.isEnabled()
    dialog.attachment_list.item(1).setSelected(True)
    assert dialog.remove_button.isEnabled()
    dialog.remove_button.click()
    assert dialog.attachments() == [brief]

    qtbot.keyClicks(dialog.form.title, "With a brief")
    project_id = ctx.projects.create_from_requirements(dialog.requirements(), dialog.attachments())
    assert [a.name for a in ctx.projects.attachments(project_id)] == ["brief.txt"]


def test_cancel_rejects(qtbot: QtBot, dialog: NewProjectDialog) -> None:
    rejected: list[Any] = []
    dialog.rejected.connect(lambda: rejected.append(True))
    dialog.buttons.rejected.emit()
    assert rejected == [True]
