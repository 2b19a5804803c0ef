"""Vaults with every kind of data an export carries, and dumps to compare vaults by."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop.domain.privacy import ConsentKind
from desktop.domain.projects import ProjectOrigin, Requirements
from desktop.paths import ProfilePaths
from desktop.services.context import AppContext
from desktop.storage.keys import KeyKeeper
from desktop.storage.privacy_store import PrivacyStore
from desktop.storage.vault import Vault
from tests.keyrings import MemoryKeyring

MARKER = "MARKER_P0RT_7c1e"


def new_context(root: Path) -> AppContext:
    ctx = AppContext.for_profile(ProfilePaths(root), KeyKeeper(MemoryKeyring(), is_secure=lambda backend: True))
    ctx.session.create()
    return ctx


def fill(ctx: AppContext, folder: Path) -> list[int]:
    """Two projects: one with three revisions (a file removed, one changed, nested folders) and an attachment."""
    (folder / "app" / "core").mkdir(parents=True)
    (folder / "app" / "core" / "engine.py").write_text(f"SECRET = '{MARKER}'\n")
    (folder / "app" / "__init__.py").write_text("")
    (folder / "old.txt").write_text("going away\n")
    (folder / "README.md").write_text("# Ünïcode tïtle\n")
    first = ctx.projects.import_folder(folder, "Invoice API (v2)").project_id
    (folder / "old.txt").unlink()
    (folder / "app" / "core" / "engine.py").write_text(f"SECRET = '{MARKER}-2'\n")
    ctx.projects.import_folder(folder, project_id=first)
    ctx.projects.restore_revision(first, 1)
    with ctx.session.vault.transaction() as tx:
        ctx.projects.store.add_attachment(tx, first, "spec sheet.pdf", b"%PDF-1.4 attachment")
    other = ctx.projects.store.create(Requirements("Draft only", "just words"), ProjectOrigin.REQUIREMENTS)
    privacy = PrivacyStore(lambda: ctx.session.vault)
    privacy.change(lambda p: p.with_consent(ConsentKind.ANALYTICS, True))
    privacy.change(lambda p: p.with_consent(ConsentKind.ANALYTICS, False).with_do_not_track(True))
    return [first, other]


def logical_dump(vault: Vault) -> dict[str, Any]:
    """Everything a round trip must keep, keyed by project uid (local ids differ between vaults)."""
    with vault.reading() as conn:
        projects = {}
        for row in conn.execute(
            "SELECT id, uid, title, description, stack, language, specifications, origin, status, archived, "
            "created_at, updated_at, current_revision, file_count FROM projects"
        ).fetchall():
            revisions = conn.execute(
                "SELECT r.number, r.kind, r.summary, r.created_at, "
                "(SELECT group_concat(rf.path || '=' || b.sha256, ',') FROM "
                "(SELECT * FROM revision_files WHERE revision_id = r.id ORDER BY path) rf "
                "JOIN blobs b ON b.id = rf.blob_id) FROM revisions r WHERE r.project_id = ? ORDER BY r.number",
                (row[0],),
            ).fetchall()
            attachments = conn.execute(
                "SELECT a.name, a.added_at, b.sha256 FROM attachments a JOIN blobs b ON b.id = a.blob_id "
                "WHERE a.project_id = ? ORDER BY a.id",
                (row[0],),
            ).fetchall()
            projects[row[1]] = (row[2:], revisions, attachments)
        consents = conn.execute("SELECT kind, granted, source, at, synced FROM privacy_consent_history").fetchall()
        settings = conn.execute("SELECT document, base, revision, dirty, updated_at FROM privacy_settings").fetchall()
        search = conn.execute("SELECT count(*) FROM project_search").fetchone()
    return {"projects": projects, "consents": sorted(consents), "settings": settings, "search": search}


def full_dump(vault: Vault) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table (ids included): two equal dumps mean nothing changed at all."""
    with vault.reading() as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return {t: sorted(map(tuple, conn.execute(f'SELECT * FROM "{t}"').fetchall()), key=repr) for t in tables}
