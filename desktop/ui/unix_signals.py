"""Ctrl+C in the terminal, `kill` and a closing session end the app as its Quit command does: the vault locked.

Python runs a signal handler only when it next runs Python code, and while Qt waits for events no Python runs: a
plain handler would wait for the next mouse move. So the interpreter's C-level handler writes the signal's number
to a socket (``signal.set_wakeup_fd``), and a ``QSocketNotifier`` on the other end wakes the event loop.
"""

from __future__ import annotations

import os
import signal
import socket
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier

_SIGNALS = ("SIGINT", "SIGTERM", "SIGHUP")


class QuitOnSignals(QObject):
    def __init__(self, quit_app: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._quit_app = quit_app
        self._receive, self._send = socket.socketpair()
        for end in (self._receive, self._send):
            end.setblocking(False)
        signal.set_wakeup_fd(self._send.fileno())  # for the rest of the process: installed once, by run_app
        for name in _SIGNALS:
            number = getattr(signal, name, None)
            if number is not None:
                # Any Python-level handler makes the C handler write to the wakeup socket; the work is done in _wake.
                signal.signal(number, lambda *_: None)
        self._notifier = QSocketNotifier(self._receive.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._wake)

    def _wake(self) -> None:
        try:
            received = self._receive.recv(64)
        except BlockingIOError:
            return
        if received:
            self._quit_app()


def quit_on_signals(quit_app: Callable[[], None], parent: QObject) -> QuitOnSignals | None:
    """Install the handlers where signals exist (POSIX); on Windows the console's Ctrl+C is left as it is."""
    if os.name != "posix":
        return None
    return QuitOnSignals(quit_app, parent)
