"""The client's Reviews screen: the reviews of their deliveries; opening one shows the verdict, the delivery's diff
with the expert's comments in place (replies and resolve go back to CodeCraft; "Apply suggestion" makes a
revision with that change), and the suggested changes as a diff to accept or reject hunk by hunk.

Network calls run on the network TaskRunner; landing the delivery and comparing revisions on the vault one.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.api import contract as c
from desktop.domain.review import ReviewSession
from desktop.services.client_review import VERDICT_TEXT, ClientReviewService, OpenedReview
from desktop.ui.diff.viewer import DiffViewer
from desktop.ui.error_dialog import describe
from desktop.ui.i18n import QT_TRANSLATE_NOOP, fmt, translated
from desktop.ui.reviews.layout import fit_viewer, list_beside
from desktop.ui.tasks import TaskRunner
from desktop.ui.theme import style_as

STATUS_TEXT = {
    "assigned": QT_TRANSLATE_NOOP("ClientView", "In review"),
    "submitted": QT_TRANSLATE_NOOP("ClientView", "Reviewed"),
    "expired": QT_TRANSLATE_NOOP("ClientView", "Not completed"),
    "unassigned": QT_TRANSLATE_NOOP("ClientView", "Reassigned"),
}


def summary_text(item: c.ReviewSummary) -> str:
    state = VERDICT_TEXT[item.verdict] if item.verdict else translated("ClientView", STATUS_TEXT[item.status])
    counts = (
        fmt(
            QCoreApplication.translate("ClientView", "%1 comments, %2 suggestions"),
            item.thread_count,
            item.suggestion_count,
        )
        if item.submitted_at
        else ""
    )
    return fmt(QCoreApplication.translate("ClientView", "%1 (job %2)\n%3"), item.project_title, item.job_id, state) + (
        f" · {counts}" if counts else ""
    )


class ClientReviewView(QWidget):
    revision_created = Signal(int, int)  # project id, revision number

    def __init__(self, service: ClientReviewService, tasks: TaskRunner, network: TaskRunner, author: str) -> None:
        super().__init__()
        self.service, self.tasks, self.network, self.author = service, tasks, network, author
        self.items: list[c.ReviewSummary] = []
        self.opened: OpenedReview | None = None
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Reviews of your deliveries"))
        self.list.setWordWrap(True)
        self.list.currentRowChanged.connect(self._selected)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setToolTip(self.tr("Ask CodeCraft for the reviews of your deliveries"))
        self.refresh_button.clicked.connect(self.reload)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Review status"))
        self.verdict = QLabel()
        style_as(self.verdict, "pageTitle")
        self.verdict.setAccessibleName(self.tr("Verdict"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.MarkdownText)
        self.summary.setAccessibleName(self.tr("Expert's summary"))
        self.tabs = QTabWidget()
        self.comments_viewer: DiffViewer | None = None
        self.suggestions_viewer: DiffViewer | None = None
        detail = QWidget()
        column = QVBoxLayout(detail)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.verdict)
        column.addWidget(self.summary)
        column.addWidget(self.tabs, 1)
        self.stack = QStackedWidget()
        self.empty = QLabel(self.tr("Choose a review to see the expert's comments and suggestions."))
        style_as(self.empty, "emptyState")
        self.stack.addWidget(self.empty)
        self.stack.addWidget(detail)
        self.splitter = splitter = list_beside(
            self.tr("Reviews of your deliveries"), self.list, self.refresh_button, self.stack
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)

    # -- the list ----------------------------------------------------------------------------------------

    def reload(self) -> None:
        self.status.setText(self.tr("Checking the reviews of your deliveries…"))
        self.network.run(self.service.reviews, owner=self, on_done=self._listed, on_error=self._failed)

    def _listed(self, items: list[c.ReviewSummary]) -> None:
        self.items = items
        self.list.blockSignals(True)
        self.list.clear()
        for item in items:
            entry = QListWidgetItem(summary_text(item))
            entry.setData(Qt.ItemDataRole.UserRole, item.id)
            self.list.addItem(entry)
        self.list.blockSignals(False)
        self.stack.setCurrentIndex(0)
        empty = self.tr("No reviews yet. Order a generation with an expert review to get one.")
        self.status.setText(self.tr("%n review(s).", "", len(items)) if items else empty)

    def _selected(self, row: int) -> None:
        if not 0 <= row < len(self.items):
            return
        item = self.items[row]
        if item.submitted_at is None:
            self.stack.setCurrentIndex(0)
            self.status.setText(
                fmt(
                    self.tr("“%1”: %2; nothing to show yet."),
                    item.project_title,
                    translated("ClientView", STATUS_TEXT[item.status]).lower(),
                )
            )
            return
        self.status.setText(self.tr("Opening the review…"))
        self.network.run(self.service.review, item.id, owner=self, on_done=self._fetched, on_error=self._failed)

    def _fetched(self, review: c.Review) -> None:
        self.tasks.run(
            self.service.delivered_revision, review, owner=self, on_error=self._failed,
            on_done=lambda found: self._land(review) if found[1] is None else self._open(review),
        )  # fmt: skip

    def _land(self, review: c.Review) -> None:
        self.status.setText(self.tr("Fetching the delivery for this device…"))
        self.network.run(
            self.service.fetch_delivery, review.job_id, owner=self, on_error=self._failed,
            on_done=lambda files: self._store(review, files),
        )  # fmt: skip

    def _store(self, review: c.Review, files: list[tuple[str, bytes]]) -> None:
        self.tasks.run(
            self.service.land, review, files, owner=self, on_done=lambda _: self._open(review), on_error=self._failed
        )

    def _open(self, review: c.Review) -> None:
        self.tasks.run(self.service.open, review, self.author, owner=self, on_done=self._show, on_error=self._failed)

    # -- the review --------------------------------------------------------------------------------------

    def _show(self, opened: OpenedReview) -> None:
        self.opened = opened
        review = opened.review
        verdict = VERDICT_TEXT.get(review.verdict or "", "No verdict")
        self.verdict.setText(f"{review.project_title}: {verdict}")
        self.summary.setText(f"**{review.expert_name}**: {review.summary}" if review.summary else "")
        self.tabs.clear()
        for viewer in (self.comments_viewer, self.suggestions_viewer):
            if viewer is not None:
                viewer.deleteLater()
        compare = self.service.compare
        comments = DiffViewer(self, session=opened.session, compare_service=compare, tasks=self.tasks)
        comments.project = (opened.project_id, opened.previous_revision, opened.delivered_revision)
        comments.comments.reply_requested.connect(self._reply)
        comments.comments.resolve_requested.connect(self._resolve)
        suggestions = DiffViewer(self, session=ReviewSession(self.author), compare_service=compare, tasks=self.tasks)
        suggestions.project = (opened.project_id, opened.delivered_revision, 0)
        for viewer in (comments, suggestions):
            viewer.revision_created.connect(self._revision_made)
        self.comments_viewer, self.suggestions_viewer = comments, suggestions
        count = len(opened.session.threads)
        self.tabs.addTab(comments, fmt(self.tr("Comments (%1)"), count))
        self.tabs.addTab(suggestions, fmt(self.tr("Suggested changes (%1 files)"), len(opened.suggested)))
        fit_viewer(comments, comment=False, decide=False)  # replies, resolve and Apply suggestion on the cards
        fit_viewer(suggestions, comment=False, comments=False)  # accept / reject hunk by hunk, Create revision
        self.splitter.setSizes([200, max(600, self.width() - 200)])
        comments.set_files(opened.pairs, fmt(self.tr("Revision %1"), opened.previous_revision), self.tr("Delivery"))
        suggestions.set_files(opened.suggested, self.tr("Delivery"), self.tr("Suggested"))
        self.stack.setCurrentIndex(1)
        stale = (
            fmt(self.tr(" %1 suggestion(s) no longer match the delivery."), len(opened.stale)) if opened.stale else ""
        )
        self.status.setText(
            fmt(
                self.tr(
                    "Accept (A) or reject (R) each suggested change, then Create revision; or Apply "
                    "one suggestion from its comment.%1"
                ),
                stale,
            )
        )

    def _reply(self, thread_id: int, body: str) -> None:
        if self.opened is not None:
            self.network.run(self.service.reply, self.opened.review.id, thread_id, body, owner=self,
                             on_error=self._failed)  # fmt: skip

    def _resolve(self, thread_id: int, resolved: bool) -> None:
        if self.opened is not None:
            self.network.run(self.service.resolve, self.opened.review.id, thread_id, resolved, owner=self,
                             on_error=self._failed)  # fmt: skip

    def _revision_made(self, number: int) -> None:
        if self.opened is not None:
            self.status.setText(fmt(self.tr("Revision %1 of “%2” created."), number, self.opened.review.project_title))
            self.revision_created.emit(self.opened.project_id, number)

    def _failed(self, exc: BaseException) -> None:
        title, message = describe(exc)
        self.status.setText(f"{title}: {message}")
