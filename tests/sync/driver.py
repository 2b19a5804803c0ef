"""A sync run in its own process, for the crash tests: ``main([PROFILE, KEYRING, URL])``.

Prints one line per progress update (so the test can kill it at a chosen moment) and "done" at the end.
The vault key and the sign-in tokens live in a JSON file keyring shared with the test process.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

from desktop.api.client import ApiClient
from desktop.api.tokens import TokenStore
from desktop.domain.progress import ProgressUpdate
from desktop.paths import ProfilePaths
from desktop.services.context import AppContext
from desktop.services.sync import SyncService
from desktop.storage.keys import KeyKeeper
from tests.keyrings import MemoryKeyring


class FileKeyring(MemoryKeyring):
    """A keyring kept in a JSON file (test data only), so two processes see the same secrets."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        if path.exists():
            self.store = {tuple(k.split("\0", 1)): v for k, v in json.loads(path.read_text()).items()}  # type: ignore[misc]

    def _save(self) -> None:
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps({"\0".join(k): v for k, v in self.store.items()}))
        tmp.replace(self.path)

    def set_password(self, service: str, username: str, password: str) -> None:
        super().set_password(service, username, password)
        self._save()

    def delete_password(self, service: str, username: str) -> None:
        super().delete_password(service, username)
        self._save()


def context(profile: Path, keyring_file: Path) -> AppContext:
    return AppContext.for_profile(ProfilePaths(profile), KeyKeeper(FileKeyring(keyring_file), is_secure=lambda b: True))


def service(ctx: AppContext, url: str, push_limit: int = 20, pull_limit: int = 25) -> SyncService:
    tokens = TokenStore(ctx.session.keeper.backend, url, ctx.profile_name)
    api = ApiClient(url, tokens, sleep=lambda seconds: None, rng=random.Random(5))
    return SyncService(ctx.projects.store, lambda: api, push_limit=push_limit, pull_limit=pull_limit)


def main(argv: list[str]) -> int:
    profile, keyring_file, url = Path(argv[0]), Path(argv[1]), argv[2]
    ctx = context(profile, keyring_file)
    ctx.session.unlock_with_keyring()

    def show(update: ProgressUpdate) -> None:
        print(f"{update.detail} {update.done}", flush=True)

    service(ctx, url).sync(progress=show)
    print("done", flush=True)
    ctx.session.lock()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
