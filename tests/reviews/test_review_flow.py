"""The whole review through the desktop services: the expert's vault holds the code only while the engagement is
open (never in projects, never exported), the client sees comments and verdict and accepts suggestions."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from desktop.diff.text import decode
from desktop.domain.projects import ProjectFilter
from desktop.domain.review import HunkDecision, LineAnchor, ReviewSession, Side, Suggestion
from desktop.services.client_review import ClientReviewService
from desktop.services.compare import ReviewApplyError
from desktop.services.expert_review import ExpertReviewService
from desktop.services.portability.exporter import ExportOptions, export_archive
from tests.deletion.pages import marker_in_vault
from tests.reviews.conftest import MARKER, Person, Reviewing


def expert_service(person: Person) -> ExpertReviewService:
    return ExpertReviewService(lambda: person.ctx.session.vault, lambda: person.api)


def _first_line(data: bytes | None) -> str:
    return decode(data or b"").split("\n")[0]


def review_with_two_suggestions(expert: ExpertReviewService) -> tuple[int, ReviewSession, list[str]]:
    """The expert accepts the NDA, downloads, and comments on README.md and one other file, with suggestions."""
    [item] = expert.queue()
    item = expert.accept_nda(item.id, expert.nda(item.id).version)
    expert.download(item)
    pairs = {pair.path: pair for pair in expert.pairs(item.id)}
    other = next(path for path in sorted(pairs) if path.endswith(".py") and _first_line(pairs[path].new_data))
    session = ReviewSession(author="Eve")
    for path, note in (("README.md", "A **clearer** title"), (other, "Say what this does")):
        line = _first_line(pairs[path].new_data)
        session.add_thread(LineAnchor(path, Side.NEW, 1, 1), note, Suggestion((line,), (line + "  # reviewed",)))
    session.reply(session.threads[0].id, "Also mention the CLI.")
    session.add_thread(LineAnchor("notes.txt", Side.OLD, 1, 1), "This file is gone in the delivery.")
    return item.id, session, ["README.md", other]


def test_the_engagement_code_lives_in_the_experts_vault_only_until_submission(
    reviewing: Reviewing, tmp_path: Path
) -> None:
    reviewing.order_reviewed()
    expert = expert_service(reviewing.expert)
    engagement_id, session, _ = review_with_two_suggestions(expert)
    ctx, key = reviewing.expert.ctx, reviewing.expert.vault_key()
    assert expert.downloaded() == [engagement_id]
    assert ctx.projects.list_ids(ProjectFilter()) == []  # never into projects
    assert marker_in_vault(ctx.paths.vault, key, MARKER.encode())  # the check can see it while it is there
    archive = export_archive(ctx.session.vault, tmp_path / "export.zip", ExportOptions()).path
    with zipfile.ZipFile(archive) as zf:
        assert not any(MARKER.encode() in zf.read(name) for name in zf.namelist())
    review = expert.submit(engagement_id, session, "request_changes", "Two small changes.")
    assert review.status == "submitted" and expert.downloaded() == []
    ctx.session.lock()
    assert not marker_in_vault(ctx.paths.vault, key, MARKER.encode())
    assert not Path(str(ctx.paths.vault) + "-wal").exists() or not marker_in_vault(
        ctx.paths.vault, key, MARKER.encode()
    )


def test_an_unassigned_engagement_is_purged_at_the_next_queue_check(reviewing: Reviewing) -> None:
    from desktop.api import contract as c

    reviewing.order_reviewed()
    expert = expert_service(reviewing.expert)
    [item] = expert.queue()
    expert.download(expert.accept_nda(item.id, item.nda_version))
    reviewing.call("POST", f"{c.TEST_REVIEWS}/{item.id}/unassign")
    assert expert.queue() == [] and expert.downloaded() == []
    reviewing.expert.ctx.session.lock()
    assert not marker_in_vault(reviewing.expert.ctx.paths.vault, reviewing.expert.vault_key(), MARKER.encode())


def test_the_client_sees_comments_and_verdict_and_accepts_suggestions(reviewing: Reviewing) -> None:
    pid, _ = reviewing.order_reviewed()
    expert = expert_service(reviewing.expert)
    engagement_id, session, paths = review_with_two_suggestions(expert)
    expert.submit(engagement_id, session, "request_changes", "Two small changes.")
    client = ClientReviewService.for_context(reviewing.client.ctx)
    [summary] = client.reviews()
    assert (summary.verdict, summary.thread_count, summary.suggestion_count) == ("request_changes", 3, 2)
    opened = client.load(summary.id)  # lands the delivery on this device first
    projects = reviewing.client.ctx.projects
    assert opened.review.summary == "Two small changes." and opened.delivered_revision == 2
    assert projects.get(pid).current_revision == 2 and opened.stale == []
    readme = next(t for t in opened.session.threads if t.anchor.path == "README.md")
    assert [m.body for m in readme.comments] == ["A **clearer** title", "Also mention the CLI."]
    assert readme.comments[0].author == "Eve" and {p.path for p in opened.pairs} >= {"README.md", "notes.txt"}
    assert [p.path for p in opened.suggested] == sorted(paths)

    number = client.accept_suggestion(opened, readme.id)
    before = {e.path: projects.read_file(pid, 2, e.path) for e in projects.files(pid, 2)}
    after = {e.path: projects.read_file(pid, number, e.path) for e in projects.files(pid, number)}
    changed = {path for path in before if before[path] != after.get(path)}
    assert number == 3 and changed == {"README.md"} and after.keys() == before.keys()
    assert _first_line(after["README.md"]) == _first_line(before["README.md"]) + "  # reviewed"
    assert decode(after["README.md"]).split("\n")[1:] == decode(before["README.md"]).split("\n")[1:]

    decisions = ReviewSession()
    for pair in opened.suggested:  # hunk by hunk: the other file's change accepted, README's rejected
        [hunk] = pair.diff.hunks
        decisions.decide(pair.path, hunk, HunkDecision.REJECTED if pair.path == "README.md" else HunkDecision.ACCEPTED)
    number = client.apply_accepted(opened, decisions)
    after = {e.path: projects.read_file(pid, number, e.path) for e in projects.files(pid, number)}
    assert {path for path in before if before[path] != after[path]} == {paths[1]}
    with pytest.raises(ReviewApplyError, match="No change is accepted"):
        client.apply_accepted(opened, ReviewSession())


def test_an_export_carries_the_reviews_with_their_comments(reviewing: Reviewing) -> None:
    from desktop.services.portability.service_data import fetch_service_data

    reviewing.order_reviewed()
    expert = expert_service(reviewing.expert)
    engagement_id, session, _ = review_with_two_suggestions(expert)
    expert.submit(engagement_id, session, "request_changes", "Two small changes.")
    service = fetch_service_data(lambda: reviewing.client.api)
    assert service.included, service.note
    [review] = service.sections["reviews.json"]
    assert review["verdict"] == "request_changes" and review["summary"] == "Two small changes."
    bodies = [comment["body"] for thread in review["threads"] for comment in thread["comments"]]
    assert "A **clearer** title" in bodies and "Also mention the CLI." in bodies
    expert_side = fetch_service_data(lambda: reviewing.expert.api)
    assert expert_side.included, expert_side.note
    assert "note" in expert_side.sections["reviews.json"]
