"""Vault benchmarks (issue 2): unlock + first page, FTS search, SQLCipher vs plain SQLite, import vs cp -r,
peak RSS with the list shown, and cold start of the self-test vs a bare PySide6 window."""

from __future__ import annotations

import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import sqlcipher3

from bench.harness import Figure, best_of
from bench.vault_fixture import CACHE, UNIQUE_WORD, bench_context, build_vault, source_file
from desktop.domain.projects import ProjectFilter, ProjectOrigin, Requirements, RevisionKind
from desktop.storage.projects import ProjectStore
from desktop.storage.vault import Vault

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable


def _plain_copy(profile: Path) -> Path:
    """The same vault decrypted into a plain SQLite file, via SQLCipher's own export."""
    plain = profile / "plain.db"
    if plain.exists():
        return plain
    ctx = bench_context(profile)
    ctx.session.unlock_with_keyring()
    with ctx.session.vault.reading() as conn:
        conn.execute(f"ATTACH DATABASE '{plain}' AS plaintext KEY ''")
        conn.execute("SELECT sqlcipher_export('plaintext')")
        conn.execute("DETACH DATABASE plaintext")
    ctx.session.lock()
    return plain


def _workload(store: ProjectStore, rng: random.Random) -> None:
    """What a session does: list, page, search, read files, and one write of a 20-file revision."""
    ids = store.list_ids(ProjectFilter())
    store.summaries(ids[:100])
    for word in ("ledger", UNIQUE_WORD, "payment", "render"):
        store.search(word)
    for pid in rng.sample(ids, 100):
        store.read_file(pid, 1, f"src/module_{rng.randrange(20)}.py")
    try:
        with store.vault.transaction() as tx:
            new = store.create_in(tx, Requirements("bench write"), ProjectOrigin.IMPORT)
            files = [(f"f{i}.py", source_file(rng, new, i)) for i in range(20)]
            store.add_revision(tx, new, RevisionKind.IMPORT, "bench", files)
            raise _RollBack  # leave the cached vault as it was
    except _RollBack:
        pass


class _RollBack(Exception):
    pass


def _open_plain(path: Path) -> Vault:
    # SQLCipher without a key is plain SQLite of the same version: the comparison isolates encryption.
    conn = sqlcipher3.connect(str(path), check_same_thread=False, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    return Vault(path, conn)  # type: ignore[arg-type]


def cipher_vs_plain(profile: Path) -> list[Figure]:
    plain_path = _plain_copy(profile)
    ctx = bench_context(profile)
    ctx.session.unlock_with_keyring()
    cipher = ctx.projects.store
    plain_vault = _open_plain(plain_path)
    plain = ProjectStore(lambda: plain_vault)
    cipher_t = best_of(lambda: _workload(cipher, random.Random(7)), 5)
    plain_t = best_of(lambda: _workload(plain, random.Random(7)), 5)

    def median_search(store: ProjectStore, word: str) -> float:
        times = []
        for _ in range(25):
            start = time.perf_counter()
            store.search(word)
            times.append(time.perf_counter() - start)
        return statistics.median(times)

    rare, rare_plain = median_search(cipher, UNIQUE_WORD), median_search(plain, UNIQUE_WORD)
    common, common_plain = median_search(cipher, "ledger"), median_search(plain, "ledger")
    ctx.session.lock()
    plain_vault.close()
    return [
        Figure(
            "session workload, SQLCipher vs plain SQLite",
            cipher_t,
            "s",
            plain_t,
            "plain SQLite",
            "<= 1.3x",
            cipher_t / plain_t <= 1.3,
        ),
        Figure(
            f"FTS search, rare word ({UNIQUE_WORD})",
            rare * 1000,
            "ms",
            rare_plain * 1000,
            "plain SQLite",
            "<= 50 ms",
            rare <= 0.05,
        ),
        Figure(
            "FTS search, common word (ledger)",
            common * 1000,
            "ms",
            common_plain * 1000,
            "plain SQLite",
            "<= 50 ms",
            common <= 0.05,
        ),
    ]


def _child(script: str, *args: str) -> str:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    out = subprocess.run([PY, "-c", script, *args], capture_output=True, text=True, env=env, cwd=ROOT)
    if out.returncode:
        raise RuntimeError(f"benchmark child failed:\n{out.stderr[-2000:]}")
    return out.stdout.strip().splitlines()[-1]


_UNLOCK_AND_SHOW = """
import sys, time, resource
from pathlib import Path
from bench.vault_fixture import bench_context
from desktop.ui.app import build_main_window, create_application
app = create_application([])
ctx = bench_context(Path(sys.argv[1]))
window = build_main_window(app, ctx)
window.show()
model, table, gate = window.projects_page.model, window.projects_page.table, window.gate

def first_page_shown():
    unlocked = window.central.currentWidget() is window.workspace
    return unlocked and model.rowCount() and model.data(model.index(0, 0)) != "…"

while not first_page_shown():   # the start-up unlock
    app.processEvents()
window.lock()
while window.central.currentWidget() is not window.gate or gate.pages.currentWidget() is not gate.keyring_page:
    app.processEvents()
start = time.perf_counter()
gate.keyring_unlock_button.click()   # measured: unlock, list the 10,000 ids, fetch and paint the first page
while not first_page_shown():
    app.processEvents()
table.viewport().repaint()
shown = time.perf_counter() - start
if sys.argv[2] == "scroll":
    for row in range(0, model.rowCount(), 50):
        table.scrollTo(model.index(row, 0))
        app.processEvents()
    while model._pending:
        app.processEvents()
print(shown, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
window.close()
app.processEvents()
"""

_BARE_WINDOW = """
import time
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow(); w.resize(1200, 760); w.show(); app.processEvents()
print("ok")
"""


def unlock_and_memory(profile: Path) -> list[Figure]:
    times = [float(_child(_UNLOCK_AND_SHOW, str(profile), "first").split()[0]) for _ in range(5)]
    rss = float(_child(_UNLOCK_AND_SHOW, str(profile), "scroll").split()[1])
    start_bare = min(_time_process([PY, "-c", _BARE_WINDOW]) for _ in range(5))
    return [
        Figure(
            "unlock + first page of 10,000 projects shown",
            min(times),
            "s",
            start_bare,
            "bare PySide6 window start",
            "<= 0.3 s",
            min(times) <= 0.3,
        ),
        Figure(
            "peak RSS, 10,000-project vault open, whole list scrolled", rss, "MB", None, "", "<= 250 MB", rss <= 250
        ),
    ]


def _time_process(cmd: list[str]) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    start = time.perf_counter()
    subprocess.run(cmd, check=True, capture_output=True, env=env, cwd=ROOT)
    return time.perf_counter() - start


def cold_start() -> list[Figure]:
    # An installed app starts from bytecode (pip and PyInstaller compile it); a checkout under
    # PYTHONDONTWRITEBYTECODE would otherwise compile every module of the app on each start.
    subprocess.run([PY, "-m", "compileall", "-q", str(ROOT / "desktop")], check=True, capture_output=True)
    self_tests, bares = [], []
    for _ in range(7):  # interleaved, so that both see the same load
        self_tests.append(_time_process([PY, "-m", "desktop", "--self-test"]))
        bares.append(_time_process([PY, "-c", _BARE_WINDOW]))
    self_test, bare = min(self_tests), min(bares)
    return [
        Figure(
            "cold start: codecraft --self-test",
            self_test,
            "s",
            bare,
            "bare PySide6 window start",
            "<= 2x",
            self_test / bare <= 2,
        )
    ]


def _make_folder(files: int) -> Path:
    folder = CACHE / f"import-{files}"
    if (folder / ".done").exists():
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    rng = random.Random(99)
    for i in range(files):
        sub = folder / f"pkg{i % 50}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"mod_{i}.py").write_bytes(source_file(rng, 0, i))
    (folder / ".done").write_text("")
    return folder


def import_vs_cp(files: int) -> list[Figure]:
    folder = _make_folder(files)

    def copy() -> None:
        with tempfile.TemporaryDirectory(dir=CACHE) as tmp:
            subprocess.run(["cp", "-r", str(folder), f"{tmp}/copy"], check=True)

    def import_once() -> None:
        with tempfile.TemporaryDirectory(dir=CACHE) as tmp:
            ctx = bench_context(Path(tmp))
            ctx.session.create()
            ctx.projects.import_folder(folder)
            ctx.session.lock()

    cp_t = best_of(copy, 3)
    import_t = best_of(import_once, 3)
    return [
        Figure(
            f"import of a {files}-file folder",
            import_t,
            "s",
            cp_t,
            "cp -r of the same folder",
            "<= 2x (at least half the speed of cp -r)",
            import_t / cp_t <= 2,
        )
    ]


def run(quick: bool) -> list[Figure]:
    projects = 1000 if quick else 10_000
    profile = build_vault(projects, 20)
    figures = cipher_vs_plain(profile)
    figures += unlock_and_memory(profile)
    figures += import_vs_cp(500 if quick else 5000)
    figures += cold_start()
    return figures
