"""The expert's side of a review: the queue, the NDA, the engagement's code in the vault only, the submission.

    service = ExpertReviewService(lambda: ctx.session.vault, ctx.api)
    queue = service.queue()                                   # metadata only; purges ended engagements' code
    nda = service.nda(item.id); item = service.accept_nda(item.id, nda.version)
    service.download(item)                                   # network, then the vault (engagement tables only)
    pairs = service.pairs(item.id)                           # previous revision -> delivery, for the DiffViewer
    service.submit(item.id, session, "approve", "Looks good") # sends, then purges the code from the vault

Network and vault steps are also separate methods (``fetch_code``/``store_code``, ``send``/``purge``) so the UI
runs each on its own worker. The code never enters ``projects``; it is purged (rows deleted with
``secure_delete``, the vault compacted) when the review is submitted, or when the queue no longer lists the
engagement (taken off the expert, or expired).
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from desktop.api import contract as c
from desktop.domain.generation import DeliveryRejected, check_delivery
from desktop.domain.review import ReviewSession
from desktop.messages import N_
from desktop.services.compare import FilePair, compare_contents
from desktop.storage.engagements import EngagementFiles, EngagementStore, StoredEngagement
from desktop.storage.vault import Vault

if TYPE_CHECKING:
    from desktop.api.client import ApiClient
    from desktop.api.review_client import ReviewClient

VERDICT_LABELS = {"approve": "Approve", "request_changes": "Request changes"}


def _decoded(files: list[c.DeliveredFile]) -> list[tuple[str, bytes]]:
    out = []
    for item in files:
        content = base64.b64decode(item.content_b64)
        if hashlib.sha256(content).hexdigest() != item.sha256.lower():
            raise DeliveryRejected(
                N_("Messages", "The engagement's code was not saved: “{path}” arrived damaged."), path=item.path
            )
        out.append((item.path, content))
    check_delivery((path, len(content)) for path, content in out)
    return out


def submission(session: ReviewSession, verdict: c.ReviewVerdict, summary: str = "") -> c.ReviewSubmit:
    """The session's threads (comments, replies, suggestions, resolved marks) and the verdict, as sent."""
    threads = [
        c.ThreadIn(
            path=t.anchor.path,
            side=t.anchor.side.value,
            start=t.anchor.start,
            end=t.anchor.end,
            comments=[c.CommentIn(body=m.body or "Suggested change") for m in t.comments],
            suggestion=None
            if t.suggestion is None
            else c.SuggestionData(original=list(t.suggestion.original), replacement=list(t.suggestion.replacement)),
            resolved=t.resolved,
        )
        for t in session.threads
    ]
    return c.ReviewSubmit(verdict=verdict, summary=summary, threads=threads)


class ExpertReviewService:
    def __init__(self, vault: Callable[[], Vault], api: Callable[[], ApiClient]) -> None:
        self.store = EngagementStore(vault)
        self._api = api

    def client(self) -> ReviewClient:
        from desktop.api.review_client import ReviewClient

        return ReviewClient(self._api())

    # -- network -----------------------------------------------------------------------------------------

    def fetch_queue(self) -> list[c.ReviewAssignment]:
        return self.client().queue()

    def nda(self, engagement_id: int) -> c.NdaText:
        return self.client().nda(engagement_id)

    def accept_nda(self, engagement_id: int, version: str) -> c.ReviewAssignment:
        return self.client().accept_nda(engagement_id, version)

    def fetch_code(self, engagement: c.ReviewAssignment) -> c.EngagementCode:
        """The code (refused before any request without the NDA: ``NdaRequired``)."""
        return self.client().code(engagement)

    def send(self, engagement_id: int, review: c.ReviewSubmit) -> c.Review:
        return self.client().submit(engagement_id, review)

    # -- vault -------------------------------------------------------------------------------------------

    def store_code(self, engagement: c.ReviewAssignment, code: c.EngagementCode) -> EngagementFiles:
        """Check and keep the code in the engagement tables (never in projects)."""
        base, delivered = _decoded(code.base), _decoded(code.delivered)
        stored = StoredEngagement(
            engagement.id, engagement.job_id, engagement.project_title, engagement.stack, engagement.nda_version,
            engagement.due_at, datetime.now(UTC),
        )  # fmt: skip
        self.store.save(stored, base, delivered)
        return EngagementFiles(stored, dict(base), dict(delivered))

    def downloaded(self) -> list[int]:
        return self.store.ids()

    def pairs(self, engagement_id: int) -> list[FilePair]:
        """What the delivery changes: the previous revision -> the delivered files."""
        files = self.store.get(engagement_id)
        if files is None:
            return []
        return compare_contents(files.base, files.delivered)

    def local_pairs(self, engagement_id: int) -> list[FilePair] | None:
        """The diff if this engagement's code is already in the vault, else None."""
        return self.pairs(engagement_id) if engagement_id in self.store.ids() else None

    def purge(self, engagement_id: int) -> bool:
        return bool(self.store.purge([engagement_id]))

    def purge_ended(self, open_ids: set[int]) -> list[int]:
        """Purge every downloaded engagement that is no longer open (submitted, unassigned, expired)."""
        return self.store.purge([i for i in self.store.ids() if i not in open_ids])

    # -- both, for headless use ----------------------------------------------------------------------------

    def queue(self) -> list[c.ReviewAssignment]:
        """The open engagements; the code of any that ended is purged from the vault."""
        items = self.fetch_queue()
        self.purge_ended({item.id for item in items})
        return items

    def download(self, engagement: c.ReviewAssignment) -> EngagementFiles:
        return self.store_code(engagement, self.fetch_code(engagement))

    def submit(
        self, engagement_id: int, session: ReviewSession, verdict: c.ReviewVerdict, summary: str = ""
    ) -> c.Review:
        review = self.send(engagement_id, submission(session, verdict, summary))
        self.purge(engagement_id)
        return review
