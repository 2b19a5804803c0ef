"""The export dialog (progress, cancel leaves no file) and the delete confirmations, driven as real widgets."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from desktop.domain.progress import ProgressUpdate
from desktop.services.context import AppContext
from desktop.services.deletion import DeletionService
from desktop.services.portability.exporter import ExportResult, export_archive
from desktop.ui.delete_dialogs import WIPE_WORD, DeleteProjectDialog, WipeDialog
from desktop.ui.export_dialog import ExportDialog
from desktop.ui.tasks import TaskRunner
from tests.portability.support import fill, new_context


class Gate:
    """Holds the export at its first file until the test lets it go (events, never sleeps)."""

    def __init__(self) -> None:
        self.reached, self.release = threading.Event(), threading.Event()

    def export(self, *args: Any, progress: Any, **kwargs: Any) -> ExportResult:
        def held(update: ProgressUpdate) -> None:
            progress(update)
            if update.total_bytes and not self.reached.is_set():
                self.reached.set()
                self.release.wait(30)

        return export_archive(*args, progress=held, **kwargs)


def _dialog(qtbot: QtBot, ctx: AppContext, tasks: TaskRunner, destination: Path, gate: Gate) -> ExportDialog:
    dialog = ExportDialog(ctx, tasks, export=gate.export)
    qtbot.addWidget(dialog)
    dialog.destination.setText(str(destination))
    dialog.show()
    qtbot.waitUntil(lambda: dialog.project_list.count() == 2)
    return dialog


def test_export_shows_progress_and_finishes(qtbot: QtBot, tasks: TaskRunner, tmp_path: Path) -> None:
    ctx = new_context(tmp_path / "profile")
    fill(ctx, tmp_path / "code")
    gate = Gate()
    dialog = _dialog(qtbot, ctx, tasks, tmp_path / "out" / "all.zip", gate)
    dialog.export_button.click()
    qtbot.waitUntil(gate.reached.is_set)
    qtbot.waitUntil(lambda: "of" in dialog.progress.detail.text() and "left" in dialog.progress.detail.text())
    gate.release.set()
    with qtbot.waitSignal(dialog.exported, timeout=20000) as done:
        pass
    assert done.args[0].path.exists()
    assert "not encrypted" in dialog.done_label.text()
    dialog.grab().save(str(tmp_path / "export-done.png"))
    ctx.session.lock()


def test_cancelling_an_export_leaves_no_file(qtbot: QtBot, tasks: TaskRunner, tmp_path: Path) -> None:
    ctx = new_context(tmp_path / "profile")
    fill(ctx, tmp_path / "code")
    out = tmp_path / "out"
    gate = Gate()
    dialog = _dialog(qtbot, ctx, tasks, out / "all.zip", gate)
    dialog.password.setText("correct horse battery staple")
    dialog.repeat.setText("correct horse battery staple")
    assert dialog.export_button.isEnabled() and dialog.meter.score >= 3
    dialog.export_button.click()
    qtbot.waitUntil(gate.reached.is_set)
    assert list(out.iterdir()) == []  # while writing, the archive has no name in the folder
    dialog.progress.cancel_button.click()
    gate.release.set()
    qtbot.waitUntil(lambda: "cancelled" in dialog.done_label.text())
    assert list(out.iterdir()) == []
    ctx.session.lock()


def test_a_weak_or_mismatched_password_blocks_the_export(qtbot: QtBot, ctx: AppContext, tasks: TaskRunner) -> None:
    dialog = ExportDialog(ctx, tasks)
    qtbot.addWidget(dialog)
    dialog.password.setText("password1")
    dialog.repeat.setText("password1")
    assert not dialog.export_button.isEnabled() and dialog.meter.score < 3
    dialog.password.setText("violet tangerine ocelot 93")
    assert not dialog.export_button.isEnabled()
    assert "differ" in dialog.meter.label.text()
    dialog.repeat.setText("violet tangerine ocelot 93")
    assert dialog.export_button.isEnabled()


def test_delete_confirmation_names_what_goes_where(qtbot: QtBot, ctx: AppContext, sample_folder: Path) -> None:
    pid = ctx.projects.import_folder(sample_folder, "Billing").project_id
    dialog = DeleteProjectDialog(DeletionService(ctx).plan(pid))
    qtbot.addWidget(dialog)
    text = dialog.summary.text()
    assert "Billing" in text and "On this computer" in text and "not synced" in text
    with qtbot.waitSignal(dialog.accepted):
        dialog.delete_button.click()


def test_wipe_needs_the_word_and_then_removes_everything(qtbot: QtBot, ctx: AppContext, tasks: TaskRunner) -> None:
    dialog = WipeDialog(ctx, tasks)
    qtbot.addWidget(dialog)
    assert not dialog.wipe_button.isEnabled()
    dialog.confirm.setText(WIPE_WORD)
    with qtbot.waitSignal(dialog.wiped, timeout=10000):
        dialog.wipe_button.click()
    assert not ctx.paths.root.exists()
