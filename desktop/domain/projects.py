"""Projects, their revisions and files."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime

from desktop.messages import N_


class ProjectOrigin(enum.StrEnum):
    REQUIREMENTS = "requirements"  # "Start Building"
    IMPORT = "import"  # "Manual Entry"


class ProjectStatus(enum.StrEnum):
    DRAFT = "draft"  # requirements only, no code yet
    ACTIVE = "active"  # has code
    DELIVERED = "delivered"  # a CodeCraft delivery landed

    @property
    def label(self) -> str:
        return {"draft": "Draft", "active": "Active", "delivered": "Delivered"}[self.value]


class RevisionKind(enum.StrEnum):
    CREATED = "created"
    IMPORT = "import"
    DELIVERY = "delivery"
    RESTORE = "restore"


class SortKey(enum.StrEnum):
    UPDATED = "updated"
    NAME = "name"
    CREATED = "created"


class RevisionNote:
    """What a revision's summary says. Summaries are stored in English (in the vault and in exports); the interface
    shows them translated by matching these templates (``ui.i18n.translated_stored``)."""

    IMPORTED = N_("Messages", "Imported from {folder}")
    RESTORED = N_("Messages", "Restored revision {number}")
    DELIVERED = N_("Messages", "Delivered by CodeCraft (job {job})")
    SUGGESTION_APPLIED = N_("Messages", "Applied a suggestion to {path}")
    ONE_FROM_REVISION = N_("Messages", "Applied one accepted change from revision {new} to revision {old}")
    MANY_FROM_REVISION = N_("Messages", "Applied {count} accepted changes from revision {new} to revision {old}")
    ONE_FROM_REVIEW = N_("Messages", "Applied one accepted change from the review to revision {old}")
    MANY_FROM_REVIEW = N_("Messages", "Applied {count} accepted changes from the review to revision {old}")
    SYNCED = N_("Messages", "Synced from CodeCraft: {names}")
    SYNCED_KEPT_THEIRS = N_("Messages", "Synced from CodeCraft: kept theirs")
    SYNCED_KEPT_BOTH = N_("Messages", "Synced from CodeCraft: kept both versions of {path}")

    @classmethod
    def templates(cls) -> tuple[str, ...]:
        return tuple(value for name, value in vars(cls).items() if name.isupper())


@dataclass(frozen=True)
class Requirements:
    title: str
    description: str = ""
    stack: str = ""
    language: str = ""
    specifications: str = ""  # Markdown


@dataclass(frozen=True)
class ProjectSummary:
    """One row of the project list."""

    id: int
    name: str
    status: ProjectStatus
    archived: bool
    updated_at: datetime
    file_count: int
    stack: str


@dataclass(frozen=True)
class Project:
    id: int
    uid: str
    requirements: Requirements
    origin: ProjectOrigin
    status: ProjectStatus
    archived: bool
    created_at: datetime
    updated_at: datetime
    current_revision: int  # revision number, 0 before any revision

    @property
    def name(self) -> str:
        return self.requirements.title


@dataclass(frozen=True)
class Revision:
    id: int
    number: int
    kind: RevisionKind
    summary: str
    created_at: datetime
    file_count: int
    total_bytes: int


@dataclass(frozen=True)
class FileEntry:
    """A file of a revision, without its content."""

    path: str  # POSIX, relative to the project root
    size: int
    sha256: str


@dataclass(frozen=True)
class Attachment:
    id: int
    name: str
    size: int
    added_at: datetime


@dataclass(frozen=True)
class ProjectFilter:
    text: str = ""
    status: ProjectStatus | None = None
    archived: bool = False  # False: active projects; True: archived ones only
    sort: SortKey = SortKey.UPDATED


@dataclass
class SkippedFile:
    path: str
    reason: str  # "ignored by .gitignore", "binary", "larger than 1024 KB", "unreadable: ..."


@dataclass
class ImportReport:
    project_id: int
    revision: int
    imported: int = 0
    imported_bytes: int = 0
    skipped: list[SkippedFile] = field(default_factory=list)
