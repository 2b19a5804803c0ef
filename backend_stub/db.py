"""The stub's SQLite database: schema, one shared connection, and a serialising ``transaction()``."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

SCHEMA = """
CREATE TABLE IF NOT EXISTS users (
    id INTEGER PRIMARY KEY,
    username TEXT NOT NULL UNIQUE,
    email TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    company TEXT,
    role TEXT NOT NULL CHECK (role IN ('client', 'expert')),
    password_hash TEXT NOT NULL,
    policy_version TEXT NOT NULL,
    policy_accepted_at TEXT NOT NULL,
    age_confirmed_at TEXT NOT NULL,
    created_at TEXT NOT NULL,
    totp_secret TEXT,
    totp_pending_secret TEXT,
    totp_last_counter INTEGER NOT NULL DEFAULT -1,
    github TEXT,
    linkedin TEXT,
    expertise TEXT
);
CREATE TABLE IF NOT EXISTS recovery_codes (
    user_id INTEGER NOT NULL REFERENCES users(id),
    code_hash TEXT NOT NULL,
    used_at TEXT,
    PRIMARY KEY (user_id, code_hash)
);
CREATE TABLE IF NOT EXISTS sessions (
    family TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id),
    created_at TEXT NOT NULL,
    revoked_at TEXT
);
CREATE TABLE IF NOT EXISTS refresh_tokens (
    token_hash TEXT PRIMARY KEY,
    family TEXT NOT NULL REFERENCES sessions(family),
    expires_at REAL NOT NULL,
    used INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS access_tokens (
    token_hash TEXT PRIMARY KEY,
    family TEXT NOT NULL REFERENCES sessions(family),
    expires_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS totp_challenges (
    challenge_hash TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id),
    expires_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS projects (
    uid TEXT PRIMARY KEY,
    owner_id INTEGER NOT NULL REFERENCES users(id),
    revision INTEGER NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    seq INTEGER NOT NULL,
    updated_at TEXT NOT NULL,
    data TEXT
);
CREATE INDEX IF NOT EXISTS projects_owner_seq ON projects (owner_id, seq);
CREATE TABLE IF NOT EXISTS files (
    project_uid TEXT NOT NULL REFERENCES projects(uid),
    path TEXT NOT NULL,
    owner_id INTEGER NOT NULL REFERENCES users(id),
    revision INTEGER NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    seq INTEGER NOT NULL,
    updated_at TEXT NOT NULL,
    content BLOB,
    sha256 TEXT,
    PRIMARY KEY (project_uid, path)
);
CREATE INDEX IF NOT EXISTS files_owner_seq ON files (owner_id, seq);
CREATE TABLE IF NOT EXISTS idempotency (
    owner_id INTEGER NOT NULL,
    key TEXT NOT NULL,
    request_hash TEXT NOT NULL,
    response TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (owner_id, key)
);
"""


class Database:
    """One connection shared by the request threads; every use goes through ``transaction()``."""

    def __init__(self, path: Path) -> None:
        self._conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._conn.row_factory = sqlite3.Row
        self._lock = threading.RLock()
        with self._lock:
            self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.execute("PRAGMA synchronous=NORMAL")
            self._conn.execute("PRAGMA foreign_keys=ON")
            self._conn.executescript(SCHEMA)

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    def next_seq(self, conn: sqlite3.Connection) -> int:
        """The next value of the server-wide sync sequence; call inside a transaction."""
        row = conn.execute(
            "INSERT INTO counters (name, value) VALUES ('seq', 1) "
            "ON CONFLICT(name) DO UPDATE SET value = value + 1 RETURNING value"
        ).fetchone()
        return int(row[0])

    def close(self) -> None:
        with self._lock:
            self._conn.close()
