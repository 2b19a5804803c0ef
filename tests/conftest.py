"""Shared fixtures: an isolated data directory per test and real vaults (SQLCipher) keyed in memory keyrings."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Tests find widgets by their English texts: the "system" language is English whatever the machine's locale.
os.environ["LANGUAGE"] = "en"

from desktop.paths import ProfilePaths
from desktop.services.context import AppContext
from desktop.storage.keys import KeyKeeper
from tests.keyrings import MemoryKeyring

TRANSLATIONS = Path(__file__).resolve().parent.parent / "resources" / "translations"


@pytest.fixture(scope="session", autouse=True)
def compiled_translations() -> None:
    """The .qm catalogues the app loads, built from the .ts sources when missing or older (as `make` does)."""
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)


@pytest.fixture(autouse=True)
def interface_language(request: pytest.FixtureRequest) -> None:
    """Widgets get the app's catalogue as at a real start (English, with its plural forms: "1 file", "3 files")."""
    if {"qtbot", "qapp"} & set(request.fixturenames):
        from desktop.ui.i18n import install_translators

        install_translators(request.getfixturevalue("qapp"), "system")


@pytest.fixture(autouse=True)
def isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test ever touches the real user data directory, keyring or passphrase environment."""
    data = tmp_path / "data"
    monkeypatch.setenv("CODECRAFT_DATA_DIR", str(data))
    monkeypatch.delenv("CODECRAFT_PASSPHRASE", raising=False)
    monkeypatch.delenv("CODECRAFT_PROFILE", raising=False)
    monkeypatch.delenv("CODECRAFT_SERVER", raising=False)
    return data


@pytest.fixture
def memory_keyring() -> MemoryKeyring:
    return MemoryKeyring()


@pytest.fixture
def keeper(memory_keyring: MemoryKeyring) -> KeyKeeper:
    """A keeper whose (in-memory) keyring counts as secure, as the OS keyring would."""
    return KeyKeeper(memory_keyring, is_secure=lambda backend: True)


@pytest.fixture
def profile(tmp_path: Path) -> ProfilePaths:
    return ProfilePaths(tmp_path / "data" / "profiles" / "default")


@pytest.fixture
def ctx(profile: ProfilePaths, keeper: KeyKeeper) -> Iterator[AppContext]:
    """A profile with a fresh, unlocked vault whose key lives in the memory keyring."""
    context = AppContext.for_profile(profile, keeper)
    context.session.create()
    yield context
    context.session.lock()


@pytest.fixture
def sample_folder(tmp_path: Path) -> Path:
    """A small source tree with a .gitignore, a binary file and a unique marker in its code."""
    root = tmp_path / "sample"
    (root / "pkg").mkdir(parents=True)
    (root / "pkg" / "core.py").write_text("def parse_config():\n    return 'MARKER_Q7X9_SECRET_CODE'\n")
    (root / "pkg" / "__init__.py").write_text("")
    (root / "README.md").write_text("# Sample\n\nA sample project.\n")
    (root / ".gitignore").write_text("*.log\nbuild/\n")
    (root / "debug.log").write_text("noise\n")
    (root / "build").mkdir()
    (root / "build" / "out.py").write_text("generated\n")
    (root / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n\0\0\0binary")
    return root
