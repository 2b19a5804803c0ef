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
-- Privacy center (backend_stub/privacy_store.py, privacy_rights.py, retention.py).
CREATE TABLE IF NOT EXISTS privacy_accounts (
    user_id INTEGER PRIMARY KEY REFERENCES users(id),
    revision INTEGER NOT NULL DEFAULT 0,
    do_not_track INTEGER NOT NULL DEFAULT 0,
    restricted INTEGER NOT NULL DEFAULT 0,
    objected INTEGER NOT NULL DEFAULT 0,
    automated_objected INTEGER NOT NULL DEFAULT 0,
    sale_opt_out INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT
);
CREATE TABLE IF NOT EXISTS consent_events (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id),
    kind TEXT NOT NULL,
    granted INTEGER NOT NULL,
    source TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS consent_events_user ON consent_events (user_id, kind, id);
CREATE TABLE IF NOT EXISTS email_preferences (
    user_id INTEGER NOT NULL REFERENCES users(id),
    category TEXT NOT NULL,
    enabled INTEGER NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (user_id, category)
);
CREATE TABLE IF NOT EXISTS analytics_events (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id),
    type TEXT NOT NULL,
    name TEXT NOT NULL,
    occurred_at TEXT NOT NULL,
    received_at TEXT NOT NULL,
    app_version TEXT NOT NULL,
    os TEXT NOT NULL,
    duration_ms REAL,
    metrics TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS analytics_log (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL,
    received_at TEXT NOT NULL,
    received INTEGER NOT NULL,
    accepted INTEGER NOT NULL,
    reason TEXT
);
CREATE TABLE IF NOT EXISTS rights_requests (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id),
    type TEXT NOT NULL,
    status TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    due_at TEXT NOT NULL,
    details TEXT,
    corrections TEXT,
    resolution TEXT
);
CREATE TABLE IF NOT EXISTS rights_archives (
    request_id INTEGER PRIMARY KEY REFERENCES rights_requests(id),
    user_id INTEGER NOT NULL REFERENCES users(id),
    created_at TEXT NOT NULL,
    content BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS project_deliveries (
    project_uid TEXT PRIMARY KEY REFERENCES projects(uid),
    owner_id INTEGER NOT NULL REFERENCES users(id),
    delivered_at TEXT NOT NULL,
    code_purged_at TEXT
);
CREATE TABLE IF NOT EXISTS policy_versions (
    version TEXT PRIMARY KEY,
    summary TEXT NOT NULL,
    announced_at TEXT NOT NULL,
    effective_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS policy_acceptances (
    user_id INTEGER NOT NULL REFERENCES users(id),
    version TEXT NOT NULL,
    accepted_at TEXT NOT NULL,
    PRIMARY KEY (user_id, version)
);
CREATE TABLE IF NOT EXISTS security_notices (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    impact TEXT NOT NULL,
    mitigation TEXT NOT NULL,
    detected_at TEXT NOT NULL,
    published_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS notice_recipients (
    notice_id INTEGER NOT NULL REFERENCES security_notices(id),
    user_id INTEGER NOT NULL REFERENCES users(id),
    acked_at TEXT,
    PRIMARY KEY (notice_id, user_id)
);
-- Generation, deliveries, credits, payments, notifications (backend_stub/jobs.py, credits.py, payments.py).
CREATE TABLE IF NOT EXISTS jobs (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id),
    project_uid TEXT NOT NULL,
    project_name TEXT NOT NULL,
    requirements TEXT NOT NULL,
    status TEXT NOT NULL,
    progress INTEGER NOT NULL DEFAULT 0,
    message TEXT NOT NULL DEFAULT '',
    expert_review INTEGER NOT NULL,
    ai_training_consent INTEGER NOT NULL,
    credits INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    review_due_at REAL,
    error TEXT,
    delivered_at TEXT,
    paid_at TEXT
);
CREATE INDEX IF NOT EXISTS jobs_user ON jobs (user_id, id);
CREATE TABLE IF NOT EXISTS job_events (
    job_id INTEGER NOT NULL REFERENCES jobs(id),
    seq INTEGER NOT NULL,
    at TEXT NOT NULL,
    status TEXT NOT NULL,
    progress INTEGER NOT NULL,
    message TEXT NOT NULL,
    PRIMARY KEY (job_id, seq)
);
CREATE TABLE IF NOT EXISTS job_files (
    job_id INTEGER NOT NULL REFERENCES jobs(id),
    path TEXT NOT NULL,
    content BLOB NOT NULL,
    PRIMARY KEY (job_id, path)
);
CREATE TABLE IF NOT EXISTS credit_ledger (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id),
    delta INTEGER NOT NULL,
    reason TEXT NOT NULL,
    job_id INTEGER,
    purchase_id INTEGER,
    at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS credit_ledger_user ON credit_ledger (user_id);
CREATE TABLE IF NOT EXISTS purchases (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id),
    pack_id TEXT NOT NULL,
    credits INTEGER NOT NULL,
    amount_cents INTEGER NOT NULL,
    currency TEXT NOT NULL,
    status TEXT NOT NULL,
    stripe_ref TEXT NOT NULL UNIQUE,
    checkout_url TEXT NOT NULL,
    created_at TEXT NOT NULL,
    paid_at TEXT,
    stripe_event_id TEXT,
    card_last4 TEXT
);
CREATE TABLE IF NOT EXISTS stripe_events (
    event_id TEXT PRIMARY KEY,
    type TEXT NOT NULL,
    received_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS notifications (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id),
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    project_uid TEXT,
    job_id INTEGER,
    created_at TEXT NOT NULL,
    read_at TEXT
);
CREATE INDEX IF NOT EXISTS notifications_user ON notifications (user_id, id);
-- Expert reviews (backend_stub/reviews.py, review_store.py): engagements, NDA acceptance, code access log,
-- the previous revision under review (deleted when the engagement ends), comment threads.
CREATE TABLE IF NOT EXISTS review_engagements (
    id INTEGER PRIMARY KEY,
    job_id INTEGER NOT NULL REFERENCES jobs(id),
    client_id INTEGER NOT NULL REFERENCES users(id),
    expert_id INTEGER NOT NULL REFERENCES users(id),
    status TEXT NOT NULL,
    assigned_at TEXT NOT NULL,
    due_at REAL NOT NULL,
    nda_version TEXT NOT NULL,
    nda_accepted_at TEXT,
    verdict TEXT,
    summary TEXT NOT NULL DEFAULT '',
    submitted_at TEXT,
    ended_at TEXT
);
CREATE INDEX IF NOT EXISTS review_engagements_expert ON review_engagements (expert_id, status);
CREATE INDEX IF NOT EXISTS review_engagements_job ON review_engagements (job_id);
CREATE TABLE IF NOT EXISTS review_base_files (
    engagement_id INTEGER NOT NULL REFERENCES review_engagements(id),
    path TEXT NOT NULL,
    content BLOB NOT NULL,
    PRIMARY KEY (engagement_id, path)
);
CREATE TABLE IF NOT EXISTS review_code_access (
    id INTEGER PRIMARY KEY,
    engagement_id INTEGER NOT NULL REFERENCES review_engagements(id),
    expert_id INTEGER NOT NULL REFERENCES users(id),
    at TEXT NOT NULL,
    files INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS review_threads (
    id INTEGER PRIMARY KEY,
    engagement_id INTEGER NOT NULL REFERENCES review_engagements(id),
    path TEXT NOT NULL,
    side TEXT NOT NULL,
    start_line INTEGER NOT NULL,
    end_line INTEGER NOT NULL,
    resolved INTEGER NOT NULL DEFAULT 0,
    suggestion TEXT
);
CREATE TABLE IF NOT EXISTS review_comments (
    id INTEGER PRIMARY KEY,
    thread_id INTEGER NOT NULL REFERENCES review_threads(id),
    author_id INTEGER NOT NULL REFERENCES users(id),
    body TEXT NOT NULL,
    created_at TEXT NOT NULL
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
