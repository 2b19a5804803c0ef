"""How sync states read and look: a project's badge (list and header) and the overall line in the status bar."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, QLocale, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QToolButton, QWidget

from desktop.domain.progress import ProgressUpdate
from desktop.domain.sync import OverallSyncStatus, ProjectSyncStatus, SyncState
from desktop.errors import OperationCancelled
from desktop.ui.error_dialog import describe
from desktop.ui.sync.sync_controller import SYNC_SHORTCUT, SyncController

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
    return path or "the requirements"


def project_text(status: ProjectSyncStatus) -> str:
    if status.state is SyncState.PENDING:
        return f"{status.pending} pending"
    if status.state is SyncState.CONFLICT:
        count = len(status.conflicts)
        return "Conflict" if count == 1 else f"{count} conflicts"
    if status.state is SyncState.ERROR:
        return "Error"
    return "Local only" if status.state is SyncState.LOCAL_ONLY else "Synced"


def project_tooltip(status: ProjectSyncStatus) -> str:
    state = status.state
    if state is SyncState.LOCAL_ONLY:
        return "Local only: nothing of this project leaves this device"
    if state is SyncState.SYNCED:
        return "Synced: up to date with CodeCraft"
    if state is SyncState.PENDING:
        return f"{status.pending} change(s) waiting to be sent; they go with the next sync ({SYNC_SHORTCUT})"
    if state is SyncState.CONFLICT:
        shown = ", ".join(_where(p) for p in status.conflicts[:5]) + (" …" if len(status.conflicts) > 5 else "")
        return f"Changed here and on another device: {shown}. Resolve to choose which version to keep."
    return f"Sync error: {status.reason}" if status.reason else "Sync error"


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def last_synced(at: datetime | None, now: datetime | None = None) -> str:
    if at is None:
        return ""
    local = at.astimezone()
    stamp = QDateTime.fromSecsSinceEpoch(int(local.timestamp()))
    if (now or datetime.now().astimezone()).date() == local.date():
        return "Last synced " + QLocale().toString(stamp.time(), QLocale.FormatType.ShortFormat)
    return "Last synced " + QLocale().toString(stamp, QLocale.FormatType.ShortFormat)


def overall_text(overall: OverallSyncStatus) -> tuple[str, str]:
    """(status bar text, tooltip), e.g. ("1 conflict · 2 pending", ...) or ("Sync error: …", reason)."""
    last = last_synced(overall.last_sync_at)
    tip_end = f"\n{last}." if last else ""
    if overall.last_error:
        text = f"Sync error: {overall.last_error}"
        return _elide(text), f"{text}{tip_end}\nYour projects stay available here; sync tries again later."
    parts = []
    if overall.conflicts:
        parts.append(_plural(overall.conflicts, "conflict"))
    if overall.errors:
        parts.append(f"{_plural(overall.errors, 'project')} need{'s' if overall.errors == 1 else ''} attention")
    if overall.pending:
        parts.append(f"{overall.pending} pending")
    if not overall.synced_projects:
        return "Local only", "No project syncs: everything stays on this device. Turn sync on in a project's header."
    if not parts:
        return (last or "Synced"), f"{_plural(overall.synced_projects, 'synced project')}, all up to date.{tip_end}"
    tip = (
        "Open a project with a conflict or error to see what needs you." if overall.conflicts or overall.errors else ""
    )
    if not overall.conflicts and not overall.errors:
        parts.insert(0, "Synced")
        tip = f"Changes waiting to be sent; sync now with {SYNC_SHORTCUT}."
    return " · ".join(parts), f"{tip}{tip_end}".strip()


def progress_text(update: ProgressUpdate) -> str:
    locale = QLocale()
    items = f"{update.done} of {update.total}" if update.total else str(update.done) if update.done else ""
    size = locale.formattedDataSize(update.done_bytes) if update.done_bytes else ""
    if size and update.total_bytes:
        size += f" of {locale.formattedDataSize(update.total_bytes)}"
    return " · ".join(part for part in ((update.detail or "Syncing…").rstrip(), items, size) if part)


def _elide(text: str) -> str:
    return text if len(text) <= MAX_STATUS_CHARS else text[: MAX_STATUS_CHARS - 1].rstrip() + "…"


class SyncStatusWidget(QWidget):
    """The overall sync state for the status bar; while syncing, progress (items and bytes) and a Stop button."""

    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.icon = QLabel()
        self.text = QLabel("")
        self.text.setAccessibleName("Sync state")
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(90)
        self.progress.setMaximumHeight(12)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName("Sync progress")
        self.cancel_button = QToolButton()
        self.cancel_button.setText("Stop")
        self.cancel_button.setAccessibleName("Stop syncing")
        self.cancel_button.setToolTip("Stop syncing; what was already sent or received is kept")
        self.cancel_button.clicked.connect(controller.cancel)
        self.sync_button = QToolButton()
        self.sync_button.setText("Sync now")
        self.sync_button.setAccessibleName("Sync now")
        self.sync_button.setToolTip(f"Send and receive changes of synced projects ({SYNC_SHORTCUT})")
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
            self._set("Syncing…", "Sending and receiving changes", SyncState.PENDING)

    def _progress(self, update: ProgressUpdate) -> None:
        if update.total:
            self.progress.setRange(0, update.total)
            self.progress.setValue(min(update.done, update.total))
        else:
            self.progress.setRange(0, 0)
        self._set(progress_text(update), "Syncing; Stop keeps what was already sent or received", SyncState.PENDING)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, OperationCancelled):
            self._note = "Sync stopped"
        else:
            self._note = ""
            self._set(_elide(f"Sync error: {describe(exc)[1]}"), f"Sync error: {describe(exc)[1]}", SyncState.ERROR)

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
