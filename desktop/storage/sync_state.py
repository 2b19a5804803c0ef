"""Sync bookkeeping in the vault: per-project mode, per-file decisions, the outbox, the cursor, statuses.

The outbox holds one row per object (a project's requirements, path ``""``, or one file) that may differ
from the server. It says *which* object to reconcile, not how: what to send is worked out from the vault when
a batch is frozen (``sync_outbox.freeze_batch``), so many edits of one file send it once.

``record_*`` run inside the transaction that changes the project, so a change and its outbox row commit
together; they do nothing for Local-only projects.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import UTC, datetime

from desktop.domain.sync import PROJECT_PATH, FileDecision, ProjectSyncStatus, SyncMode, SyncState
from desktop.storage.vault import Connection, Vault

CURSOR = "cursor"
LAST_SYNC_AT = "last_sync_at"
LAST_ERROR = "last_error"


# -- hooks called by ProjectStore inside its transactions ---------------------------------------------------


def synced_uid(tx: Connection, project_id: int) -> str | None:
    """The project's uid if it is Synced, else None."""
    row = tx.execute(
        "SELECT p.uid FROM projects p JOIN sync_projects s ON s.project_id = p.id WHERE p.id = ? AND s.mode = ?",
        (project_id, SyncMode.SYNCED.value),
    ).fetchone()
    return None if row is None else str(row[0])


def enqueue(tx: Connection, uid: str, paths: Iterable[str]) -> None:
    tx.executemany("INSERT OR IGNORE INTO sync_outbox(project_uid, path) VALUES (?, ?)", [(uid, p) for p in paths])


def dequeue(tx: Connection, uid: str, paths: Iterable[str]) -> None:
    tx.executemany("DELETE FROM sync_outbox WHERE project_uid = ? AND path = ?", [(uid, p) for p in paths])


def record_requirements(tx: Connection, project_id: int) -> None:
    uid = synced_uid(tx, project_id)
    if uid is not None:
        enqueue(tx, uid, [PROJECT_PATH])


def record_revision(tx: Connection, project_id: int, old_number: int, new_number: int) -> None:
    """Queue every path whose content differs between two revisions (added, changed or removed)."""
    uid = synced_uid(tx, project_id)
    if uid is None:
        return
    rows = tx.execute(
        "WITH old AS (SELECT rf.path, rf.blob_id FROM revisions r JOIN revision_files rf ON rf.revision_id = r.id "
        "  WHERE r.project_id = ?1 AND r.number = ?2), "
        "new AS (SELECT rf.path, rf.blob_id FROM revisions r JOIN revision_files rf ON rf.revision_id = r.id "
        "  WHERE r.project_id = ?1 AND r.number = ?3) "
        "SELECT new.path FROM new LEFT JOIN old ON old.path = new.path "
        "  WHERE old.blob_id IS NULL OR old.blob_id != new.blob_id "
        "UNION SELECT old.path FROM old LEFT JOIN new ON new.path = old.path WHERE new.path IS NULL",
        (project_id, old_number, new_number),
    ).fetchall()
    enqueue(tx, uid, [r[0] for r in rows])


def record_delete(tx: Connection, project_id: int) -> None:
    """Queue the deletion of a synced project; its file rows are dropped (the server deletes them with it).

    Batches in flight keep their contents first: the project's blobs may go with it (any project, since a
    batch frozen while it was Synced is replayed as is).
    """
    from desktop.storage import sync_inflight  # it needs the API contract (pydantic): not loaded at start-up

    sync_inflight.pin(tx)
    uid = synced_uid(tx, project_id)
    if uid is not None:
        tx.execute("DELETE FROM sync_outbox WHERE project_uid = ? AND path != ?", (uid, PROJECT_PATH))
        enqueue(tx, uid, [PROJECT_PATH])


# -- the store ----------------------------------------------------------------------------------------------


class SyncStateStore:
    def __init__(self, current_vault: Callable[[], Vault]) -> None:
        self._current_vault = current_vault

    @property
    def vault(self) -> Vault:
        return self._current_vault()

    # mode and decisions

    def mode(self, project_id: int) -> SyncMode:
        with self.vault.reading() as conn:
            row = conn.execute("SELECT mode FROM sync_projects WHERE project_id = ?", (project_id,)).fetchone()
        return SyncMode(row[0]) if row else SyncMode.LOCAL_ONLY

    def set_mode_in(self, tx: Connection, project_id: int, mode: SyncMode) -> None:
        tx.execute(
            "INSERT INTO sync_projects(project_id, mode) VALUES (?, ?) "
            "ON CONFLICT(project_id) DO UPDATE SET mode = excluded.mode, error = ''",
            (project_id, mode.value),
        )

    def start_syncing(self, project_id: int) -> None:
        """Mark Synced and queue everything: requirements, every current file, and files the server still has."""
        with self.vault.transaction() as tx:
            self.set_mode_in(tx, project_id, SyncMode.SYNCED)
            uid = str(tx.execute("SELECT uid FROM projects WHERE id = ?", (project_id,)).fetchone()[0])
            paths = tx.execute(
                "SELECT rf.path FROM projects p JOIN revisions r ON r.project_id = p.id "
                "AND r.number = p.current_revision JOIN revision_files rf ON rf.revision_id = r.id WHERE p.id = ?1 "
                "UNION SELECT path FROM sync_base WHERE project_uid = (SELECT uid FROM projects WHERE id = ?1) "
                "AND sha256 IS NOT NULL AND path != ''",
                (project_id,),
            ).fetchall()
            enqueue(tx, uid, [PROJECT_PATH, *sorted(r[0] for r in paths)])

    def stop_syncing(self, project_id: int) -> None:
        """Local only from now on: nothing more is sent or taken in; unsent changes and conflicts are dropped."""
        with self.vault.transaction() as tx:
            self.set_mode_in(tx, project_id, SyncMode.LOCAL_ONLY)
            tx.execute(
                "DELETE FROM sync_outbox WHERE project_uid = (SELECT uid FROM projects WHERE id = ?)", (project_id,)
            )
            tx.execute("DELETE FROM sync_conflicts WHERE project_id = ?", (project_id,))

    def current_files(self, project_id: int) -> dict[str, bytes]:
        with self.vault.reading() as conn:
            return current_files(conn, project_id)

    def pending_bytes(self) -> int:
        """The size of the current files the outbox names (from the size index: no contents are read)."""
        with self.vault.reading() as conn:
            row = conn.execute(
                "SELECT coalesce(sum(b.size), 0) FROM sync_outbox o JOIN projects p ON p.uid = o.project_uid "
                "JOIN revisions r ON r.project_id = p.id AND r.number = p.current_revision "
                "JOIN revision_files rf ON rf.revision_id = r.id AND rf.path = o.path "
                "JOIN blobs b INDEXED BY blobs_sizes ON b.id = rf.blob_id"
            ).fetchone()
        return int(row[0])

    def clear_errors(self) -> None:
        with self.vault.transaction() as tx:
            tx.execute("UPDATE sync_projects SET error = '' WHERE mode = ? AND error != ''", (SyncMode.SYNCED.value,))

    def decisions(self, project_id: int) -> dict[str, tuple[FileDecision, str | None]]:
        with self.vault.reading() as conn:
            rows = conn.execute(
                "SELECT path, decision, sha256 FROM sync_decisions WHERE project_id = ?", (project_id,)
            ).fetchall()
        return {r[0]: (FileDecision(r[1]), r[2]) for r in rows}

    def set_decision(self, project_id: int, path: str, decision: FileDecision | None, sha256: str | None) -> None:
        with self.vault.transaction() as tx:
            if decision is None:
                tx.execute("DELETE FROM sync_decisions WHERE project_id = ? AND path = ?", (project_id, path))
            else:
                tx.execute(
                    "INSERT OR REPLACE INTO sync_decisions(project_id, path, decision, sha256) VALUES (?,?,?,?)",
                    (project_id, path, decision.value, sha256),
                )
            uid = synced_uid(tx, project_id)
            if uid is not None:  # a held-back file may go now (or an excluded one must leave the server)
                enqueue(tx, uid, [path])

    # cursor and overall state

    def meta(self, name: str) -> str | None:
        with self.vault.reading() as conn:
            row = conn.execute("SELECT value FROM sync_meta WHERE name = ?", (name,)).fetchone()
        return None if row is None else str(row[0])

    def cursor(self) -> int:
        return int(self.meta(CURSOR) or 0)

    def record_outcome(self, error: str) -> None:
        with self.vault.transaction() as tx:
            set_meta(tx, LAST_ERROR, error)
            if not error:
                set_meta(tx, LAST_SYNC_AT, datetime.now(UTC).isoformat())

    # statuses

    def pending_count(self, project_id: int | None = None) -> int:
        with self.vault.reading() as conn:
            if project_id is None:
                return int(conn.execute("SELECT count(*) FROM sync_outbox").fetchone()[0])
            return int(
                conn.execute(
                    "SELECT count(*) FROM sync_outbox o JOIN projects p ON p.uid = o.project_uid WHERE p.id = ?",
                    (project_id,),
                ).fetchone()[0]
            )

    def statuses(self, project_ids: list[int]) -> dict[int, ProjectSyncStatus]:
        """The sync status of each project (Local only for any without a row); a few queries for any number."""
        result = {pid: ProjectSyncStatus(pid, SyncState.LOCAL_ONLY) for pid in project_ids}
        if not project_ids:
            return result
        marks = ",".join("?" * len(project_ids))
        with self.vault.reading() as conn:
            modes = conn.execute(
                f"SELECT project_id, mode, error FROM sync_projects WHERE project_id IN ({marks})", project_ids
            ).fetchall()
            pending = dict(
                conn.execute(
                    f"SELECT p.id, count(*) FROM sync_outbox o JOIN projects p ON p.uid = o.project_uid "
                    f"WHERE p.id IN ({marks}) GROUP BY p.id",
                    project_ids,
                ).fetchall()
            )
            conflicts: dict[int, list[str]] = {}
            for pid, path in conn.execute(
                f"SELECT project_id, path FROM sync_conflicts WHERE project_id IN ({marks}) ORDER BY path",
                project_ids,
            ):
                conflicts.setdefault(pid, []).append(path)
        for pid, mode, error in modes:
            if mode != SyncMode.SYNCED.value:
                continue
            count = int(pending.get(pid, 0))
            if pid in conflicts:
                state = SyncState.CONFLICT
            elif error:
                state = SyncState.ERROR
            else:
                state = SyncState.PENDING if count else SyncState.SYNCED
            result[pid] = ProjectSyncStatus(pid, state, count, tuple(conflicts.get(pid, ())), error)
        return result

    def overall_counts(self) -> tuple[int, int, int, int]:
        """(synced projects, pending changes, projects in conflict, projects with an error)."""
        with self.vault.reading() as conn:
            return (
                int(conn.execute("SELECT count(*) FROM sync_projects WHERE mode = 'synced'").fetchone()[0]),
                int(conn.execute("SELECT count(*) FROM sync_outbox").fetchone()[0]),
                int(conn.execute("SELECT count(DISTINCT project_id) FROM sync_conflicts").fetchone()[0]),
                int(
                    conn.execute("SELECT count(*) FROM sync_projects WHERE mode = 'synced' AND error != ''").fetchone()[
                        0
                    ]
                ),
            )


def set_meta(tx: Connection, name: str, value: str) -> None:
    tx.execute("INSERT OR REPLACE INTO sync_meta(name, value) VALUES (?, ?)", (name, value))


def set_error(tx: Connection, project_id: int, error: str) -> None:
    tx.execute("UPDATE sync_projects SET error = ? WHERE project_id = ?", (error, project_id))


def current_files(conn: Connection, project_id: int) -> dict[str, bytes]:
    rows = conn.execute(
        "SELECT rf.path, b.content FROM projects p JOIN revisions r ON r.project_id = p.id "
        "AND r.number = p.current_revision JOIN revision_files rf ON rf.revision_id = r.id "
        "JOIN blobs b ON b.id = rf.blob_id WHERE p.id = ?",
        (project_id,),
    ).fetchall()
    return {r[0]: bytes(r[1]) for r in rows}
