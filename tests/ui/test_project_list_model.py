"""The lazy project list: a real Qt model over a real vault, fetching pages off the UI thread."""

from __future__ import annotations

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop.domain.projects import ProjectFilter, Requirements, SortKey
from desktop.services.context import AppContext
from desktop.ui.project_list_model import PAGE_SIZE, ProjectIdRole, ProjectListModel
from desktop.ui.tasks import TaskRunner


def _fill(ctx: AppContext, count: int) -> None:
    from desktop.domain.projects import ProjectOrigin

    with ctx.session.vault.transaction() as tx:
        for i in range(count):
            ctx.projects.store.create_in(tx, Requirements(f"Project {i:04}"), ProjectOrigin.REQUIREMENTS)


def test_model_loads_pages_lazily(qtbot: QtBot, ctx: AppContext, tasks: TaskRunner, qtmodeltester: ModelTester) -> None:
    _fill(ctx, PAGE_SIZE * 3 + 7)
    model = ProjectListModel(ctx.projects, tasks)
    with qtbot.waitSignal(model.loaded):
        model.set_filter(ProjectFilter(sort=SortKey.NAME))
    assert model.rowCount() == PAGE_SIZE * 3 + 7
    assert model.data(model.index(250, 0)) == "…"  # not fetched yet: a placeholder, no blocking read
    qtbot.waitUntil(lambda: model.data(model.index(250, 0)) == "Project 0250")
    assert model.data(model.index(250, 1)) == "Draft"
    assert isinstance(model.data(model.index(250, 0), ProjectIdRole), int)
    qtmodeltester.check(model, force_py=True)


def test_filter_by_search_text(qtbot: QtBot, ctx: AppContext, tasks: TaskRunner) -> None:
    ctx.projects.create_from_requirements(Requirements("Weather station", specifications="barometer"))
    ctx.projects.create_from_requirements(Requirements("Ledger"))
    model = ProjectListModel(ctx.projects, tasks)
    with qtbot.waitSignal(model.loaded):
        model.set_filter(ProjectFilter(text="barometer"))
    assert model.rowCount() == 1
    qtbot.waitUntil(lambda: model.data(model.index(0, 0)) == "Weather station")
    model.clear()
    assert model.rowCount() == 0
