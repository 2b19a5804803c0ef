"""A vault written by an older schema opens, migrates and keeps its data."""

from __future__ import annotations

import sqlcipher3

from desktop.domain.projects import ProjectFilter
from desktop.paths import ProfilePaths
from desktop.services.context import AppContext
from desktop.storage.keys import KeyKeeper, write_meta
from desktop.storage.schema import MIGRATIONS, SCHEMA_VERSION
from desktop.storage.vault import _split_sql


def _make_v1_vault(profile: ProfilePaths, keeper: KeyKeeper) -> None:
    key, meta = keeper.new_keyring_key()
    profile.root.mkdir(parents=True)
    conn = sqlcipher3.connect(str(profile.vault), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{bytes(key).hex()}'\"")
    for statement in _split_sql(MIGRATIONS[0]):
        conn.execute(statement)
    conn.execute("PRAGMA user_version = 1")
    stamp = "2025-01-01T00:00:00+00:00"
    conn.execute(
        "INSERT INTO projects(id, uid, title, description, origin, status, created_at, updated_at, current_revision)"
        " VALUES (1, 'u1', 'Legacy ledger', 'bookkeeping tool', 'import', 'active', ?, ?, 1)",
        (stamp, stamp),
    )
    conn.execute("INSERT INTO blobs(id, sha256, size, content) VALUES (1, 'h', 14, CAST('legacy_marker()' AS BLOB))")
    conn.execute(
        "INSERT INTO revisions(id, project_id, number, kind, created_at) VALUES (1, 1, 1, 'import', ?)",
        (stamp,),
    )
    conn.execute("INSERT INTO revision_files(revision_id, path, blob_id) VALUES (1, 'main.py', 1)")
    conn.close()
    write_meta(profile.vault_meta, meta)


def test_v1_vault_migrates_to_current_schema(profile: ProfilePaths, keeper: KeyKeeper) -> None:
    _make_v1_vault(profile, keeper)
    ctx = AppContext.for_profile(profile, keeper)
    ctx.session.unlock_with_keyring()
    assert ctx.session.vault.schema_version() == SCHEMA_VERSION
    [summary] = ctx.projects.summaries(ctx.projects.list_ids(ProjectFilter()))
    assert summary.name == "Legacy ledger"
    assert summary.file_count == 1  # backfilled by migration 2
    # Full-text search was added by migration 2 and covers the old project's code and requirements.
    assert [s.name for s, _ in ctx.projects.search("legacy_marker")] == ["Legacy ledger"]
    assert [s.name for s, _ in ctx.projects.search("bookkeeping")] == ["Legacy ledger"]
