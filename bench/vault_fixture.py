"""Benchmark vaults, built once and cached under bench/.cache (they take a minute to build)."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

from desktop.domain.projects import ProjectOrigin, Requirements, RevisionKind
from desktop.paths import ProfilePaths
from desktop.services.context import AppContext
from desktop.storage.keys import KeyKeeper
from desktop.storage.schema import SCHEMA_VERSION
from tests.keyrings import MemoryKeyring

CACHE = Path(__file__).parent / ".cache"
WORDS = [
    "invoice",
    "ledger",
    "parser",
    "config",
    "client",
    "server",
    "request",
    "response",
    "token",
    "cache",
    "queue",
    "worker",
    "schedule",
    "report",
    "export",
    "import",
    "widget",
    "layout",
    "render",
    "button",
    "dialog",
    "table",
    "column",
    "filter",
    "search",
    "index",
    "vault",
    "cipher",
    "account",
    "payment",
    "credit",
    "review",
    "expert",
    "delivery",
    "project",
    "module",
    "package",
    "function",
    "method",
    "class",
    "record",
    "field",
    "value",
]
UNIQUE_WORD = "quasar"  # appears in about 1% of projects


def source_file(rng: random.Random, project: int, index: int, size: int = 900) -> bytes:
    lines = [f"# project {project} file {index}"]
    while sum(len(line) + 1 for line in lines) < size:
        name = "_".join(rng.choice(WORDS) for _ in range(2))
        lines.append(f"def {name}_{project}_{index}(value):\n    return value + {rng.randint(0, 9999)}")
    return ("\n".join(lines) + "\n").encode()


class BenchKeyring(MemoryKeyring):
    """The vault key for benchmark vaults, kept in a file beside them (benchmark data is not secret)."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self._path = path
        if path.exists():
            user, key = path.read_text().split()
            self.store[("CodeCraft Desktop vault", user)] = key

    def set_password(self, service: str, username: str, password: str) -> None:
        super().set_password(service, username, password)
        self._path.write_text(f"{username} {password}")


def bench_context(root: Path) -> AppContext:
    keeper = KeyKeeper(BenchKeyring(root / "key.txt"), is_secure=lambda backend: True)
    return AppContext.for_profile(ProfilePaths(root), keeper)


def build_vault(projects: int, files: int, name: str | None = None) -> Path:
    """A vault of ``projects`` projects with ``files`` files each; returns its profile folder."""
    root = CACHE / (name or f"vault-{projects}x{files}-v{SCHEMA_VERSION}")
    if (root / "done").exists():
        return root
    shutil.rmtree(root, ignore_errors=True)
    root.mkdir(parents=True)
    ctx = bench_context(root)
    ctx.session.create()
    rng = random.Random(1234)
    batch = 250
    for start in range(0, projects, batch):
        with ctx.session.vault.transaction() as tx:
            for p in range(start, min(start + batch, projects)):
                spec = " ".join(rng.choice(WORDS) for _ in range(30))
                if p % 100 == 7:
                    spec += f" {UNIQUE_WORD}"
                req = Requirements(f"{rng.choice(WORDS).title()} {rng.choice(WORDS)} {p}", spec, "Python CLI")
                pid = ctx.projects.store.create_in(tx, req, ProjectOrigin.IMPORT)
                contents = [(f"src/module_{i}.py", source_file(rng, p, i)) for i in range(files)]
                ctx.projects.store.add_revision(tx, pid, RevisionKind.IMPORT, "bench", contents)
    ctx.session.lock()
    (root / "done").write_text("ok")
    return root
