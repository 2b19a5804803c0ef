"""The expert's Reviews screen: the queue (metadata only), the engagement's NDA with an explicit Accept, then the
delivery in the DiffViewer with comments and suggestions, a verdict and Submit.

Network calls run on the network TaskRunner, vault work (storing, comparing and purging the code) on the vault
TaskRunner. The code is fetched only after the NDA is accepted and purged from the vault after submission, or
when the queue no longer lists the engagement.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.api import contract as c
from desktop.domain.review import ReviewSession
from desktop.services.compare import FilePair
from desktop.services.expert_review import ExpertReviewService, submission
from desktop.ui.diff.viewer import DiffViewer
from desktop.ui.error_dialog import describe
from desktop.ui.i18n import fmt, local_time, tr
from desktop.ui.reviews.layout import fit_viewer, list_beside
from desktop.ui.tasks import TaskRunner
from desktop.ui.theme import style_as

PAGE_EMPTY, PAGE_NDA, PAGE_REVIEW = range(3)


def queue_text(item: c.ReviewAssignment) -> str:
    due = local_time(item.due_at)
    size = fmt(tr("%n file(s), %1", "", item.file_count), QLocale().formattedDataSize(item.total_bytes))
    base = (
        fmt(QCoreApplication.translate("ExpertView", ", changes %1 earlier files"), item.base_file_count)
        if item.base_file_count
        else QCoreApplication.translate("ExpertView", ", first delivery")
    )
    nda = (
        QCoreApplication.translate("ExpertView", "NDA accepted")
        if item.nda_accepted_at
        else QCoreApplication.translate("ExpertView", "NDA not accepted yet")
    )
    stack = item.stack or QCoreApplication.translate("ExpertView", "Unknown stack")
    due_line = fmt(QCoreApplication.translate("ExpertView", "Due %1"), due)
    return f"{item.project_title}\n{stack} · {size}{base}\n{due_line} · {nda}"


class ExpertReviewView(QWidget):
    submitted = Signal(object)  # c.Review

    def __init__(self, service: ExpertReviewService, tasks: TaskRunner, network: TaskRunner, author: str) -> None:
        super().__init__()
        self.service, self.tasks, self.network, self.author = service, tasks, network, author
        self.items: list[c.ReviewAssignment] = []
        self.current: c.ReviewAssignment | None = None
        self.nda: c.NdaText | None = None
        self.viewer: DiffViewer | None = None
        self.queue = QListWidget()
        self.queue.setAccessibleName(self.tr("Review queue"))
        self.queue.setAccessibleDescription(self.tr("Engagements assigned to you: project, stack, size and due date"))
        self.queue.setWordWrap(True)
        self.queue.currentRowChanged.connect(self._selected)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setToolTip(self.tr("Ask CodeCraft for your assigned reviews"))
        self.refresh_button.clicked.connect(self.reload)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Review status"))
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setAccessibleName(self.tr("Last submission"))
        self.notice.hide()
        self.stack = QStackedWidget()
        self.empty = QLabel(self.tr("Choose an engagement from the queue."))
        style_as(self.empty, "emptyState")
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self._build_nda())
        self.stack.addWidget(self._build_review())
        self.splitter = splitter = list_beside(self.tr("Assigned to you"), self.queue, self.refresh_button, self.stack)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.notice)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)

    def _build_nda(self) -> QWidget:
        page = QWidget()
        self.nda_title = QLabel()
        style_as(self.nda_title, "pageTitle")
        self.nda_text = QTextBrowser()
        self.nda_text.setAccessibleName(self.tr("Confidentiality agreement"))
        self.accept_button = QPushButton(self.tr("Accept the agreement"))
        style_as(self.accept_button, "primaryButton")
        self.accept_button.setToolTip(self.tr("Accept this engagement's NDA; only then is its code downloaded"))
        self.accept_button.clicked.connect(self.accept_nda)
        note = QLabel(
            self.tr(
                "The code of this engagement is downloaded only after you accept. It stays in your vault, "
                "apart from your projects, and is deleted when the engagement ends."
            )
        )
        note.setWordWrap(True)
        column = QVBoxLayout(page)
        for widget in (self.nda_title, self.nda_text, note):
            column.addWidget(widget)
        column.addWidget(self.accept_button, 0, Qt.AlignmentFlag.AlignRight)
        return page

    def _build_review(self) -> QWidget:
        page = QWidget()
        self.viewer_holder = QVBoxLayout()
        self.approve = QRadioButton(self.tr("Approve"))
        self.approve.setToolTip(self.tr("The delivery can go to the client as it is"))
        self.request_changes = QRadioButton(self.tr("Request changes"))
        self.request_changes.setToolTip(self.tr("The client should apply your comments and suggestions"))
        self.verdict = QButtonGroup(self)
        for button in (self.approve, self.request_changes):
            self.verdict.addButton(button)
            button.toggled.connect(self._update_submit)
        self.summary = QPlainTextEdit()
        self.summary.setAccessibleName(self.tr("Review summary"))
        self.summary.setPlaceholderText(self.tr("A summary for the client (Markdown, optional)"))
        self.summary.setMaximumHeight(70)
        self.submit_button = QPushButton(self.tr("Submit review"))
        style_as(self.submit_button, "primaryButton")
        self.submit_button.setToolTip(self.tr("Send your comments, suggestions and verdict; the code is then removed"))
        self.submit_button.clicked.connect(self.submit)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Verdict:")))
        row.addWidget(self.approve)
        row.addWidget(self.request_changes)
        row.addWidget(self.summary, 1)
        row.addWidget(self.submit_button)
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(self.viewer_holder, 1)
        column.addLayout(row)
        self._update_submit()
        return page

    # -- queue -------------------------------------------------------------------------------------------

    def reload(self) -> None:
        self.status.setText(self.tr("Checking your review queue…"))
        self.network.run(self.service.fetch_queue, owner=self, on_done=self._queue_loaded, on_error=self._failed)

    def _queue_loaded(self, items: list[c.ReviewAssignment]) -> None:
        self.items = items
        open_ids = {item.id for item in items}
        self.tasks.run(self.service.purge_ended, open_ids, owner=self, on_error=self._failed)  # ended: code goes
        keep = self.current.id if self.current is not None and self.current.id in open_ids else None
        self.queue.blockSignals(True)
        self.queue.clear()
        for item in items:
            entry = QListWidgetItem(queue_text(item))
            entry.setData(Qt.ItemDataRole.UserRole, item.id)
            self.queue.addItem(entry)
        self.queue.blockSignals(False)
        self.status.setText(self.tr("%n engagement(s) assigned to you.", "", len(items)))
        if keep is None:
            self.current = None
            self.stack.setCurrentIndex(PAGE_EMPTY)
        else:
            self.queue.setCurrentRow([i.id for i in items].index(keep))

    def _selected(self, row: int) -> None:
        if not 0 <= row < len(self.items):
            return
        self.current = self.items[row]
        if self.current.nda_accepted_at is None:
            self.status.setText(self.tr("Reading the confidentiality agreement…"))
            self.network.run(
                self.service.nda, self.current.id, owner=self, on_done=self._show_nda, on_error=self._failed
            )
        else:
            self._open_code(self.current)

    def _show_nda(self, nda: c.NdaText) -> None:
        self.nda = nda
        self.nda_title.setText(fmt(self.tr("%1 (version %2)"), nda.title, nda.version))
        self.nda_text.setPlainText(nda.text)
        self.accept_button.setEnabled(True)
        self.stack.setCurrentIndex(PAGE_NDA)
        self.status.setText(self.tr("Read the agreement; the code is downloaded only after you accept it."))

    def accept_nda(self) -> None:
        if self.current is None or self.nda is None:
            return
        self.accept_button.setEnabled(False)
        self.network.run(
            self.service.accept_nda, self.current.id, self.nda.version, owner=self,
            on_done=self._nda_accepted, on_error=self._failed,
        )  # fmt: skip

    def _nda_accepted(self, item: c.ReviewAssignment) -> None:
        self.items = [item if i.id == item.id else i for i in self.items]
        self.queue.item(self.queue.currentRow()).setText(queue_text(item))
        self.current = item
        self._open_code(item)

    # -- the review --------------------------------------------------------------------------------------

    def _open_code(self, item: c.ReviewAssignment) -> None:
        """The engagement's diff: from the vault if already downloaded, else fetched (NDA accepted) and stored."""
        self.status.setText(self.tr("Opening the engagement's code…"))
        self.tasks.run(
            self.service.local_pairs, item.id, owner=self, on_error=self._failed,
            on_done=lambda pairs: self._download(item) if pairs is None else self._show_pairs(pairs),
        )  # fmt: skip

    def _download(self, item: c.ReviewAssignment) -> None:
        self.status.setText(self.tr("Downloading the engagement's code into your vault…"))
        self.network.run(
            self.service.fetch_code, item, owner=self, on_error=self._failed,
            on_done=lambda code: self._store(item, code),
        )  # fmt: skip

    def _store(self, item: c.ReviewAssignment, code: c.EngagementCode) -> None:
        self.tasks.run(self._store_and_compare, item, code, owner=self, on_done=self._show_pairs, on_error=self._failed)

    def _store_and_compare(self, item: c.ReviewAssignment, code: c.EngagementCode) -> list[FilePair]:
        self.service.store_code(item, code)
        return self.service.pairs(item.id)

    def _show_pairs(self, pairs: list[FilePair]) -> None:
        if self.viewer is not None:
            self.viewer_holder.removeWidget(self.viewer)
            self.viewer.deleteLater()
        self.viewer = DiffViewer(self, session=ReviewSession(author=self.author))
        self.viewer_holder.addWidget(self.viewer)
        fit_viewer(self.viewer, decide=False)  # the expert comments and suggests; the client decides
        self.splitter.setSizes([200, max(600, self.width() - 200)])
        self.viewer.set_files(pairs, self.tr("Previous revision"), self.tr("Delivery"))
        self.verdict.setExclusive(False)
        for button in (self.approve, self.request_changes):
            button.setChecked(False)
        self.verdict.setExclusive(True)
        self.summary.clear()
        self.stack.setCurrentIndex(PAGE_REVIEW)
        self.status.setText(
            fmt(self.tr("%1 changed files. Select lines and press C to comment or suggest a change."), len(pairs))
        )

    def _update_submit(self) -> None:
        self.submit_button.setEnabled(self.verdict.checkedButton() is not None)

    def submit(self) -> None:
        if self.current is None or self.viewer is None or self.verdict.checkedButton() is None:
            return
        verdict: c.ReviewVerdict = "approve" if self.approve.isChecked() else "request_changes"
        review = submission(self.viewer.session, verdict, self.summary.toPlainText())
        engagement_id = self.current.id
        self.submit_button.setEnabled(False)
        self.status.setText(self.tr("Submitting your review…"))
        self.network.run(
            self.service.send, engagement_id, review, owner=self,
            on_done=lambda sent: self._sent(engagement_id, sent), on_error=self._failed,
        )  # fmt: skip

    def _sent(self, engagement_id: int, review: c.Review) -> None:
        self.tasks.run(self.service.purge, engagement_id, owner=self, on_done=lambda _: self._purged(review),
                       on_error=self._failed)  # fmt: skip

    def _purged(self, review: c.Review) -> None:
        self.current = None
        self.notice.setText(
            fmt(self.tr("Review of “%1” submitted. Its code was removed from this device."), review.project_title)
        )
        self.notice.show()
        self.submitted.emit(review)
        self.reload()

    def _failed(self, exc: BaseException) -> None:
        self._update_submit()
        self.accept_button.setEnabled(True)
        title, message = describe(exc)
        self.status.setText(f"{title}: {message}")
