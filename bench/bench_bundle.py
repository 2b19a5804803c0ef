"""Bundle benchmarks (issue 8): the PyInstaller bundle's size, its build time, and its cold start against the same
app started from the source tree, both measured in this run.

Cold start is the whole ``codecraft --self-test`` process (imports, a throwaway vault, keyring detection, a pygments
lexer, the main window rendered offscreen, exit), best of 5. It reuses dist/codecraft if it exists and is newer
than every source file; otherwise it builds it first (``make dist`` does the same build).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.harness import Figure

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
APP = DIST / "codecraft" / "codecraft"
MAX_MIB = 150.0
MAX_RATIO = 1.5


def _newest_source() -> float:
    sources = [ROOT / "build.spec", *(ROOT / "desktop").rglob("*.py"), *(ROOT / "resources").rglob("*.*")]
    return max(p.stat().st_mtime for p in sources)


def ensure_bundle() -> float | None:
    """Build dist/codecraft unless an up-to-date one is there; return the build time, or None if reused."""
    if APP.exists() and APP.stat().st_mtime >= _newest_source():
        return None
    start = time.perf_counter()
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "ERROR", "--distpath", str(DIST)]
    subprocess.run([*command, "--workpath", str(ROOT / "build" / "pyinstaller"), str(ROOT / "build.spec")], check=True)
    return time.perf_counter() - start


def bundle_mib(folder: Path) -> float:
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) / 2**20


def _time_self_test(command: list[str], repeat: int, cwd: Path | None = None) -> float:
    times = []
    for _ in range(repeat):
        with tempfile.TemporaryDirectory(prefix="codecraft-bench-") as data:
            env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CODECRAFT_DATA_DIR": data}
            start = time.perf_counter()
            done = subprocess.run([*command, "--self-test"], capture_output=True, text=True, env=env, cwd=cwd or data)
            times.append(time.perf_counter() - start)
            if done.returncode:
                raise RuntimeError(f"{command[-1]} --self-test failed:\n{done.stdout}{done.stderr}")
    return min(times)


def run(quick: bool) -> list[Figure]:
    built = ensure_bundle()
    repeat = 2 if quick else 5
    source = _time_self_test([sys.executable, "-m", "desktop"], repeat, cwd=ROOT)
    bundle = _time_self_test([str(APP)], repeat)  # run from an empty folder: nothing from the source tree
    size = bundle_mib(APP.parent)
    figures = [
        Figure("bundle size (one folder)", size, "MiB", None, "", f"<= {MAX_MIB:.0f} MiB", size <= MAX_MIB),
        Figure(
            "cold start: bundled codecraft --self-test",
            bundle,
            "s",
            source,
            "same app from the source tree",
            f"<= {MAX_RATIO}x",
            bundle / source <= MAX_RATIO,
        ),
    ]
    if built is not None:
        figures.append(Figure("bundle build (PyInstaller, from scratch)", built, "s"))
    return figures
