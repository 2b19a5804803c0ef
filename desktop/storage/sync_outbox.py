"""Turning outbox rows into push batches, and applying the service's answer to a batch.

A batch is frozen (its exact changes and its idempotency key written to ``sync_inflight``, its outbox rows
removed) in one transaction BEFORE it is sent. Until its answer is applied it is replayed as is, with the same
key, so a crash or a lost answer can never apply a change twice or lose it. Batches are packed pushes: file
contents travel raw, and ``sync_inflight`` keeps them by reference to the vault's blobs (see there).
"""

from __future__ import annotations

import hashlib
import logging
import uuid
from collections.abc import Callable, Collection, Container, Mapping
from dataclasses import dataclass, field
from typing import Any

from desktop.api import contract as c
from desktop.domain.sync import PROJECT_PATH, FileDecision, SyncMode
from desktop.storage import sync_inflight
from desktop.storage.sync_conflicts import record_conflict
from desktop.storage.sync_inflight import WireChange
from desktop.storage.sync_state import CURSOR, enqueue, set_error, set_meta
from desktop.storage.vault import Connection

log = logging.getLogger(__name__)
FlagCheck = Callable[[str, bytes], bool]
_CHUNK = 500
_SYNCED, _EXCLUDE, _ALLOW = SyncMode.SYNCED.value, FileDecision.EXCLUDE.value, FileDecision.ALLOW.value

_ROWS = (
    "SELECT o.id, o.project_uid, o.path, p.id, s.mode, "  # the requirements for the project's own row only:
    "iif(o.path = '', p.title), iif(o.path = '', p.description), iif(o.path = '', p.stack), "
    "iif(o.path = '', p.language), iif(o.path = '', p.specifications), iif(o.path = '', p.status), "
    "b.sha256, b.content, sb.revision, sb.sha256, d.decision, d.sha256, "
    "EXISTS(SELECT 1 FROM sync_conflicts k WHERE k.project_id = p.id AND k.path = o.path) "
    "FROM sync_outbox o "
    "LEFT JOIN projects p ON p.uid = o.project_uid "
    "LEFT JOIN sync_projects s ON s.project_id = p.id "
    "LEFT JOIN revisions r ON r.project_id = p.id AND r.number = p.current_revision "
    "LEFT JOIN revision_files rf ON rf.revision_id = r.id AND rf.path = o.path AND o.path != '' "
    "LEFT JOIN blobs b ON b.id = rf.blob_id "
    "LEFT JOIN sync_base sb ON sb.project_uid = o.project_uid AND sb.path = o.path "
    "LEFT JOIN sync_decisions d ON d.project_id = p.id AND d.path = o.path "
    "WHERE o.id > ? {only} ORDER BY o.id LIMIT ?"
)


@dataclass
class Batch:
    """A batch's changes as sent: packed (``PackedChange`` dicts and the contents), or, for a batch frozen by
    an older version, ``Change`` dicts with base64 contents (plain dicts, built without a model per change)."""

    key: str
    changes: sync_inflight.Changes
    held_back: list[tuple[int, str]] = field(default_factory=list)  # (project id, path) waiting for a decision

    @property
    def bytes(self) -> int:
        if isinstance(self.changes, c.PackedChanges):
            return sum(len(content) for content in self.changes.contents)
        return sum(_b64_size(ch["file"]["content_b64"]) for ch in self.changes if "file" in ch)

    def objects(self) -> set[tuple[str, str]]:
        """(project uid, path) of every object the batch changes; path "" is the project itself."""
        return {(ch["project_uid"], ch.get("path") or PROJECT_PATH) for ch in self.changes}


def decoded_size(file: c.FileData) -> int:
    return _b64_size(file.content_b64)


def _b64_size(text: str) -> int:
    return len(text) * 3 // 4 - (len(text) - len(text.rstrip("=")))


def wire(change: c.Change) -> WireChange:
    return change.model_dump(mode="json", exclude_none=True)


def _file_change(uid: str, path: str, base: int | None, size: int | None, sha: str | None) -> WireChange:
    """A file's change as a ``PackedChange`` dict without None fields (no model built); ``size`` None deletes."""
    change: WireChange = {
        "kind": "file",
        "project_uid": uid,
        "path": path,
        "op": "delete" if size is None else "upsert",
    }
    if base is not None:
        change["base_revision"] = base
    if size is not None:
        change["file"] = {"sha256": sha, "size": size}
    return change


def _check_file_change(uid: str, path: str, base: int | None) -> None:
    """Raise as building the ``contract.Change`` would, for a uid or path outside the contract's limits."""
    c.Change(kind="file", project_uid=uid, path=path, op="delete", base_revision=base)


def project_data(title: str, description: str, stack: str, language: str, specs: str, status: str) -> c.ProjectData:
    return c.ProjectData(
        name=title, description=description, stack=stack, language=language, specifications=specs, status=status
    )


def data_digest(data: c.ProjectData) -> str:
    return hashlib.sha256(data.model_dump_json().encode()).hexdigest()


def inflight(tx: Connection, skip: Collection[str] = ()) -> Batch | None:
    """The oldest batch frozen but not yet answered (other than ``skip``, keys being sent), to send as it was.

    A batch whose contents the vault no longer has (never expected: see ``sync_inflight.pin``) cannot be
    replayed; its objects go back to the outbox, to be sent as they are now (a conflict, should the service
    have applied it, settles them).
    """
    while True:
        try:
            found = sync_inflight.oldest(tx, skip)
        except sync_inflight.ContentsGone as gone:
            log.warning("An in-flight sync batch lost its contents; its %d changes are queued again", len(gone.changes))
            for change in gone.changes:
                enqueue(tx, change["project_uid"], [change.get("path") or PROJECT_PATH])
            sync_inflight.drop(tx, gone.key)
            continue
        return None if found is None else Batch(*found)


def freeze_batch(
    tx: Connection,
    limit: int,
    flagged: FlagCheck,
    project_uid: str | None = None,
    *,
    busy: Collection[tuple[str, str]] = frozenset(),
    clean: Container[tuple[str, str]] = frozenset(),
) -> Batch:
    """Take up to ``limit`` changes off the outbox into a new in-flight batch (empty: nothing to send).

    Objects in ``busy`` ((project uid, path) of a batch being sent) stay in the outbox for a later batch: their
    base revision is known only once that batch's answer is applied. ``clean`` holds (path, sha256) of contents
    the secret scan already found clean: not scanned (nor hashed) again.
    """
    changes: list[WireChange] = []
    contents: list[bytes] = []  # of each file upsert, in order
    held_back: list[tuple[int, str]] = []
    done: list[list[int]] = []  # [first, last] id runs of outbox rows taken or found to need nothing
    open_run = False  # whether the previous row scanned ended the last run (no row kept in between)
    last = 0
    only = "AND o.project_uid = ?" if project_uid else ""
    while len(changes) < limit:
        params: tuple[Any, ...] = (last, project_uid, _CHUNK) if project_uid else (last, _CHUNK)
        rows = tx.execute(_ROWS.format(only=only), params).fetchall()
        if not rows:
            break
        for row in rows:
            last = row[0]
            if len(changes) >= limit:
                break
            if busy and (row[1], row[2]) in busy:
                open_run = False
                continue
            change = _change_for(row, flagged, clean, contents, held_back)
            if change is False:
                open_run = False
            elif open_run:
                done[-1][1] = row[0]
            else:
                done.append([row[0], row[0]])
                open_run = True
            if isinstance(change, dict):
                changes.append(change)
    if project_uid:  # rows of other projects between the ids stay
        tx.executemany(
            "DELETE FROM sync_outbox WHERE id BETWEEN ? AND ? AND project_uid = ?", [(*r, project_uid) for r in done]
        )
    else:
        tx.executemany("DELETE FROM sync_outbox WHERE id BETWEEN ? AND ?", done)
    held: dict[int, list[str]] = {}
    for pid, path in held_back:
        held.setdefault(pid, []).append(path)
    for pid, paths in held.items():
        set_error(tx, pid, f"Possible secrets, not uploaded until you exclude or allow them: {', '.join(paths)}")
    packed = c.PackedChanges(changes, contents)
    batch = Batch(uuid.uuid4().hex, packed, held_back)
    if changes:
        sync_inflight.store(tx, batch.key, packed)
    return batch


def _change_for(
    row: tuple[Any, ...],
    flagged: FlagCheck,
    clean: Container[tuple[str, str]],
    contents: list[bytes],
    held_back: list[tuple[int, str]],
) -> WireChange | bool | None:
    """The change to send for an outbox row (its content appended to ``contents``); None if nothing is needed;
    False to keep the row (waiting for a conflict's resolution, or held back as a possible secret)."""
    (_, uid, path, pid, mode, title, desc, stack, lang, specs, status) = row[:11]
    (sha, content, base, base_sha, decision, decision_sha, in_conflict) = row[11:]
    known = base_sha is not None  # the server holds a live copy
    if path == PROJECT_PATH:
        if pid is None:
            return wire(c.Change(kind="project", project_uid=uid, op="delete", base_revision=base)) if known else None
        if mode != _SYNCED:
            return None
        data = project_data(*(str(v) for v in (title, desc, stack, lang, specs, status)))
        if in_conflict:
            return False
        if base_sha == data_digest(data):
            return None
        return wire(c.Change(kind="project", project_uid=uid, op="upsert", base_revision=base, project=data))
    if pid is None or mode != _SYNCED:
        return None
    if in_conflict:
        return False  # waits for the person's choice
    if not 0 < len(uid) <= 64 or len(path) > 1024:
        _check_file_change(uid, path, base)
    if content is None or decision == _EXCLUDE:
        return _file_change(uid, path, base, None, None) if known else None
    if base_sha == sha:
        return None
    if (path, sha) not in clean and not (decision == _ALLOW and decision_sha == sha) and flagged(path, content):
        held_back.append((pid, path))
        return False
    contents.append(content)
    return _file_change(uid, path, base, len(content), sha)


def apply_results(tx: Connection, batch: Batch, response: c.PushResponse) -> tuple[int, int]:
    """Record the service's answer to ``batch`` (one result per change, checked by the caller) and retire it.

    Returns (conflicts, rejected).
    """
    conflicts = rejected = 0
    seqs: list[int] = []
    bases: list[tuple[str, str, int, str | None]] = []  # set_base rows, written together (in order)

    def write_bases() -> None:
        tx.executemany(_SET_BASE, bases)
        bases.clear()

    for change, result in zip(batch.changes, response.results, strict=True):
        uid, kind, op = change["project_uid"], change["kind"], change["op"]
        path = change.get("path") or PROJECT_PATH
        if result.status == "applied":
            seqs.append(result.seq or 0)
            if op == "delete" and kind == "project":
                write_bases()
                tx.execute("DELETE FROM sync_base WHERE project_uid = ?", (uid,))
                tx.execute("DELETE FROM sync_stash WHERE project_uid = ?", (uid,))
            else:
                bases.append((uid, path, result.revision, _applied_sha(change)))
            continue
        write_bases()
        if result.status == "conflict":
            conflicts += 1
            if kind == "project" and op == "delete":  # a deletion wins: send it again, up to date
                set_base(tx, uid, path, result.revision, "deleted-elsewhere")
                enqueue(tx, uid, [path])
            else:
                record_conflict(tx, uid, path, result.revision, result.current, op == "delete")
        else:
            rejected += 1
            pid = tx.execute("SELECT id FROM projects WHERE uid = ?", (uid,)).fetchone()
            if pid is not None:
                set_error(tx, pid[0], f"{path or 'requirements'}: {result.message or 'refused by the service'}")
    write_bases()
    tx.execute("DELETE FROM sync_inflight WHERE idempotency_key = ?", (batch.key,))
    _advance_cursor_over_own(tx, seqs)
    return conflicts, rejected


def _applied_sha(change: Mapping[str, Any]) -> str | None:
    """What ``sync_base`` remembers of an applied change: the file's checksum or the requirements' digest."""
    if change["op"] == "delete":
        return None
    if "file" in change:
        return str(change["file"]["sha256"])
    if "project" in change:
        return data_digest(c.ProjectData.model_validate(change["project"]))
    return None


_SET_BASE = "INSERT OR REPLACE INTO sync_base(project_uid, path, revision, sha256) VALUES (?,?,?,?)"


def set_base(tx: Connection, uid: str, path: str, revision: int, sha256: str | None) -> None:
    tx.execute(_SET_BASE, (uid, path, revision, sha256))


def base_of(conn: Connection, uid: str, path: str) -> tuple[int, str | None] | None:
    row = conn.execute(
        "SELECT revision, sha256 FROM sync_base WHERE project_uid = ? AND path = ?", (uid, path)
    ).fetchone()
    return None if row is None else (int(row[0]), row[1])


def _advance_cursor_over_own(tx: Connection, seqs: list[int]) -> None:
    """Skip pulling our own changes back when they are exactly the next sequence numbers after the cursor.

    Sequence numbers are server-wide and allocated in commit order, so a gap-free run right after the cursor
    means nothing else of ours (nor anyone's) happened in between.
    """
    if not seqs or 0 in seqs:
        return
    row = tx.execute("SELECT value FROM sync_meta WHERE name = ?", (CURSOR,)).fetchone()
    cursor = int(row[0]) if row else 0
    ordered = sorted(seqs)
    if ordered[0] == cursor + 1 and ordered[-1] - ordered[0] == len(ordered) - 1:
        set_meta(tx, CURSOR, str(ordered[-1]))
