"""Start-up stays light: the window a person first sees (welcome or vault gate) is built without the network stack,
the API contract or the sections behind the gate, which load on the first unlock (ARCHITECTURE.md, Start-up)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

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
