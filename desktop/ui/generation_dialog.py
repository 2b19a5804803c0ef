"""“Order generation…” for a synced project: the cost and balance first, then the job followed live.

Vault work (is it synced, the AI-training consent, landing the delivery) runs on the vault TaskRunner; every
call to CodeCraft on the network TaskRunner, one short long-poll at a time so other network work interleaves.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.api import contract as c
from desktop.domain.generation import LandedDelivery
from desktop.services.generation import STATUS_LABELS, FollowInterrupted, GenerationFailed, GenerationService
from desktop.ui.error_dialog import describe
from desktop.ui.i18n import fmt, translated_message
from desktop.ui.tasks import TaskRunner
from desktop.ui.theme import style_as

POLL_WAIT_SECONDS = 2.0


class GenerationDialog(QDialog):
    delivered = Signal(object)  # LandedDelivery
    state_changed = Signal(str)  # "quote", "ready", "following", "delivered", "failed", "interrupted"

    def __init__(
        self,
        service: GenerationService,
        network: TaskRunner,
        vault: TaskRunner,
        project_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service, self.network, self.vault, self.project_id = service, network, vault, project_id
        self.uid = ""
        self.consent = False
        self.job: c.Job | None = None
        self._after = 0
        self.state = "quote"
        self.setWindowTitle(self.tr("Order generation"))
        self.setMinimumWidth(460)
        intro = QLabel(
            self.tr(
                "CodeCraft writes the project from the requirements it has for it (as last synced), with a README "
                "and tests. The delivery arrives as a new revision; your current files stay in the history."
            )
        )
        intro.setWordWrap(True)
        self.review_box = QCheckBox(self.tr("Have an expert review the code before delivery"))
        self.review_box.toggled.connect(lambda _: self.load_quote())
        self.cost_label, self.balance_label, self.consent_label = QLabel("…"), QLabel("…"), QLabel("…")
        self.consent_label.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Cost:"), self.cost_label)
        form.addRow(self.tr("Your balance:"), self.balance_label)
        form.addRow(self.tr("AI training:"), self.consent_label)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Order status"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setAccessibleName(self.tr("Generation progress"))
        self.progress.hide()
        self.buttons = QDialogButtonBox()
        self.order_button = QPushButton(self.tr("Order"))
        style_as(self.order_button, "primaryButton")
        self.order_button.setEnabled(False)
        self.cancel_job_button = QPushButton(self.tr("Cancel job"))
        self.cancel_job_button.setToolTip(self.tr("Cancel while the job is still queued; the credits come back"))
        self.cancel_job_button.hide()
        self.retry_button = QPushButton(self.tr("Follow again"))
        self.retry_button.hide()
        self.close_button = QPushButton(self.tr("Close"))
        for button, role in (
            (self.order_button, QDialogButtonBox.ButtonRole.AcceptRole),
            (self.cancel_job_button, QDialogButtonBox.ButtonRole.ActionRole),
            (self.retry_button, QDialogButtonBox.ButtonRole.ActionRole),
            (self.close_button, QDialogButtonBox.ButtonRole.RejectRole),
        ):
            self.buttons.addButton(button, role)
        self.order_button.clicked.connect(self.order)
        self.cancel_job_button.clicked.connect(self.cancel_job)
        self.retry_button.clicked.connect(self.poll)
        self.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, self.review_box):
            layout.addWidget(widget)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.vault.run(self._prepare, owner=self, on_done=self._prepared, on_error=self._failed)

    # -- before ordering ---------------------------------------------------------------------------------

    def _prepare(self) -> tuple[str, bool]:
        return self.service.synced_uid(self.project_id), self.service.ai_training_consent()

    def _prepared(self, found: tuple[str, bool]) -> None:
        self.uid, self.consent = found
        self.consent_label.setText(
            self.tr("Allowed: CodeCraft may use this code to improve its models (change it on the Privacy page).")
            if self.consent
            else self.tr("Not allowed: this code is never used to train AI models.")
        )
        self.load_quote()

    def load_quote(self) -> None:
        if not self.uid or self.job is not None:
            return
        self.order_button.setEnabled(False)
        review = self.review_box.isChecked()
        client = self.service.client
        self.network.run(
            lambda: client().quote(self.uid, review), owner=self, on_done=self._quoted, on_error=self._failed
        )

    def _quoted(self, quote: c.JobQuote) -> None:
        review = fmt(self.tr(" + %1 for the review"), quote.review_credits) if quote.review_credits else ""
        self.cost_label.setText(
            fmt(self.tr("<b>%1 credits</b> (%2 to generate%3)"), quote.total_credits, quote.generation_credits, review)
        )
        self.balance_label.setText(f"{quote.balance} credits")
        enough = quote.missing == 0
        self._set_state("ready" if enough else "quote")
        self.order_button.setEnabled(enough)
        self.message.setText(
            fmt(self.tr("Template: %1."), quote.stack)
            if enough
            else fmt(
                self.tr("You need %1 more credits: buy a pack on the Billing page, then order again."), quote.missing
            )
        )

    # -- ordering and following --------------------------------------------------------------------------

    def order(self) -> None:
        self.order_button.setEnabled(False)
        self.review_box.setEnabled(False)
        review, consent, client = self.review_box.isChecked(), self.consent, self.service.client
        run = lambda: client().order(self.uid, review, consent)  # noqa: E731
        self.network.run(run, owner=self, on_done=self._ordered, on_error=self._order_failed)

    def _order_failed(self, exc: BaseException) -> None:
        self.review_box.setEnabled(True)
        self._failed(exc)
        self.order_button.setEnabled(True)

    def _ordered(self, job: c.Job) -> None:
        self.job = job
        self.vault.run(self.service.remember_job, self.uid, job.id, owner=self, on_error=self._failed)
        self.order_button.hide()
        self.progress.show()
        self._show_job(job)
        self.poll()

    def follow(self, job: c.Job) -> None:
        """Follow a job ordered before (e.g. after a restart) without ordering again."""
        self.order_button.hide()
        self.review_box.setEnabled(False)
        self.progress.show()
        self._ordered(job)

    def poll(self) -> None:
        if self.job is None:
            return
        self.retry_button.hide()
        job_id, after, client = self.job.id, self._after, self.service.client
        run = lambda: client().events(job_id, after, wait=POLL_WAIT_SECONDS)  # noqa: E731
        self.network.run(run, owner=self, on_done=self._polled, on_error=self._poll_failed)

    def _polled(self, answer: c.JobEvents) -> None:
        self._after = answer.next_after
        self._show_job(answer.job)
        if answer.job.status == "delivered":
            self.network.run(self.service.fetch_delivery, answer.job.id, owner=self, on_done=self._fetched,
                             on_error=self._failed)  # fmt: skip
        elif answer.job.status in ("failed", "cancelled"):
            self.vault.run(self.service.forget_job, answer.job.id, owner=self, on_error=self._failed)
        elif self.isVisible():
            self.poll()

    def _poll_failed(self, exc: BaseException) -> None:
        self._failed(exc)
        self._set_state("interrupted")
        self.message.setText(
            self.tr(
                "CodeCraft stopped answering. The job goes on there and nothing is lost: choose “Follow again”, or "
                "close this window; the delivery is picked up later."
            )
        )
        self.retry_button.show()

    def _fetched(self, fetched: tuple[c.Delivery, list[tuple[str, bytes]]]) -> None:
        delivery, files = fetched
        self.message.setText(self.tr("Adding the delivery to your project…"))
        land = self.service.land
        self.vault.run(land, self.project_id, delivery.job_id, files, owner=self, on_done=self._landed,
                       on_error=self._failed)  # fmt: skip

    def _landed(self, landed: LandedDelivery) -> None:
        self._set_state("delivered")
        self.message.setText(
            fmt(self.tr("Delivered: revision %1 of the project, %2 files."), landed.revision, landed.files)
        )
        self.delivered.emit(landed)

    def cancel_job(self) -> None:
        if self.job is not None:
            self.cancel_job_button.setEnabled(False)
            self.network.run(self.service.cancel_job, self.job.id, owner=self, on_done=self._show_job,
                             on_error=self._failed)  # fmt: skip

    def _show_job(self, job: c.Job) -> None:
        self.job = job
        self.progress.setValue(job.progress)
        self.progress.setFormat(fmt(self.tr("%1 — %p%"), translated_message(STATUS_LABELS[job.status])))
        self.cancel_job_button.setVisible(job.status == "queued")
        self.cancel_job_button.setEnabled(job.status == "queued")
        if job.status in ("queued", "generating", "in_review"):
            self._set_state("following")
            self.message.setText(job.message)
        elif job.status == "failed":
            self._set_state("failed")
            reason = job.error or self.tr("no reason was given")
            self.message.setText(fmt(self.tr("The generation failed: %1. The credits were given back."), reason))
        elif job.status == "cancelled":
            self._set_state("failed")
            self.message.setText(self.tr("The job was cancelled; the credits were given back."))

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, FollowInterrupted | GenerationFailed) and self.state == "failed":
            return
        title, text = describe(exc)
        self.message.setText(f"<b>{title}</b>: {text}")
        if self.state not in ("following", "interrupted"):
            self._set_state("failed")

    def _set_state(self, state: str) -> None:
        if state != self.state:
            self.state = state
            self.state_changed.emit(state)


def open_generation_dialog(
    service: GenerationService, network: TaskRunner, vault: TaskRunner, project_id: int, parent: QWidget
) -> GenerationDialog:
    """The entry point for “Order generation…” (a project view button or menu action)."""
    dialog = GenerationDialog(service, network, vault, project_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
