"""The reviewer's actions in the viewer: comments and suggestions, viewed marks, accepting or rejecting changes.

Everything said or decided lives in the ``ReviewSession``; revisions are made by the ``CompareService`` on the
vault's task runner.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, SignalInstance
from PySide6.QtWidgets import QLabel

from desktop.diff.text import Lines, decode
from desktop.domain.review import HunkDecision, LineAnchor, ReviewSession, Side, Suggestion
from desktop.services.compare import CompareService, FilePair
from desktop.ui.diff.comments import CommentsPanel
from desktop.ui.diff.controls import Controls
from desktop.ui.diff.navigation import NavigationOps
from desktop.ui.diff.rows import ADDED, FOLD, REMOVED
from desktop.ui.i18n import fmt, tr
from desktop.ui.tasks import TaskRunner


class ReviewOps(NavigationOps):
    session: ReviewSession
    service: CompareService | None
    tasks: TaskRunner | None
    project: tuple[int, int, int] | None
    comments: CommentsPanel
    controls: Controls
    progress_label: QLabel
    revision_created: SignalInstance
    current_pair: Callable[[], FilePair | None]
    expand_all: Callable[[], None]
    set_inline: Callable[[bool], None]
    set_ignore_whitespace: Callable[[bool], None]

    def _handlers(self) -> dict[str, Callable[[], object]]:
        return {
            "toggle_inline": lambda: self.set_inline(self.controls.inline.isChecked()),
            "toggle_whitespace": lambda: self.set_ignore_whitespace(self.controls.whitespace.isChecked()),
            "previous_change": lambda: self.next_change(-1),
            "next_change": lambda: self.next_change(1),
            "previous_file": lambda: self.next_file(-1),
            "next_file": lambda: self.next_file(1),
            "expand_all": lambda: self.expand_all(),
            "comment": lambda: self.start_comment(),
            "accept": lambda: self.decide(HunkDecision.ACCEPTED),
            "reject": lambda: self.decide(HunkDecision.REJECTED),
            "apply": lambda: self.apply_accepted(),
            "toggle_viewed": lambda: self.mark_viewed(self.controls.viewed.isChecked()),
            "find": lambda: self.open_find(),
            "find_next": lambda: self.find_step(1),
            "find_previous": lambda: self.find_step(-1),
        }

    def _init_review(self) -> None:
        self.matches, self.match_index = [], -1
        self.comments.composer.submitted.connect(self._add_thread)
        self.comments.composer.cancelled.connect(self.canvas.setFocus)
        self.comments.reply_requested.connect(self._reply)
        self.comments.resolve_requested.connect(self._resolve)
        self.comments.apply_requested.connect(self.apply_suggestion)
        self.comments.jump_requested.connect(self._jump_to_thread)
        self.controls.apply.setEnabled(False)

    # -- comments ----------------------------------------------------------------------------------------

    def start_comment(self, *, suggest: bool = False) -> bool:
        """Open the composer on the selected rows' lines (new side, or old side for removed lines only)."""
        pair = self.current_pair()
        if self.rows is None or pair is None:
            return False
        low, high = self.canvas.selected_rows()
        rows = [row for row in self.rows.rows[low : high + 1] if row[0] != FOLD]
        new_lines = [row[2] for row in rows if row[2] >= 0 and not (self.rows.inline and row[0] == REMOVED)]
        old_lines = [row[1] for row in rows if row[1] >= 0 and not (self.rows.inline and row[0] == ADDED)]
        side, lines, data = (Side.NEW, new_lines, pair.new_data) if new_lines else (Side.OLD, old_lines, pair.old_data)
        if not lines:
            return False
        start, end = min(lines) + 1, max(lines) + 1
        anchor = LineAnchor(pair.path, side, start, end)
        original = Lines.from_text(decode(data)).lines[start - 1 : end] if data is not None else []
        self.comments.composer.start(anchor, original, suggest=suggest)
        return True

    def _add_thread(self, anchor: LineAnchor, body: str, suggestion: Suggestion | None) -> None:
        self.session.add_thread(anchor, body, suggestion)
        self._refresh_review()
        self.canvas.setFocus()

    def _reply(self, thread_id: int, body: str) -> None:
        self.session.reply(thread_id, body)
        self._refresh_review()

    def _resolve(self, thread_id: int, resolved: bool) -> None:
        self.session.set_resolved(thread_id, resolved)
        self._refresh_review()

    def _jump_to_thread(self, thread_id: int) -> None:
        anchor = self.session.thread(thread_id).anchor
        self._go_to_line(0 if anchor.side is Side.OLD else 1, anchor.start - 1)

    def apply_suggestion(self, thread_id: int) -> None:
        if self.service is None or self.tasks is None or self.project is None:
            return
        project_id, _, new_revision = self.project
        thread = self.session.thread(thread_id)
        self.tasks.run(
            self.service.apply_suggestion,
            project_id,
            new_revision,
            thread,
            owner=self.canvas,
            on_done=self._revision_made,
            on_error=lambda error: self.status.setText(
                fmt(QCoreApplication.translate("ReviewOps", "Cannot apply the suggestion: %1"), error)
            ),
        )

    # -- viewed ------------------------------------------------------------------------------------------

    def mark_viewed(self, viewed: bool = True) -> None:
        row = self.current_row()
        if 0 <= row < self.files.rowCount():
            self.files.set_viewed(row, viewed)

    def _update_progress(self) -> None:
        total = self.files.rowCount()
        viewed = self.files.viewed_count()
        self.progress_label.setText(fmt(tr("%1 of %n file(s) viewed", "", total), viewed) if total else "")
        row = self.current_row()
        self.controls.viewed.setChecked(0 <= row < total and self.files.is_viewed(row))

    # -- accepting and rejecting -------------------------------------------------------------------------

    def decide(self, decision: HunkDecision) -> None:
        """Accept or reject the current change (a second press of the same decision clears it), then go on."""
        pair, document = self.current_pair(), self.document
        if pair is None or document is None:
            return
        if not document.hunks:
            hunk = None
        else:
            block = self.current_block()
            if block < 0:
                return
            hunk = document.hunks[block]
        same = self.session.decision(pair.path, hunk) is decision
        self.session.decide(pair.path, hunk, None if same else decision)
        self._refresh_review()
        if hunk is not None and not same:
            self.next_change(1)

    def apply_accepted(self) -> None:
        """A new revision: the old revision plus exactly the accepted changes (through the compare service)."""
        if self.service is None or self.tasks is None or self.project is None:
            return
        project_id, old_revision, new_revision = self.project
        self.tasks.run(
            self.service.apply_decisions,
            project_id,
            old_revision,
            list(self.files.pairs),
            self.session,
            new_revision,
            owner=self.canvas,
            on_done=self._revision_made,
            on_error=lambda error: self.status.setText(
                fmt(QCoreApplication.translate("ReviewOps", "Cannot create the revision: %1"), error)
            ),
        )

    def _revision_made(self, number: int) -> None:
        self.status.setText(fmt(QCoreApplication.translate("ReviewOps", "Revision %1 created."), number))
        self.revision_created.emit(number)

    # -- refresh -----------------------------------------------------------------------------------------

    def _refresh_review(self) -> None:
        pair, document = self.current_pair(), self.document
        path = pair.path if pair is not None else ""
        threads = self.session.threads_for(path) if pair is not None else []
        old_lines: set[int] = set()
        new_lines: set[int] = set()
        for thread in threads:
            target = old_lines if thread.anchor.side is Side.OLD else new_lines
            target.update(range(thread.anchor.start - 1, thread.anchor.end))
        self.canvas.comment_lines = (old_lines, new_lines)
        decisions = {}
        if document is not None and pair is not None:
            for block, hunk in enumerate(document.hunks):
                decision = self.session.decision(path, hunk)
                if decision is not None:
                    decisions[block] = decision
        self.canvas.decisions = decisions
        self.canvas.viewport().update()
        can_apply = self.service is not None and self.project is not None
        self.comments.set_threads(threads, can_apply=can_apply)
        accepted = self.session.decided_count(HunkDecision.ACCEPTED)
        self.controls.apply.setEnabled(can_apply and accepted > 0)
        self.controls.apply.setText(
            fmt(QCoreApplication.translate("ReviewOps", "Create revision (%1 accepted)…"), accepted)
            if accepted
            else QCoreApplication.translate("ReviewOps", "Create revision…")
        )
        self._update_progress()
        self._update_status()
