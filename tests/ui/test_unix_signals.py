"""Ctrl+C in the terminal and `kill` end the running app as its Quit command does, at once and without a traceback
(while Qt waits for events no Python runs, so without the wakeup socket the app ignored them until the next mouse
move)."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.app_process import app_log, start_app, wait_for_log

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX signals")


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_a_signal_closes_the_app(qtbot: QtBot, tmp_path: Path, signum: int) -> None:
    app = start_app(tmp_path)
    try:
        wait_for_log(qtbot, app, app_log(tmp_path), "started")
        app.send_signal(signum)
        assert app.wait(timeout=15) == 0
        assert app.stderr is not None
        assert "Traceback" not in app.stderr.read()
    finally:
        if app.poll() is None:
            app.kill()
