"""The Reviews section: the expert's queue and reviews for an expert account, the reviews of their deliveries
for a client, a sign-in hint otherwise. The role comes from the Account page (``account_changed``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from desktop.api import contract as c
from desktop.services.client_review import ClientReviewService
from desktop.services.expert_review import ExpertReviewService
from desktop.ui.i18n import QT_TRANSLATE_NOOP, translated
from desktop.ui.reviews.client_view import ClientReviewView
from desktop.ui.reviews.expert_view import ExpertReviewView
from desktop.ui.tasks import TaskRunner
from desktop.ui.theme import style_as

if TYPE_CHECKING:
    from desktop.services.context import AppContext
    from desktop.ui.account_page import AccountPage

SIGNED_OUT = QT_TRANSLATE_NOOP(
    "Page",
    "Sign in to CodeCraft to see expert reviews: the reviews of your deliveries, or, for an expert account, the "
    "engagements assigned to you.",
)


class ReviewsPage(QWidget):
    revision_created = Signal(int, int)  # project id, revision number (a client accepted suggested changes)

    def __init__(
        self, expert: ExpertReviewService, client: ClientReviewService, tasks: TaskRunner, network: TaskRunner
    ) -> None:
        super().__init__()
        self.expert_service, self.client_service = expert, client
        self.tasks, self.network = tasks, network
        self.user: c.UserProfile | None = None
        self.view: ExpertReviewView | ClientReviewView | None = None
        self.view_key: tuple[str, str] = ("", "")
        self.heading = QLabel(self.tr("Reviews"))
        style_as(self.heading, "pageTitle")
        self.signed_out = QLabel(translated("Page", SIGNED_OUT))
        self.signed_out.setWordWrap(True)
        style_as(self.signed_out, "emptyState")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.signed_out)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.stack, 1)

    @classmethod
    def for_window(cls, ctx: AppContext, tasks: TaskRunner, account_page: AccountPage) -> ReviewsPage:
        api = account_page.accounts.api
        page = cls(
            ExpertReviewService(lambda: ctx.session.vault, api),
            ClientReviewService.for_context(ctx, api),
            tasks,
            account_page.network,
        )
        account_page.account_changed.connect(page.set_user)
        return page

    def set_user(self, user: c.UserProfile | None) -> None:
        """Show the screen of this account's role (no known account: the sign-in hint).

        The screen is rebuilt only for another account: an account that could not be loaded for a moment (offline)
        keeps its screen, and an expert's unsent comments, for when it is back. An expert's queue is checked at
        once, so code of engagements that ended meanwhile leaves the vault even before the page is opened.
        """
        self.user = user
        if user is None:
            self.heading.setText(self.tr("Reviews"))
            self.stack.setCurrentWidget(self.signed_out)
            return
        if self.view is None or self.view_key != (user.username, user.role):
            if self.view is not None:
                self.stack.removeWidget(self.view)
                self.view.deleteLater()
            self.view = self._build_view(user)
            self.view_key = (user.username, user.role)
            self.stack.addWidget(self.view)
        self.heading.setText(
            self.tr("Reviews assigned to you") if user.role == "expert" else self.tr("Reviews of your deliveries")
        )
        self.stack.setCurrentWidget(self.view)
        if self.isVisible() or user.role == "expert":
            self.view.reload()

    def _build_view(self, user: c.UserProfile) -> ExpertReviewView | ClientReviewView:
        if user.role == "expert":
            return ExpertReviewView(self.expert_service, self.tasks, self.network, user.name)
        client = ClientReviewView(self.client_service, self.tasks, self.network, user.name)
        client.revision_created.connect(self.revision_created)
        return client

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.view is not None and self.user is not None:
            self.view.reload()
