"""Deleting for good: one project (locally, and on the service when it is synced), or all local data.

* A project's rows are deleted with ``secure_delete`` on, then the vault is compacted (VACUUM + WAL truncated),
  so no free page or WAL frame keeps its content. A Synced project's deletion is queued in the same transaction
  and sent at once when ``remote`` is asked (or with the next sync otherwise).
* "Delete all local data" is crypto-shredding: the vault key leaves the keyring first (the encrypted file is
  then unreadable wherever a copy of it lingers), then the vault and its sidecars are overwritten and removed,
  with the settings, logs and every other file of the profile, the sign-in tokens, and our temporary files.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.domain.sync import SyncMode
from desktop.errors import UserFacingError
from desktop.messages import N_

if TYPE_CHECKING:
    from desktop.api.client import ApiClient
    from desktop.services.context import AppContext

TEMP_PREFIXES = ("codecraft-", ".codecraft-")


@dataclass(frozen=True)
class ProjectDeletionPlan:
    project_id: int
    title: str
    revisions: int
    files: int
    bytes: int
    synced: bool

    def where(self) -> str:
        local = f"this computer's vault ({self.revisions} revision(s), {self.files} current file(s))"
        return local + (" and the CodeCraft service (it is synced)" if self.synced else "")


@dataclass
class ProjectDeletionReport:
    title: str
    local: bool = False
    remote: str = "not synced"  # "deleted", "queued for the next sync", "not synced"


@dataclass
class WipeReport:
    removed: list[str] = field(default_factory=list)
    key_removed: bool = False


class DeletionService:
    def __init__(self, ctx: AppContext, api: Callable[[], ApiClient] | None = None) -> None:
        self._ctx = ctx
        self._api = api or ctx.api

    # -- one project -------------------------------------------------------------------------------------

    def plan(self, project_id: int) -> ProjectDeletionPlan:
        from desktop.services.sync import SyncService

        projects = self._ctx.projects
        project = projects.get(project_id)
        revisions = projects.revisions(project_id)
        current = next((r for r in revisions if r.number == project.current_revision), None)
        synced = SyncService.for_context(self._ctx, self._api).mode(project_id) is SyncMode.SYNCED
        return ProjectDeletionPlan(
            project_id,
            project.name,
            len(revisions),
            current.file_count if current else 0,
            sum(r.total_bytes for r in revisions),
            synced,
        )

    def delete_project(self, project_id: int, remote: bool = False) -> ProjectDeletionReport:
        """Delete locally (then compact); with ``remote``, send a synced project's deletion now."""
        plan = self.plan(project_id)
        report = ProjectDeletionReport(plan.title)
        uid = self._ctx.projects.get(project_id).uid
        self._ctx.projects.delete(project_id)
        self._ctx.session.vault.compact()
        report.local = True
        if plan.synced:
            report.remote = "queued for the next sync"
            if remote:
                self.push_deletion(uid)
                report.remote = "deleted"
        return report

    def push_deletion(self, uid: str) -> None:
        """Send the queued deletion of project ``uid`` (and any batch already in flight) to the service."""
        from desktop.api.errors import BadServerReply
        from desktop.storage import sync_outbox

        vault, api = self._ctx.session.vault, self._api()
        while True:
            with vault.transaction() as tx:
                batch = sync_outbox.inflight(tx) or sync_outbox.freeze_batch(tx, 100, lambda p, c: False, uid)
            if not batch.changes:
                return
            response = api.push(batch.changes, batch.key)
            if len(response.results) != len(batch.changes):
                raise BadServerReply(
                    N_("Messages", "The CodeCraft service answered a different number of changes than were sent.")
                )
            with vault.transaction() as tx:
                sync_outbox.apply_results(tx, batch, response)

    # -- everything on this computer ---------------------------------------------------------------------

    def wipe_local_data(self) -> WipeReport:
        """Crypto-shred the vault and remove every file of this profile. The app must quit afterwards."""
        session, paths = self._ctx.session, self._ctx.paths
        report = WipeReport()
        meta = None
        with contextlib.suppress(UserFacingError):
            meta = session.meta()
        session.lock()
        if meta is not None:
            session.keeper.forget(meta)
            report.key_removed = True
        self._forget_sign_in()
        _close_log_files(paths.root)
        for path in (paths.vault, *paths.vault_sidecars()):
            if path.exists():
                _overwrite(path)
        if paths.root.exists():
            report.removed.append(str(paths.root))
            shutil.rmtree(paths.root)
        report.removed += _remove_our_temp_files()
        return report

    def _forget_sign_in(self) -> None:
        from desktop.api.tokens import TokenStore

        store = TokenStore(self._ctx.session.keeper.backend, self._ctx.settings.server_url(), self._ctx.profile_name)
        with contextlib.suppress(UserFacingError):
            store.clear()


def _overwrite(path: Path) -> None:
    """Zeros over the file before it is unlinked (the key is gone already; this is belt and braces)."""
    size = path.stat().st_size
    with open(path, "r+b") as handle:
        block = bytes(1024 * 1024)
        for start in range(0, size, len(block)):
            handle.write(block[: min(len(block), size - start)])
        handle.flush()
        os.fsync(handle.fileno())


def _close_log_files(root: Path) -> None:
    loggers = [
        logging.getLogger(),
        *(lg for lg in logging.Logger.manager.loggerDict.values() if isinstance(lg, logging.Logger)),
    ]
    for logger in loggers:
        for handler in list(logger.handlers):
            filename = getattr(handler, "baseFilename", "")
            if filename and Path(filename).is_relative_to(root):
                handler.close()
                logger.removeHandler(handler)


def _remove_our_temp_files() -> list[str]:
    """Anything of ours left in the temporary folder (self-test folders, interrupted downloads)."""
    removed = []
    for entry in Path(tempfile.gettempdir()).iterdir():
        if not entry.name.startswith(TEMP_PREFIXES):
            continue
        with contextlib.suppress(OSError):
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry)
            else:
                entry.unlink()
            removed.append(str(entry))
    return removed
