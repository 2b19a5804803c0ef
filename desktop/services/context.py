"""The composition root: builds a profile's services once and hands them to screens and commands."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from keyring.backend import KeyringBackend

from desktop.paths import ProfilePaths, profile_paths
from desktop.services.projects import ProjectService
from desktop.services.vault_session import VaultSession
from desktop.settings import Settings
from desktop.storage.keys import KeyKeeper
from desktop.storage.projects import ProjectStore

if TYPE_CHECKING:
    from desktop.api.client import ApiClient


@dataclass
class AppContext:
    paths: ProfilePaths
    settings: Settings
    session: VaultSession
    projects: ProjectService
    _api: ApiClient | None = field(default=None, repr=False)
    api_hooks: list[Callable[[ApiClient], None]] = field(default_factory=list, repr=False)  # run on each new client

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

    @property
    def profile_name(self) -> str:
        return self.paths.root.name

    def api(self) -> ApiClient:
        """The one client of the CodeCraft service for this profile (built on first use, no network until then).

        Its tokens live in the same keyring that keeps the vault key.
        """
        from desktop.api.client import ApiClient  # httpx and pydantic load only when the network is used
        from desktop.api.tokens import TokenStore

        url = self.settings.server_url()
        if self._api is None or self._api.transport.base_url != url.rstrip("/"):
            if self._api is not None:
                self._api.close()
            tokens = TokenStore(self.session.keeper.backend, url, self.profile_name)
            self._api = ApiClient(url, tokens)
            for hook in self.api_hooks:
                hook(self._api)
        return self._api
