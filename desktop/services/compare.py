"""Comparing two revisions of a project, and turning a review's decisions into a new revision. No Qt.

``compare`` gives one ``FilePair`` per changed file (both contents plus the ``FileDiff``, renames detected);
``apply_decisions`` applies the accepted hunks of a ``ReviewSession`` to the old revision (with
``desktop.diff.apply_hunks``); ``apply_suggestion`` applies one suggested change. Both create a new revision.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from desktop.diff import DiffLine, FileDiff, Hunk, LineKind, PatchError, WhitespaceMode, apply_hunks, diff_contents
from desktop.diff.text import decode, encode
from desktop.diff.trees import RENAME_THRESHOLD, _File, find_renames
from desktop.domain.progress import CancelToken, ProgressSink, ProgressUpdate, ignore_progress
from desktop.domain.projects import RevisionNote
from desktop.domain.review import CommentThread, ReviewSession, Side, content_hash
from desktop.errors import UserFacingError
from desktop.messages import N_, Message
from desktop.services.projects import ProjectService
from desktop.services.revisions import add_revision_from_files


class ReviewApplyError(UserFacingError):
    title = N_("Messages", "Cannot apply the changes")


@dataclass(slots=True)
class FilePair:
    """One changed file: its contents on both sides (None where it does not exist) and their diff."""

    diff: FileDiff
    old_data: bytes | None
    new_data: bytes | None

    @property
    def path(self) -> str:
        return self.diff.path

    @property
    def digest(self) -> str:
        return content_hash(self.old_data, self.new_data)


def compare_contents(
    old: Mapping[str, bytes],
    new: Mapping[str, bytes],
    *,
    whitespace: WhitespaceMode = WhitespaceMode.EXACT,
    cancel: CancelToken | None = None,
) -> list[FilePair]:
    """The changed files between two sets of contents (path -> bytes), renames detected, sorted by path."""
    pairs: list[FilePair] = []
    for path in sorted(old.keys() & new.keys()):
        if cancel is not None:
            cancel.raise_if_cancelled()
        if old[path] != new[path]:
            diff = diff_contents(path, path, old[path], new[path], whitespace=whitespace)
            pairs.append(FilePair(diff, old[path], new[path]))
    removed = [_File(path, old[path], "100644") for path in sorted(old.keys() - new.keys())]
    added = [_File(path, new[path], "100644") for path in sorted(new.keys() - old.keys())]
    renames = find_renames(removed, added, RENAME_THRESHOLD)
    for was, now, score in renames:
        diff = diff_contents(was.path, now.path, was.data, now.data, whitespace=whitespace, similarity=score)
        pairs.append(FilePair(diff, was.data, now.data))
    renamed_old = {was.path for was, _, _ in renames}
    renamed_new = {now.path for _, now, _ in renames}
    pairs.extend(
        FilePair(diff_contents(f.path, None, f.data, None), f.data, None) for f in removed if f.path not in renamed_old
    )
    pairs.extend(
        FilePair(diff_contents(None, f.path, None, f.data), None, f.data) for f in added if f.path not in renamed_new
    )
    pairs.sort(key=lambda pair: pair.path)
    return pairs


def apply_suggestion_to_text(text: str, thread: CommentThread) -> str:
    """``text`` with the thread's suggested change applied to its anchored (new-side) lines."""
    suggestion = thread.suggestion
    if suggestion is None:
        raise ReviewApplyError(N_("Messages", "This comment has no suggested change."))
    start, count = thread.anchor.start, thread.anchor.end - thread.anchor.start + 1
    lines = [*_diff_lines(LineKind.REMOVED, suggestion.original), *_diff_lines(LineKind.ADDED, suggestion.replacement)]
    hunk = Hunk(start, count, start, len(suggestion.replacement), lines)
    try:
        return apply_hunks(text, [hunk], thread.anchor.path)
    except PatchError as exc:
        raise ReviewApplyError(N_("Messages", "The suggestion no longer matches the file: {exc}"), exc=exc) from exc


def _diff_lines(kind: LineKind, texts: tuple[str, ...]) -> list[DiffLine]:
    return [DiffLine(kind, None, None, text) for text in texts]


class CompareService:
    def __init__(self, projects: ProjectService) -> None:
        self.projects = projects

    def contents(self, project_id: int, revision: int, cancel: CancelToken | None = None) -> dict[str, bytes]:
        result = {}
        for entry in self.projects.files(project_id, revision):
            if cancel is not None:
                cancel.raise_if_cancelled()
            result[entry.path] = self.projects.read_file(project_id, revision, entry.path)
        return result

    def compare(
        self,
        project_id: int,
        old_revision: int,
        new_revision: int,
        *,
        whitespace: WhitespaceMode = WhitespaceMode.EXACT,
        progress: ProgressSink = ignore_progress,
        cancel: CancelToken | None = None,
    ) -> list[FilePair]:
        """The changed files from ``old_revision`` to ``new_revision`` (revision 0: no files)."""
        progress(ProgressUpdate(0, 3, Message(N_("Messages", "Reading the old revision…"))))
        old = self.contents(project_id, old_revision, cancel) if old_revision else {}
        progress(ProgressUpdate(1, 3, Message(N_("Messages", "Reading the new revision…"))))
        new = self.contents(project_id, new_revision, cancel)
        progress(ProgressUpdate(2, 3, Message(N_("Messages", "Comparing…"))))
        pairs = compare_contents(old, new, whitespace=whitespace, cancel=cancel)
        progress(ProgressUpdate(3, 3, Message(N_("Messages", "Compared"))))
        return pairs

    def apply_decisions(
        self, project_id: int, old_revision: int, pairs: list[FilePair], session: ReviewSession, new_revision: int = 0
    ) -> int:
        """A new revision: ``old_revision`` plus exactly the accepted hunks (and accepted whole-file changes)."""
        files = self.contents(project_id, old_revision)
        applied = 0
        for pair in pairs:
            diff = pair.diff
            whole, hunks = session.accepted(diff.path)
            if not whole and not hunks:
                continue
            applied += len(hunks) or 1
            if diff.old_path is not None and diff.new_path is None:
                files.pop(diff.old_path, None)  # a deletion is one hunk: all of the file
                continue
            if whole and not hunks:
                files[diff.path] = pair.new_data or b""
            else:
                base = files.get(diff.old_path, b"") if diff.old_path is not None else b""
                try:
                    files[diff.path] = encode(apply_hunks(decode(base), hunks, diff.path))
                except PatchError as exc:
                    raise ReviewApplyError(str(exc)) from exc
            if diff.old_path is not None and diff.old_path != diff.new_path:
                files.pop(diff.old_path, None)
        if not applied:
            raise ReviewApplyError(N_("Messages", "No change is accepted yet."))
        if new_revision:
            note = RevisionNote.ONE_FROM_REVISION if applied == 1 else RevisionNote.MANY_FROM_REVISION
        else:
            note = RevisionNote.ONE_FROM_REVIEW if applied == 1 else RevisionNote.MANY_FROM_REVIEW
        summary = Message(note, {"count": applied, "new": new_revision, "old": old_revision})
        return add_revision_from_files(self.projects, project_id, files, summary)

    def apply_suggestion(self, project_id: int, revision: int, thread: CommentThread) -> int:
        """A new revision: ``revision`` with the thread's suggested change made to its file."""
        if thread.anchor.side is not Side.NEW:
            raise ReviewApplyError(N_("Messages", "Only a suggestion on the new side of a change can be applied."))
        files = self.contents(project_id, revision)
        path = thread.anchor.path
        if path not in files:
            raise ReviewApplyError(
                N_("Messages", "{path} is not in revision {revision}."), path=path, revision=revision
            )
        files[path] = encode(apply_suggestion_to_text(decode(files[path]), thread))
        return add_revision_from_files(
            self.projects, project_id, files, Message(RevisionNote.SUGGESTION_APPLIED, {"path": path})
        )
