"""The Privacy section: a list of screens on the left, the chosen screen on the right, and the banner the main
window shows above every page."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QScrollArea, QStackedWidget, QVBoxLayout, QWidget

from desktop.services.context import AppContext
from desktop.services.privacy import PrivacyService
from desktop.services.privacy_analytics import EventKind
from desktop.services.vault_session import VaultState
from desktop.ui.account_page import AccountPage
from desktop.ui.error_dialog import show_error
from desktop.ui.i18n import QT_TRANSLATE_NOOP, fmt, translated
from desktop.ui.privacy.banner import PrivacyBanner
from desktop.ui.privacy.choices import CommunicationsPane, DoNotTrackPane
from desktop.ui.privacy.collected import CollectedPane
from desktop.ui.privacy.consents import ConsentsPane
from desktop.ui.privacy.controller import PrivacyController
from desktop.ui.privacy.info import ContactPane, PolicyPane, RetentionPane, ThirdPartiesPane
from desktop.ui.privacy.rights import RightsPane
from desktop.ui.privacy.widgets import note
from desktop.ui.tasks import TaskRunner
from desktop.ui.theme import style_as

SIGNED_OUT = QT_TRANSLATE_NOOP(
    "Page",
    "You are not signed in: these settings are kept and honoured on this computer, and sent to CodeCraft when "
    "you sign in. Requests about your data need an account.",
)


class PrivacyPage(QWidget):
    def __init__(self, controller: PrivacyController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.banner = PrivacyBanner(controller)
        heading = QLabel(self.tr("Privacy"))
        style_as(heading, "pageTitle")
        self.account_note = note(translated("Page", SIGNED_OUT), self.tr("Sign-in state"))
        self.offline_note = note("", self.tr("Connection state"))
        self.offline_note.hide()
        self.screens = QListWidget()
        self.screens.setAccessibleName(self.tr("Privacy screens"))
        self.screens.setAccessibleDescription(self.tr("The privacy topics; the selected one is shown beside the list"))
        self.screens.setFixedWidth(200)
        self.screens.setStyleSheet("QListWidget::item { padding: 6px 8px; }")
        self.stack = QStackedWidget()
        self.consents = ConsentsPane(controller)
        self.do_not_track = DoNotTrackPane(controller)
        self.communications = CommunicationsPane(controller)
        self.collected = CollectedPane(controller)
        self.rights = RightsPane(controller)
        self.retention = RetentionPane(controller)
        self.third_parties = ThirdPartiesPane(controller)
        self.policy = PolicyPane(controller)
        self.contact = ContactPane(controller)
        self.panes: dict[str, QWidget] = {
            QT_TRANSLATE_NOOP("PrivacyPage", "Consents"): self.consents,
            QT_TRANSLATE_NOOP("PrivacyPage", "Do Not Track"): self.do_not_track,
            QT_TRANSLATE_NOOP("PrivacyPage", "Communication preferences"): self.communications,
            QT_TRANSLATE_NOOP("PrivacyPage", "What is collected"): self.collected,
            QT_TRANSLATE_NOOP("PrivacyPage", "Your rights"): self.rights,
            QT_TRANSLATE_NOOP("PrivacyPage", "Data retention"): self.retention,
            QT_TRANSLATE_NOOP("PrivacyPage", "Third parties"): self.third_parties,
            QT_TRANSLATE_NOOP("PrivacyPage", "Policy"): self.policy,
            QT_TRANSLATE_NOOP("PrivacyPage", "Contact"): self.contact,
        }
        for label, pane in self.panes.items():
            self.screens.addItem(self.tr(label))
            self.screens.item(self.screens.count() - 1).setToolTip(fmt(self.tr("Show %1"), self.tr(label)))
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            scroll.setWidget(pane)
            self.stack.addWidget(scroll)
        self.screens.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.screens.setCurrentRow(0)
        body = QHBoxLayout()
        body.addWidget(self.screens)
        body.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.account_note)
        layout.addWidget(self.offline_note)
        layout.addLayout(body, 1)
        controller.signed_in_changed.connect(lambda signed_in: self.account_note.setVisible(not signed_in))
        controller.offline_changed.connect(self._offline)
        controller.error.connect(lambda exc: show_error(self, exc))

    @classmethod
    def for_window(cls, ctx: AppContext, tasks: TaskRunner, account_page: AccountPage) -> PrivacyPage:
        """The page over the profile's service, on the app's vault runner and the account page's network runner;
        it syncs again on sign-in/out and whenever the service becomes reachable."""
        service = PrivacyService.for_context(ctx, account_page.accounts.api)
        controller = PrivacyController(
            service, tasks, account_page.network, lambda: ctx.session.state is VaultState.UNLOCKED
        )
        page = cls(controller)
        controller.setParent(page)
        account_page.account_changed.connect(lambda _: controller.refresh_online())
        account_page.connectivity.online.connect(lambda _: controller.refresh_online())
        return page

    def show_screen(self, label: str) -> None:
        self.screens.setCurrentRow(list(self.panes).index(label))

    def vault_unlocked(self) -> None:
        """Load the settings and record the app start (queued only; sent only with consent and without DNT)."""
        self.controller.record(EventKind.APP_START)
        self.controller.load()

    def screen_opened(self, screen: str) -> None:
        self.controller.record(EventKind.SCREEN_OPENED, screen)

    def _offline(self, reason: str) -> None:
        self.offline_note.setText(
            fmt(self.tr("CodeCraft cannot be reached right now (%1). Changes wait on this computer."), reason)
        )
        self.offline_note.setVisible(bool(reason))
