"""One running app per profile, as real processes: a second start brings the first window to the front and ends at
once; another profile runs beside it; a crashed app's lock does not keep the next start out."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.app_process import app_log, start_app, stop_app, wait_for_log

pytestmark = pytest.mark.skipif(os.name != "posix", reason="stops the apps with POSIX signals")


def test_a_second_start_brings_the_first_window_forward_and_ends(qtbot: QtBot, tmp_path: Path) -> None:
    first = start_app(tmp_path)
    try:
        wait_for_log(qtbot, first, app_log(tmp_path), "started")
        second = start_app(tmp_path)
        assert second.wait(timeout=30) == 0
        assert second.stderr is not None and "already running" in second.stderr.read()
        wait_for_log(qtbot, first, app_log(tmp_path), "brought this window to the front")
        other_profile = start_app(tmp_path, "work")  # another profile is another vault: it runs beside the first
        try:
            wait_for_log(qtbot, other_profile, app_log(tmp_path, "work"), "started")
        finally:
            stop_app(other_profile)
    finally:
        stop_app(first)
    assert first.returncode == 0


def test_a_crashed_app_does_not_keep_the_next_start_out(qtbot: QtBot, tmp_path: Path) -> None:
    crashed = start_app(tmp_path)
    wait_for_log(qtbot, crashed, app_log(tmp_path), "started")
    crashed.kill()
    crashed.wait(timeout=15)
    assert (tmp_path / "profiles" / "default" / "instance" / "app.lock").exists()  # left behind
    app_log(tmp_path).write_text("")
    again = start_app(tmp_path)
    try:
        wait_for_log(qtbot, again, app_log(tmp_path), "started")
    finally:
        stop_app(again)


def test_a_profile_folder_that_cannot_hold_the_lock_does_not_stop_the_start(tmp_path: Path) -> None:
    from desktop.ui.single_instance import AppInstance

    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    assert AppInstance(blocked / "instance").claim()  # the vault gate then explains the unwritable folder
