"""Projects, revisions, files and attachments in the vault, and the full-text index over them."""

from __future__ import annotations

import hashlib
import itertools
import uuid
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime
from typing import Any

from desktop.domain.projects import (
    Attachment,
    FileEntry,
    Project,
    ProjectFilter,
    ProjectOrigin,
    ProjectStatus,
    ProjectSummary,
    Requirements,
    Revision,
    RevisionKind,
    RevisionNote,
    SortKey,
)
from desktop.messages import N_, Message
from desktop.storage import sync_state
from desktop.storage.errors import VaultError
from desktop.storage.vault import Connection, Vault

_ORDER = {
    SortKey.UPDATED: "updated_at DESC, id DESC",
    SortKey.CREATED: "created_at DESC, id DESC",
    SortKey.NAME: "title COLLATE NOCASE, id",
}
_BATCH = 256  # files written per executemany: bounded memory, few round trips
_PROJECT_COLUMNS = (
    "id, uid, title, description, stack, language, specifications, origin, status, archived, "
    "created_at, updated_at, current_revision"
)


class ProjectNotFound(VaultError):
    title = N_("Messages", "Project not found")

    def __init__(self, project_id: int) -> None:
        super().__init__(
            N_("Messages", "Project {project_id} is not in this vault (it may have been deleted)."),
            project_id=project_id,
        )


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def fts_query(text: str) -> str:
    """Each word of the person's text as a quoted prefix term, so FTS syntax in it is never interpreted."""
    words = [w.replace('"', '""') for w in text.split()]
    return " ".join(f'"{w}"*' for w in words if w)


class ProjectStore:
    """Reads and writes projects in whichever vault is open now (the vault changes across lock/unlock)."""

    def __init__(self, current_vault: Callable[[], Vault]) -> None:
        self._current_vault = current_vault

    @property
    def vault(self) -> Vault:
        return self._current_vault()

    # -- projects ---------------------------------------------------------------------------------------

    def create(self, requirements: Requirements, origin: ProjectOrigin) -> int:
        with self.vault.transaction() as tx:
            return self.create_in(tx, requirements, origin)

    def create_in(self, tx: Connection, requirements: Requirements, origin: ProjectOrigin) -> int:
        stamp = now_iso()
        cursor = tx.execute(
            "INSERT INTO projects(uid, title, description, stack, language, specifications, origin, "
            "status, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
            (
                str(uuid.uuid4()),
                requirements.title,
                requirements.description,
                requirements.stack,
                requirements.language,
                requirements.specifications,
                origin.value,
                ProjectStatus.DRAFT.value,
                stamp,
                stamp,
            ),
        )
        project_id = int(cursor.lastrowid or 0)
        self._reindex(tx, project_id)
        return project_id

    def get(self, project_id: int) -> Project:
        with self.vault.reading() as conn:
            row = conn.execute(f"SELECT {_PROJECT_COLUMNS} FROM projects WHERE id = ?", (project_id,)).fetchone()
        if row is None:
            raise ProjectNotFound(project_id)
        return _project_from_row(row)

    def update_requirements(self, project_id: int, requirements: Requirements) -> None:
        with self.vault.transaction() as tx:
            self.update_requirements_in(tx, project_id, requirements)

    def update_requirements_in(self, tx: Connection, project_id: int, requirements: Requirements) -> None:
        cursor = tx.execute(
            "UPDATE projects SET title=?, description=?, stack=?, language=?, specifications=?, "
            "updated_at=? WHERE id=?",
            (
                requirements.title,
                requirements.description,
                requirements.stack,
                requirements.language,
                requirements.specifications,
                now_iso(),
                project_id,
            ),
        )
        if cursor.rowcount == 0:
            raise ProjectNotFound(project_id)
        sync_state.record_requirements(tx, project_id)
        self._reindex(tx, project_id)

    def set_archived(self, project_id: int, archived: bool) -> None:
        with self.vault.transaction() as tx:
            cursor = tx.execute(
                "UPDATE projects SET archived=?, updated_at=? WHERE id=?",
                (int(archived), now_iso(), project_id),
            )
            if cursor.rowcount == 0:
                raise ProjectNotFound(project_id)

    def delete(self, project_id: int) -> None:
        with self.vault.transaction() as tx:
            self.delete_in(tx, project_id)

    def delete_in(self, tx: Connection, project_id: int) -> None:
        sync_state.record_delete(tx, project_id)
        blob_ids = [
            r[0]
            for r in tx.execute(
                "SELECT rf.blob_id FROM revisions r JOIN revision_files rf ON rf.revision_id = r.id "
                "WHERE r.project_id = ? UNION SELECT blob_id FROM attachments WHERE project_id = ?",
                (project_id, project_id),
            )
        ]
        tx.execute("DELETE FROM project_search WHERE rowid = ?", (project_id,))
        cursor = tx.execute("DELETE FROM projects WHERE id = ?", (project_id,))
        if cursor.rowcount == 0:
            raise ProjectNotFound(project_id)
        _delete_orphan_blobs(tx, blob_ids)

    # -- the list ----------------------------------------------------------------------------------------

    def list_ids(self, flt: ProjectFilter) -> list[int]:
        """Ids of the projects matching ``flt``, in display order. Cheap even for 10,000 projects."""
        where: list[str] = ["archived = ?"]
        params: list[object] = [int(flt.archived)]
        if flt.status is not None:
            where.append("status = ?")
            params.append(flt.status.value)
        query = fts_query(flt.text)
        with self.vault.reading() as conn:
            if query:
                rows = conn.execute(
                    f"SELECT id FROM projects WHERE {' AND '.join(where)} AND id IN "
                    "(SELECT rowid FROM project_search WHERE project_search MATCH ?) "
                    f"ORDER BY {_ORDER[flt.sort]}",
                    (*params, query),
                ).fetchall()
            else:
                rows = conn.execute(
                    f"SELECT id FROM projects WHERE {' AND '.join(where)} ORDER BY {_ORDER[flt.sort]}", params
                ).fetchall()
        return [r[0] for r in rows]

    def summaries(self, ids: list[int]) -> list[ProjectSummary]:
        """The list rows for ``ids``, in the order given (missing ids are left out)."""
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        with self.vault.reading() as conn:
            rows = conn.execute(
                f"SELECT id, title, status, archived, updated_at, file_count, stack FROM projects "
                f"WHERE id IN ({marks})",
                ids,
            ).fetchall()
        by_id = {r[0]: ProjectSummary(r[0], r[1], ProjectStatus(r[2]), bool(r[3]), _dt(r[4]), r[5], r[6]) for r in rows}
        return [by_id[i] for i in ids if i in by_id]

    def search(self, text: str, limit: int = 50) -> list[tuple[ProjectSummary, float]]:
        """Best matches first, over names, requirements and code, with their bm25 rank (lower is better)."""
        query = fts_query(text)
        if not query:
            return []
        with self.vault.reading() as conn:
            rows = conn.execute(
                "SELECT rowid, bm25(project_search, 10.0, 3.0, 1.0) AS rank FROM project_search "
                "WHERE project_search MATCH ? ORDER BY rank LIMIT ?",
                (query, limit),
            ).fetchall()
        ranks = {r[0]: r[1] for r in rows}
        return [(s, ranks[s.id]) for s in self.summaries([r[0] for r in rows])]

    def count(self) -> int:
        with self.vault.reading() as conn:
            return int(conn.execute("SELECT count(*) FROM projects").fetchone()[0])

    # -- revisions and files -----------------------------------------------------------------------------

    def add_revision(
        self,
        tx: Connection,
        project_id: int,
        kind: RevisionKind,
        summary: str,
        files: Iterable[tuple[str, bytes]],
        status: ProjectStatus = ProjectStatus.ACTIVE,
    ) -> int:
        """Add a snapshot revision inside the caller's transaction (so a cancelled import leaves nothing)."""
        row = tx.execute("SELECT current_revision FROM projects WHERE id = ?", (project_id,)).fetchone()
        if row is None:
            raise ProjectNotFound(project_id)
        number = int(row[0]) + 1
        stamp = now_iso()
        cursor = tx.execute(
            "INSERT INTO revisions(project_id, number, kind, summary, created_at) VALUES (?,?,?,?,?)",
            (project_id, number, kind.value, summary, stamp),
        )
        revision_id = cursor.lastrowid
        count = 0
        texts: list[bytes] = []  # the search index gets the text as it streams by, instead of reading it back
        for chunk in _batched(files, _BATCH):
            texts.extend(content for _, content in chunk)
            blob_ids = _store_blobs(tx, [content for _, content in chunk])
            tx.executemany(
                "INSERT INTO revision_files(revision_id, path, blob_id) VALUES (?,?,?)",
                [(revision_id, path, blob_id) for (path, _), blob_id in zip(chunk, blob_ids, strict=True)],
            )
            count += len(chunk)
        tx.execute(
            "UPDATE projects SET current_revision=?, file_count=?, status=?, updated_at=? WHERE id=?",
            (number, count, status.value, stamp, project_id),
        )
        sync_state.record_revision(tx, project_id, number - 1, number)
        self._reindex(tx, project_id, b"\n".join(texts).decode("utf-8", errors="replace"))
        return number

    def restore(self, project_id: int, number: int) -> int:
        """Make a new revision whose files are those of revision ``number``."""
        with self.vault.transaction() as tx:
            files = list(self._iter_contents(tx, project_id, number))
            status = ProjectStatus(tx.execute("SELECT status FROM projects WHERE id=?", (project_id,)).fetchone()[0])
            note = Message(RevisionNote.RESTORED, {"number": number})
            return self.add_revision(tx, project_id, RevisionKind.RESTORE, note, files, status)

    def revisions(self, project_id: int) -> list[Revision]:
        with self.vault.reading() as conn:
            rows = conn.execute(
                "SELECT r.id, r.number, r.kind, r.summary, r.created_at, count(rf.path), "
                "coalesce(sum(b.size), 0) FROM revisions r "
                "LEFT JOIN revision_files rf ON rf.revision_id = r.id LEFT JOIN blobs b ON b.id = rf.blob_id "
                "WHERE r.project_id = ? GROUP BY r.id ORDER BY r.number DESC",
                (project_id,),
            ).fetchall()
        return [Revision(r[0], r[1], RevisionKind(r[2]), r[3], _dt(r[4]), r[5], r[6]) for r in rows]

    def files(self, project_id: int, number: int) -> list[FileEntry]:
        with self.vault.reading() as conn:
            rows = conn.execute(
                "SELECT rf.path, b.size, b.sha256 FROM revisions r JOIN revision_files rf ON rf.revision_id = r.id "
                "JOIN blobs b ON b.id = rf.blob_id WHERE r.project_id = ? AND r.number = ? ORDER BY rf.path",
                (project_id, number),
            ).fetchall()
        return [FileEntry(*r) for r in rows]

    def read_file(self, project_id: int, number: int, path: str) -> bytes:
        with self.vault.reading() as conn:
            row = conn.execute(
                "SELECT b.content FROM revisions r JOIN revision_files rf ON rf.revision_id = r.id "
                "JOIN blobs b ON b.id = rf.blob_id WHERE r.project_id = ? AND r.number = ? AND rf.path = ?",
                (project_id, number, path),
            ).fetchone()
        if row is None:
            raise VaultError(
                N_("Messages", "{path} is not in revision {number} of this project."), path=path, number=number
            )
        return bytes(row[0])

    # -- attachments -------------------------------------------------------------------------------------

    def add_attachment(self, tx: Connection, project_id: int, name: str, content: bytes) -> int:
        blob_id = _store_blob(tx, content)
        cursor = tx.execute(
            "INSERT INTO attachments(project_id, name, blob_id, added_at) VALUES (?,?,?,?)",
            (project_id, name, blob_id, now_iso()),
        )
        return int(cursor.lastrowid or 0)

    def attachments(self, project_id: int) -> list[Attachment]:
        with self.vault.reading() as conn:
            rows = conn.execute(
                "SELECT a.id, a.name, b.size, a.added_at FROM attachments a JOIN blobs b ON b.id = a.blob_id "
                "WHERE a.project_id = ? ORDER BY a.id",
                (project_id,),
            ).fetchall()
        return [Attachment(r[0], r[1], r[2], _dt(r[3])) for r in rows]

    def remove_attachment(self, attachment_id: int) -> None:
        with self.vault.transaction() as tx:
            row = tx.execute("SELECT blob_id FROM attachments WHERE id = ?", (attachment_id,)).fetchone()
            tx.execute("DELETE FROM attachments WHERE id = ?", (attachment_id,))
            if row is not None:
                _delete_orphan_blobs(tx, [row[0]])

    # -- internals ---------------------------------------------------------------------------------------

    def _iter_contents(self, conn: Connection, project_id: int, number: int) -> Iterator[tuple[str, bytes]]:
        rows = conn.execute(
            "SELECT rf.path, b.content FROM revisions r JOIN revision_files rf ON rf.revision_id = r.id "
            "JOIN blobs b ON b.id = rf.blob_id WHERE r.project_id = ? AND r.number = ?",
            (project_id, number),
        ).fetchall()
        if not rows and number > 0:
            exists = conn.execute(
                "SELECT 1 FROM revisions WHERE project_id=? AND number=?", (project_id, number)
            ).fetchone()
            if exists is None:
                raise VaultError(N_("Messages", "Revision {number} does not exist."), number=number)
        for path, content in rows:
            yield path, bytes(content)

    def _reindex(self, tx: Connection, project_id: int, code: str | None = None) -> None:
        """Rewrite the project's search row; ``code`` is the current revision's text when the caller has it."""
        tx.execute("DELETE FROM project_search WHERE rowid = ?", (project_id,))
        params: tuple[object, ...] = (project_id,)
        code_sql = _CURRENT_CODE_SQL
        if code is not None:
            code_sql, params = "?", (code, project_id)
        tx.execute(
            "INSERT INTO project_search(rowid, title, requirements, code) "
            "SELECT p.id, p.title, p.description || ' ' || p.stack || ' ' || p.language || ' ' || p.specifications, "
            f"{code_sql} FROM projects p WHERE p.id = ?",
            params,
        )


_CURRENT_CODE_SQL = (
    "coalesce((SELECT group_concat(CAST(b.content AS TEXT), char(10)) FROM revisions r "
    "JOIN revision_files rf ON rf.revision_id = r.id JOIN blobs b ON b.id = rf.blob_id "
    "WHERE r.project_id = p.id AND r.number = p.current_revision), '')"
)


def _batched(items: Iterable[tuple[str, bytes]], size: int) -> Iterator[list[tuple[str, bytes]]]:
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def _store_blobs(tx: Connection, contents: list[bytes]) -> list[int]:
    """Store file contents once each (blobs are shared by content) and return their ids, in order."""
    digests = [hashlib.sha256(content).hexdigest() for content in contents]
    tx.executemany(
        "INSERT INTO blobs(sha256, size, content) VALUES (?,?,?) ON CONFLICT(sha256) DO NOTHING",
        [(digest, len(content), content) for digest, content in zip(digests, contents, strict=True)],
    )
    unique = list(dict.fromkeys(digests))
    marks = ",".join("?" * len(unique))
    ids = dict(tx.execute(f"SELECT sha256, id FROM blobs WHERE sha256 IN ({marks})", unique).fetchall())
    return [ids[digest] for digest in digests]


def _store_blob(tx: Connection, content: bytes) -> int:
    digest = hashlib.sha256(content).hexdigest()
    row = tx.execute("SELECT id FROM blobs WHERE sha256 = ?", (digest,)).fetchone()
    if row is not None:
        return int(row[0])
    cursor = tx.execute("INSERT INTO blobs(sha256, size, content) VALUES (?,?,?)", (digest, len(content), content))
    return int(cursor.lastrowid or 0)


def _delete_orphan_blobs(tx: Connection, candidates: Iterable[int]) -> None:
    """Delete the candidate blobs no revision or attachment refers to any more (blobs are shared)."""
    tx.executemany(
        "DELETE FROM blobs WHERE id = ? AND NOT EXISTS (SELECT 1 FROM revision_files WHERE blob_id = blobs.id) "
        "AND NOT EXISTS (SELECT 1 FROM attachments WHERE blob_id = blobs.id)",
        [(c,) for c in candidates],
    )


def _dt(text: str) -> datetime:
    return datetime.fromisoformat(text)


def _project_from_row(row: tuple[Any, ...]) -> Project:
    return Project(
        id=row[0],
        uid=row[1],
        requirements=Requirements(row[2], row[3], row[4], row[5], row[6]),
        origin=ProjectOrigin(row[7]),
        status=ProjectStatus(row[8]),
        archived=bool(row[9]),
        created_at=_dt(row[10]),
        updated_at=_dt(row[11]),
        current_revision=row[12],
    )
