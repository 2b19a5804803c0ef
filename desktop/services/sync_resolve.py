"""Settling a sync conflict: keep mine, keep theirs, or keep both; and both versions for a side-by-side view."""

from __future__ import annotations

import hashlib
from pathlib import PurePosixPath

from desktop.api import contract as c
from desktop.domain.projects import Project, Requirements, RevisionNote
from desktop.domain.sync import PROJECT_PATH, ConflictChoice, ConflictVersions
from desktop.errors import UserFacingError
from desktop.messages import N_, Message
from desktop.storage import sync_conflicts
from desktop.storage.projects import ProjectStore
from desktop.storage.sync_outbox import data_digest, project_data, set_base
from desktop.storage.sync_state import current_files, dequeue, enqueue


def _not_in_conflict(path: str) -> Message:
    if not path:
        return Message(N_("Messages", "The requirements of this project are not in conflict."))
    return Message(N_("Messages", "{path} of this project is not in conflict."), {"path": path})


class NoSuchConflict(UserFacingError):
    title = N_("Messages", "Nothing to resolve")


def requirements_json(project: Project) -> bytes:
    r = project.requirements
    data = project_data(r.title, r.description, r.stack, r.language, r.specifications, project.status.value)
    return data.model_dump_json(indent=2).encode()


def theirs_name(path: str, taken: set[str]) -> str:
    """``src/app.py`` → ``src/app.theirs.py`` (or ``app.theirs-2.py`` if that exists too)."""
    pure = PurePosixPath(path)
    stem, suffix = (pure.stem, pure.suffix) if pure.stem else (pure.name, "")
    for n in range(1, 1000):
        tag = "theirs" if n == 1 else f"theirs-{n}"
        candidate = str(pure.with_name(f"{stem}.{tag}{suffix}"))
        if candidate not in taken:
            return candidate
    raise UserFacingError(N_("Messages", "Too many kept copies of {path}."), path=path)


def conflict_versions(store: ProjectStore, project_id: int, path: str) -> ConflictVersions:
    with store.vault.reading() as conn:
        theirs = sync_conflicts.theirs(conn, project_id, path)
        if theirs is None:
            raise NoSuchConflict(_not_in_conflict(path))
        if path == PROJECT_PATH:
            mine: bytes | None = requirements_json(store.get(project_id))
            data = theirs[3]
            their_side = None if data is None else c.ProjectData.model_validate_json(data).model_dump_json(indent=2)
            return ConflictVersions(path, mine, None if their_side is None else their_side.encode())
        mine = current_files(conn, project_id).get(path)
        return ConflictVersions(path, mine, None if theirs[1] else theirs[2])


def resolve_conflict(store: ProjectStore, project_id: int, path: str, choice: ConflictChoice) -> None:
    """Settle one conflict in one transaction; what has to reach the server goes to the outbox."""
    with store.vault.transaction() as tx:
        theirs = sync_conflicts.theirs(tx, project_id, path)
        if theirs is None:
            raise NoSuchConflict(_not_in_conflict(path))
        revision, their_deleted, content, data = theirs
        uid = store.get(project_id).uid
        if path == PROJECT_PATH:
            if data is None:  # deleted on the server: keep mine means creating it again
                set_base(tx, uid, path, revision, None)
                enqueue(tx, uid, [path])
            elif choice is ConflictChoice.THEIRS:
                their_data = c.ProjectData.model_validate_json(data)
                reqs = Requirements(
                    their_data.name,
                    their_data.description,
                    their_data.stack,
                    their_data.language,
                    their_data.specifications,
                )
                store.update_requirements_in(tx, project_id, reqs)
                set_base(tx, uid, path, revision, data_digest(their_data))
                dequeue(tx, uid, [path])
            elif choice is ConflictChoice.MINE:
                set_base(tx, uid, path, revision, data_digest(c.ProjectData.model_validate_json(data)))
                enqueue(tx, uid, [path])
            else:
                raise UserFacingError(
                    N_("Messages", "Requirements can be kept from one side only: choose mine or theirs.")
                )
            sync_conflicts.drop_conflict(tx, project_id, path)
            return
        files = current_files(tx, project_id)
        mine_deleted = path not in files
        their_sha = None if their_deleted or content is None else hashlib.sha256(content).hexdigest()
        if choice is ConflictChoice.BOTH and (their_deleted or mine_deleted):
            choice = ConflictChoice.MINE if their_deleted else ConflictChoice.THEIRS  # only one side exists
        set_base(tx, uid, path, revision, their_sha)
        if choice is ConflictChoice.THEIRS:
            sync_conflicts.write_files(
                tx, store, project_id, {path: None if their_deleted else content}, RevisionNote.SYNCED_KEPT_THEIRS
            )
            dequeue(tx, uid, [path])
        elif choice is ConflictChoice.MINE:
            enqueue(tx, uid, [path])
        else:
            copy = theirs_name(path, set(files))
            summary = Message(RevisionNote.SYNCED_KEPT_BOTH, {"path": path})
            sync_conflicts.write_files(tx, store, project_id, {copy: content}, summary, send=frozenset({copy}))
            enqueue(tx, uid, [path])
        sync_conflicts.drop_conflict(tx, project_id, path)
