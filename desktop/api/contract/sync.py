"""Project sync: versioned objects, idempotent pushes, paged pulls, conflicts."""

from __future__ import annotations

import json
from datetime import datetime
from functools import cache
from typing import Annotated, Any, Literal, NotRequired

from pydantic import Field, TypeAdapter
from typing_extensions import TypedDict  # pydantic needs this one before Python 3.12

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


# A push may also be sent packed (Content-Type ``PUSH_PACKED_TYPE``): a ``PackedPushRequest`` as one line of
# JSON, a newline, then the raw content of each change that has ``file``, one after another in the order of
# the changes, each exactly ``file.size`` bytes long; nothing follows. No base64 and no JSON strings of file
# contents: a quarter fewer bytes, and neither side encodes, escapes or parses them. The answer is a
# ``PushResponse`` either way; one push's idempotency key is never reused for the other form.
PUSH_PACKED_TYPE = "application/vnd.codecraft.sync-push"


# The header's changes are TypedDicts, not models: validated as strictly, without building an object per change.
class PackedFile(TypedDict):
    sha256: Annotated[str, Field(min_length=64, max_length=64)]
    size: Annotated[int, Field(ge=0)]


class PackedChange(TypedDict):
    """A ``Change`` whose file content travels after the header (``file`` gives its size and checksum)."""

    kind: ObjectKind
    project_uid: Annotated[str, Field(min_length=1, max_length=64)]
    path: NotRequired[Annotated[str, Field(max_length=1024)] | None]
    op: ChangeOp
    base_revision: NotRequired[int | None]
    project: NotRequired[ProjectData | None]
    file: NotRequired[PackedFile | None]


class PackedPushRequest(TypedDict):
    changes: Annotated[list[PackedChange], Field(max_length=MAX_PUSH_CHANGES)]


@cache
def packed_push_request() -> TypeAdapter[PackedPushRequest]:
    """The validator of a packed push's header (built on first use, like the models')."""
    return TypeAdapter(PackedPushRequest)


class PackedChanges(list[dict[str, Any]]):
    """A packed push, ready to send: the changes (``PackedChange`` dicts), ``header`` (their JSON line, exactly
    as sent) and ``contents`` (the content of each change with ``file``, in order)."""

    def __init__(self, changes: list[dict[str, Any]], contents: list[bytes], header: bytes | None = None) -> None:
        super().__init__(changes)
        self.contents = contents
        self.header = header if header is not None else packed_header(changes)

    def body(self) -> bytes:
        return b"".join([self.header, b"\n", *self.contents])


def packed_header(changes: list[dict[str, Any]]) -> bytes:
    """The header line of a packed push of ``changes`` (``PackedChange`` dicts, JSON-ready)."""
    return json.dumps({"changes": changes}, separators=(",", ":")).encode()


def unpack_push(body: bytes) -> tuple[list[PackedChange], bytes, list[memoryview]]:
    """A packed push's changes, header line and file contents (views into ``body``), in order.

    Raises pydantic's ``ValidationError`` for a bad header and ``ValueError`` when the contents do not add up.
    """
    end = body.find(b"\n")
    if end < 0:
        raise ValueError("A packed push needs a header line.")
    header = body[:end]
    changes = packed_push_request().validate_json(header)["changes"]
    view, offset, contents = memoryview(body), end + 1, []
    for change in changes:
        file = change.get("file")
        if file is not None:
            contents.append(view[offset : offset + file["size"]])
            offset += file["size"]
    if offset != len(body):
        raise ValueError("The packed push's contents do not add up to the sizes in its header.")
    return changes, header, contents


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
