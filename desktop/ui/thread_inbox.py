"""Signals from plain Python threads without a worker ever touching a Qt object.

Emitting a Qt signal from a Python thread while the UI thread deletes the receiver can crash PySide6, and so does a
worker dropping the last reference to a QObject (Qt then deletes it, and its timers, on the wrong thread). A
``ThreadInbox`` therefore hands workers only its ``mailbox``, a pure-Python queue: ``mailbox.post(signal_name,
*args)`` and, at the end of a job, ``mailbox.done()``. The UI thread drains the queue with a timer and emits the
signals itself; the timer runs only while a job announced with ``expect()`` has not called ``done()``.
"""

from __future__ import annotations

import queue
from typing import Any

from PySide6.QtCore import QObject, QTimer

DRAIN_INTERVAL_MS = 8
_DONE = "__done__"


class Mailbox:
    """The worker's side of an inbox: pure Python, safe to use even after the inbox's Qt object is gone."""

    def __init__(self) -> None:
        self._queue: queue.SimpleQueue[tuple[str, tuple[Any, ...]]] = queue.SimpleQueue()

    def post(self, signal_name: str, *args: Any) -> None:
        self._queue.put((signal_name, args))

    def done(self) -> None:
        self._queue.put((_DONE, ()))

    def take(self) -> tuple[str, tuple[Any, ...]] | None:
        try:
            return self._queue.get_nowait()
        except queue.Empty:
            return None


class ThreadInbox(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.mailbox = Mailbox()
        self._expected = 0
        self._timer = QTimer(self, interval=DRAIN_INTERVAL_MS)
        self._timer.timeout.connect(self.drain)

    def expect(self) -> None:
        """A worker will post to ``mailbox`` and then call ``mailbox.done()``."""
        self._expected += 1
        self._timer.start()

    def drain(self) -> None:
        while (item := self.mailbox.take()) is not None:
            name, args = item
            if name == _DONE:
                self._expected = max(self._expected - 1, 0)
                if not self._expected:
                    self._timer.stop()
            else:
                getattr(self, name).emit(*args)
