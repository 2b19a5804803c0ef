"""Task runners for the pytest-qt tests of the generation dialog and the billing page."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop.ui.tasks import TaskRunner


@pytest.fixture
def runners() -> Iterator[tuple[TaskRunner, TaskRunner]]:
    """(vault runner, network runner), shut down after the test."""
    vault, network = TaskRunner(), TaskRunner(name="network")
    yield vault, network
    network.shutdown()
    vault.shutdown()
