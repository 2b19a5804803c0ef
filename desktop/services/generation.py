"""Ordering generations for synced projects, following them, and landing deliveries in the vault.

    service = GenerationService.for_context(ctx)
    quote = service.quote(project_id, expert_review=True)       # the cost, before confirming
    job = service.order(project_id, expert_review=True)          # with the AI-training consent (§4.2)
    landed = service.finish(job.id, progress=..., cancel=...)    # follow, fetch, land as a "delivery" revision

Following uses long polling; ``cancel`` only stops following (the job goes on at CodeCraft), ``cancel_job``
cancels a queued job (its credits come back). A lost connection raises ``FollowInterrupted``; the job stays
recorded in the vault and ``resume`` picks it up later. A delivery is checked (names, sizes, checksums) before
the vault is touched, then lands in one transaction.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from collections.abc import Callable
from typing import TYPE_CHECKING

from desktop.api import contract as c
from desktop.api.errors import ServiceUnavailable
from desktop.domain.generation import DeliveryRejected, LandedDelivery, check_delivery
from desktop.domain.progress import CancelToken, ProgressSink, ProgressUpdate, ignore_progress
from desktop.domain.projects import ProjectStatus, RevisionKind, RevisionNote
from desktop.domain.sync import SyncMode
from desktop.errors import UserFacingError
from desktop.messages import N_, Message
from desktop.storage import generation_state
from desktop.storage.projects import ProjectStore
from desktop.storage.sync_state import SyncStateStore

if TYPE_CHECKING:
    from desktop.api.client import ApiClient
    from desktop.api.generation_client import GenerationClient
    from desktop.services.context import AppContext

FOLLOW_WAIT_SECONDS = 5.0  # each long poll; short enough that "stop following" answers quickly
STATUS_LABELS = {
    "queued": N_("Messages", "Queued"),
    "generating": N_("Messages", "Generating"),
    "in_review": N_("Messages", "In expert review"),
    "delivered": N_("Messages", "Delivered"),
    "failed": N_("Messages", "Failed"),
    "cancelled": N_("Messages", "Cancelled"),
}


class NotSynced(UserFacingError):
    title = N_("Messages", "Sync the project first")


class GenerationFailed(UserFacingError):
    title = N_("Messages", "Generation failed")


class FollowInterrupted(UserFacingError):
    title = N_("Messages", "CodeCraft is unreachable")


class GenerationService:
    def __init__(
        self,
        projects: ProjectStore,
        api: Callable[[], ApiClient],
        consent: Callable[[], bool],
        *,
        follow_wait: float = FOLLOW_WAIT_SECONDS,
    ) -> None:
        self.projects = projects
        self.sync_state = SyncStateStore(lambda: projects.vault)
        self._api = api
        self._consent = consent
        self.follow_wait = follow_wait

    @classmethod
    def for_context(cls, ctx: AppContext, api: Callable[[], ApiClient] | None = None) -> GenerationService:
        from desktop.domain.privacy import ConsentKind
        from desktop.storage.privacy_store import PrivacyStore

        privacy = PrivacyStore(lambda: ctx.session.vault)
        return cls(ctx.projects.store, api or ctx.api, lambda: privacy.preferences().consents[ConsentKind.AI_TRAINING])

    def client(self) -> GenerationClient:
        from desktop.api.generation_client import GenerationClient

        return GenerationClient(self._api())

    # -- ordering ----------------------------------------------------------------------------------------

    def synced_uid(self, project_id: int) -> str:
        project = self.projects.get(project_id)
        if self.sync_state.mode(project_id) is not SyncMode.SYNCED:
            raise NotSynced(
                N_(
                    "Messages",
                    "“{name}” is Local only: CodeCraft generates from the requirements it has, so the project must "
                    "be Synced.",
                ),
                hint=N_("Messages", "Turn sync on for the project, sync, then order the generation."),
                name=project.name,
            )
        return project.uid

    def ai_training_consent(self) -> bool:
        """The person's own choice (§4.2), read from the vault; off unless they switched it on."""
        return self._consent()

    def quote(self, project_id: int, expert_review: bool = False) -> c.JobQuote:
        return self.client().quote(self.synced_uid(project_id), expert_review)

    def order(self, project_id: int, expert_review: bool = False, ai_training_consent: bool | None = None) -> c.Job:
        """Order a generation (402 ``PaymentRequired`` with the missing credits if the balance is too low)."""
        uid = self.synced_uid(project_id)
        consent = self.ai_training_consent() if ai_training_consent is None else ai_training_consent
        job = self.client().order(uid, expert_review, consent)
        self.remember_job(uid, job.id)
        return job

    def remember_job(self, project_uid: str, job_id: int) -> None:
        """Record in the vault that this device waits for ``job_id`` (what ``resume`` follows)."""
        with self.projects.vault.transaction() as tx:
            generation_state.set_active_job(tx, project_uid, job_id)

    def cancel_job(self, job_id: int) -> c.Job:
        job = self.client().cancel(job_id)
        self.forget_job(job_id)
        return job

    def forget_job(self, job_id: int) -> None:
        """Stop waiting for ``job_id`` on this device (it failed or was cancelled)."""
        with self.projects.vault.transaction() as tx:
            generation_state.clear_active_job(tx, job_id)

    def jobs(self) -> list[c.Job]:
        return self.client().jobs()

    def active_jobs(self) -> dict[str, int]:
        """Jobs this device still waits for: project uid -> job id."""
        with self.projects.vault.reading() as conn:
            return generation_state.active_jobs(conn)

    # -- following ---------------------------------------------------------------------------------------

    def follow(self, job_id: int, progress: ProgressSink = ignore_progress, cancel: CancelToken | None = None) -> c.Job:
        """Wait until the job is delivered; ``GenerationFailed`` if it failed or was cancelled."""
        cancel = cancel or CancelToken()
        client, after = self.client(), 0
        while True:
            cancel.raise_if_cancelled()
            try:
                answer = client.events(job_id, after, wait=self.follow_wait)
            except ServiceUnavailable:
                raise FollowInterrupted(
                    N_("Messages", "CodeCraft stopped answering while the generation was running."),
                    hint=N_(
                        "Messages",
                        "The job goes on at CodeCraft and nothing is lost: following resumes when it is back "
                        "(or run “codecraft generate --resume”).",
                    ),
                ) from None
            after, job = answer.next_after, answer.job
            progress(
                ProgressUpdate(
                    job.progress,
                    100,
                    Message(
                        N_("Messages", "{status}: {message}"),
                        {"status": Message(STATUS_LABELS[job.status]), "message": job.message},
                    ),
                )
            )
            if job.status == "delivered":
                return job
            if job.status in ("failed", "cancelled"):
                self.forget_job(job_id)
                if job.status == "cancelled":
                    raise GenerationFailed(
                        N_("Messages", "The generation of “{project_name}” was cancelled."),
                        project_name=job.project_name,
                    )
                raise GenerationFailed(
                    N_("Messages", "The generation of “{project_name}” failed: {reason}"),
                    hint=N_("Messages", "The credits it cost were given back."),
                    project_name=job.project_name,
                    reason=job.error or "no reason was given.",
                )

    def fetch_delivery(self, job_id: int) -> tuple[c.Delivery, list[tuple[str, bytes]]]:
        """The delivery and its files, checked (names, sizes, checksums); ``DeliveryRejected`` if unsafe."""
        delivery = self.client().delivery(job_id)
        check_delivery((f.path, (len(f.content_b64) * 3) // 4 - 2) for f in delivery.files)  # names first, cheaply
        files = []
        for item in delivery.files:
            try:
                content = base64.b64decode(item.content_b64, validate=True)
            except (binascii.Error, ValueError):
                content = b""
            if hashlib.sha256(content).hexdigest() != item.sha256.lower():
                raise DeliveryRejected(
                    N_("Messages", "The delivery was not saved: “{path}” arrived damaged."), path=item.path
                )
            files.append((item.path, content))
        check_delivery((path, len(content)) for path, content in files)
        return delivery, files

    def land(self, project_id: int, job_id: int, files: list[tuple[str, bytes]]) -> LandedDelivery:
        """The files as a new "delivery" revision (status Delivered), in one transaction; never twice per job."""
        check_delivery((path, len(content)) for path, content in files)
        store = self.projects
        with store.vault.transaction() as tx:
            done = generation_state.landed_revision(tx, job_id)
            if done is not None:
                return LandedDelivery(project_id, job_id, done, len(files), already=True)
            summary = Message(RevisionNote.DELIVERED, {"job": job_id})
            number = store.add_revision(
                tx, project_id, RevisionKind.DELIVERY, summary, sorted(files), ProjectStatus.DELIVERED
            )
            generation_state.record_landed(tx, job_id, number)
        return LandedDelivery(project_id, job_id, number, len(files))

    def finish(
        self, project_id: int, job_id: int, progress: ProgressSink = ignore_progress, cancel: CancelToken | None = None
    ) -> LandedDelivery:
        """Follow ``job_id`` to delivery and land it in the project."""
        self.follow(job_id, progress, cancel)
        _, files = self.fetch_delivery(job_id)
        return self.land(project_id, job_id, files)

    def generate(
        self,
        project_id: int,
        expert_review: bool = False,
        progress: ProgressSink = ignore_progress,
        cancel: CancelToken | None = None,
    ) -> LandedDelivery:
        """Order, follow and land (the headless ``codecraft generate``)."""
        job = self.order(project_id, expert_review)
        return self.finish(project_id, job.id, progress, cancel)

    def resume(
        self, progress: ProgressSink = ignore_progress, cancel: CancelToken | None = None
    ) -> list[LandedDelivery]:
        """Follow every job this device still waits for (after a restart or a lost connection)."""
        landed = []
        for uid, job_id in sorted(self.active_jobs().items(), key=lambda item: item[1]):
            project_id = self.project_id(uid)
            if project_id is None:
                continue
            landed.append(self.finish(project_id, job_id, progress, cancel))
        return landed

    def project_id(self, uid: str) -> int | None:
        with self.projects.vault.reading() as conn:
            row = conn.execute("SELECT id FROM projects WHERE uid = ?", (uid,)).fetchone()
        return None if row is None else int(row[0])
