"""Diff viewer: a 100,000-line Python file pair with 1% of lines changed (the diff engine benchmark's pair).

* first painted screen: from ``set_files`` to the first paint of the diff rows (diff computed off the UI thread);
  baseline: showing an empty QWidget until its first paint, in the same run;
* longest event-loop gap (a 5 ms QTimer records the time between its ticks) while the diff opens, and while it is
  scrolled page by page (collapsed, then with every line expanded) as highlighting catches up;
* peak RSS of the process (VmHWM).
"""

from __future__ import annotations

import os
import random
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from bench.bench_diff import SEED, changed_copy, python_like_lines
from bench.harness import Figure
from desktop.services.compare import compare_contents
from desktop.ui.diff.rows import FOLD
from desktop.ui.diff.viewer import DiffViewer

FIRST_PAINT_TARGET_S = 0.3
GAP_TARGET_MS = 50.0


def _app() -> QApplication:
    app = QApplication.instance()
    return app if isinstance(app, QApplication) else QApplication([])


def _wait(app: QApplication, done: object, timeout: float = 60.0) -> None:
    deadline = time.perf_counter() + timeout
    while not done() and time.perf_counter() < deadline:  # type: ignore[operator]
        app.processEvents()
    if not done():  # type: ignore[operator]
        raise TimeoutError("the viewer did not get there in time")


class _PaintWatch(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.painted_at: float | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.painted_at is None:
            self.painted_at = time.perf_counter()
        return False


class _GapMeter:
    """A 5 ms timer; the longest time between two ticks is how long the event loop was blocked (plus 5 ms)."""

    def __init__(self) -> None:
        self.timer = QTimer(interval=5)
        self.clock = QElapsedTimer()
        self.longest = 0.0
        self._last = 0
        self.timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.longest = 0.0
        self.clock.start()
        self._last = 0
        self.timer.start()

    def _tick(self) -> None:
        now = self.clock.elapsed()
        self.longest = max(self.longest, float(now - self._last))
        self._last = now

    def stop(self) -> float:
        self.timer.stop()
        return self.longest


def _baseline_show(app: QApplication) -> float:
    widget = QWidget()
    widget.resize(1200, 800)
    watch = _PaintWatch()
    widget.installEventFilter(watch)
    start = time.perf_counter()
    widget.show()
    _wait(app, lambda: watch.painted_at is not None)
    widget.close()
    assert watch.painted_at is not None
    return watch.painted_at - start


def _scroll_through(app: QApplication, viewer: DiffViewer, pages: int) -> None:
    bar = viewer.canvas.verticalScrollBar()
    step = max(1, bar.maximum() // pages)
    for value in range(0, bar.maximum() + 1, step):
        bar.setValue(value)
        end = time.perf_counter() + 0.016  # one frame at 60 Hz between pages
        while time.perf_counter() < end:
            app.processEvents()


def _screen_styled(viewer: DiffViewer) -> bool:
    """Every line on screen has its syntax spans."""
    if viewer.rows is None:
        return False
    first, last = viewer.canvas.visible_rows()
    for row in viewer.rows.rows[first : last + 1]:
        for side in (0, 1):
            line = row[side + 1]
            if row[0] != FOLD and line >= 0 and viewer.syntax.style(side, line) is None:
                return False
    return True


def _peak_rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run(quick: bool) -> list[Figure]:
    app = _app()
    line_count = 20_000 if quick else 100_000
    rnd = random.Random(SEED)
    old_lines = python_like_lines(line_count, rnd)
    new_lines = changed_copy(old_lines, 0.01, rnd)
    old = ("\n".join(old_lines) + "\n").encode()
    new = ("\n".join(new_lines) + "\n").encode()
    start = time.perf_counter()
    pairs = compare_contents({"big.py": old}, {"big.py": new})
    compare_s = time.perf_counter() - start
    baseline = min(_baseline_show(app) for _ in range(3))

    viewer = DiffViewer()
    viewer.resize(1200, 800)
    viewer.show()
    _wait(app, lambda: viewer.isVisible())
    app.processEvents()
    painted: list[float] = []
    viewer.canvas.painted.connect(lambda: painted.append(time.perf_counter()) if viewer.canvas.model else None)
    meter = _GapMeter()
    meter.start()
    start = time.perf_counter()
    viewer.set_files(pairs, "old", "new")
    _wait(app, lambda: bool(painted))
    first_paint = painted[0] - start
    _wait(app, lambda: _screen_styled(viewer))
    highlighted = time.perf_counter() - start
    open_gap = meter.stop()

    meter.start()
    _scroll_through(app, viewer, 60 if quick else 150)
    viewer.expand_all()
    _scroll_through(app, viewer, 60 if quick else 150)
    scroll_gap = meter.stop()
    viewer.close()
    gap_figures = [
        Figure(
            "longest event-loop gap while opening",
            open_gap,
            "ms",
            target=f"<= {GAP_TARGET_MS:.0f} ms",
            ok=open_gap <= GAP_TARGET_MS,
        ),
        Figure(
            "longest event-loop gap while scrolling and highlighting",
            scroll_gap,
            "ms",
            target=f"<= {GAP_TARGET_MS:.0f} ms",
            ok=scroll_gap <= GAP_TARGET_MS,
        ),
    ]
    return [
        Figure(
            f"first painted diff screen ({line_count:,}-line pair)",
            first_paint,
            "s",
            baseline,
            "show empty QWidget",
            target=f"<= {FIRST_PAINT_TARGET_S} s",
            ok=first_paint <= FIRST_PAINT_TARGET_S,
        ),
        Figure("first screen highlighted", highlighted, "s"),
        Figure("compare_contents (service side, before the viewer)", compare_s, "s"),
        *gap_figures,
        Figure("peak RSS", _peak_rss_mib(), "MiB"),
    ]
