"""Expert reviews (issue 5)."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import Field

from desktop.api.contract.base import PREFIX, Role, _Model
from desktop.api.contract.commerce import DeliveredFile

# =====================================================================================================
# ----- expert reviews (issue 5) -----
# A generation ordered with a review opens an engagement assigned to an expert. The expert sees metadata
# in the queue, accepts the engagement's NDA, and only then may fetch the code (each fetch is recorded).
# Submitting comments, suggestions and a verdict delivers the job; an ended engagement (submitted,
# unassigned or expired) gives no more code. "§" numbers refer to the CodeCraft privacy policy (§4.3).
# =====================================================================================================

REVIEWS = f"{PREFIX}/reviews"  # client: GET list of its reviews; GET /{id} (client owner or assigned expert)
REVIEWS_QUEUE = f"{REVIEWS}/queue"  # expert: GET the assigned, open engagements
# expert: GET/POST /{id}/nda, GET /{id}/code, POST /{id}/submit, POST /{id}/decline
# both parties: POST /{id}/threads/{thread}/replies, POST /{id}/threads/{thread}/resolve
TEST_REVIEWS = "/_test/reviews"  # POST /{id}/unassign

ERR_NDA_REQUIRED = "nda_required"
ERR_NOT_ASSIGNED = "not_assigned"
ERR_ENGAGEMENT_ENDED = "engagement_ended"
MAX_REVIEW_THREADS = 500
MAX_COMMENT_CHARS = 20_000

EngagementStatus = Literal["assigned", "submitted", "unassigned", "expired"]
ReviewVerdict = Literal["approve", "request_changes"]
ReviewSide = Literal["old", "new"]


class ReviewAssignment(_Model):
    """What the expert's queue shows: metadata only, never code."""

    id: int
    job_id: int
    project_title: str
    stack: str
    file_count: int
    total_bytes: int
    base_file_count: int  # files of the previous revision (0: a first delivery)
    assigned_at: datetime
    due_at: datetime  # access ends then (expired)
    status: EngagementStatus
    nda_version: str
    nda_accepted_at: datetime | None = None


class ReviewQueue(_Model):
    engagements: list[ReviewAssignment]


class NdaText(_Model):
    engagement_id: int
    version: str
    title: str
    text: str
    accepted_at: datetime | None = None


class NdaAccept(_Model):
    version: str = Field(min_length=1, max_length=80)  # the version the expert read


class EngagementCode(_Model):
    """The delivery under review and the previous revision it changes (empty for a first delivery)."""

    engagement_id: int
    base: list[DeliveredFile]
    delivered: list[DeliveredFile]


class SuggestionData(_Model):
    original: list[str] = Field(max_length=5000)
    replacement: list[str] = Field(max_length=5000)


class CommentIn(_Model):
    body: str = Field(min_length=1, max_length=MAX_COMMENT_CHARS)  # Markdown


class ThreadIn(_Model):
    path: str = Field(min_length=1, max_length=1024)
    side: ReviewSide = "new"
    start: int = Field(ge=1)
    end: int = Field(ge=1)
    comments: list[CommentIn] = Field(min_length=1, max_length=200)  # the first, then its replies
    suggestion: SuggestionData | None = None
    resolved: bool = False


class ReviewSubmit(_Model):
    verdict: ReviewVerdict
    summary: str = Field(default="", max_length=MAX_COMMENT_CHARS)
    threads: list[ThreadIn] = Field(default_factory=list, max_length=MAX_REVIEW_THREADS)


class ResolveThread(_Model):
    resolved: bool = True


class ReviewComment(_Model):
    id: int
    author: str  # the person's display name
    author_role: Role
    body: str
    created_at: datetime


class ReviewThread(_Model):
    id: int
    path: str
    side: ReviewSide
    start: int
    end: int
    resolved: bool
    suggestion: SuggestionData | None = None
    comments: list[ReviewComment]


class Review(_Model):
    """An engagement as its client (or its expert) sees it; threads and verdict once submitted."""

    id: int
    job_id: int
    project_uid: str
    project_title: str
    status: EngagementStatus
    expert_name: str
    due_at: datetime
    verdict: ReviewVerdict | None = None
    summary: str = ""
    submitted_at: datetime | None = None
    code_accesses: int = 0  # how many times the expert fetched the code (§4.3 transparency)
    threads: list[ReviewThread] = Field(default_factory=list)


class ReviewSummary(_Model):
    id: int
    job_id: int
    project_uid: str
    project_title: str
    status: EngagementStatus
    verdict: ReviewVerdict | None = None
    submitted_at: datetime | None = None
    thread_count: int = 0
    suggestion_count: int = 0


class ReviewList(_Model):
    reviews: list[ReviewSummary]
