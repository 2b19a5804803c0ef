"""How sync states read and look: a project's badge (list and header) and the overall line in the status bar."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QToolButton, QWidget

from desktop.domain.progress import ProgressUpdate
from desktop.domain.sync import OverallSyncStatus, ProjectSyncStatus, SyncState
from desktop.errors import OperationCancelled
from desktop.ui.error_dialog import describe
from desktop.ui.i18n import fmt, tr, translated_message
from desktop.ui.sync.sync_controller import SyncController
from desktop.ui.window_actions import SYNC_SHORTCUT

COLOURS = {
    SyncState.LOCAL_ONLY: "#7d828c",
    SyncState.SYNCED: "#23884a",
    SyncState.PENDING: "#2563c9",
    SyncState.CONFLICT: "#b86a00",
    SyncState.ERROR: "#c93434",
}
GLYPHS = {
    SyncState.LOCAL_ONLY: "",
    SyncState.SYNCED: "✓",
    SyncState.PENDING: "↑",
    SyncState.CONFLICT: "!",
    SyncState.ERROR: "×",
}
_ICONS: dict[SyncState, QIcon] = {}
MAX_STATUS_CHARS = 70


def state_icon(state: SyncState) -> QIcon:
    """A small coloured disc with a glyph; the text beside it always says the same, colour is never alone."""
    if state not in _ICONS:
        pixmap = QPixmap(32, 32)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = QColor(COLOURS[state])
        if state is SyncState.LOCAL_ONLY:
            painter.setPen(QPen(colour, 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QRectF(5, 5, 22, 22))
        else:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawEllipse(QRectF(2, 2, 28, 28))
            font = QFont()
            font.setPixelSize(20)
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(QColor("#ffffff"))
            painter.drawText(QRectF(0, 0, 32, 32), Qt.AlignmentFlag.AlignCenter, GLYPHS[state])
        painter.end()
        _ICONS[state] = QIcon(pixmap)
    return _ICONS[state]


def _where(path: str) -> str:
    return path or QCoreApplication.translate("SyncStatus", "the requirements")


def project_text(status: ProjectSyncStatus) -> str:
    if status.state is SyncState.PENDING:
        return tr("%n pending", "", status.pending)
    if status.state is SyncState.CONFLICT:
        count = len(status.conflicts)
        return QCoreApplication.translate("SyncStatus", "Conflict") if count == 1 else tr("%n conflicts", "", count)
    if status.state is SyncState.ERROR:
        return QCoreApplication.translate("SyncStatus", "Error")
    return (
        QCoreApplication.translate("SyncStatus", "Local only")
        if status.state is SyncState.LOCAL_ONLY
        else QCoreApplication.translate("SyncStatus", "Synced")
    )


def project_tooltip(status: ProjectSyncStatus) -> str:
    state = status.state
    if state is SyncState.LOCAL_ONLY:
        return QCoreApplication.translate("SyncStatus", "Local only: nothing of this project leaves this device")
    if state is SyncState.SYNCED:
        return QCoreApplication.translate("SyncStatus", "Synced: up to date with CodeCraft")
    if state is SyncState.PENDING:
        return fmt(
            QCoreApplication.translate(
                "SyncStatus", "%1 change(s) waiting to be sent; they go with the next sync (%2)"
            ),
            status.pending,
            SYNC_SHORTCUT,
        )
    if state is SyncState.CONFLICT:
        shown = ", ".join(_where(p) for p in status.conflicts[:5]) + (" …" if len(status.conflicts) > 5 else "")
        return fmt(
            QCoreApplication.translate(
                "SyncStatus", "Changed here and on another device: %1. Resolve to choose which version to keep."
            ),
            shown,
        )
    return (
        fmt(QCoreApplication.translate("SyncStatus", "Sync error: %1"), translated_message(status.reason))
        if status.reason
        else QCoreApplication.translate("SyncStatus", "Sync error")
    )


def last_synced(at: datetime | None, now: datetime | None = None) -> str:
    if at is None:
        return ""
    local = at.astimezone()
    stamp = QDateTime.fromSecsSinceEpoch(int(local.timestamp()))
    if (now or datetime.now().astimezone()).date() == local.date():
        return QCoreApplication.translate("SyncStatus", "Last synced ") + QLocale().toString(
            stamp.time(), QLocale.FormatType.ShortFormat
        )
    return QCoreApplication.translate("SyncStatus", "Last synced ") + QLocale().toString(
        stamp, QLocale.FormatType.ShortFormat
    )


def overall_text(overall: OverallSyncStatus) -> tuple[str, str]:
    """(status bar text, tooltip), e.g. ("1 conflict · 2 pending", ...) or ("Sync error: …", reason)."""
    last = last_synced(overall.last_sync_at)
    tip_end = f"\n{last}." if last else ""
    if overall.last_error:
        text = fmt(QCoreApplication.translate("SyncStatus", "Sync error: %1"), overall.last_error)
        return _elide(text), fmt(
            QCoreApplication.translate(
                "SyncStatus", "%1%2\nYour projects stay available here; sync tries again later."
            ),
            text,
            tip_end,
        )
    parts = []
    if overall.conflicts:
        parts.append(tr("%n conflict(s)", "", overall.conflicts))
    if overall.errors:
        parts.append(tr("%n project(s) need attention", "", overall.errors))
    if overall.pending:
        parts.append(tr("%n pending", "", overall.pending))
    if not overall.synced_projects:
        return QCoreApplication.translate("SyncStatus", "Local only"), QCoreApplication.translate(
            "SyncStatus", "No project syncs: everything stays on this device. Turn sync on in a project's header."
        )
    if not parts:
        return (last or QCoreApplication.translate("SyncStatus", "Synced")), tr(
            "%n synced project(s), all up to date.", "", overall.synced_projects
        ) + tip_end
    tip = (
        QCoreApplication.translate("SyncStatus", "Open a project with a conflict or error to see what needs you.")
        if overall.conflicts or overall.errors
        else ""
    )
    if not overall.conflicts and not overall.errors:
        parts.insert(0, QCoreApplication.translate("SyncStatus", "Synced"))
        tip = fmt(
            QCoreApplication.translate("SyncStatus", "Changes waiting to be sent; sync now with %1."), SYNC_SHORTCUT
        )
    return " · ".join(parts), f"{tip}{tip_end}".strip()


def progress_text(update: ProgressUpdate) -> str:
    locale = QLocale()
    items = fmt(tr("%1 of %2"), update.done, update.total) if update.total else str(update.done) if update.done else ""
    size = locale.formattedDataSize(update.done_bytes) if update.done_bytes else ""
    if size and update.total_bytes:
        size = fmt(tr("%1 of %2"), size, locale.formattedDataSize(update.total_bytes))
    return " · ".join(
        part
        for part in (
            (translated_message(update.detail) or QCoreApplication.translate("SyncStatus", "Syncing…")).rstrip(),
            items,
            size,
        )
        if part
    )


def _elide(text: str) -> str:
    return text if len(text) <= MAX_STATUS_CHARS else text[: MAX_STATUS_CHARS - 1].rstrip() + "…"


class SyncStatusWidget(QWidget):
    """The overall sync state for the status bar; while syncing, progress (items and bytes) and a Stop button."""

    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.icon = QLabel()
        self.text = QLabel("")
        self.text.setAccessibleName(self.tr("Sync state"))
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(90)
        self.progress.setMaximumHeight(12)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("Sync progress"))
        self.cancel_button = QToolButton()
        self.cancel_button.setText(self.tr("Stop"))
        self.cancel_button.setAccessibleName(self.tr("Stop syncing"))
        self.cancel_button.setToolTip(self.tr("Stop syncing; what was already sent or received is kept"))
        self.cancel_button.clicked.connect(controller.cancel)
        self.sync_button = QToolButton()
        self.sync_button.setText(self.tr("Sync now"))
        self.sync_button.setAccessibleName(self.tr("Sync now"))
        self.sync_button.setToolTip(fmt(self.tr("Send and receive changes of synced projects (%1)"), SYNC_SHORTCUT))
        self.sync_button.setAutoRaise(True)
        self.sync_button.clicked.connect(lambda: controller.sync_now())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 0)
        layout.setSpacing(6)
        for widget in (self.icon, self.text, self.progress, self.cancel_button, self.sync_button):
            layout.addWidget(widget)
        self._note = ""
        self._overall: OverallSyncStatus | None = None
        self._set_running(False)
        controller.running_changed.connect(self._set_running)
        controller.progressed.connect(self._progress)
        controller.overall_changed.connect(self._show_overall)
        controller.failed.connect(self._failed)
        controller.notice.connect(self._notice)
        controller.synced.connect(lambda _: self._notice(""))
        self.setVisible(False)
        controller.enabled_changed.connect(self.setVisible)

    def _set_running(self, running: bool) -> None:
        self.progress.setVisible(running)
        self.cancel_button.setVisible(running)
        self.cancel_button.setEnabled(running)
        self.sync_button.setVisible(not running)
        if running:
            self._note = ""
            self.progress.setRange(0, 0)
            self._set(self.tr("Syncing…"), self.tr("Sending and receiving changes"), SyncState.PENDING)

    def _progress(self, update: ProgressUpdate) -> None:
        if update.total:
            self.progress.setRange(0, update.total)
            self.progress.setValue(min(update.done, update.total))
        else:
            self.progress.setRange(0, 0)
        self._set(
            progress_text(update), self.tr("Syncing; Stop keeps what was already sent or received"), SyncState.PENDING
        )

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, OperationCancelled):
            self._note = self.tr("Sync stopped")
        else:
            self._note = ""
            self._set(
                _elide(fmt(self.tr("Sync error: %1"), describe(exc)[1])),
                fmt(self.tr("Sync error: %1"), describe(exc)[1]),
                SyncState.ERROR,
            )

    def _notice(self, text: str) -> None:
        self._note = text
        if self._overall is not None:
            self._show_overall(self._overall)

    def _show_overall(self, overall: OverallSyncStatus) -> None:
        self._overall = overall
        if self.controller.running:
            return
        text, tip = overall_text(overall)
        state = overall.state
        if self._note:
            text, tip = f"{self._note} · {text}", f"{self._note}.\n{tip}"
        self._set(text, tip, state)

    def _set(self, text: str, tip: str, state: SyncState) -> None:
        self.text.setText(text)
        self.text.setToolTip(tip)
        self.icon.setPixmap(state_icon(state).pixmap(16, 16))
        self.icon.setToolTip(tip)


def project_look(status: ProjectSyncStatus) -> tuple[str, str, QIcon]:
    """(text, tooltip, icon) of a project's sync status: the list's Sync column."""
    return project_text(status), project_tooltip(status), state_icon(status.state)
