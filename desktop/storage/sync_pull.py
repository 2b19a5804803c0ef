"""Applying one pulled page of server changes to the vault, in the caller's transaction (with the cursor).

Server objects map onto the vault as: a project object is a project's requirements (and status); the file
objects of a project are the files of its current revision. Pulled file changes make one new revision per
project and page. An object changed here and not yet sent (in the outbox) or in conflict is not overwritten:
the push that follows finds the conflict, and a conflict keeps the newest server version as "theirs".
Files that arrive before their project (pages are in server order) wait in ``sync_stash``.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from typing import NamedTuple

from desktop.api import contract as c
from desktop.domain.projects import ProjectOrigin, ProjectStatus, Requirements, RevisionNote
from desktop.domain.sync import PROJECT_PATH, SyncMode
from desktop.messages import N_, Message
from desktop.storage.projects import ProjectStore
from desktop.storage.sync_conflicts import item_content, refresh_conflict, write_files
from desktop.storage.sync_outbox import base_of, data_digest, set_base
from desktop.storage.sync_state import CURSOR, set_error, set_meta
from desktop.storage.vault import Connection


def apply_page(tx: Connection, store: ProjectStore, page: c.PullResponse) -> set[int]:
    """Apply ``page`` and advance the cursor to its end; returns the ids of projects whose content changed."""
    by_project: dict[str, list[c.SyncItem]] = defaultdict(list)
    for item in page.changes:
        by_project[item.project_uid].append(item)
    changed: set[int] = set()
    for uid, items in by_project.items():
        project_id = _apply_project(tx, store, uid, items)
        if project_id is not None:
            changed.add(project_id)
    set_meta(tx, CURSOR, str(page.next_cursor))
    return changed


class _Remote(NamedTuple):
    path: str
    revision: int
    deleted: bool
    content: bytes | None

    @property
    def sha256(self) -> str | None:
        return None if self.content is None else hashlib.sha256(self.content).hexdigest()


def _remote(item: c.SyncItem) -> _Remote:
    return _Remote(str(item.path), item.revision, item.deleted, item_content(item))


def _local(tx: Connection, uid: str) -> tuple[int, str] | None:
    row = tx.execute(
        "SELECT p.id, coalesce(s.mode, 'local') FROM projects p LEFT JOIN sync_projects s ON s.project_id = p.id "
        "WHERE p.uid = ?",
        (uid,),
    ).fetchone()
    return None if row is None else (int(row[0]), str(row[1]))


def _dirty(tx: Connection, uid: str, path: str) -> bool:
    return (
        tx.execute("SELECT 1 FROM sync_outbox WHERE project_uid = ? AND path = ?", (uid, path)).fetchone() is not None
    )


def _requirements(data: c.ProjectData) -> Requirements:
    return Requirements(data.name, data.description, data.stack, data.language, data.specifications)


def _apply_project(tx: Connection, store: ProjectStore, uid: str, items: list[c.SyncItem]) -> int | None:
    project_item = next((i for i in items if i.kind == "project"), None)
    files = [_remote(i) for i in items if i.kind == "file" and i.path]
    local = _local(tx, uid)
    if local is None:
        if project_item is None or project_item.deleted or project_item.project is None:
            if project_item is not None or _dirty(tx, uid, PROJECT_PATH):  # deleted there, or here
                tx.execute("DELETE FROM sync_stash WHERE project_uid = ?", (uid,))
            else:
                _stash(tx, uid, files)
            return None
        project_id = store.create_in(tx, _requirements(project_item.project), ProjectOrigin.IMPORT)
        tx.execute("UPDATE projects SET uid = ? WHERE id = ?", (uid, project_id))
        tx.execute("INSERT INTO sync_projects(project_id, mode) VALUES (?, ?)", (project_id, SyncMode.SYNCED.value))
        files = _unstash(tx, uid, files)
        local = (project_id, SyncMode.SYNCED.value)
    project_id, mode = local
    if mode != SyncMode.SYNCED.value:
        return None  # Local only here: what other devices do to it is not taken in
    if project_item is not None and project_item.deleted:
        return _deleted_remotely(tx, store, uid, project_id)
    changed = False
    if project_item is not None and project_item.project is not None:
        changed = _apply_requirements(tx, store, uid, project_id, project_item)
    updates: dict[str, bytes | None] = {}
    for remote in files:
        path = remote.path
        base = base_of(tx, uid, path)
        if base is not None and remote.revision <= base[0]:
            continue  # our own change coming back, or older than what we have
        if refresh_conflict(tx, project_id, path, *remote[1:], None) or _dirty(tx, uid, path):
            continue
        updates[path] = remote.content
        set_base(tx, uid, path, remote.revision, remote.sha256)
    if updates:
        names = ", ".join(sorted(updates)[:3]) + (" …" if len(updates) > 3 else "")
        note = Message(RevisionNote.SYNCED, {"names": names})
        changed = write_files(tx, store, project_id, updates, note) or changed
    return project_id if changed else None


def _apply_requirements(tx: Connection, store: ProjectStore, uid: str, project_id: int, item: c.SyncItem) -> bool:
    assert item.project is not None
    base = base_of(tx, uid, PROJECT_PATH)
    if base is not None and item.revision <= base[0]:
        return False
    if refresh_conflict(
        tx, project_id, PROJECT_PATH, item.revision, False, None, item.project.model_dump_json()
    ) or _dirty(tx, uid, PROJECT_PATH):
        return False
    store.update_requirements_in(tx, project_id, _requirements(item.project))
    if item.project.status in {s.value for s in ProjectStatus}:
        tx.execute("UPDATE projects SET status = ? WHERE id = ?", (item.project.status, project_id))
    tx.execute("DELETE FROM sync_outbox WHERE project_uid = ? AND path = ?", (uid, PROJECT_PATH))
    set_base(tx, uid, PROJECT_PATH, item.revision, data_digest(item.project))
    return True


def _deleted_remotely(tx: Connection, store: ProjectStore, uid: str, project_id: int) -> int | None:
    """Deleted on another device: delete here too, unless this device has unsent changes or conflicts."""
    unsent = tx.execute("SELECT 1 FROM sync_outbox WHERE project_uid = ? LIMIT 1", (uid,)).fetchone()
    disputed = tx.execute("SELECT 1 FROM sync_conflicts WHERE project_id = ? LIMIT 1", (project_id,)).fetchone()
    tx.execute("DELETE FROM sync_base WHERE project_uid = ?", (uid,))
    if unsent or disputed:
        tx.execute("DELETE FROM sync_outbox WHERE project_uid = ?", (uid,))
        tx.execute("DELETE FROM sync_conflicts WHERE project_id = ?", (project_id,))
        tx.execute("UPDATE sync_projects SET mode = ? WHERE project_id = ?", (SyncMode.LOCAL_ONLY.value, project_id))
        gone = N_("Messages", "Deleted on another device; kept here as Local only because it had changes.")
        set_error(tx, project_id, gone)  # stored in English; the interface shows it translated
        return project_id
    tx.execute("UPDATE sync_projects SET mode = ? WHERE project_id = ?", (SyncMode.LOCAL_ONLY.value, project_id))
    store.delete_in(tx, project_id)  # Local only now, so the deletion is not sent back
    return project_id


def _stash(tx: Connection, uid: str, files: list[_Remote]) -> None:
    tx.executemany(
        "INSERT OR REPLACE INTO sync_stash(project_uid, path, revision, deleted, content) VALUES (?,?,?,?,?)",
        [(uid, f.path, f.revision, int(f.deleted), f.content) for f in files],
    )


def _unstash(tx: Connection, uid: str, files: list[_Remote]) -> list[_Remote]:
    """Stashed files of a project that has just arrived, merged with this page's (newer) ones."""
    rows = tx.execute("SELECT path, revision, deleted, content FROM sync_stash WHERE project_uid = ?", (uid,))
    newer = {f.path for f in files}
    stashed = [
        _Remote(path, revision, bool(deleted), None if content is None else bytes(content))
        for path, revision, deleted, content in rows.fetchall()
        if path not in newer
    ]
    tx.execute("DELETE FROM sync_stash WHERE project_uid = ?", (uid,))
    return stashed + files
