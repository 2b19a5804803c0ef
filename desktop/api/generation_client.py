"""Typed generation calls (issue 4) on an ``ApiClient``: quotes, orders, long-polled job events, cancel,
deliveries with their ownership (§4.1), and the notification feed."""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic import BaseModel

from desktop.api import contract as c
from desktop.api.client import ApiClient, _parse

M = TypeVar("M", bound=BaseModel)
EVENTS_WAIT_SECONDS = 20.0  # under the transport's 30 s read timeout


class GenerationClient:
    def __init__(self, api: ApiClient) -> None:
        self.api = api

    def _get(self, model: type[M], path: str, params: dict[str, Any] | None = None) -> M:
        return _parse(model, self.api.authed("GET", path, params=params).data)

    def _post(self, model: type[M], path: str, body: Any = None, **options: Any) -> M:
        return _parse(model, self.api.authed("POST", path, json_body=body, **options).data)

    def quote(self, project_uid: str, expert_review: bool) -> c.JobQuote:
        body = c.JobQuoteRequest(project_uid=project_uid, expert_review=expert_review).model_dump()
        return self._post(c.JobQuote, c.JOBS_QUOTE, body)

    def order(self, project_uid: str, expert_review: bool, ai_training_consent: bool) -> c.Job:
        """Order a job; 402 ``PaymentRequired`` (its message says how many credits are missing) if too few."""
        body = c.JobCreate(
            project_uid=project_uid, expert_review=expert_review, ai_training_consent=ai_training_consent
        ).model_dump()
        return self._post(c.Job, c.JOBS, body)

    def jobs(self) -> list[c.Job]:
        return self._get(c.JobList, c.JOBS).jobs

    def job(self, job_id: int) -> c.Job:
        return self._get(c.Job, f"{c.JOBS}/{job_id}")

    def events(self, job_id: int, after: int = 0, wait: float = EVENTS_WAIT_SECONDS) -> c.JobEvents:
        """Events after ``after``; waits on the service up to ``wait`` seconds for a new one (long polling)."""
        return self._get(c.JobEvents, f"{c.JOBS}/{job_id}/events", {"after": after, "wait": wait})

    def cancel(self, job_id: int) -> c.Job:
        return self._post(c.Job, f"{c.JOBS}/{job_id}/cancel")

    def delivery(self, job_id: int) -> c.Delivery:
        return self._get(c.Delivery, f"{c.JOBS}/{job_id}/delivery")

    def deliveries(self) -> list[c.DeliveryOwnership]:
        return self._get(c.DeliveryList, c.DELIVERIES).deliveries

    def notifications(self, after: int = 0) -> c.NotificationPage:
        return self._get(c.NotificationPage, c.NOTIFICATIONS, {"after": after})

    def mark_read(self, ids: list[int] | None = None, up_to: int | None = None) -> int:
        """Mark notifications read; returns how many are still unread."""
        body = c.NotificationsRead(ids=ids or [], up_to=up_to).model_dump()
        return self._post(c.NotificationPage, c.NOTIFICATIONS_READ, body).unread
