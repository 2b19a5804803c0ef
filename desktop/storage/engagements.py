"""An expert's review engagements in the vault: the client code of each, apart from the expert's own projects.

Rows live in ``review_engagements`` and ``review_engagement_files`` only: nothing here touches ``projects`` or
``blobs``, so engagement code is never listed, searched, synced or exported (the exporter reads projects and
their blobs). ``purge`` deletes an engagement's rows (``secure_delete`` zeroes their pages) and compacts the
vault, so no page of the file nor of its WAL keeps the code.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime

from desktop.storage.vault import Vault

BASE, DELIVERED = "base", "delivered"


@dataclass(frozen=True)
class StoredEngagement:
    id: int
    job_id: int
    project_title: str
    stack: str
    nda_version: str
    due_at: datetime
    fetched_at: datetime


@dataclass(frozen=True)
class EngagementFiles:
    engagement: StoredEngagement
    base: dict[str, bytes]  # the previous revision (empty for a first delivery)
    delivered: dict[str, bytes]


class EngagementStore:
    def __init__(self, vault: Callable[[], Vault]) -> None:
        self._vault = vault

    @property
    def vault(self) -> Vault:
        return self._vault()

    def save(
        self, engagement: StoredEngagement, base: Iterable[tuple[str, bytes]], delivered: Iterable[tuple[str, bytes]]
    ) -> None:
        """Store (or replace) one engagement's code, in one transaction."""
        with self.vault.transaction() as tx:
            tx.execute("DELETE FROM review_engagement_files WHERE engagement_id = ?", (engagement.id,))
            tx.execute(
                "INSERT OR REPLACE INTO review_engagements (id, job_id, project_title, stack, nda_version, due_at, "
                "fetched_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    engagement.id,
                    engagement.job_id,
                    engagement.project_title,
                    engagement.stack,
                    engagement.nda_version,
                    engagement.due_at.isoformat(),
                    engagement.fetched_at.isoformat(),
                ),
            )
            rows = [(engagement.id, BASE, p, c) for p, c in base] + [
                (engagement.id, DELIVERED, p, c) for p, c in delivered
            ]
            tx.executemany(
                "INSERT INTO review_engagement_files (engagement_id, side, path, content) VALUES (?, ?, ?, ?)", rows
            )

    def ids(self) -> list[int]:
        with self.vault.reading() as conn:
            return [int(r[0]) for r in conn.execute("SELECT id FROM review_engagements ORDER BY id").fetchall()]

    def get(self, engagement_id: int) -> EngagementFiles | None:
        with self.vault.reading() as conn:
            row = conn.execute(
                "SELECT id, job_id, project_title, stack, nda_version, due_at, fetched_at FROM review_engagements "
                "WHERE id = ?",
                (engagement_id,),
            ).fetchone()
            if row is None:
                return None
            files = conn.execute(
                "SELECT side, path, content FROM review_engagement_files WHERE engagement_id = ? ORDER BY path",
                (engagement_id,),
            ).fetchall()
        stored = StoredEngagement(
            int(row[0]), int(row[1]), str(row[2]), str(row[3]), str(row[4]),
            datetime.fromisoformat(row[5]), datetime.fromisoformat(row[6]),
        )  # fmt: skip
        sides: dict[str, dict[str, bytes]] = {BASE: {}, DELIVERED: {}}
        for side, path, content in files:
            sides[str(side)][str(path)] = bytes(content)
        return EngagementFiles(stored, sides[BASE], sides[DELIVERED])

    def purge(self, engagement_ids: Iterable[int]) -> list[int]:
        """Delete these engagements' code and compact the vault; the ids that were present."""
        wanted = list(engagement_ids)
        if not wanted:
            return []
        with self.vault.transaction() as tx:
            present = [
                i for i in wanted if tx.execute("SELECT 1 FROM review_engagements WHERE id = ?", (i,)).fetchone()
            ]
            for engagement_id in present:
                tx.execute("DELETE FROM review_engagement_files WHERE engagement_id = ?", (engagement_id,))
                tx.execute("DELETE FROM review_engagements WHERE id = ?", (engagement_id,))
        if present:
            self.vault.compact()
        return present
