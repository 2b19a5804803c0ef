"""The review engagement on the real stub: assignment, NDA before code, roles, submission, ending and revocation."""

from __future__ import annotations

import base64

import httpx
import pytest

from desktop.api import contract as c
from desktop.api.errors import NotFound, PermissionDenied
from desktop.api.review_client import NdaRequired
from tests.reviews.conftest import MARKER, Reviewing


def _raw(reviewing: Reviewing, token_of: str, path: str) -> httpx.Response:
    person = reviewing.client if token_of == "client" else reviewing.expert
    token = person.api.tokens.access_token()
    return httpx.get(reviewing.stub.url + path, headers={"Authorization": f"Bearer {token}"}, timeout=10)


def test_the_queue_shows_metadata_and_no_code_before_the_nda(reviewing: Reviewing) -> None:
    _, job_id = reviewing.order_reviewed()
    [item] = reviewing.expert.reviews.queue()
    assert (item.job_id, item.project_title, item.stack, item.status) == (
        job_id,
        "Invoice Helper",
        "Python CLI",
        "assigned",
    )
    assert item.file_count > 3 and item.total_bytes > 0 and item.base_file_count == 1 and item.nda_accepted_at is None
    assert MARKER not in item.model_dump_json()
    reviewing.stub.clear_requests()
    with pytest.raises(NdaRequired):
        reviewing.expert.reviews.code(item)  # refused before calling
    assert not [r for r in reviewing.stub.requests() if r.path.endswith("/code")]
    answer = _raw(reviewing, "expert", f"{c.REVIEWS}/{item.id}/code")
    assert answer.status_code == 403 and answer.json()["error"] == c.ERR_NDA_REQUIRED
    assert "NDA" in answer.json()["message"] and MARKER not in answer.text
    nda = reviewing.expert.reviews.nda(item.id)
    assert nda.version and "confidential" in nda.text and nda.accepted_at is None
    accepted = reviewing.expert.reviews.accept_nda(item.id, nda.version)
    assert accepted.nda_accepted_at is not None
    code = reviewing.expert.reviews.code(accepted)
    delivered = {f.path: base64.b64decode(f.content_b64) for f in code.delivered}
    assert MARKER.encode() in delivered["README.md"]
    assert [(f.path, base64.b64decode(f.content_b64)) for f in code.base] == [("notes.txt", f"{MARKER}\n".encode())]
    assert reviewing.client.reviews.job_review(job_id).code_accesses == 1  # recorded, and the client sees it


def test_an_expert_not_assigned_gets_403_and_another_client_gets_404(reviewing: Reviewing) -> None:
    pid, job_id = reviewing.order_reviewed()
    [item] = reviewing.expert.reviews.queue()
    other = reviewing.person("mallory", "expert")
    bob = reviewing.person("bob", "client")
    assert other.reviews.queue() == []
    for call in (lambda: other.reviews.nda(item.id), lambda: other.reviews.review(item.id)):
        with pytest.raises(PermissionDenied) as error:
            call()
        assert error.value.status == 403 and error.value.code == c.ERR_NOT_ASSIGNED
    with pytest.raises(PermissionDenied, match="not assigned"):
        other.reviews.accept_nda(item.id, reviewing.expert.reviews.nda(item.id).version)
    with pytest.raises(PermissionDenied):
        other.reviews.code(item.model_copy(update={"nda_accepted_at": item.assigned_at}))
    uid = reviewing.client.ctx.projects.get(pid).uid
    for call in (
        lambda: bob.reviews.review(item.id),
        lambda: bob.reviews.job_review(job_id),
        lambda: bob.api.project(uid),
    ):
        with pytest.raises(NotFound):
            call()
    assert bob.reviews.reviews() == []
    with pytest.raises(PermissionDenied):  # a client has no expert queue
        bob.reviews.queue()
    bob.api.close()
    other.api.close()


def test_submission_delivers_the_job_with_the_review_and_revokes_code(reviewing: Reviewing) -> None:
    _, job_id = reviewing.order_reviewed()
    [item] = reviewing.expert.reviews.queue()
    item = reviewing.expert.reviews.accept_nda(item.id, item.nda_version)
    thread = c.ThreadIn(
        path="README.md", start=1, end=1, comments=[c.CommentIn(body="**Title** too short"), c.CommentIn(body="ok")],
        suggestion=c.SuggestionData(original=["# Invoice Helper"], replacement=["# Invoice Helper (CLI)"]),
    )  # fmt: skip
    submitted = reviewing.expert.reviews.submit(
        item.id, c.ReviewSubmit(verdict="request_changes", summary="One fix.", threads=[thread])
    )
    assert submitted.status == "submitted" and submitted.verdict == "request_changes"
    assert reviewing.expert.reviews.queue() == []
    with pytest.raises(PermissionDenied) as error:
        reviewing.expert.reviews.code(item)
    assert error.value.code == c.ERR_ENGAGEMENT_ENDED
    with pytest.raises(PermissionDenied):  # the threads quote code: an ended engagement shows nothing more
        reviewing.expert.reviews.review(item.id)
    review = reviewing.client.reviews.job_review(job_id)
    assert (review.verdict, review.summary, review.expert_name) == ("request_changes", "One fix.", "Eve")
    [got] = review.threads
    assert [m.body for m in got.comments] == ["**Title** too short", "ok"] and got.comments[0].author_role == "expert"
    assert got.suggestion is not None and got.suggestion.replacement == ["# Invoice Helper (CLI)"]
    replied = reviewing.client.reviews.reply(review.id, got.id, "Thanks, applied.")
    assert replied.comments[-1].author_role == "client"
    assert reviewing.client.reviews.resolve(review.id, got.id).resolved
    [summary] = reviewing.client.reviews.reviews()
    assert (summary.thread_count, summary.suggestion_count, summary.status) == (1, 1, "submitted")
    jobs = reviewing.client.api.authed("GET", f"{c.JOBS}/{job_id}").data
    assert jobs["status"] == "delivered"
    with reviewing.stub.ctx.db.transaction() as conn:
        assert conn.execute("SELECT count(*) FROM review_base_files").fetchone()[0] == 0


def test_an_expired_engagement_revokes_access_delivers_and_refunds(reviewing: Reviewing) -> None:
    _, job_id = reviewing.order_reviewed()
    [item] = reviewing.expert.reviews.queue()
    item = reviewing.expert.reviews.accept_nda(item.id, item.nda_version)
    reviewing.stub.advance_clock(4 * 86400)
    with pytest.raises(PermissionDenied) as error:
        reviewing.expert.reviews.code(item)
    assert error.value.code == c.ERR_ENGAGEMENT_ENDED and "expired" in error.value.message
    assert reviewing.client.reviews.job_review(job_id).status == "expired"
    balance = reviewing.client.api.authed("GET", c.BILLING).data["balance"]
    assert balance == 25  # the review's credits came back


def test_unassigning_moves_the_engagement_to_the_next_expert(reviewing: Reviewing) -> None:
    other = reviewing.person("mallory", "expert")
    reviewing.order_reviewed()
    [item] = reviewing.expert.reviews.queue()
    reviewing.expert.reviews.accept_nda(item.id, item.nda_version)
    reviewing.call("POST", f"{c.TEST_REVIEWS}/{item.id}/unassign")
    assert reviewing.expert.reviews.queue() == []
    with pytest.raises(PermissionDenied):
        reviewing.expert.reviews.code(item.model_copy(update={"nda_accepted_at": item.assigned_at}))
    [moved] = other.reviews.queue()
    assert moved.id != item.id and moved.nda_accepted_at is None and moved.base_file_count == 1
    other.api.close()
