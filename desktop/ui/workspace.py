"""What the main window shows behind the vault gate: the section navigation, the five section pages, the privacy
banner above them, and the services the pages share (sync, account, generation and billing).

``MainWindow`` builds it when the vault is first unlocked, not at start: the gate and the welcome screen paint
without loading the network stack, the API contract or any section.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QStackedWidget, QVBoxLayout, QWidget

from desktop.services.deletion import DeletionService
from desktop.services.sync import SyncService
from desktop.ui.account_page import AccountPage
from desktop.ui.commerce import CommerceUi
from desktop.ui.privacy import PrivacyPage
from desktop.ui.projects_page import ProjectsPage
from desktop.ui.reviews import ReviewsPage
from desktop.ui.sync.sync_controller import SyncController
from desktop.ui.sync.sync_status import SyncStatusWidget
from desktop.ui.theme import icon, style_as
from desktop.ui.window_actions import SECTIONS

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


class Workspace(QWidget):
    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        ctx, tasks = window.ctx, window.tasks
        sync_service = SyncService(ctx.projects.store, lambda: self.account_page.accounts.api())
        self.sync = SyncController(sync_service, tasks, window)
        deletion = DeletionService(ctx, lambda: self.account_page.accounts.api())
        self.projects_page = ProjectsPage(ctx.projects, tasks, sync=self.sync, deletion=deletion)
        self.account_page = AccountPage.for_context(ctx)
        self.sync.attach_account(self.account_page.accounts, self.account_page.network, self.account_page.connectivity)
        self.account_page.account_changed.connect(lambda user: self.sync.auto_sync() if user is not None else None)
        self.privacy_page = PrivacyPage.for_window(ctx, tasks, self.account_page)
        self.commerce = CommerceUi(ctx, tasks, self.account_page, self.projects_page, window)
        self.reviews_page = ReviewsPage.for_window(ctx, tasks, self.account_page)
        self.reviews_page.revision_created.connect(lambda pid, _: self.projects_page.reload(select=pid))
        self.projects_page.model.loaded.connect(self.sync.refresh)  # a project changed: pending counts may too
        self.sync_status = SyncStatusWidget(self.sync)
        self._build_navigation()

    def _build_navigation(self) -> None:
        self.navigation = QListWidget()
        style_as(self.navigation, "navigation")
        self.navigation.setAccessibleName(QCoreApplication.translate("MainWindow", "Sections"))
        self.navigation.setAccessibleDescription(
            QCoreApplication.translate("MainWindow", "The app's screens; Ctrl+1 to Ctrl+5 open them directly")
        )
        self.navigation.setIconSize(QSize(20, 20))
        self.navigation.setFixedWidth(168)
        self.pages = QStackedWidget()
        pages = {"projects": self.projects_page, "reviews": self.reviews_page, "billing": self.commerce.billing_page,
                 "privacy": self.privacy_page, "account": self.account_page}  # fmt: skip
        for index, (key, source) in enumerate(SECTIONS):
            label = QCoreApplication.translate("MainWindow", source)
            item = QListWidgetItem(icon(key), label)
            item.setToolTip(f"{label} (Ctrl+{index + 1})")
            self.navigation.addItem(item)
            self.pages.addWidget(pages[key])
        self.navigation.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.navigation.currentRowChanged.connect(lambda row: self.privacy_page.screen_opened(SECTIONS[row][0]))
        self.navigation.setCurrentRow(0)
        body = QHBoxLayout(self)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.navigation)
        column = QVBoxLayout()  # the privacy banner (security notices, policy changes) above every page
        column.addWidget(self.privacy_page.banner)
        column.addWidget(self.pages, 1)
        body.addLayout(column, 1)

    def shutdown(self) -> None:
        self.sync.set_enabled(False)  # a running sync stops at its next safe point instead of delaying the exit
        self.commerce.shutdown()
        self.account_page.shutdown()
