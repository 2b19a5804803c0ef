"""Comparing revisions, and making new revisions from accepted hunks and suggested changes (real vault)."""

from __future__ import annotations

import pytest

from desktop.diff import FileStatus, Hunk, diff_texts
from desktop.domain.projects import Requirements
from desktop.domain.review import HunkDecision, LineAnchor, ReviewSession, Side, Suggestion, content_hash
from desktop.services.compare import (
    CompareService,
    FilePair,
    ReviewApplyError,
    apply_suggestion_to_text,
    compare_contents,
)
from desktop.services.context import AppContext
from desktop.services.revisions import add_revision_from_files

BODY = "".join(f"line {i}\n" for i in range(1, 41))
CHANGED = BODY.replace("line 3\n", "line three\n").replace("line 20\n", "").replace("line 35\n", "line 35\nextra\n")


def change_hunks(pair: FilePair) -> list[Hunk]:
    """One hunk per change, without context: the units a reviewer accepts or rejects."""
    return diff_texts((pair.old_data or b"").decode(), (pair.new_data or b"").decode()).hunks(0)


def project_with(ctx: AppContext, *revisions: dict[str, bytes]) -> int:
    project_id = ctx.projects.create_from_requirements(Requirements(title="Review"))
    for number, files in enumerate(revisions, 1):
        add_revision_from_files(ctx.projects, project_id, files, f"revision {number}")
    return project_id


def test_compare_finds_modified_added_deleted_and_renamed_files(ctx: AppContext) -> None:
    old = {"a.py": BODY.encode(), "gone.txt": b"bye\n", "old_name.py": b"x = 1\ny = 2\nz = 3\n"}
    new = {"a.py": CHANGED.encode(), "new.txt": b"hi\n", "new_name.py": b"x = 1\ny = 2\nz = 4\n"}
    project_id = project_with(ctx, old, new)
    pairs = CompareService(ctx.projects).compare(project_id, 1, 2)
    status = {pair.path: pair.diff.status for pair in pairs}
    assert status == {
        "a.py": FileStatus.MODIFIED,
        "gone.txt": FileStatus.DELETED,
        "new.txt": FileStatus.ADDED,
        "new_name.py": FileStatus.RENAMED,
    }
    a = next(pair for pair in pairs if pair.path == "a.py")
    assert (a.diff.added, a.diff.removed) == (2, 2)
    assert (a.old_data, a.new_data) == (BODY.encode(), CHANGED.encode())
    assert a.digest == content_hash(BODY.encode(), CHANGED.encode())


def test_a_new_revision_holds_exactly_the_accepted_hunks(ctx: AppContext) -> None:
    project_id = project_with(ctx, {"a.py": BODY.encode(), "keep.txt": b"k\n"}, {"a.py": CHANGED.encode()})
    service = CompareService(ctx.projects)
    pairs = service.compare(project_id, 1, 2)
    a = next(pair for pair in pairs if pair.path == "a.py")
    hunks = change_hunks(a)
    assert len(hunks) == 3
    session = ReviewSession()
    session.decide("a.py", hunks[0], HunkDecision.ACCEPTED)
    session.decide("a.py", hunks[1], HunkDecision.REJECTED)
    session.decide("a.py", hunks[2], HunkDecision.ACCEPTED)
    number = service.apply_decisions(project_id, 1, pairs, session, 2)
    assert number == 3
    expected = BODY.replace("line 3\n", "line three\n").replace("line 35\n", "line 35\nextra\n")
    assert ctx.projects.read_file(project_id, 3, "a.py").decode() == expected
    assert ctx.projects.read_file(project_id, 3, "keep.txt") == b"k\n"  # the deletion was not accepted
    assert "Applied 2 accepted changes" in ctx.projects.revisions(project_id)[0].summary


def test_nothing_accepted_is_refused(ctx: AppContext) -> None:
    project_id = project_with(ctx, {"a.py": BODY.encode()}, {"a.py": CHANGED.encode()})
    service = CompareService(ctx.projects)
    with pytest.raises(ReviewApplyError):
        service.apply_decisions(project_id, 1, service.compare(project_id, 1, 2), ReviewSession())


def test_accepted_deletion_and_addition(ctx: AppContext) -> None:
    project_id = project_with(ctx, {"gone.txt": b"bye\n", "a.txt": b"a\n"}, {"new.txt": b"hi\n", "a.txt": b"a\n"})
    service = CompareService(ctx.projects)
    pairs = service.compare(project_id, 1, 2)
    session = ReviewSession()
    for pair in pairs:
        session.decide(pair.path, change_hunks(pair)[0], HunkDecision.ACCEPTED)
    number = service.apply_decisions(project_id, 1, pairs, session)
    assert {f.path for f in ctx.projects.files(project_id, number)} == {"a.txt", "new.txt"}


def test_suggested_change_makes_a_revision(ctx: AppContext) -> None:
    project_id = project_with(ctx, {"a.py": BODY.encode()})
    session = ReviewSession()
    anchor = LineAnchor("a.py", Side.NEW, 2, 3)
    thread = session.add_thread(anchor, "Shorter, please", Suggestion(("line 2", "line 3"), ("lines 2-3",)))
    number = CompareService(ctx.projects).apply_suggestion(project_id, 1, thread)
    text = ctx.projects.read_file(project_id, number, "a.py").decode()
    assert text.startswith("line 1\nlines 2-3\nline 4\n")
    stale = session.add_thread(anchor, "", Suggestion(("other",), ("x",)))
    with pytest.raises(ReviewApplyError, match="no longer matches"):
        apply_suggestion_to_text(BODY, stale)


def test_compare_contents_without_renames_below_the_threshold() -> None:
    pairs = compare_contents({"a.txt": b"one\ntwo\n"}, {"b.txt": b"three\nfour\n"})
    assert [(p.diff.old_path, p.diff.new_path) for p in pairs] == [("a.txt", None), (None, "b.txt")]


def test_review_session_threads_and_viewed_marks() -> None:
    session = ReviewSession(author="Ana")
    thread = session.add_thread(LineAnchor("a.py", Side.NEW, 4, 4), "**Why?**")
    session.reply(thread.id, "Because.")
    session.set_resolved(thread.id)
    assert [c.author for c in thread.comments] == ["Ana", "Ana"] and thread.resolved
    assert session.threads_for("a.py") == [thread] and session.threads_for("b.py") == []
    with pytest.raises(ValueError):
        session.add_thread(LineAnchor("a.py", Side.NEW, 1, 1), "  ")
    session.set_viewed("a.py", "hash-1")
    assert session.is_viewed("a.py", "hash-1")
    assert not session.is_viewed("a.py", "hash-2")  # the file changed: the mark is gone for good
    assert not session.is_viewed("a.py", "hash-1")
