"""Which generation jobs this device follows, and which deliveries already landed, kept in the vault.

Stored as rows of the vault's key/value table ``sync_meta`` (no schema change): ``generation.job.<uid>`` is
the job a project waits for, ``generation.landed.<job id>`` the revision its delivery became. Both are written
inside the transactions that order or land, so a crash never lands a delivery twice nor forgets a job.
"""

from __future__ import annotations

from desktop.storage.sync_state import set_meta
from desktop.storage.vault import Connection

_JOB = "generation.job."
_LANDED = "generation.landed."


def set_active_job(tx: Connection, project_uid: str, job_id: int) -> None:
    set_meta(tx, _JOB + project_uid, str(job_id))


def clear_active_job(tx: Connection, job_id: int) -> None:
    tx.execute("DELETE FROM sync_meta WHERE name LIKE ? AND value = ?", (_JOB + "%", str(job_id)))


def active_jobs(conn: Connection) -> dict[str, int]:
    """project uid -> the job it waits for."""
    rows = conn.execute("SELECT name, value FROM sync_meta WHERE name LIKE ?", (_JOB + "%",)).fetchall()
    return {str(name)[len(_JOB) :]: int(value) for name, value in rows}


def landed_revision(conn: Connection, job_id: int) -> int | None:
    row = conn.execute("SELECT value FROM sync_meta WHERE name = ?", (f"{_LANDED}{job_id}",)).fetchone()
    return None if row is None else int(row[0])


def record_landed(tx: Connection, job_id: int, revision: int) -> None:
    set_meta(tx, f"{_LANDED}{job_id}", str(revision))
    clear_active_job(tx, job_id)
