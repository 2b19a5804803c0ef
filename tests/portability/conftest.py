from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.services.context import AppContext
from desktop.services.portability.exporter import ExportOptions, export_archive
from desktop.ui.tasks import TaskRunner
from tests.portability.support import fill, new_context


@pytest.fixture
def source(tmp_path: Path) -> Iterator[AppContext]:
    ctx = new_context(tmp_path / "source-profile")
    fill(ctx, tmp_path / "code")
    yield ctx
    ctx.session.lock()


@pytest.fixture
def target(tmp_path: Path) -> Iterator[AppContext]:
    ctx = new_context(tmp_path / "target-profile")
    yield ctx
    ctx.session.lock()


@pytest.fixture
def archive(source: AppContext, tmp_path: Path) -> Path:
    path = tmp_path / "exports" / "everything.zip"
    export_archive(source.session.vault, path, ExportOptions(), settings=source.settings.as_dict())
    return path


@pytest.fixture
def tasks(qtbot: object) -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.shutdown()
