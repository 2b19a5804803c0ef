"""The batches frozen for sending (``sync_inflight``): how each is kept until the service's answer is applied.

A batch is stored in the transaction that takes its changes off the outbox, BEFORE it is sent, and is replayed
from here exactly as first sent (same idempotency key, same bytes) until its answer is recorded.

A batch is a packed push (``contract.PackedChanges``) stored by reference: its header line only, because each
file's content is the vault blob its checksum names (blobs are content-addressed and never change). A blob
goes away only with the last project that uses it, so deleting a project first ``pin``s every batch in flight:
its contents are copied into its row. Older versions stored the changes as JSON with base64 contents (text),
or as "batch-1" (a header and the raw contents); those are replayed as the JSON pushes they were sent as.
"""

from __future__ import annotations

import binascii
import json
from collections.abc import Collection
from datetime import UTC, datetime
from typing import Any

from desktop.api import contract as c
from desktop.storage.vault import Connection

WireChange = dict[str, Any]  # a ``contract.Change`` (JSON push) or ``contract.PackedChange`` (packed) as a dict
Changes = list[WireChange] | c.PackedChanges
_BY_REFERENCE = b"codecraft-sync-batch-2\n"  # + the header line; the contents are the vault's blobs
_PINNED = b"codecraft-sync-batch-2+\n"  # + the whole packed body (header line, newline, contents)
_LEGACY_PACKED = b"codecraft-sync-batch-1\n"  # + 8-byte header length, header, raw contents
_IN_CHUNK = 500


class ContentsGone(Exception):
    """A batch names blobs the vault no longer has (its project was deleted without ``pin``)."""

    def __init__(self, changes: list[WireChange], key: str = "") -> None:
        super().__init__("in-flight batch contents missing")
        self.changes, self.key = changes, key


def store(tx: Connection, key: str, changes: c.PackedChanges) -> None:
    tx.execute(
        "INSERT INTO sync_inflight(idempotency_key, changes, created_at) VALUES (?,?,?)",
        (key, _BY_REFERENCE + changes.header, datetime.now(UTC).isoformat(timespec="microseconds")),
    )


def oldest(tx: Connection, skip: Collection[str] = ()) -> tuple[str, Changes] | None:
    """The oldest batch in flight other than ``skip``: (key, changes as first sent). Raises ``ContentsGone``."""
    marks = ",".join("?" * len(skip))
    row = tx.execute(
        f"SELECT idempotency_key, changes FROM sync_inflight WHERE idempotency_key NOT IN ({marks}) "
        "ORDER BY rowid LIMIT 1",
        tuple(skip),
    ).fetchone()
    if row is None:
        return None
    try:
        return str(row[0]), _load(tx, row[1])
    except ContentsGone as gone:
        gone.key = str(row[0])
        raise


def drop(tx: Connection, key: str) -> None:
    tx.execute("DELETE FROM sync_inflight WHERE idempotency_key = ?", (key,))


def pin(tx: Connection) -> None:
    """Copy the contents of every batch in flight into its row, before blobs they name may be deleted."""
    for key, stored in tx.execute("SELECT idempotency_key, changes FROM sync_inflight").fetchall():
        if isinstance(stored, bytes) and stored.startswith(_BY_REFERENCE):
            try:
                changes = _load(tx, stored)
            except ContentsGone:
                continue  # already unrecoverable: ``oldest`` reports it
            assert isinstance(changes, c.PackedChanges)
            tx.execute(
                "UPDATE sync_inflight SET changes = ? WHERE idempotency_key = ?", (_PINNED + changes.body(), key)
            )


def _load(tx: Connection, stored: str | bytes) -> Changes:
    if isinstance(stored, str):
        legacy: list[WireChange] = json.loads(stored)
        return legacy
    if stored.startswith(_BY_REFERENCE):
        header = stored[len(_BY_REFERENCE) :]
        changes = json.loads(header)["changes"]
        return c.PackedChanges(changes, _blobs(tx, changes), header)
    if stored.startswith(_PINNED):
        body = stored[len(_PINNED) :]
        end = body.index(b"\n")
        changes = json.loads(body[:end])["changes"]
        contents, offset = [], end + 1
        for change in changes:
            if "file" in change:
                size = change["file"]["size"]
                contents.append(body[offset : offset + size])
                offset += size
        return c.PackedChanges(changes, contents, body[:end])
    if stored.startswith(_LEGACY_PACKED):
        return _legacy_packed(stored)
    raise ValueError("unknown in-flight batch format")


def _blobs(tx: Connection, changes: list[WireChange]) -> list[bytes]:
    """The content of each change with ``file``, in order, from the vault's blobs."""
    shas = [change["file"]["sha256"] for change in changes if "file" in change]
    unique = list(dict.fromkeys(shas))
    found: dict[str, bytes] = {}
    for start in range(0, len(unique), _IN_CHUNK):
        part = unique[start : start + _IN_CHUNK]
        marks = ",".join("?" * len(part))
        found.update(
            (sha, bytes(content))
            for sha, content in tx.execute(f"SELECT sha256, content FROM blobs WHERE sha256 IN ({marks})", part)
        )
    if len(found) != len(unique):
        raise ContentsGone(changes)
    return [found[sha] for sha in shas]


def _legacy_packed(stored: bytes) -> list[WireChange]:
    """A "batch-1" row: the JSON changes it was sent as (file contents back in base64)."""
    start = len(_LEGACY_PACKED) + 8
    end = start + int.from_bytes(stored[len(_LEGACY_PACKED) : start], "big")
    changes: list[WireChange] = json.loads(stored[start:end])
    view = memoryview(stored)
    for change in changes:
        if "file" in change:
            size = change["file"]["size"]
            content = binascii.b2a_base64(view[end : end + size], newline=False).decode("ascii")
            change["file"] = {"content_b64": content, "sha256": change["file"]["sha256"]}
            end += size
    return changes
