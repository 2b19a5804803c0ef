"""Fixtures for driving real widgets: a TaskRunner, and the main window over a real vault."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from desktop.services.context import AppContext
from desktop.ui.tasks import TaskRunner


@pytest.fixture
def tasks(qtbot: QtBot) -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.shutdown()


@pytest.fixture
def window(qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """The main window over an existing keyring-keyed vault: it unlocks by itself, as at a real start."""
    from PySide6.QtWidgets import QApplication

    from desktop.ui.app import build_main_window

    ctx.session.lock()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    win = build_main_window(app, ctx)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.central.currentWidget() is win.workspace)
    qtbot.waitUntil(lambda: not win.tasks.is_busy())
    yield win
    win.close()
