"""Generation and billing in the main window: the Billing page, the notification center (tray and list), and
ordering generation of the project on screen. Built once by ``MainWindow``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow, QMessageBox

from desktop.domain.generation import LandedDelivery
from desktop.services.billing import BillingService
from desktop.services.context import AppContext
from desktop.services.generation import GenerationService
from desktop.ui.billing_page import BillingPage
from desktop.ui.generation_dialog import GenerationDialog, open_generation_dialog
from desktop.ui.notifications import NotificationCenter
from desktop.ui.tasks import TaskRunner
from desktop.ui.theme import icon

if TYPE_CHECKING:
    from desktop.ui.account_page import AccountPage
    from desktop.ui.projects_page import ProjectsPage


class CommerceUi:
    def __init__(
        self,
        ctx: AppContext,
        tasks: TaskRunner,
        account_page: AccountPage,
        projects_page: ProjectsPage,
        window: QMainWindow,
    ) -> None:
        self.tasks, self.network = tasks, account_page.network
        self.projects_page, self.window = projects_page, window
        api = account_page.accounts.api
        self.billing = BillingService(api)
        self.generation = GenerationService.for_context(ctx, api)
        self.notifications = NotificationCenter.with_tray(self.billing, self.network, icon("codecraft"), window)
        self.billing_page = BillingPage(self.billing, self.network, self.notifications)
        account_page.account_changed.connect(lambda user: self.notifications.check_now() if user else None)
        self.notifications.start()

    def order_generation(self) -> GenerationDialog | None:
        project_id = self.projects_page.detail.project_id
        if project_id is None:
            QMessageBox.information(
                self.window,
                QCoreApplication.translate("CommerceUi", "Order generation"),
                QCoreApplication.translate("CommerceUi", "Select a synced project first."),
            )
            return None
        dialog = open_generation_dialog(self.generation, self.network, self.tasks, project_id, self.window)
        dialog.delivered.connect(self._delivered)
        return dialog

    def _delivered(self, landed: LandedDelivery) -> None:
        self.projects_page.reload(select=landed.project_id)
        self.notifications.check_now()

    def shutdown(self) -> None:
        self.notifications.stop()
