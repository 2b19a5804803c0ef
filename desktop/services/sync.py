"""Selective, offline-first sync of projects with the CodeCraft service: the one API screens and commands use.

Every change to a Synced project is committed to the vault together with an outbox row (see
``desktop.storage.sync_state``); ``sync`` later pushes the outbox in batches whose idempotency keys are stored
before sending, then pulls the server's changes page by page, each page applied in one transaction with the
cursor. A crash, a lost answer or a retry therefore never loses nor doubles a change.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from desktop.api.errors import BadServerReply
from desktop.domain.progress import CancelToken, ProgressSink, ProgressUpdate, ignore_progress
from desktop.domain.sync import (
    ConflictChoice,
    ConflictVersions,
    FileDecision,
    OverallSyncStatus,
    PreviewFile,
    ProjectSyncStatus,
    SyncConflict,
    SyncMode,
    SyncPreview,
    SyncReport,
)
from desktop.errors import OperationCancelled, UserFacingError
from desktop.messages import N_, Message
from desktop.services import secret_scan
from desktop.services.sync_resolve import conflict_versions, requirements_json, resolve_conflict
from desktop.storage import sync_conflicts, sync_outbox, sync_pull
from desktop.storage.projects import ProjectStore
from desktop.storage.sync_outbox import Batch
from desktop.storage.sync_state import LAST_ERROR, LAST_SYNC_AT, SyncStateStore

if TYPE_CHECKING:
    from desktop.api import contract as c
    from desktop.api.client import ApiClient
    from desktop.services.context import AppContext
    from desktop.storage.vault import Vault

log = logging.getLogger(__name__)
MAX_PUSH = 2000  # the service's limit per push (contract.MAX_PUSH_CHANGES)
PULL_PAGE = 1000
FIRST_PUSH = 50  # the least a first batch holds (it is an eighth of the limit, up to the limit)
CLEAN_CACHE = 200_000  # the service's largest page (contract.MAX_PULL_LIMIT)


@dataclass
class _Totals:
    """What a sync has to send, for progress: counted once the first batch is on its way."""

    items: int | None = None
    bytes: int | None = None


class SecretsNeedReview(UserFacingError):
    title = N_("Messages", "Possible secrets found")

    def __init__(self, paths: list[str]) -> None:
        shown: str = ", ".join(paths[:10])
        if len(paths) > 10:
            shown = Message(N_("Messages", "{shown} and {more} more"), {"shown": shown, "more": len(paths) - 10})
        super().__init__(
            N_("Messages", "Sync was not turned on: {shown} may contain passwords or keys."),
            hint=N_("Messages", "Exclude or allow each of them in the sync preview, then turn sync on again."),
            shown=shown,
        )


class SyncCancelled(OperationCancelled):
    def __init__(self) -> None:
        super().__init__(
            N_("Messages", "Sync stopped. What was already sent or received is kept; the rest syncs next time.")
        )


class SyncService:
    def __init__(
        self,
        projects: ProjectStore,
        api: Callable[[], ApiClient],
        *,
        push_limit: int = MAX_PUSH,
        pull_limit: int = PULL_PAGE,
    ) -> None:
        self.projects = projects
        self.state = SyncStateStore(lambda: projects.vault)
        self._api = api
        self.push_limit = min(push_limit, MAX_PUSH)
        self.pull_limit = pull_limit
        self._clean: set[tuple[str, str]] = set()  # (path, sha256) the scan found clean: not scanned twice

    @classmethod
    def for_context(cls, ctx: AppContext, api: Callable[[], ApiClient] | None = None) -> SyncService:
        return cls(ctx.projects.store, api or ctx.api)

    # -- choosing what syncs -----------------------------------------------------------------------------

    def preview(self, project_id: int) -> SyncPreview:
        """What turning sync on would upload, with the secret scan's findings and the person's decisions."""
        project = self.projects.get(project_id)
        decisions = self.state.decisions(project_id)
        files = []
        for path, content in sorted(self.state.current_files(project_id).items()):
            sha = hashlib.sha256(content).hexdigest()
            decided = decisions.get(path)
            decision = decided[0] if decided and (decided[0] is FileDecision.EXCLUDE or decided[1] == sha) else None
            findings = tuple(secret_scan.scan(path, content))
            if not findings and len(self._clean) < CLEAN_CACHE:
                self._clean.add((path, sha))
            files.append(PreviewFile(path, len(content), sha, findings, decision))
        return SyncPreview(
            project_id,
            project.name,
            len(requirements_json(project)),
            tuple(files),
            len(self.projects.attachments(project_id)),
        )

    def set_file_decision(self, project_id: int, path: str, decision: FileDecision | None) -> None:
        """Exclude a file from sync, allow a flagged one (as it is now), or forget the decision (None)."""
        sha = None
        if decision is FileDecision.ALLOW:
            content = self.state.current_files(project_id).get(path)
            if content is None:
                raise UserFacingError(N_("Messages", "{path} is not in the project's current files."), path=path)
            sha = hashlib.sha256(content).hexdigest()
        self.state.set_decision(project_id, path, decision, sha)

    def set_sync(self, project_id: int, synced: bool) -> None:
        """Turn sync on (refused while flagged files are undecided) or off (the project becomes Local only)."""
        if not synced:
            self.state.stop_syncing(project_id)
            return
        unresolved = self.preview(project_id).unresolved
        if unresolved:
            raise SecretsNeedReview(unresolved)
        self.state.start_syncing(project_id)

    def mode(self, project_id: int) -> SyncMode:
        return self.state.mode(project_id)

    # -- status ------------------------------------------------------------------------------------------

    def status(self, project_id: int) -> ProjectSyncStatus:
        return self.state.statuses([project_id])[project_id]

    def statuses(self, project_ids: list[int]) -> dict[int, ProjectSyncStatus]:
        return self.state.statuses(project_ids)

    def overall_status(self) -> OverallSyncStatus:
        synced, pending, conflicts, errors = self.state.overall_counts()
        last = self.state.meta(LAST_SYNC_AT)
        last_at = datetime.fromisoformat(last) if last else None
        return OverallSyncStatus(synced, pending, conflicts, errors, last_at, self.state.meta(LAST_ERROR) or "")

    # -- conflicts ---------------------------------------------------------------------------------------

    def conflicts(self, project_id: int) -> list[SyncConflict]:
        with self.projects.vault.reading() as conn:
            return sync_conflicts.conflicts(conn, project_id)

    def conflict_versions(self, project_id: int, path: str) -> ConflictVersions:
        """Both versions of a conflicting file (or of the requirements, as JSON) for a side-by-side view."""
        return conflict_versions(self.projects, project_id, path)

    def resolve(self, project_id: int, path: str, choice: ConflictChoice) -> None:
        """Keep mine, keep theirs, or keep both (theirs beside mine as ``name.theirs.ext``); sent on next sync."""
        resolve_conflict(self.projects, project_id, path, choice)

    # -- syncing -----------------------------------------------------------------------------------------

    def sync(
        self,
        *,
        progress: ProgressSink = ignore_progress,
        cancel: CancelToken | None = None,
        project_id: int | None = None,
    ) -> SyncReport:
        """Push this device's changes (only ``project_id``'s if given), then pull everyone else's.

        Safe to stop at any moment (cancel, crash, network loss): running it again carries on.
        """
        cancel = cancel or CancelToken()
        report = SyncReport()
        try:
            api = self._api()
            self._push(api, report, progress, cancel, project_id)
            self._pull(api, report, progress, cancel)
        except OperationCancelled:
            raise SyncCancelled() from None
        except UserFacingError as exc:
            self.state.record_outcome(str(exc) or exc.title)
            raise
        self.state.record_outcome("")
        return report

    def _push(
        self, api: ApiClient, report: SyncReport, progress: ProgressSink, cancel: CancelToken, project_id: int | None
    ) -> None:
        """Send the outbox batch by batch, one request at a time, in the order the batches were frozen.

        Pipelined: while a batch is on the wire (on a sender thread; vault work stays on this thread) the next
        one is frozen, without the objects in flight, and when an answer arrives the next batch goes out before
        that answer is recorded. Every batch is frozen (its key stored) before it is sent, as without the
        pipeline, so stopping at any point leaves only batches that are replayed as they were.
        """
        uid = self.projects.get(project_id).uid if project_id is not None else None
        self.state.clear_errors()
        vault = self.projects.vault
        totals = _Totals()
        limit = min(self.push_limit, max(FIRST_PUSH, self.push_limit // 8))  # doubles per batch: the
        # service starts on a small first batch while the next, larger ones are frozen
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="sync-push") as sender:
            sending: tuple[Batch, Future[c.PushResponse]] | None = None

            def send(batch: Batch) -> tuple[Batch, Future[c.PushResponse]]:
                future = sender.submit(api.push, batch.changes, batch.key)
                if totals.items is None:  # counted while the first batch is on its way
                    totals.items = len(batch.changes) + self.state.pending_count(project_id)
                    totals.bytes = batch.bytes + self.state.pending_bytes()
                progress(
                    ProgressUpdate(
                        report.pushed,
                        totals.items,
                        Message(N_("Messages", "Sending changes…")),
                        report.pushed_bytes,
                        totals.bytes,
                    )
                )
                return batch, future

            while True:
                if cancel.cancelled and sending is not None:  # record the answer on the way: not sent again
                    self._record(vault, report, *sending, progress, totals)
                    sending = None
                cancel.raise_if_cancelled()
                with vault.transaction() as tx:
                    if sending is None:
                        batch = sync_outbox.inflight(tx) or sync_outbox.freeze_batch(
                            tx, limit, secret_scan.is_flagged, uid, clean=self._clean
                        )
                    else:
                        batch = sync_outbox.inflight(tx, skip=[sending[0].key]) or sync_outbox.freeze_batch(
                            tx, limit, secret_scan.is_flagged, uid, busy=sending[0].objects(), clean=self._clean
                        )
                limit = min(self.push_limit, 2 * limit)
                report.held_back = sorted({path for _, path in batch.held_back})
                if sending is None:
                    if not batch.changes:
                        return
                    sending = send(batch)
                    continue
                answered = sending
                answered[1].result()  # the answer (or the failure) before the next batch goes
                sending = send(batch) if batch.changes else None
                self._record(vault, report, *answered, progress, totals)
                # An empty batch may only mean that what is left was in flight: look again (sequentially).

    def _record(
        self,
        vault: Vault,
        report: SyncReport,
        batch: Batch,
        answer: Future[c.PushResponse],
        progress: ProgressSink,
        totals: _Totals,
    ) -> None:
        response = answer.result()
        if len(response.results) != len(batch.changes):
            raise BadServerReply(
                N_("Messages", "The CodeCraft service answered a different number of changes than were sent.")
            )
        with vault.transaction() as tx:
            conflicts, rejected = sync_outbox.apply_results(tx, batch, response)
        report.pushed += len(batch.changes)
        report.pushed_bytes += batch.bytes
        report.conflicts += conflicts
        report.rejected += rejected
        total = max(totals.items or 0, report.pushed)
        progress(
            ProgressUpdate(report.pushed, total, Message(N_("Messages", "Sent")), report.pushed_bytes, totals.bytes)
        )

    def _pull(self, api: ApiClient, report: SyncReport, progress: ProgressSink, cancel: CancelToken) -> None:
        cursor = self.state.cursor()
        received_bytes = 0
        while True:
            cancel.raise_if_cancelled()
            page = api.pull(cursor, self.pull_limit)
            if page.next_cursor < cursor or (page.has_more and page.next_cursor == cursor):
                raise BadServerReply(
                    N_("Messages", "The CodeCraft service sent changes out of order; nothing was applied.")
                )
            with self.projects.vault.transaction() as tx:
                report.changed_projects |= sync_pull.apply_page(tx, self.projects, page)
            report.pulled += len(page.changes)
            received_bytes += sum(sync_outbox.decoded_size(i.file) for i in page.changes if i.file is not None)
            progress(
                ProgressUpdate(report.pulled, None, Message(N_("Messages", "Receiving changes…")), received_bytes, None)
            )
            cursor = page.next_cursor
            if not page.has_more:
                return
