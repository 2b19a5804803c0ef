"""Where a profile keeps its files. ``CODECRAFT_DATA_DIR`` overrides the platform's user data directory."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from desktop import APP_NAME

DEFAULT_PROFILE = "default"
_PROFILE_NAME = re.compile(r"^[A-Za-z0-9_.-]{1,64}$")


def data_root() -> Path:
    override = os.environ.get("CODECRAFT_DATA_DIR")
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=True))


def current_profile_name() -> str:
    name = os.environ.get("CODECRAFT_PROFILE") or DEFAULT_PROFILE
    if not _PROFILE_NAME.match(name) or name in {".", ".."}:
        raise ValueError(f"Profile names use letters, digits, '.', '_' and '-' only: {name!r}")
    return name


@dataclass(frozen=True)
class ProfilePaths:
    """Every file a profile owns lives under ``root``, so deleting a profile is deleting one folder."""

    root: Path

    @property
    def vault(self) -> Path:
        return self.root / "vault.db"

    @property
    def vault_meta(self) -> Path:
        return self.root / "vault.json"

    @property
    def settings(self) -> Path:
        return self.root / "settings.json"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def instance(self) -> Path:
        """The running app's lock file and the requests a second start leaves for it."""
        return self.root / "instance"

    def vault_sidecars(self) -> list[Path]:
        return [self.vault.with_name(self.vault.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


def profile_paths(name: str | None = None) -> ProfilePaths:
    return ProfilePaths(data_root() / "profiles" / (name or current_profile_name()))
