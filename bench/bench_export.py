"""Export benchmark (issue 7): a vault holding 1 GB of code (quick: 100 MB), exported to a ZIP.

Figures, each against a baseline measured in the same run:
* throughput of ``export_archive`` vs ``zip -r`` of the same files on disk (target: at least half);
* peak RSS of a process doing the export (target: <= 200 MB);
* the longest UI event-loop stall while the export runs through the Export dialog (target: <= 50 ms).

The vault and the same files on disk are built once and cached under bench/.cache. Each measurement runs in its
own process so that peak RSS and the event loop belong to the export alone.
"""

from __future__ import annotations

import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.harness import Figure
from bench.vault_fixture import CACHE, bench_context, source_file
from desktop.domain.projects import ProjectOrigin, Requirements, RevisionKind
from desktop.storage.schema import SCHEMA_VERSION

ROOT = Path(__file__).resolve().parent.parent
FILES_PER_PROJECT = 500
FILE_BYTES = 20_000


def build(total_mb: int) -> Path:
    """A profile whose vault holds ``total_mb`` MB of code, and the same files under ``files/``."""
    projects = max(1, total_mb * 1_000_000 // (FILES_PER_PROJECT * FILE_BYTES))
    root = CACHE / f"export-{total_mb}mb-v{SCHEMA_VERSION}"
    if (root / "done").exists():
        return root
    shutil.rmtree(root, ignore_errors=True)
    root.mkdir(parents=True)
    ctx = bench_context(root)
    ctx.session.create()
    rng = random.Random(77)
    for p in range(projects):
        contents = [
            (f"pkg{i % 10}/module_{i}.py", source_file(rng, p, i, FILE_BYTES)) for i in range(FILES_PER_PROJECT)
        ]
        folder = root / "files" / f"project-{p}"
        for path, data in contents:
            (folder / path).parent.mkdir(parents=True, exist_ok=True)
            (folder / path).write_bytes(data)
        with ctx.session.vault.transaction() as tx:
            pid = ctx.projects.store.create_in(tx, Requirements(f"Project {p}"), ProjectOrigin.IMPORT)
            ctx.projects.store.add_revision(tx, pid, RevisionKind.IMPORT, "bench", contents)
    ctx.session.lock()
    (root / "done").write_text("ok")
    return root


def _export_child(root: Path, out: Path) -> None:
    from desktop.services.portability.exporter import ExportOptions, export_archive

    ctx = bench_context(root)
    ctx.session.unlock_with_keyring()
    result = export_archive(ctx.session.vault, out, ExportOptions())
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"seconds": result.seconds, "bytes": result.content_bytes, "peak_mb": peak_kb / 1024}))


def _stall_child(root: Path, out: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.ui.export_dialog import ExportDialog
    from desktop.ui.tasks import TaskRunner

    app = QApplication([])
    ctx = bench_context(root)
    ctx.session.unlock_with_keyring()
    tasks = TaskRunner()
    dialog = ExportDialog(ctx, tasks)
    dialog.destination.setText(str(out))
    dialog.show()
    worst, last = 0.0, [time.perf_counter()]

    def tick() -> None:
        nonlocal worst
        now = time.perf_counter()
        worst = max(worst, now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(tick)
    dialog.exported.connect(lambda _: app.quit())
    QTimer.singleShot(200, lambda: (last.__setitem__(0, time.perf_counter()), timer.start(), dialog.start()))
    app.exec()
    tasks.shutdown()
    print(json.dumps({"stall_ms": worst * 1000}))


def _child(kind: str, root: Path, out: Path) -> dict[str, float]:
    code = (
        f"from pathlib import Path; from bench.bench_export import _{kind}_child as f; "
        f"f(Path({str(root)!r}), Path({str(out)!r}))"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def run(quick: bool) -> list[Figure]:
    total_mb = 100 if quick else 1000
    root = build(total_mb)
    with tempfile.TemporaryDirectory(prefix="bench-export-", dir=CACHE) as tmp:
        out = Path(tmp)
        ours = _child("export", root, out / "ours.zip")
        start = time.perf_counter()
        subprocess.run(["zip", "-r", "-q", str(out / "zip.zip"), "."], cwd=root / "files", check=True)
        zip_seconds = time.perf_counter() - start
        (out / "ours.zip").unlink()
        stall = _child("stall", root, out / "dialog.zip")
    mb = ours["bytes"] / 1e6
    ours_rate, zip_rate = mb / ours["seconds"], mb / zip_seconds
    return [
        Figure(
            f"export throughput ({total_mb} MB of code)",
            ours_rate,
            "MB/s",
            zip_rate,
            "zip -r",
            ">= 0.5x",
            ours_rate >= 0.5 * zip_rate,
        ),
        Figure("export peak RSS", ours["peak_mb"], "MB", target="<= 200 MB", ok=ours["peak_mb"] <= 200),
        Figure(
            "longest UI stall during export (dialog)",
            stall["stall_ms"],
            "ms",
            target="<= 50 ms",
            ok=stall["stall_ms"] <= 50,
        ),
    ]
