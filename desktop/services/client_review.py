"""The client's side of a review: the expert's comments on a delivered job, in place, the verdict, and the
suggested changes to accept or reject hunk by hunk (each acceptance makes a new revision).

    service = ClientReviewService.for_context(ctx)
    summaries = service.reviews()                         # network
    opened = service.load(summaries[0].id)                # network + vault (lands the delivery if needed)
    opened.pairs, opened.session                          # previous revision -> delivery, the expert's threads
    opened.suggested                                      # delivery -> delivery with every suggestion applied
    service.accept_suggestion(opened, thread_id)          # a revision with exactly that change
    service.apply_accepted(opened, decisions)             # a revision with the accepted hunks of ``suggested``

The network steps (``review``, ``fetch_delivery``) and the vault steps (``land``, ``open``) are separate so the UI
runs each on its own worker.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from desktop.api import contract as c
from desktop.domain.review import Comment, CommentThread, LineAnchor, ReviewSession, Side, Suggestion
from desktop.errors import UserFacingError
from desktop.messages import N_
from desktop.services.compare import (
    CompareService,
    FilePair,
    ReviewApplyError,
    apply_suggestion_to_text,
    compare_contents,
)
from desktop.services.generation import GenerationService
from desktop.storage import generation_state

if TYPE_CHECKING:
    from desktop.api.client import ApiClient
    from desktop.api.review_client import ReviewClient
    from desktop.services.context import AppContext

VERDICT_TEXT = {"approve": "Approved", "request_changes": "Changes requested"}


class ReviewNotHere(UserFacingError):
    title = N_("Messages", "Project not on this device")


@dataclass
class OpenedReview:
    review: c.Review
    project_id: int
    delivered_revision: int
    previous_revision: int  # 0: the delivery was the first revision
    pairs: list[FilePair]  # previous revision -> delivery: where the comments are
    suggested: list[FilePair]  # delivery -> delivery with every suggestion that still applies
    session: ReviewSession  # the expert's threads, in place
    stale: list[int] = field(default_factory=list)  # threads whose suggestion no longer matches the delivery


def session_for(review: c.Review, author: str = "You") -> ReviewSession:
    """A ``ReviewSession`` holding the review's threads (ids are the service's, for replies)."""
    session = ReviewSession(author)
    for t in review.threads:
        suggestion = (
            None if t.suggestion is None else Suggestion(tuple(t.suggestion.original), tuple(t.suggestion.replacement))
        )
        comments = [Comment(m.author, m.body, m.created_at) for m in t.comments]
        session.threads.append(
            CommentThread(t.id, LineAnchor(t.path, Side(t.side), t.start, t.end), comments, suggestion, t.resolved)
        )
    return session


def with_suggestions(files: dict[str, bytes], session: ReviewSession) -> tuple[dict[str, bytes], list[int]]:
    """``files`` with every suggested change made (bottom-up per file); the ids of those that no longer apply."""
    from desktop.diff.text import decode, encode

    out, stale = dict(files), []
    threads = [t for t in session.threads if t.suggestion is not None and t.anchor.side is Side.NEW]
    for thread in sorted(threads, key=lambda t: (t.anchor.path, -t.anchor.start)):
        path = thread.anchor.path
        if path not in out:
            stale.append(thread.id)
            continue
        try:
            out[path] = encode(apply_suggestion_to_text(decode(out[path]), thread))
        except ReviewApplyError:
            stale.append(thread.id)
    return out, sorted(stale)


class ClientReviewService:
    def __init__(self, generation: GenerationService, compare: CompareService, api: Callable[[], ApiClient]) -> None:
        self.generation, self.compare, self._api = generation, compare, api

    @classmethod
    def for_context(cls, ctx: AppContext, api: Callable[[], ApiClient] | None = None) -> ClientReviewService:
        api = api or ctx.api
        return cls(GenerationService.for_context(ctx, api), CompareService(ctx.projects), api)

    def client(self) -> ReviewClient:
        from desktop.api.review_client import ReviewClient

        return ReviewClient(self._api())

    # -- network -----------------------------------------------------------------------------------------

    def reviews(self) -> list[c.ReviewSummary]:
        return self.client().reviews()

    def review(self, engagement_id: int) -> c.Review:
        return self.client().review(engagement_id)

    def fetch_delivery(self, job_id: int) -> list[tuple[str, bytes]]:
        return self.generation.fetch_delivery(job_id)[1]

    def reply(self, engagement_id: int, thread_id: int, body: str) -> c.ReviewThread:
        return self.client().reply(engagement_id, thread_id, body)

    def resolve(self, engagement_id: int, thread_id: int, resolved: bool) -> c.ReviewThread:
        return self.client().resolve(engagement_id, thread_id, resolved)

    # -- vault -------------------------------------------------------------------------------------------

    def delivered_revision(self, review: c.Review) -> tuple[int, int | None]:
        """(project id, the revision the delivery became here, or None if it has not landed yet)."""
        project_id = self.generation.project_id(review.project_uid)
        if project_id is None:
            raise ReviewNotHere(
                N_("Messages", "“{project_title}” is not in this device's vault, so its review cannot be shown here."),
                hint=N_("Messages", "Sync the project to this device first."),
                project_title=review.project_title,
            )
        with self.generation.projects.vault.reading() as conn:
            return project_id, generation_state.landed_revision(conn, review.job_id)

    def land(self, review: c.Review, files: list[tuple[str, bytes]]) -> int:
        project_id, _ = self.delivered_revision(review)
        return self.generation.land(project_id, review.job_id, files).revision

    def open(self, review: c.Review, author: str = "You") -> OpenedReview:
        """The delivery's diff with the expert's threads in place, and the suggested changes as a diff."""
        project_id, delivered = self.delivered_revision(review)
        if delivered is None:
            raise ReviewNotHere(
                N_("Messages", "The delivery of “{project_title}” has not reached this device yet."),
                project_title=review.project_title,
            )
        previous = delivered - 1
        pairs = self.compare.compare(project_id, previous, delivered)
        session = session_for(review, author)
        files = self.compare.contents(project_id, delivered)
        suggested_files, stale = with_suggestions(files, session)
        suggested = compare_contents(files, suggested_files)
        return OpenedReview(review, project_id, delivered, previous, pairs, suggested, session, stale)

    def accept_suggestion(self, opened: OpenedReview, thread_id: int) -> int:
        """A new revision: the delivery with exactly this thread's suggested change."""
        return self.compare.apply_suggestion(
            opened.project_id, opened.delivered_revision, opened.session.thread(thread_id)
        )

    def apply_accepted(self, opened: OpenedReview, decisions: ReviewSession) -> int:
        """A new revision: the delivery plus exactly the accepted hunks of the suggested changes."""
        return self.compare.apply_decisions(opened.project_id, opened.delivered_revision, opened.suggested, decisions)

    # -- both, for headless use ----------------------------------------------------------------------------

    def load(self, engagement_id: int, author: str = "You") -> OpenedReview:
        review = self.review(engagement_id)
        _, delivered = self.delivered_revision(review)
        if delivered is None:
            self.land(review, self.fetch_delivery(review.job_id))
        return self.open(review, author)
