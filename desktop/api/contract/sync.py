"""Project sync: versioned objects, idempotent pushes, paged pulls, conflicts."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import Field

from desktop.api.contract.base import MAX_PUSH_CHANGES, _Model

# ----- project sync -----

ObjectKind = Literal["project", "file"]
ChangeOp = Literal["upsert", "delete"]


class ProjectData(_Model):
    name: str = Field(max_length=300)
    description: str = ""
    stack: str = ""
    language: str = ""
    specifications: str = ""
    status: str = ""


class FileData(_Model):
    content_b64: str
    sha256: str = Field(min_length=64, max_length=64)


class Change(_Model):
    """One change a client pushes. ``path`` is set for files; ``base_revision`` 0/None means 'new'."""

    kind: ObjectKind
    project_uid: str = Field(min_length=1, max_length=64)
    path: str | None = Field(default=None, max_length=1024)
    op: ChangeOp
    base_revision: int | None = None
    project: ProjectData | None = None
    file: FileData | None = None


class PushRequest(_Model):
    changes: list[Change] = Field(max_length=MAX_PUSH_CHANGES)


class SyncItem(_Model):
    """The server's current state of one object; ``deleted`` items are tombstones without data."""

    kind: ObjectKind
    project_uid: str
    path: str | None = None
    revision: int
    deleted: bool
    seq: int
    updated_at: datetime
    project: ProjectData | None = None
    file: FileData | None = None


ChangeStatus = Literal["applied", "conflict", "rejected"]


class ChangeResult(_Model):
    index: int
    status: ChangeStatus
    revision: int  # the object's revision after this change (or the current one on conflict)
    seq: int | None = None  # server sequence of an applied change
    message: str | None = None
    current: SyncItem | None = None  # on conflict: what the server holds now


class PushResponse(_Model):
    results: list[ChangeResult]


class PullResponse(_Model):
    changes: list[SyncItem]
    next_cursor: int
    has_more: bool


class FileSummary(_Model):
    path: str
    revision: int
    sha256: str
    size: int


class ProjectDetail(_Model):
    uid: str
    revision: int
    project: ProjectData
    files: list[FileSummary]
    updated_at: datetime


class ProjectList(_Model):
    projects: list[ProjectDetail]
