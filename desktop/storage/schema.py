"""The vault's one schema, as an ordered list of migrations. ``PRAGMA user_version`` is the schema version.

Never edit a migration that has shipped; append a new one.
"""

from __future__ import annotations

MIGRATIONS: list[str] = [
    # 1: projects, content-addressed file blobs, revisions as snapshots of (path -> blob)
    """
    CREATE TABLE projects(
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        stack TEXT NOT NULL DEFAULT '',
        language TEXT NOT NULL DEFAULT '',
        specifications TEXT NOT NULL DEFAULT '',
        origin TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'draft',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        current_revision INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE blobs(
        id INTEGER PRIMARY KEY,
        sha256 TEXT NOT NULL UNIQUE,
        size INTEGER NOT NULL,
        content BLOB NOT NULL
    );
    CREATE TABLE revisions(
        id INTEGER PRIMARY KEY,
        project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        number INTEGER NOT NULL,
        kind TEXT NOT NULL,
        summary TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        UNIQUE(project_id, number)
    );
    CREATE TABLE revision_files(
        revision_id INTEGER NOT NULL REFERENCES revisions(id) ON DELETE CASCADE,
        path TEXT NOT NULL,
        blob_id INTEGER NOT NULL REFERENCES blobs(id),
        PRIMARY KEY(revision_id, path)
    ) WITHOUT ROWID;
    CREATE INDEX revision_files_blob ON revision_files(blob_id);
    CREATE TABLE attachments(
        id INTEGER PRIMARY KEY,
        project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        blob_id INTEGER NOT NULL REFERENCES blobs(id),
        added_at TEXT NOT NULL
    );
    CREATE INDEX attachments_blob ON attachments(blob_id);
    """,
    # 2: archiving, list ordering indexes, a cached file count for the list, full-text search
    """
    ALTER TABLE projects ADD COLUMN archived INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE projects ADD COLUMN file_count INTEGER NOT NULL DEFAULT 0;
    CREATE INDEX projects_by_updated ON projects(archived, updated_at DESC);
    CREATE INDEX projects_by_title ON projects(archived, title COLLATE NOCASE);
    CREATE INDEX projects_by_created ON projects(archived, created_at DESC);
    UPDATE projects SET file_count = (
        SELECT count(*) FROM revision_files rf JOIN revisions r ON r.id = rf.revision_id
        WHERE r.project_id = projects.id AND r.number = projects.current_revision);
    CREATE VIRTUAL TABLE project_search USING fts5(
        title, requirements, code,
        content='', contentless_delete=1, tokenize='unicode61');
    INSERT INTO project_search(rowid, title, requirements, code)
    SELECT p.id, p.title, p.description || ' ' || p.stack || ' ' || p.language || ' ' || p.specifications,
        coalesce((SELECT group_concat(CAST(b.content AS TEXT), char(10))
            FROM revisions r JOIN revision_files rf ON rf.revision_id = r.id JOIN blobs b ON b.id = rf.blob_id
            WHERE r.project_id = p.id AND r.number = p.current_revision), '')
    FROM projects p;
    """,
    # 3: selective sync: per-project mode, per-file decisions, the outbox, the batch in flight, the server's
    # revision of each object last seen (base), conflicts, files pulled before their project, and a cursor
    """
    CREATE TABLE sync_projects(
        project_id INTEGER PRIMARY KEY REFERENCES projects(id) ON DELETE CASCADE,
        mode TEXT NOT NULL DEFAULT 'local',
        error TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE sync_decisions(
        project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        path TEXT NOT NULL,
        decision TEXT NOT NULL,
        sha256 TEXT,
        PRIMARY KEY(project_id, path)
    ) WITHOUT ROWID;
    CREATE TABLE sync_outbox(
        id INTEGER PRIMARY KEY,
        project_uid TEXT NOT NULL,
        path TEXT NOT NULL,
        UNIQUE(project_uid, path)
    );
    CREATE TABLE sync_inflight(
        idempotency_key TEXT PRIMARY KEY,
        changes TEXT NOT NULL,
        created_at TEXT NOT NULL
    );
    CREATE TABLE sync_base(
        project_uid TEXT NOT NULL,
        path TEXT NOT NULL,
        revision INTEGER NOT NULL,
        sha256 TEXT,
        PRIMARY KEY(project_uid, path)
    ) WITHOUT ROWID;
    CREATE TABLE sync_conflicts(
        project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        path TEXT NOT NULL,
        their_revision INTEGER NOT NULL,
        their_deleted INTEGER NOT NULL,
        their_content BLOB,
        their_data TEXT,
        PRIMARY KEY(project_id, path)
    ) WITHOUT ROWID;
    CREATE TABLE sync_stash(
        project_uid TEXT NOT NULL,
        path TEXT NOT NULL,
        revision INTEGER NOT NULL,
        deleted INTEGER NOT NULL,
        content BLOB,
        PRIMARY KEY(project_uid, path)
    ) WITHOUT ROWID;
    CREATE TABLE sync_meta(
        name TEXT PRIMARY KEY,
        value TEXT NOT NULL
    ) WITHOUT ROWID;
    """,
    # 4: the privacy center: the privacy settings document (the copy the service last confirmed as ``base``),
    # a mirror of the consent history, and the local analytics queue (policy sections 7.3, 9, 12)
    """
    CREATE TABLE privacy_settings(
        id INTEGER PRIMARY KEY CHECK (id = 1),
        document TEXT NOT NULL,
        base TEXT,
        revision INTEGER NOT NULL DEFAULT 0,
        dirty INTEGER NOT NULL DEFAULT 0,
        updated_at TEXT NOT NULL
    );
    CREATE TABLE privacy_consent_history(
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        granted INTEGER NOT NULL,
        source TEXT NOT NULL,
        at TEXT NOT NULL,
        synced INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE analytics_queue(
        id INTEGER PRIMARY KEY,
        type TEXT NOT NULL,
        name TEXT NOT NULL,
        created_at TEXT NOT NULL,
        duration_ms REAL,
        metrics TEXT NOT NULL DEFAULT '{}',
        sendable INTEGER NOT NULL
    );
    CREATE INDEX analytics_queue_created ON analytics_queue(created_at);
    """,
    # 5: expert review engagements (an expert's profile): the client code of an engagement, kept apart from
    # projects (never listed, searched, synced or exported) and deleted when the engagement ends (policy 4.3)
    """
    CREATE TABLE review_engagements(
        id INTEGER PRIMARY KEY,
        job_id INTEGER NOT NULL,
        project_title TEXT NOT NULL,
        stack TEXT NOT NULL DEFAULT '',
        nda_version TEXT NOT NULL,
        due_at TEXT NOT NULL,
        fetched_at TEXT NOT NULL
    );
    CREATE TABLE review_engagement_files(
        engagement_id INTEGER NOT NULL REFERENCES review_engagements(id) ON DELETE CASCADE,
        side TEXT NOT NULL CHECK (side IN ('base', 'delivered')),
        path TEXT NOT NULL,
        content BLOB NOT NULL,
        PRIMARY KEY(engagement_id, side, path)
    ) WITHOUT ROWID;
    """,
    # 6: blob sizes without their contents: a blob's row holds its content, so summing sizes (sync's progress
    # totals) read and decrypted every content page; this covering index answers from a few pages
    """
    CREATE INDEX blobs_sizes ON blobs(id, size);
    """,
]

SCHEMA_VERSION = len(MIGRATIONS)
