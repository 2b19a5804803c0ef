"""What is collected (§2.2, §7.3, §9): the events queued on this computer, whether they would be sent now and
why not, and a button to delete them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from desktop.domain.privacy import PrivacyPreferences
from desktop.services.privacy_analytics import block_reason, why_not_sent
from desktop.storage.privacy_store import QueuedEvent
from desktop.ui.i18n import QT_TRANSLATE_NOOP, fmt, local_time, translated, translated_message
from desktop.ui.privacy.controller import PrivacyController
from desktop.ui.privacy.widgets import button, pane, table, text

Index = QModelIndex | QPersistentModelIndex
COLUMNS = (
    QT_TRANSLATE_NOOP("Collected", "Recorded"),
    QT_TRANSLATE_NOOP("Collected", "Kind"),
    QT_TRANSLATE_NOOP("Collected", "Event"),
    QT_TRANSLATE_NOOP("Collected", "Duration"),
    QT_TRANSLATE_NOOP("Collected", "At the next upload"),
)
KINDS = {
    "device": QT_TRANSLATE_NOOP("Collected", "App start"),
    "usage": QT_TRANSLATE_NOOP("Collected", "Screen opened"),
    "performance": QT_TRANSLATE_NOOP("Collected", "Operation time"),
}


class EventsModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.events: list[QueuedEvent] = []
        self.prefs = PrivacyPreferences()
        self.signed_in = False

    def set_events(self, events: list[QueuedEvent]) -> None:
        self.beginResetModel()
        self.events = list(events)
        self.endResetModel()

    def set_context(self, prefs: PrivacyPreferences, signed_in: bool) -> None:
        self.prefs, self.signed_in = prefs, signed_in
        if self.events:
            self.dataChanged.emit(self.index(0, 4), self.index(len(self.events) - 1, 4))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.events)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translated("Collected", COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        event = self.events[index.row()]
        values = (
            local_time(event.created_at),
            translated("Collected", KINDS.get(event.type, event.type)),
            event.name,
            f"{event.duration_ms:.0f} ms" if event.duration_ms is not None else "",
            translated_message(why_not_sent(event, self.prefs, self.signed_in)),
        )
        return values[index.column()]


class CollectedPane(QWidget):
    def __init__(self, controller: PrivacyController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        body, layout = pane(
            self.tr("What is collected"),
            self.tr(
                "Everything this app has recorded for usage and performance analytics and not sent yet: app starts, "
                "screens opened and how long operations took. Never code, file names or project names. Events are "
                "deleted from this computer after two years."
            ),
        )
        self.state = text("", self.tr("Whether events are sent now"))
        self.state.setStyleSheet("font-weight: 600;")
        self.model = EventsModel()
        self.view = table(self.tr("Queued analytics events"), self.tr("Usage events waiting on this device to be sent"))
        self.view.setModel(self.model)
        self.view.setColumnWidth(0, 130)
        self.view.setColumnWidth(1, 110)
        self.view.setColumnWidth(2, 150)
        self.view.setColumnWidth(3, 80)
        self.delete = button(
            self.tr("Delete queued events"), self.tr("Delete every event queued on this computer; none is sent")
        )
        self.delete.clicked.connect(controller.delete_queue)
        row = QHBoxLayout()
        row.addWidget(self.delete)
        row.addStretch(1)
        layout.addWidget(self.state)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(body)
        controller.queue_changed.connect(self.show_events)
        controller.preferences_changed.connect(lambda _: self._refresh_state())
        controller.signed_in_changed.connect(lambda _: self._refresh_state())
        self._refresh_state()

    def show_events(self, events: list[QueuedEvent]) -> None:
        self.model.set_events(events)
        self._refresh_state()

    def _refresh_state(self) -> None:
        prefs, signed_in = self.controller.prefs, self.controller.signed_in
        self.model.set_context(prefs, signed_in)
        reason = block_reason(prefs)
        count = len(self.model.events)
        if reason:
            self.state.setText(
                fmt(
                    self.tr("Nothing is sent: %1. %2 event(s) wait here and are never sent."),
                    translated_message(reason),
                    count,
                )
            )
        elif not signed_in:
            self.state.setText(
                fmt(self.tr("Nothing is sent while you are signed out. %1 event(s) on this computer."), count)
            )
        else:
            self.state.setText(fmt(self.tr("Events recorded with your consent are sent. %1 event(s) waiting."), count))
        self.delete.setEnabled(count > 0)
