"""The app as a real process (offscreen, in a throwaway data folder), for tests of what only a process shows:
signals, one running app per profile."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

ROOT = Path(__file__).resolve().parents[2]


def start_app(data: Path, profile: str = "default") -> subprocess.Popen[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CODECRAFT_DATA_DIR": str(data), "CODECRAFT_PROFILE": profile}
    return subprocess.Popen([sys.executable, "-m", "desktop"], cwd=ROOT, env=env, stderr=subprocess.PIPE, text=True)


def app_log(data: Path, profile: str = "default") -> Path:
    return data / "profiles" / profile / "logs" / "codecraft.log"


def wait_for_log(qtbot: QtBot, app: subprocess.Popen[str], log: Path, text: str) -> None:
    """Until the app has logged ``text`` ("started": its window is up and its event loop runs)."""

    def logged() -> bool:
        assert app.poll() is None, f"the app ended before logging {text!r}"
        return log.exists() and text in log.read_text()

    qtbot.waitUntil(logged, timeout=60_000)


def stop_app(app: subprocess.Popen[str]) -> None:
    if app.poll() is None:
        app.send_signal(signal.SIGTERM)
        app.wait(timeout=15)
