"""The composition root: builds a profile's services once and hands them to screens and commands."""

from __future__ import annotations

from dataclasses import dataclass

from keyring.backend import KeyringBackend

from desktop.paths import ProfilePaths, profile_paths
from desktop.services.projects import ProjectService
from desktop.services.vault_session import VaultSession
from desktop.settings import Settings
from desktop.storage.keys import KeyKeeper
from desktop.storage.projects import ProjectStore


@dataclass
class AppContext:
    paths: ProfilePaths
    settings: Settings
    session: VaultSession
    projects: ProjectService

    @classmethod
    def for_profile(
        cls,
        paths: ProfilePaths | None = None,
        keeper: KeyKeeper | None = None,
        keyring_backend: KeyringBackend | None = None,
    ) -> AppContext:
        paths = paths or profile_paths()
        session = VaultSession(paths, keeper or KeyKeeper(keyring_backend))
        store = ProjectStore(lambda: session.vault)
        return cls(paths, Settings(paths.settings), session, ProjectService(store))
