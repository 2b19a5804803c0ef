"""Auto-lock: after the set number of minutes without keyboard or mouse input, ask for the vault to lock.

Input is watched on the window that has the focus (each one as it gets it: the main window, a dialog), where Qt
delivers it before any widget sees it. An application-wide filter would see the same input, but Qt would call
into Python for every event of every widget too: each paint, layout and timer.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QWindow

_INPUT_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class IdleLock(QObject):
    idle = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self.idle)
        self.set_minutes(minutes)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.focusWindowChanged.connect(self._watch)
            self._watch(app.focusWindow())

    def _watch(self, window: QWindow | None) -> None:
        if window is not None:
            window.installEventFilter(self)  # installing again on a window it already watches changes nothing

    def set_minutes(self, minutes: int) -> None:
        self._interval_ms = max(minutes, 0) * 60_000
        self.restart()

    def set_interval_ms(self, interval_ms: int) -> None:
        self._interval_ms = interval_ms
        self.restart()

    def restart(self) -> None:
        if self._interval_ms > 0:
            self._timer.start(self._interval_ms)
        else:
            self._timer.stop()

    def pause(self) -> None:
        self._timer.stop()

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS and self._timer.isActive():  # a paused lock (while locked) stays paused
            self.restart()
        return False
