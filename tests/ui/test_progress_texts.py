"""What a long operation says about its progress: bytes done of the total, and a time left that reads naturally."""

from __future__ import annotations

import re
import time

from pytestqt.qtbot import QtBot

from desktop.domain.progress import ProgressUpdate
from desktop.ui.progress_page import bytes_and_time_left, time_left


def test_time_left_reads_naturally(qtbot: QtBot) -> None:
    assert time_left(0.2) == "less than a second left"
    assert time_left(7.9) == "about 7 s left"
    assert time_left(125) == "about 2 min 05 s left"


def test_no_estimate_before_any_bytes_are_done(qtbot: QtBot) -> None:
    text = bytes_and_time_left(ProgressUpdate(0, 10, done_bytes=0, total_bytes=4096), time.monotonic())
    assert "left" not in text and "4" in text


def test_bytes_done_of_total_with_an_estimate(qtbot: QtBot) -> None:
    started = time.monotonic() - 2.0  # half the bytes in two seconds: about two more
    text = bytes_and_time_left(ProgressUpdate(5, 10, done_bytes=2048, total_bytes=4096), started)
    done, left = text.split(" · ")
    assert done.startswith("2") and " of 4" in done
    assert re.fullmatch(r"about [23] s left", left)  # 2 s, or 3 if this machine paused for a second in between


def test_a_new_phase_of_progress_is_shown_even_right_after_the_last_update(qtbot: QtBot) -> None:
    """Updates come at most every 50 ms, but one that changes the total (the count becoming known) always gets
    through: a task that then works quietly for a while does not leave "Looking at the folder…" on screen."""
    import threading

    from desktop.domain.progress import ProgressSink
    from desktop.ui.tasks import TaskRunner

    runner = TaskRunner()
    release = threading.Event()
    seen: list[ProgressUpdate] = []

    def task(progress: ProgressSink, cancel: object) -> None:
        progress(ProgressUpdate(0, None, "Looking at the folder…"))
        progress(ProgressUpdate(1, 3000))  # within the same 50 ms
        release.wait(timeout=30)  # then a long quiet stretch

    runner.run(task, with_progress=True, on_progress=seen.append)
    try:
        qtbot.waitUntil(lambda: any(u.total == 3000 for u in seen), timeout=5000)
    finally:
        release.set()
        runner.shutdown()
