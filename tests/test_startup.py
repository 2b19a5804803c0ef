"""Start-up stays light: the window a person first sees (welcome or vault gate) is built without the network stack,
the API contract or the sections behind the gate, which load on the first unlock (ARCHITECTURE.md, Start-up)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
HEAVY = ("httpx", "pydantic", "desktop.api.contract", "desktop.ui.workspace", "desktop.ui.projects_page", "pathspec")

_FIRST_WINDOW = """
import sys, tempfile
from pathlib import Path
from desktop.paths import ProfilePaths
from desktop.services.context import AppContext
from desktop.storage.keys import KeyKeeper
from desktop.ui.app import build_main_window, create_application
app = create_application([])
window = build_main_window(app, AppContext.for_profile(ProfilePaths(Path(tempfile.mkdtemp())), KeyKeeper()))
window.show()
app.processEvents()
print(" ".join(name for name in sys.argv[1:] if name in sys.modules))
"""


def test_the_first_window_loads_no_network_contract_or_sections(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CODECRAFT_DATA_DIR": str(tmp_path)}
    out = subprocess.run(
        [sys.executable, "-c", _FIRST_WINDOW, *HEAVY], capture_output=True, text=True, env=env, cwd=ROOT, check=True
    )
    assert out.stdout.strip() == ""


def test_the_program_collects_garbage_again_once_started(tmp_path: Path) -> None:
    """Collection pauses while the program starts; afterwards what start-up built is frozen and collection is on."""
    code = (
        "import gc, sys\n"
        "from desktop.cli import run\n"
        "sys.argv = ['codecraft', '--self-test']\n"
        "rc = run()\n"
        "print(rc, gc.isenabled(), gc.get_freeze_count())\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CODECRAFT_DATA_DIR": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT, check=True)
    rc, enabled, frozen = out.stdout.split()[-3:]
    assert (rc, enabled) == ("0", "True")
    assert int(frozen) > 10_000


def test_calling_main_in_process_leaves_the_collector_alone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import gc

    from desktop import cli, collector

    monkeypatch.setenv("CODECRAFT_DATA_DIR", str(tmp_path))
    frozen = gc.get_freeze_count()
    cli.main(["projects", "list", "--json"])
    collector.session_objects_built()
    with collector.long_lived_objects_skipped():
        pass
    assert gc.isenabled() and gc.get_freeze_count() == frozen
    gc.disable()
    try:
        collector.pause_for_start_up()
        collector.start_up_done()
        assert not gc.isenabled(), "a collector someone else turned off stays off"
    finally:
        gc.enable()


def test_the_session_s_long_lived_objects_are_frozen_and_garbage_is_not() -> None:
    """In the running program, what the first unlock builds (and what is alive after an export) is collected once
    and frozen: no garbage cycle is kept, later full collections skip the rest."""
    code = (
        "import gc, weakref\n"
        "from desktop import collector\n"
        "def frozen(obj):  # tracked, yet in none of the three generations: in the permanent one\n"
        "    return gc.is_tracked(obj) and not any(o is obj for g in range(3) for o in gc.get_objects(g))\n"
        "collector.pause_for_start_up()\n"
        "collector.start_up_done()\n"
        "class Node: pass\n"
        "kept = Node()\n"
        "cycle = Node(); cycle.me = cycle; probe = Node(); cycle.probe = probe\n"
        "gone = weakref.ref(probe); del cycle, probe\n"
        "collector.session_objects_built()\n"
        "built = frozen(kept)\n"
        "with collector.long_lived_objects_skipped():\n"
        "    pass\n"
        "print(built, gone() is None, frozen(kept), gc.isenabled())\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    built, collected, frozen_after_export, enabled = out.stdout.split()
    assert (built, collected, frozen_after_export, enabled) == ("True", "True", "True", "True")
