"""How the app uses Python's garbage collector, in one place.

Start-up builds a few hundred thousand objects that live as long as the process: modules, classes, Qt's enum
types, pygments' rules. With the collector on, the allocations of each import trigger collections that walk all of
them again, and the interpreter walks them once more at exit. So the program entry pauses collection while it
starts, and once the first window is painted (or a headless command is about to run) moves the survivors to the
permanent generation, which later collections skip, and collects as usual from then on. Measured on the
self-test: 0.50 s -> 0.40 s fastest, 0.64 s -> 0.43 s median (BENCHMARKS.md).

The same goes for what the first unlock builds for the rest of the session (the workspace): once it is built, a
full collection would walk it on the UI thread (10 ms measured), so it is collected once and frozen too.

The cost: a reference cycle made during start-up and dropped later is never freed (about 700 objects were
garbage when start-up ended, measured); start-up builds the gate, the welcome screen and the services once, so that
is bounded and small. None of this happens unless the program's entry point took charge: tests and embedders keep
their collector as it is.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

_paused_for_start_up = False
_in_charge = False  # the program's entry point paused collection, so this module decides about the collector


def pause_for_start_up() -> None:
    """Called by the program's entry point only: tests and embedders keep their collector as it is."""
    global _paused_for_start_up, _in_charge
    if gc.isenabled():
        gc.disable()
        _paused_for_start_up = _in_charge = True


def start_up_done() -> None:
    """Keep what start-up built out of later collections and collect again. Safe to call more than once."""
    global _paused_for_start_up
    if _paused_for_start_up:
        _paused_for_start_up = False
        gc.freeze()
        gc.enable()


def session_objects_built() -> None:
    """Collect what building long-lived objects left over, then keep the rest out of later full collections."""
    if _in_charge and not _paused_for_start_up:
        gc.collect()
        gc.freeze()


@contextlib.contextmanager
def long_lived_objects_skipped() -> Iterator[None]:
    """Keep every object alive now out of full collections for the duration (a long export, say).

    Each full collection walks every object of the process while holding the GIL, so the UI thread waits on it.
    Everything frozen, start-up's objects included, is unfrozen afterwards (the collector cannot unfreeze a part);
    in the running program what is alive then is collected once and frozen again.
    """
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()
        session_objects_built()
