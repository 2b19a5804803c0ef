"""Typed expert review calls (issue 5) on an ``ApiClient``: the expert's queue, NDA and code, the submission; the
client's reviews, replies and resolve.

``code`` refuses before any request when the NDA of that engagement is not known to be accepted: pass the
engagement's ``ReviewAssignment`` (from the queue or from ``accept_nda``). The service checks again (403).
"""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic import BaseModel

from desktop.api import contract as c
from desktop.api.client import ApiClient, _parse
from desktop.api.errors import PermissionDenied
from desktop.messages import N_

M = TypeVar("M", bound=BaseModel)


class NdaRequired(PermissionDenied):
    title = N_("Messages", "Confidentiality agreement needed")


class ReviewClient:
    def __init__(self, api: ApiClient) -> None:
        self.api = api

    def _get(self, model: type[M], path: str) -> M:
        return _parse(model, self.api.authed("GET", path).data)

    def _post(self, model: type[M], path: str, body: Any = None) -> M:
        return _parse(model, self.api.authed("POST", path, json_body=body).data)

    # ----- expert -----

    def queue(self) -> list[c.ReviewAssignment]:
        return self._get(c.ReviewQueue, c.REVIEWS_QUEUE).engagements

    def nda(self, engagement_id: int) -> c.NdaText:
        return self._get(c.NdaText, f"{c.REVIEWS}/{engagement_id}/nda")

    def accept_nda(self, engagement_id: int, version: str) -> c.ReviewAssignment:
        body = c.NdaAccept(version=version).model_dump()
        return self._post(c.ReviewAssignment, f"{c.REVIEWS}/{engagement_id}/nda", body)

    def code(self, engagement: c.ReviewAssignment) -> c.EngagementCode:
        """The engagement's code; ``NdaRequired`` without a request if its NDA was not accepted."""
        if engagement.nda_accepted_at is None:
            raise NdaRequired(
                N_(
                    "Messages",
                    "The code of “{project_title}” opens only after you accept its confidentiality agreement (NDA).",
                ),
                hint=N_("Messages", "Read the agreement and choose Accept first."),
                status=403,
                code=c.ERR_NDA_REQUIRED,
                project_title=engagement.project_title,
            )
        return self._get(c.EngagementCode, f"{c.REVIEWS}/{engagement.id}/code")

    def submit(self, engagement_id: int, submission: c.ReviewSubmit) -> c.Review:
        return self._post(c.Review, f"{c.REVIEWS}/{engagement_id}/submit", submission.model_dump(mode="json"))

    def decline(self, engagement_id: int) -> None:
        self.api.authed("POST", f"{c.REVIEWS}/{engagement_id}/decline")

    # ----- client -----

    def reviews(self) -> list[c.ReviewSummary]:
        return self._get(c.ReviewList, c.REVIEWS).reviews

    def review(self, engagement_id: int) -> c.Review:
        return self._get(c.Review, f"{c.REVIEWS}/{engagement_id}")

    def job_review(self, job_id: int) -> c.Review:
        return self._get(c.Review, f"{c.JOBS}/{job_id}/review")

    def reply(self, engagement_id: int, thread_id: int, body: str) -> c.ReviewThread:
        path = f"{c.REVIEWS}/{engagement_id}/threads/{thread_id}/replies"
        return self._post(c.ReviewThread, path, c.CommentIn(body=body).model_dump())

    def resolve(self, engagement_id: int, thread_id: int, resolved: bool = True) -> c.ReviewThread:
        path = f"{c.REVIEWS}/{engagement_id}/threads/{thread_id}/resolve"
        return self._post(c.ReviewThread, path, c.ResolveThread(resolved=resolved).model_dump())
