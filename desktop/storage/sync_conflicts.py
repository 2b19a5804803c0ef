"""Conflicts (both sides changed one object) and writing synced files into a project's next revision."""

from __future__ import annotations

import base64

from desktop.api import contract as c
from desktop.domain.projects import ProjectStatus
from desktop.domain.sync import PROJECT_PATH, SYNC_REVISION_KIND, SyncConflict
from desktop.storage.projects import ProjectStore
from desktop.storage.sync_state import current_files
from desktop.storage.vault import Connection


def item_content(item: c.SyncItem | None) -> bytes | None:
    if item is None or item.deleted or item.file is None:
        return None
    return base64.b64decode(item.file.content_b64)


def record_conflict(
    tx: Connection, uid: str, path: str, revision: int, current: c.SyncItem | None, mine_deleted: bool
) -> None:
    """Keep the server's version beside ours until the person chooses (the local files stay as they are)."""
    row = tx.execute("SELECT id FROM projects WHERE uid = ?", (uid,)).fetchone()
    if row is None:
        return
    deleted = current is None or current.deleted
    data = current.project.model_dump_json() if current is not None and current.project is not None else None
    tx.execute(
        "INSERT OR REPLACE INTO sync_conflicts(project_id, path, their_revision, their_deleted, their_content, "
        "their_data) VALUES (?,?,?,?,?,?)",
        (row[0], path, revision, int(deleted), item_content(current), data),
    )


def refresh_conflict(
    tx: Connection, project_id: int, path: str, revision: int, deleted: bool, content: bytes | None, data: str | None
) -> bool:
    """A pulled newer server version of an object in conflict replaces the kept 'theirs'; True if in conflict."""
    row = tx.execute(
        "SELECT their_revision FROM sync_conflicts WHERE project_id = ? AND path = ?", (project_id, path)
    ).fetchone()
    if row is None:
        return False
    if revision > int(row[0]):
        tx.execute(
            "UPDATE sync_conflicts SET their_revision = ?, their_deleted = ?, their_content = ?, their_data = ? "
            "WHERE project_id = ? AND path = ?",
            (revision, int(deleted), content, data, project_id, path),
        )
    return True


def conflicts(conn: Connection, project_id: int) -> list[SyncConflict]:
    files = current_files(conn, project_id)
    rows = conn.execute(
        "SELECT path, their_revision, their_deleted FROM sync_conflicts WHERE project_id = ? ORDER BY path",
        (project_id,),
    ).fetchall()
    return [SyncConflict(project_id, r[0], r[1], bool(r[2]), r[0] != PROJECT_PATH and r[0] not in files) for r in rows]


def theirs(conn: Connection, project_id: int, path: str) -> tuple[int, bool, bytes | None, str | None] | None:
    """(revision, deleted, file content, project data JSON) of the server's side of a conflict."""
    row = conn.execute(
        "SELECT their_revision, their_deleted, their_content, their_data FROM sync_conflicts "
        "WHERE project_id = ? AND path = ?",
        (project_id, path),
    ).fetchone()
    if row is None:
        return None
    return int(row[0]), bool(row[1]), None if row[2] is None else bytes(row[2]), row[3]


def drop_conflict(tx: Connection, project_id: int, path: str) -> None:
    tx.execute("DELETE FROM sync_conflicts WHERE project_id = ? AND path = ?", (project_id, path))


def write_files(
    tx: Connection,
    store: ProjectStore,
    project_id: int,
    changes: dict[str, bytes | None],
    summary: str,
    *,
    send: frozenset[str] = frozenset(),
) -> bool:
    """Make a new revision with ``changes`` (None deletes a path); False if nothing actually changed.

    The changed paths are not queued for upload (they came from the server), except those in ``send``.
    """
    files = current_files(tx, project_id)
    merged = dict(files)
    for path, content in changes.items():
        if content is None:
            merged.pop(path, None)
        else:
            merged[path] = content
    if merged == files:
        return False
    uid, status = tx.execute("SELECT uid, status FROM projects WHERE id = ?", (project_id,)).fetchone()
    new_status = ProjectStatus(status) if status != ProjectStatus.DRAFT.value or not merged else ProjectStatus.ACTIVE
    store.add_revision(tx, project_id, SYNC_REVISION_KIND, summary, sorted(merged.items()), new_status)
    quiet = [(uid, p) for p in changes if p not in send]
    tx.executemany("DELETE FROM sync_outbox WHERE project_uid = ? AND path = ?", quiet)
    return True
