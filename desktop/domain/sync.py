"""Selective, offline-first sync of projects with the CodeCraft service: plain types, no Qt, no SQL."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime

from desktop.domain.projects import RevisionKind

# A file pulled from another device lands as a new revision of this kind; its summary says it came by sync
# (projects.RevisionNote.SYNCED and the other SYNCED notes).
SYNC_REVISION_KIND = RevisionKind.IMPORT
PROJECT_PATH = ""  # the "path" of a project's own object (its requirements) in the sync bookkeeping


class SyncMode(enum.StrEnum):
    LOCAL_ONLY = "local"  # the default: nothing of the project leaves this device
    SYNCED = "synced"


class SyncState(enum.StrEnum):
    LOCAL_ONLY = "local only"
    SYNCED = "synced"  # nothing waiting
    PENDING = "pending"  # changes waiting to be sent
    CONFLICT = "conflict"  # both sides changed a file: the person chooses
    ERROR = "error"  # something needs attention (see ``reason``)


class ConflictChoice(enum.StrEnum):
    MINE = "mine"  # keep this device's version; it replaces the server's
    THEIRS = "theirs"  # take the server's version
    BOTH = "both"  # keep mine at the path and theirs beside it as ``name.theirs.ext``


class FileDecision(enum.StrEnum):
    EXCLUDE = "exclude"  # never upload this path
    ALLOW = "allow"  # upload it although the secret scan flagged it (for the exact content reviewed)


@dataclass(frozen=True)
class SecretFinding:
    rule: str  # e.g. "AWS access key", "private key", ".env file"
    line: int  # 1-based; 0 for findings about the file name
    excerpt: str  # masked: enough to recognise, never the whole secret


@dataclass(frozen=True)
class PreviewFile:
    path: str
    size: int
    sha256: str
    findings: tuple[SecretFinding, ...] = ()
    decision: FileDecision | None = None

    @property
    def flagged(self) -> bool:
        return bool(self.findings)

    @property
    def unresolved(self) -> bool:
        """Flagged and neither excluded nor allowed: blocks turning sync on."""
        return self.flagged and self.decision is None

    @property
    def uploads(self) -> bool:
        return self.decision is not FileDecision.EXCLUDE and not self.unresolved


@dataclass(frozen=True)
class SyncPreview:
    """Exactly what turning sync on would upload: the requirements and the current revision's files."""

    project_id: int
    title: str
    requirements_bytes: int
    files: tuple[PreviewFile, ...]
    attachments_kept_local: int  # attachments never sync

    @property
    def uploaded_files(self) -> list[PreviewFile]:
        return [f for f in self.files if f.uploads]

    @property
    def upload_bytes(self) -> int:
        return self.requirements_bytes + sum(f.size for f in self.uploaded_files)

    @property
    def unresolved(self) -> list[str]:
        return [f.path for f in self.files if f.unresolved]


@dataclass(frozen=True)
class ProjectSyncStatus:
    project_id: int
    state: SyncState
    pending: int = 0
    conflicts: tuple[str, ...] = ()  # paths; "" is the requirements
    reason: str = ""  # for ERROR: what went wrong, written for a person

    @property
    def label(self) -> str:
        if self.state is SyncState.PENDING:
            return f"{self.pending} pending"
        if self.state is SyncState.CONFLICT:
            return f"conflict ({len(self.conflicts)})"
        if self.state is SyncState.ERROR:
            return f"error: {self.reason}"
        return self.state.value.capitalize()


@dataclass(frozen=True)
class OverallSyncStatus:
    synced_projects: int
    pending: int
    conflicts: int
    errors: int
    last_sync_at: datetime | None
    last_error: str  # the last failed sync's reason; "" after a successful one

    @property
    def state(self) -> SyncState:
        if self.last_error or self.errors:
            return SyncState.ERROR
        if self.conflicts:
            return SyncState.CONFLICT
        if self.pending:
            return SyncState.PENDING
        return SyncState.SYNCED if self.synced_projects else SyncState.LOCAL_ONLY


@dataclass(frozen=True)
class SyncConflict:
    project_id: int
    path: str  # "" for the requirements
    their_revision: int
    their_deleted: bool
    mine_deleted: bool


@dataclass(frozen=True)
class ConflictVersions:
    """Both sides of a conflict, for a side-by-side view (None: that side deleted it)."""

    path: str
    mine: bytes | None
    theirs: bytes | None


@dataclass
class SyncReport:
    pushed: int = 0
    pushed_bytes: int = 0
    pulled: int = 0
    conflicts: int = 0
    rejected: int = 0
    held_back: list[str] = field(default_factory=list)  # flagged files waiting for a decision
    changed_projects: set[int] = field(default_factory=set)  # projects whose local content changed
