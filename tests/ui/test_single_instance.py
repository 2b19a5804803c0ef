"""One running app per profile, as real processes: a second start brings the first window to the front and ends at
once; another profile runs beside it; a crashed app's lock does not keep the next start out."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(os.name != "posix", reason="stops the apps with POSIX signals")


def _start(data: Path, profile: str = "default") -> subprocess.Popen[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CODECRAFT_DATA_DIR": str(data), "CODECRAFT_PROFILE": profile}
    return subprocess.Popen([sys.executable, "-m", "desktop"], cwd=ROOT, env=env, stderr=subprocess.PIPE, text=True)


def _log(data: Path, profile: str = "default") -> Path:
    return data / "profiles" / profile / "logs" / "codecraft.log"


def _wait_for(app: subprocess.Popen[str], log: Path, text: str) -> None:
    deadline = time.monotonic() + 60
    while not (log.exists() and text in log.read_text()):  # an outside process: polled, nothing is timed
        assert app.poll() is None and time.monotonic() < deadline, f"never logged {text!r}"
        time.sleep(0.05)


def _stop(app: subprocess.Popen[str]) -> None:
    if app.poll() is None:
        app.send_signal(signal.SIGTERM)
        app.wait(timeout=15)


def test_a_second_start_brings_the_first_window_forward_and_ends(tmp_path: Path) -> None:
    first = _start(tmp_path)
    try:
        _wait_for(first, _log(tmp_path), "started")
        second = _start(tmp_path)
        assert second.wait(timeout=30) == 0
        assert second.stderr is not None and "already running" in second.stderr.read()
        _wait_for(first, _log(tmp_path), "brought this window to the front")
        other_profile = _start(tmp_path, "work")  # another profile is another vault: it runs beside the first
        try:
            _wait_for(other_profile, _log(tmp_path, "work"), "started")
        finally:
            _stop(other_profile)
    finally:
        _stop(first)
    assert first.returncode == 0


def test_a_crashed_app_does_not_keep_the_next_start_out(tmp_path: Path) -> None:
    crashed = _start(tmp_path)
    _wait_for(crashed, _log(tmp_path), "started")
    crashed.kill()
    crashed.wait(timeout=15)
    assert (tmp_path / "profiles" / "default" / "instance" / "app.lock").exists()  # left behind
    _log(tmp_path).write_text("")
    again = _start(tmp_path)
    try:
        _wait_for(again, _log(tmp_path), "started")
    finally:
        _stop(again)


def test_a_profile_folder_that_cannot_hold_the_lock_does_not_stop_the_start(tmp_path: Path) -> None:
    from desktop.ui.single_instance import AppInstance

    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    assert AppInstance(blocked / "instance").claim()  # the vault gate then explains the unwritable folder
