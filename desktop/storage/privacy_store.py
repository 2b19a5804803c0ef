"""The privacy center's vault tables: the settings document, the consent history mirror, the analytics queue.

* ``privacy_settings`` holds one row: the person's current document (``document``, with its ``revision`` and
  the ``dirty`` flag for changes the service has not accepted yet) and ``base``, the document as the service
  last confirmed it, which a stale push is merged against (§7.3, §12 of the privacy policy).
* ``privacy_consent_history`` mirrors the service's consent history; rows with ``synced = 0`` are changes made
  on this device that have not reached the service yet.
* ``analytics_queue`` keeps usage and performance events until they are sent or expire (§2.2, §9).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

from desktop.domain.privacy import OPTIONAL_CONSENTS, ConsentKind, EmailCategory, PrivacyPreferences
from desktop.storage.vault import Connection, Vault


@dataclass(frozen=True)
class ConsentRecord:
    kind: ConsentKind
    granted: bool
    source: str
    at: datetime
    synced: bool


@dataclass(frozen=True)
class QueuedEvent:
    id: int
    type: str
    name: str
    created_at: datetime
    sendable: bool  # False: recorded while Do Not Track was on or analytics consent was off; never sent
    duration_ms: float | None = None
    metrics: dict[str, float] = field(default_factory=dict)


def _now() -> datetime:
    return datetime.now(UTC)


def stamp(moment: datetime) -> str:
    """One fixed-width UTC form, so stored times sort and compare as text."""
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def _read(conn: Connection) -> PrivacyPreferences:
    row = conn.execute("SELECT document, revision, dirty FROM privacy_settings WHERE id = 1").fetchone()
    return PrivacyPreferences() if row is None else decode(row[0], int(row[1]), bool(row[2]))


def encode(prefs: PrivacyPreferences) -> str:
    return json.dumps(
        {
            "do_not_track": prefs.do_not_track,
            "consents": {kind.value: granted for kind, granted in prefs.consents.items()},
            "emails": {category.value: enabled for category, enabled in prefs.emails.items()},
        },
        sort_keys=True,
    )


def decode(text: str, revision: int = 0, pending: bool = False) -> PrivacyPreferences:
    data: dict[str, Any] = json.loads(text)
    defaults = PrivacyPreferences()
    consents = {kind: bool(data.get("consents", {}).get(kind.value, False)) for kind in OPTIONAL_CONSENTS}
    emails = {cat: bool(data.get("emails", {}).get(cat.value, defaults.emails[cat])) for cat in EmailCategory}
    return PrivacyPreferences(revision, bool(data.get("do_not_track", False)), consents, emails, pending)


class PrivacyStore:
    def __init__(self, current_vault: Callable[[], Vault], clock: Callable[[], datetime] = _now) -> None:
        self._current_vault = current_vault
        self._clock = clock

    @property
    def vault(self) -> Vault:
        return self._current_vault()

    # -- the settings document ---------------------------------------------------------------------------

    def preferences(self) -> PrivacyPreferences:
        """The stored document; privacy-by-default values (everything optional off) before the first change."""
        with self.vault.reading() as conn:
            return _read(conn)

    def base(self) -> PrivacyPreferences | None:
        """The document as the service last confirmed it (None before the first successful sync)."""
        with self.vault.reading() as conn:
            row = conn.execute("SELECT base, revision FROM privacy_settings WHERE id = 1").fetchone()
        return None if row is None or row[0] is None else decode(row[0], int(row[1]))

    def save(self, prefs: PrivacyPreferences, base: PrivacyPreferences | None = None) -> None:
        """Store ``prefs`` (its revision and pending flag too); ``base`` replaces the confirmed copy if given."""
        with self.vault.transaction() as tx:
            self._write(tx, prefs, base)

    def change(self, update: Callable[[PrivacyPreferences], PrivacyPreferences]) -> PrivacyPreferences:
        """Apply ``update`` to the stored document in one transaction and record consent changes locally."""
        with self.vault.transaction() as tx:
            before = _read(tx)
            after = update(before)
            self._write(tx, after, None)
            now = stamp(self._clock())
            tx.executemany(
                "INSERT INTO privacy_consent_history(kind, granted, source, at, synced) VALUES (?, ?, ?, ?, 0)",
                [
                    (kind.value, int(granted), "desktop_app", now)
                    for kind, granted in after.consents.items()
                    if before.consents.get(kind) != granted
                ],
            )
        return after

    def _write(self, tx: Connection, prefs: PrivacyPreferences, base: PrivacyPreferences | None) -> None:
        tx.execute(
            "INSERT INTO privacy_settings(id, document, base, revision, dirty, updated_at) "
            "VALUES (1, ?1, ?2, ?3, ?4, ?5) ON CONFLICT(id) DO UPDATE SET document = ?1, "
            "base = coalesce(?2, base), revision = ?3, dirty = ?4, updated_at = ?5",
            (
                encode(prefs),
                encode(base) if base is not None else None,
                prefs.revision,
                int(prefs.pending),
                stamp(self._clock()),
            ),
        )

    # -- consent history ---------------------------------------------------------------------------------

    def history(self) -> list[ConsentRecord]:
        with self.vault.reading() as conn:
            rows = conn.execute(
                "SELECT kind, granted, source, at, synced FROM privacy_consent_history ORDER BY at, id"
            ).fetchall()
        return [
            ConsentRecord(ConsentKind(r[0]), bool(r[1]), str(r[2]), datetime.fromisoformat(r[3]), bool(r[4]))
            for r in rows
        ]

    def confirm(
        self,
        sent: PrivacyPreferences,
        confirmed: PrivacyPreferences,
        history: Iterable[tuple[ConsentKind, bool, str, datetime]] | None = None,
    ) -> PrivacyPreferences:
        """Record what the service confirmed for the document ``sent``.

        If the person changed nothing meanwhile, the confirmed copy becomes the document (nothing pending);
        otherwise their newer changes stay pending on top of the confirmed revision. ``history`` (the service's)
        replaces the mirror, keeping local unsent rows only while something is still pending.
        """
        with self.vault.transaction() as tx:
            current = _read(tx)
            if encode(current) == encode(sent):
                result = replace(confirmed, pending=False)
            else:
                result = replace(current, revision=confirmed.revision, pending=True)
            self._write(tx, result, confirmed)
            if history is not None:
                tx.execute("DELETE FROM privacy_consent_history" + (" WHERE synced = 1" if result.pending else ""))
                tx.executemany(
                    "INSERT INTO privacy_consent_history(kind, granted, source, at, synced) VALUES (?, ?, ?, ?, 1)",
                    [(kind.value, int(granted), source, stamp(at)) for kind, granted, source, at in history],
                )
        return result

    # -- the analytics queue -----------------------------------------------------------------------------

    def enqueue(
        self, type_: str, name: str, sendable: bool, duration_ms: float | None, metrics: dict[str, float]
    ) -> None:
        with self.vault.transaction() as tx:
            tx.execute(
                "INSERT INTO analytics_queue(type, name, created_at, duration_ms, metrics, sendable) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (type_, name, stamp(self._clock()), duration_ms, json.dumps(metrics), int(sendable)),
            )

    def queued(self, limit: int | None = None, sendable_only: bool = False) -> list[QueuedEvent]:
        where = "WHERE sendable = 1" if sendable_only else ""
        with self.vault.reading() as conn:
            rows = conn.execute(
                f"SELECT id, type, name, created_at, sendable, duration_ms, metrics FROM analytics_queue {where} "
                "ORDER BY id LIMIT ?",
                (-1 if limit is None else limit,),
            ).fetchall()
        return [
            QueuedEvent(
                int(r[0]), str(r[1]), str(r[2]), datetime.fromisoformat(r[3]), bool(r[4]), r[5], json.loads(r[6])
            )
            for r in rows
        ]

    def remove(self, ids: Sequence[int]) -> None:
        with self.vault.transaction() as tx:
            tx.executemany("DELETE FROM analytics_queue WHERE id = ?", [(i,) for i in ids])

    def block_queue(self) -> None:
        """Mark every queued event as never to be sent."""
        with self.vault.transaction() as tx:
            tx.execute("UPDATE analytics_queue SET sendable = 0 WHERE sendable = 1")

    def clear_queue(self) -> int:
        with self.vault.transaction() as tx:
            return int(tx.execute("DELETE FROM analytics_queue").rowcount)

    def expire(self, cutoff: datetime) -> int:
        """Delete events created before ``cutoff``; returns how many."""
        with self.vault.transaction() as tx:
            return int(tx.execute("DELETE FROM analytics_queue WHERE created_at < ?", (stamp(cutoff),)).rowcount)

    def oldest_event(self) -> datetime | None:
        with self.vault.reading() as conn:
            row = conn.execute("SELECT min(created_at) FROM analytics_queue").fetchone()
        return None if row is None or row[0] is None else datetime.fromisoformat(row[0])
