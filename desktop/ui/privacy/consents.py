"""Consents (§4.2, §12, §13.1): each with a plain explanation, its switch and its history with dates.

Essential processing is listed and explained but cannot be switched. AI training stays off until the person
confirms, in a dialog that says what it means.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QFrame, QLabel, QMessageBox, QVBoxLayout, QWidget

from desktop.domain.privacy import ConsentKind, PrivacyPreferences
from desktop.services.privacy_facts import AI_TRAINING_CONFIRMATION, CONSENT_TEXT
from desktop.storage.privacy_store import ConsentRecord
from desktop.ui.i18n import QT_TRANSLATE_NOOP, fmt, local_time, translated, translated_message
from desktop.ui.privacy.controller import PrivacyController
from desktop.ui.privacy.widgets import note, pane, text
from desktop.ui.theme import style_as

SOURCES = {
    "desktop_app": QT_TRANSLATE_NOOP("Consents", "in this app"),
    "settings_sync": QT_TRANSLATE_NOOP("Consents", "in a CodeCraft app"),
    "rights_request": QT_TRANSLATE_NOOP("Consents", "by a privacy request"),
    "unsubscribe": QT_TRANSLATE_NOOP("Consents", "by unsubscribing"),
    "service": QT_TRANSLATE_NOOP("Consents", "by CodeCraft (period ended)"),
}


class ConsentsPane(QWidget):
    def __init__(self, controller: PrivacyController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.switches: dict[ConsentKind, QCheckBox] = {}
        self.histories: dict[ConsentKind, QLabel] = {}
        self.ai_dialog: QMessageBox | None = None
        body, layout = pane(
            self.tr("Consents"),
            self.tr(
                "What CodeCraft may do with your data beyond running your account. Changes apply on this computer at "
                "once and reach CodeCraft the next time you are online and signed in."
            ),
        )
        self.sync_note = note("", self.tr("Sync state of your consents"))
        layout.addWidget(self.sync_note)
        for kind in ConsentKind:
            layout.addWidget(self._card(kind))
        layout.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(body)
        controller.preferences_changed.connect(self.show_preferences)
        controller.history_changed.connect(self.show_history)

    def _card(self, kind: ConsentKind) -> QFrame:
        title, explanation = map(translated_message, CONSENT_TEXT[kind])
        card = QFrame()
        style_as(card, "banner")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(card)
        switch = QCheckBox(title)
        switch.setStyleSheet("font-weight: 600;")
        switch.setAccessibleName(title)
        if kind.switchable:
            switch.setToolTip(fmt(self.tr("Allow or refuse: %1"), title.lower()))
            switch.clicked.connect(lambda checked, k=kind: self._clicked(k, checked))
        else:
            switch.setChecked(True)
            switch.setEnabled(False)
            switch.setToolTip(self.tr("Needed to run your account; it cannot be switched off"))
        history = text(
            "" if kind.switchable else self.tr("Always on while you have an account."),
            fmt(self.tr("%1: history"), title),
        )
        history.setStyleSheet("color: palette(placeholder-text);")
        self.switches[kind], self.histories[kind] = switch, history
        layout.addWidget(switch)
        layout.addWidget(text(explanation, fmt(self.tr("%1: explanation"), title)))
        layout.addWidget(history)
        return card

    def _clicked(self, kind: ConsentKind, checked: bool) -> None:
        if kind is ConsentKind.AI_TRAINING and checked:
            self.switches[kind].setChecked(False)  # stays off unless confirmed
            self._confirm_ai_training()
            return
        self.controller.set_consent(kind, checked)

    def _confirm_ai_training(self) -> None:
        dialog = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Allow AI training on your code?"),
            translated_message(AI_TRAINING_CONFIRMATION),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        dialog.setDefaultButton(QMessageBox.StandardButton.No)
        dialog.button(QMessageBox.StandardButton.Yes).setText(self.tr("Allow AI training"))
        dialog.button(QMessageBox.StandardButton.No).setText(self.tr("Keep it off"))
        dialog.finished.connect(self._ai_answered)
        self.ai_dialog = dialog
        dialog.open()

    def _ai_answered(self, result: int) -> None:
        self.ai_dialog = None
        if result == QMessageBox.StandardButton.Yes:
            self.switches[ConsentKind.AI_TRAINING].setChecked(True)
            self.controller.set_consent(ConsentKind.AI_TRAINING, True)

    def show_preferences(self, prefs: PrivacyPreferences) -> None:
        for kind, granted in prefs.consents.items():
            self.switches[kind].setChecked(granted)
        self.sync_note.setText(
            self.tr(
                "Some changes have not reached CodeCraft yet; they are sent when you are next online and signed in."
            )
            if prefs.pending
            else ""
        )
        self.sync_note.setVisible(prefs.pending)

    def show_history(self, records: list[ConsentRecord]) -> None:
        by_kind: dict[ConsentKind, list[str]] = {}
        for record in records:
            state = self.tr("Allowed") if record.granted else self.tr("Withdrawn")
            where = translated("Consents", SOURCES.get(record.source, record.source))
            pending = "" if record.synced else self.tr(" — not sent yet")
            by_kind.setdefault(record.kind, []).append(f"{local_time(record.at)}  {state} {where}{pending}")
        for kind in ConsentKind:
            if kind.switchable:
                lines = by_kind.get(kind)
                self.histories[kind].setText(
                    "\n".join(lines) if lines else self.tr("Never allowed: off since the start.")
                )
