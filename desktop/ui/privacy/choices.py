"""Do Not Track (§7.3) and communication preferences (§7.2)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QVBoxLayout, QWidget

from desktop.domain.privacy import ConsentKind, EmailCategory, PrivacyPreferences
from desktop.services.privacy_facts import EMAIL_TEXT
from desktop.ui.i18n import QT_TRANSLATE_NOOP, fmt, translated, translated_message
from desktop.ui.privacy.controller import PrivacyController
from desktop.ui.privacy.widgets import button, note, pane, text

DNT_ON = QT_TRANSLATE_NOOP(
    "Choices", "No analytics or usage events are sent; every request carries DNT: 1 and Sec-GPC: 1."
)
DNT_OFF = QT_TRANSLATE_NOOP(
    "Choices",
    "Do Not Track is off. Analytics events are still sent only if you allowed usage and performance data "
    "under Consents.",
)


class DoNotTrackPane(QWidget):
    def __init__(self, controller: PrivacyController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        body, layout = pane(
            self.tr("Do Not Track"),
            self.tr(
                "One switch that stops all tracking by this app, whatever your consents say. CodeCraft honours it, "
                "and it is also sent as the Do Not Track and Global Privacy Control signals."
            ),
        )
        self.switch = QCheckBox(self.tr("Do Not Track"))
        self.switch.setAccessibleName(self.tr("Do Not Track"))
        self.switch.setToolTip(self.tr("Send no analytics and ask CodeCraft not to track you"))
        self.switch.setStyleSheet("font-weight: 600;")
        self.switch.clicked.connect(controller.set_do_not_track)
        self.state = text("", self.tr("Do Not Track state"))
        layout.addWidget(self.switch)
        layout.addWidget(self.state)
        layout.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(body)
        controller.preferences_changed.connect(self.show_preferences)
        self.show_preferences(controller.prefs)

    def show_preferences(self, prefs: PrivacyPreferences) -> None:
        self.switch.setChecked(prefs.do_not_track)
        self.state.setText(translated("Choices", DNT_ON if prefs.do_not_track else DNT_OFF))


class CommunicationsPane(QWidget):
    def __init__(self, controller: PrivacyController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        body, layout = pane(
            self.tr("Communication preferences"),
            self.tr(
                "Which emails CodeCraft may send you. Every email also has an unsubscribe link, and you can write to "
                "support@codecraft.ai."
            ),
        )
        self.switches: dict[EmailCategory, QCheckBox] = {}
        for category in EmailCategory:
            title, explanation = map(translated_message, EMAIL_TEXT[category.value])
            switch = QCheckBox(title)
            switch.setAccessibleName(title)
            switch.setToolTip(explanation)
            switch.clicked.connect(lambda checked, c=category: controller.set_email(c, checked))
            self.switches[category] = switch
            layout.addWidget(switch)
            layout.addWidget(note(explanation, fmt(self.tr("%1: explanation"), title)))
        self.unsubscribe = button(
            self.tr("Unsubscribe from all"), self.tr("Turn every email off and withdraw the marketing consent")
        )
        self.unsubscribe.clicked.connect(controller.unsubscribe_all)
        row = QHBoxLayout()
        row.addWidget(self.unsubscribe)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(body)
        controller.preferences_changed.connect(self.show_preferences)
        self.show_preferences(controller.prefs)

    def show_preferences(self, prefs: PrivacyPreferences) -> None:
        for category, enabled in prefs.emails.items():
            self.switches[category].setChecked(enabled)
        marketing_ok = prefs.consents[ConsentKind.MARKETING]
        marketing = self.switches[EmailCategory.MARKETING]
        marketing.setEnabled(marketing_ok or prefs.emails[EmailCategory.MARKETING])
        marketing.setToolTip(
            translated_message(EMAIL_TEXT["marketing"][1])
            if marketing_ok
            else self.tr("Allow Marketing under Consents to receive marketing email")
        )
