"""A code review of one comparison: comment threads, suggested changes, viewed marks and hunk decisions.

Plain data, no Qt and no storage: the viewer edits a ``ReviewSession``; a later workflow can persist it or send
it to the CodeCraft service. Lines are 1-based and inclusive, on the old or the new side of the diff.
"""

from __future__ import annotations

import enum
import hashlib
import itertools
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from desktop.diff.model import Hunk

WHOLE_FILE = "*"  # the decision key of a change without hunks (binary, pure rename, mode change)


class Side(enum.StrEnum):
    OLD = "old"
    NEW = "new"


class HunkDecision(enum.StrEnum):
    ACCEPTED = "accepted"
    REJECTED = "rejected"


@dataclass(frozen=True)
class LineAnchor:
    path: str
    side: Side
    start: int  # 1-based, inclusive
    end: int  # 1-based, inclusive

    @property
    def label(self) -> str:
        """In English, for reports; the interface writes its own (``diff.comments.anchor_text``)."""
        lines = f"line {self.start}" if self.start == self.end else f"lines {self.start}–{self.end}"
        return f"{self.path}, {lines} ({self.side.value})"


@dataclass(frozen=True)
class Suggestion:
    """A suggested change: the anchored lines as they were, and what they should become."""

    original: tuple[str, ...]
    replacement: tuple[str, ...]

    def mini_diff(self) -> str:
        """The change as unified-diff lines ("-" old, "+" new), for a small preview."""
        return "\n".join([*(f"-{line}" for line in self.original), *(f"+{line}" for line in self.replacement)])


@dataclass
class Comment:
    author: str
    body: str  # Markdown
    created_at: datetime = field(default_factory=lambda: datetime.now(UTC))


@dataclass
class CommentThread:
    id: int
    anchor: LineAnchor
    comments: list[Comment]
    suggestion: Suggestion | None = None
    resolved: bool = False

    @property
    def first(self) -> Comment:
        return self.comments[0]

    @property
    def replies(self) -> list[Comment]:
        return self.comments[1:]


def content_hash(old: bytes | None, new: bytes | None) -> str:
    """The identity of one file's change: both sides' contents (a missing side differs from an empty one)."""
    digest = hashlib.sha256()
    for data in (old, new):
        digest.update(b"-" if data is None else b"+" + hashlib.sha256(data).digest())
    return digest.hexdigest()


class ReviewSession:
    """Everything a reviewer has said and decided about one comparison."""

    def __init__(self, author: str = "You") -> None:
        self.author = author
        self.threads: list[CommentThread] = []
        self._ids = itertools.count(1)
        self._viewed: dict[str, str] = {}  # path -> content hash when marked
        self._decisions: dict[str, dict[str, tuple[HunkDecision, Hunk | None]]] = {}

    # -- comments ----------------------------------------------------------------------------------------

    def add_thread(self, anchor: LineAnchor, body: str, suggestion: Suggestion | None = None) -> CommentThread:
        if not body.strip() and suggestion is None:
            raise ValueError("A comment needs a text or a suggested change.")
        thread = CommentThread(next(self._ids), anchor, [Comment(self.author, body)], suggestion)
        self.threads.append(thread)
        return thread

    def thread(self, thread_id: int) -> CommentThread:
        for thread in self.threads:
            if thread.id == thread_id:
                return thread
        raise KeyError(thread_id)

    def reply(self, thread_id: int, body: str) -> Comment:
        if not body.strip():
            raise ValueError("A reply needs a text.")
        comment = Comment(self.author, body)
        self.thread(thread_id).comments.append(comment)
        return comment

    def set_resolved(self, thread_id: int, resolved: bool = True) -> None:
        self.thread(thread_id).resolved = resolved

    def threads_for(self, path: str) -> list[CommentThread]:
        return [thread for thread in self.threads if thread.anchor.path == path]

    # -- viewed marks ------------------------------------------------------------------------------------

    def set_viewed(self, path: str, digest: str, viewed: bool = True) -> None:
        if viewed:
            self._viewed[path] = digest
        else:
            self._viewed.pop(path, None)

    def is_viewed(self, path: str, digest: str) -> bool:
        """Whether ``path`` was marked viewed with this content; a mark of other content is dropped."""
        marked = self._viewed.get(path)
        if marked is not None and marked != digest:
            del self._viewed[path]
        return marked == digest

    def viewed_count(self, files: Iterable[tuple[str, str]]) -> int:
        return sum(self.is_viewed(path, digest) for path, digest in files)

    # -- hunk decisions ----------------------------------------------------------------------------------

    def decide(self, path: str, hunk: Hunk | None, decision: HunkDecision | None) -> None:
        """Accept or reject one hunk (``None``: the whole file, for changes without hunks); None decision clears."""
        key = WHOLE_FILE if hunk is None else hunk.header
        decisions = self._decisions.setdefault(path, {})
        if decision is None:
            decisions.pop(key, None)
        else:
            decisions[key] = (decision, hunk)

    def decision(self, path: str, hunk: Hunk | None) -> HunkDecision | None:
        entry = self._decisions.get(path, {}).get(WHOLE_FILE if hunk is None else hunk.header)
        return entry[0] if entry else None

    def accepted(self, path: str) -> tuple[bool, list[Hunk]]:
        """(whole file accepted, accepted hunks in file order) of ``path``."""
        decisions = self._decisions.get(path, {})
        whole = decisions.get(WHOLE_FILE, (None, None))[0] is HunkDecision.ACCEPTED
        hunks = [hunk for decision, hunk in decisions.values() if decision is HunkDecision.ACCEPTED and hunk]
        return whole, sorted(hunks, key=lambda hunk: (hunk.old_start, hunk.new_start))

    def decided_count(self, decision: HunkDecision) -> int:
        return sum(d is decision for per_file in self._decisions.values() for d, _ in per_file.values())

    def clear_decisions(self) -> None:
        self._decisions.clear()
