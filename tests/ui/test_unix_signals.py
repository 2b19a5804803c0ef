"""Ctrl+C in the terminal and `kill` end the running app as its Quit command does, at once and without a traceback
(while Qt waits for events no Python runs, so without the wakeup socket the app ignored them until the next mouse
move)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX signals")


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_a_signal_closes_the_app(tmp_path: Path, signum: int) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CODECRAFT_DATA_DIR": str(tmp_path)}
    app = subprocess.Popen([sys.executable, "-m", "desktop"], cwd=ROOT, env=env, stderr=subprocess.PIPE, text=True)
    try:
        log = tmp_path / "profiles" / "default" / "logs" / "codecraft.log"
        deadline = time.monotonic() + 60
        while not (log.exists() and "started" in log.read_text()):  # the window is up and the event loop runs
            assert app.poll() is None and time.monotonic() < deadline, "the app did not start"
            time.sleep(0.05)
        app.send_signal(signum)
        assert app.wait(timeout=15) == 0
        assert app.stderr is not None
        assert "Traceback" not in app.stderr.read()
    finally:
        if app.poll() is None:
            app.kill()
