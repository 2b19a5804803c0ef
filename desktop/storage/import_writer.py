"""Writing an imported archive into the vault, inside the caller's one transaction (all or nothing).

Rows keep the archive's values (uids, times, revision numbers); the vault assigns new local ids. Blobs are
content-addressed: a file already in the vault is not stored twice.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from desktop.storage.projects import ProjectStore
from desktop.storage.vault import Connection, Vault

_PROJECT_COLUMNS = (
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
)


def existing_uids(conn: Connection, uids: Iterable[str]) -> set[str]:
    wanted = list(uids)
    found: set[str] = set()
    for start in range(0, len(wanted), 500):
        part = wanted[start : start + 500]
        marks = ",".join("?" * len(part))
        found |= {r[0] for r in conn.execute(f"SELECT uid FROM projects WHERE uid IN ({marks})", part)}
    return found


def insert_project(tx: Connection, doc: dict[str, Any]) -> int:
    values = [int(doc[c]) if c == "archived" else doc[c] for c in _PROJECT_COLUMNS]
    cursor = tx.execute(
        f"INSERT INTO projects({', '.join(_PROJECT_COLUMNS)}) VALUES ({','.join('?' * len(_PROJECT_COLUMNS))})",
        values,
    )
    return int(cursor.lastrowid or 0)


def insert_revision(tx: Connection, project_id: int, revision: dict[str, Any]) -> int:
    cursor = tx.execute(
        "INSERT INTO revisions(project_id, number, kind, summary, created_at) VALUES (?,?,?,?,?)",
        (project_id, revision["number"], revision["kind"], revision["summary"], revision["created_at"]),
    )
    return int(cursor.lastrowid or 0)


def blob_ids(tx: Connection, digests: Iterable[str]) -> dict[str, int]:
    wanted = list(digests)
    found: dict[str, int] = {}
    for start in range(0, len(wanted), 500):
        part = wanted[start : start + 500]
        marks = ",".join("?" * len(part))
        found.update(tx.execute(f"SELECT sha256, id FROM blobs WHERE sha256 IN ({marks})", part).fetchall())
    return found


def store_blob(tx: Connection, sha256: str, content: bytes) -> int:
    cursor = tx.execute("INSERT INTO blobs(sha256, size, content) VALUES (?,?,?)", (sha256, len(content), content))
    return int(cursor.lastrowid or 0)


def insert_files(tx: Connection, revision_id: int, files: list[tuple[str, int]]) -> None:
    tx.executemany(
        "INSERT INTO revision_files(revision_id, path, blob_id) VALUES (?,?,?)",
        [(revision_id, path, blob_id) for path, blob_id in files],
    )


def insert_attachment(tx: Connection, project_id: int, name: str, blob_id: int, added_at: str) -> None:
    tx.execute(
        "INSERT INTO attachments(project_id, name, blob_id, added_at) VALUES (?,?,?,?)",
        (project_id, name, blob_id, added_at),
    )


def finish_project(vault: Vault, tx: Connection, project_id: int, current_revision: int) -> None:
    """Point the project at its current revision, cache its file count and index it for search."""
    tx.execute(
        "UPDATE projects SET current_revision = ?1, file_count = (SELECT count(*) FROM revision_files rf "
        "JOIN revisions r ON r.id = rf.revision_id WHERE r.project_id = ?2 AND r.number = ?1) WHERE id = ?2",
        (current_revision, project_id),
    )
    ProjectStore(lambda: vault)._reindex(tx, project_id)


def has_privacy_settings(conn: Connection) -> bool:
    return conn.execute("SELECT 1 FROM privacy_settings WHERE id = 1").fetchone() is not None


def restore_privacy_settings(tx: Connection, row: dict[str, Any]) -> None:
    tx.execute(
        "INSERT INTO privacy_settings(id, document, base, revision, dirty, updated_at) VALUES (1, ?, ?, ?, ?, ?)",
        (row["document"], row["base"], row["revision"], int(row["dirty"]), row["updated_at"]),
    )


def merge_consent_history(tx: Connection, rows: list[dict[str, Any]]) -> int:
    """Add the consent events this vault does not have yet; returns how many were added."""
    have = {
        (r[0], bool(r[1]), r[2], r[3])
        for r in tx.execute("SELECT kind, granted, source, at FROM privacy_consent_history")
    }
    new = [r for r in rows if (r["kind"], bool(r["granted"]), r["source"], r["at"]) not in have]
    tx.executemany(
        "INSERT INTO privacy_consent_history(kind, granted, source, at, synced) VALUES (?,?,?,?,?)",
        [(r["kind"], int(r["granted"]), r["source"], r["at"], int(r["synced"])) for r in new],
    )
    return len(new)
