"""One running app per profile: a second start brings the first one's window to the front and ends.

Two apps on one vault would each sync it, lock it on their own idle timers, and one could rekey it under the other.
The running app holds a ``QLockFile`` (a crashed app's lock is recognised as stale by its process id); a second
start leaves a request file in the same folder, which the running app watches.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QLockFile, QObject, Signal

_REQUEST = "raise-request"


class AppInstance(QObject):
    raise_requested = Signal()

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._folder = folder
        self._lock = QLockFile(str(folder / "app.lock"))
        self._lock.setStaleLockTime(0)  # held for as long as the app runs; only a dead owner makes it stale

    def claim(self) -> bool:
        """True if this is the profile's only running app; otherwise ask the running one to come to the front."""
        try:
            self._folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            return True  # an unwritable profile folder: the vault gate says so; there is no lock to take
        if self._lock.tryLock(200):
            (self._folder / _REQUEST).unlink(missing_ok=True)
            return True
        if self._lock.error() != QLockFile.LockError.LockFailedError:
            return True  # the lock file could not be written at all: not a sign of another running app
        with contextlib.suppress(OSError):  # at worst the other window stays where it is
            (self._folder / _REQUEST).write_text(str(os.getpid()), encoding="ascii")
        return False

    def watch(self) -> None:
        """Listen for later starts (call once the app runs: the watcher needs the application object)."""
        watcher = QFileSystemWatcher([str(self._folder)], self)  # kept alive by its parent, this object
        watcher.directoryChanged.connect(self._folder_changed)

    def release(self) -> None:
        self._lock.unlock()

    def _folder_changed(self, _: str) -> None:
        request = self._folder / _REQUEST
        if request.exists():
            request.unlink(missing_ok=True)
            self.raise_requested.emit()
