"""Read-only, streaming access to the vault for exports: rows as plain dicts, blob contents one at a time.

``snapshot`` holds one read transaction for the whole export, so the archive is a consistent picture even if
the vault is written in between (other writers wait on the vault's lock). Nothing here loads more than one
file's content at once.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from desktop.storage.vault import Connection, Vault

_PROJECT_FIELDS = (
    "id",
    "uid",
    "title",
    "description",
    "stack",
    "language",
    "specifications",
    "origin",
    "status",
    "archived",
    "created_at",
    "updated_at",
    "current_revision",
)


@dataclass(frozen=True)
class FileRow:
    path: str
    sha256: str
    size: int
    blob_id: int


@dataclass(frozen=True)
class AttachmentRow:
    name: str
    added_at: str
    sha256: str
    size: int
    blob_id: int


class ExportReader:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    @classmethod
    @contextlib.contextmanager
    def snapshot(cls, vault: Vault) -> Iterator[ExportReader]:
        with vault.reading() as conn:
            conn.execute("BEGIN")  # one read transaction: a consistent snapshot
            try:
                yield cls(conn)
            finally:
                conn.execute("COMMIT")

    def project_ids(self, selected: list[int] | None = None) -> list[int]:
        rows = self._conn.execute("SELECT id FROM projects ORDER BY id").fetchall()
        ids = [int(r[0]) for r in rows]
        if selected is None:
            return ids
        wanted = set(selected)
        missing = wanted - set(ids)
        if missing:
            from desktop.storage.projects import ProjectNotFound

            raise ProjectNotFound(min(missing))
        return [i for i in ids if i in wanted]

    def project(self, project_id: int) -> dict[str, Any]:
        row = self._conn.execute(
            f"SELECT {', '.join(_PROJECT_FIELDS)} FROM projects WHERE id = ?", (project_id,)
        ).fetchone()
        data = dict(zip(_PROJECT_FIELDS, row, strict=True))
        data["archived"] = bool(data["archived"])
        return data

    def revisions(self, project_id: int) -> list[dict[str, Any]]:
        rows = self._conn.execute(
            "SELECT id, number, kind, summary, created_at FROM revisions WHERE project_id = ? ORDER BY number",
            (project_id,),
        ).fetchall()
        return [{"id": r[0], "number": r[1], "kind": r[2], "summary": r[3], "created_at": r[4]} for r in rows]

    def files(self, revision_id: int) -> list[FileRow]:
        rows = self._conn.execute(
            "SELECT rf.path, b.sha256, b.size, b.id FROM revision_files rf JOIN blobs b ON b.id = rf.blob_id "
            "WHERE rf.revision_id = ? ORDER BY rf.path",
            (revision_id,),
        ).fetchall()
        return [FileRow(str(r[0]), str(r[1]), int(r[2]), int(r[3])) for r in rows]

    def attachments(self, project_id: int) -> list[AttachmentRow]:
        rows = self._conn.execute(
            "SELECT a.name, a.added_at, b.sha256, b.size, b.id FROM attachments a JOIN blobs b ON b.id = a.blob_id "
            "WHERE a.project_id = ? ORDER BY a.id",
            (project_id,),
        ).fetchall()
        return [AttachmentRow(str(r[0]), str(r[1]), str(r[2]), int(r[3]), int(r[4])) for r in rows]

    def blob(self, blob_id: int) -> bytes:
        """One file's content (the only place an export holds content, one file at a time)."""
        row = self._conn.execute("SELECT content FROM blobs WHERE id = ?", (blob_id,)).fetchone()
        return bytes(row[0])

    def total_bytes(self, project_ids: list[int], history: bool) -> int:
        """The content bytes an export of these projects writes (for progress and time left)."""
        if not project_ids:
            return 0
        marks = ",".join("?" * len(project_ids))
        current_ids = (
            "SELECT rf.blob_id FROM projects p JOIN revisions r ON r.project_id = p.id "
            f"AND r.number = p.current_revision JOIN revision_files rf ON rf.revision_id = r.id WHERE p.id IN ({marks})"
        )
        total = self._conn.execute(
            f"SELECT coalesce(sum(b.size), 0) FROM ({current_ids}) c JOIN blobs b ON b.id = c.blob_id", project_ids
        ).fetchone()[0]
        total += self._conn.execute(
            f"SELECT coalesce(sum(b.size), 0) FROM attachments a JOIN blobs b ON b.id = a.blob_id "
            f"WHERE a.project_id IN ({marks})",
            project_ids,
        ).fetchone()[0]
        if history:
            total += self._conn.execute(
                "SELECT coalesce(sum(size), 0) FROM blobs WHERE id IN (SELECT rf.blob_id FROM revisions r "
                f"JOIN revision_files rf ON rf.revision_id = r.id WHERE r.project_id IN ({marks})) "
                f"AND id NOT IN ({current_ids})",
                [*project_ids, *project_ids],
            ).fetchone()[0]
        return int(total)

    def privacy_settings(self) -> dict[str, Any] | None:
        row = self._conn.execute(
            "SELECT document, base, revision, dirty, updated_at FROM privacy_settings WHERE id = 1"
        ).fetchone()
        if row is None:
            return None
        return {"document": row[0], "base": row[1], "revision": row[2], "dirty": bool(row[3]), "updated_at": row[4]}

    def consent_history(self) -> list[dict[str, Any]]:
        rows = self._conn.execute(
            "SELECT kind, granted, source, at, synced FROM privacy_consent_history ORDER BY at, id"
        ).fetchall()
        return [{"kind": r[0], "granted": bool(r[1]), "source": r[2], "at": r[3], "synced": bool(r[4])} for r in rows]
