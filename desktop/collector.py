"""How the app uses Python's garbage collector, in one place.

Start-up builds a few hundred thousand objects that live as long as the process: modules, classes, Qt's enum
types, pygments' rules. With the collector on, the allocations of each import trigger collections that walk all of
them again, and the interpreter walks them once more at exit. So the program entry pauses collection while it
starts, and once the first window is painted (or a headless command is about to run) moves the survivors to the
permanent generation, which later collections skip, and collects as usual from then on. Measured on the
self-test: 0.50 s -> 0.40 s fastest, 0.64 s -> 0.43 s median (BENCHMARKS.md).

The cost: a reference cycle made during start-up and dropped later is never freed; start-up builds the gate, the
welcome screen and the services once, so that is bounded and small.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

_paused_for_start_up = False


def pause_for_start_up() -> None:
    """Called by the program's entry point only: tests and embedders keep their collector as it is."""
    global _paused_for_start_up
    if gc.isenabled():
        gc.disable()
        _paused_for_start_up = True


def start_up_done() -> None:
    """Keep what start-up built out of later collections and collect again. Safe to call more than once."""
    global _paused_for_start_up
    if _paused_for_start_up:
        _paused_for_start_up = False
        gc.freeze()
        gc.enable()


@contextlib.contextmanager
def long_lived_objects_skipped() -> Iterator[None]:
    """Keep every object alive now out of full collections for the duration (a long export, say).

    Each full collection walks every object of the process while holding the GIL, so the UI thread waits on it.
    Everything frozen, start-up's objects included, is unfrozen afterwards: they are collected as usual again.
    """
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()
