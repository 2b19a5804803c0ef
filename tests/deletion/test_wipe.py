"""Delete all local data: the key leaves the keyring, and no trace of the person's code stays on disk."""

from __future__ import annotations

import logging
import tempfile
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.services.context import AppContext
from desktop.services.deletion import DeletionService
from tests.keyrings import MemoryKeyring
from tests.portability.support import MARKER, fill, new_context


def _found(folder: Path, marker: bytes) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file() and marker in p.read_bytes()]


@pytest.fixture
def temp_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def _profile_with_traces(root: Path, temp_dir: Path, code: Path) -> AppContext:
    ctx = new_context(root)
    fill(ctx, code)
    ctx.settings.set("theme", "dark")
    (ctx.paths.logs).mkdir()
    handler = logging.FileHandler(ctx.paths.logs / "codecraft.log")
    logging.getLogger("desktop.test-wipe").addHandler(handler)
    logging.getLogger("desktop.test-wipe").warning("opened %s", MARKER)  # the worst case: code in a log
    (ctx.paths.root / "cache").mkdir()
    (ctx.paths.root / "cache" / "preview.txt").write_text(MARKER)
    (temp_dir / "codecraft-selftest-x").mkdir()
    (temp_dir / "codecraft-selftest-x" / "copy.py").write_text(MARKER)
    return ctx


def test_wipe_leaves_no_trace_in_the_profile_or_temp_folder(tmp_path: Path, temp_dir: Path) -> None:
    ctx = _profile_with_traces(tmp_path / "profile", temp_dir, tmp_path / "code")
    keyring = ctx.session.keeper.backend
    assert isinstance(keyring, MemoryKeyring)
    ctx.session.lock()
    report = DeletionService(ctx).wipe_local_data()
    assert report.key_removed
    assert not [k for k in keyring.store if k[0] == "CodeCraft Desktop vault"]
    assert not ctx.paths.root.exists()
    assert _found(temp_dir, MARKER.encode()) == []
    assert _found(tmp_path, MARKER.encode()) == sorted(_found(tmp_path / "code", MARKER.encode()))
    assert not logging.getLogger("desktop.test-wipe").handlers


def test_cli_wipe_needs_yes(ctx: AppContext, monkeypatch: pytest.MonkeyPatch, temp_dir: Path) -> None:
    monkeypatch.setattr(AppContext, "for_profile", classmethod(lambda cls: ctx))
    assert main(["wipe"]) == 2
    assert ctx.paths.vault.exists()
    assert main(["wipe", "--yes"]) == 0
    assert not ctx.paths.root.exists()
