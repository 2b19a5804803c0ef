"""Background work for the UI: one serial worker for the vault, results always delivered on the UI thread.

A screen calls ``tasks.run(fn, on_done=..., on_error=...)``. ``fn`` runs on the vault worker thread; if it
accepts ``progress`` and ``cancel`` keyword arguments (see ``run_with_progress``) it can report progress
(throttled to a few updates a second) and be cancelled. Callbacks never run after their owner is destroyed.
"""

from __future__ import annotations

import itertools
import logging
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from functools import partial
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from desktop.domain.progress import CancelToken, ProgressUpdate
from desktop.ui.thread_inbox import Mailbox, ThreadInbox

log = logging.getLogger(__name__)

PROGRESS_INTERVAL_S = 0.05


class TaskHandle:
    def __init__(self, task_id: int, cancel: CancelToken) -> None:
        self.id = task_id
        self._cancel = cancel
        self.finished = False

    def cancel(self) -> None:
        self._cancel.cancel()

    @property
    def cancelled(self) -> bool:
        return self._cancel.cancelled


class _Callbacks:
    def __init__(
        self,
        owner: QObject | None,
        on_done: Callable[[Any], None] | None,
        on_error: Callable[[BaseException], None] | None,
        on_progress: Callable[[ProgressUpdate], None] | None,
        handle: TaskHandle,
    ) -> None:
        self.owner = owner
        self.on_done = on_done
        self.on_error = on_error
        self.on_progress = on_progress
        self.handle = handle
        self.last_progress = 0.0
        self.last_total: int | None = None  # of the last update posted: a new total is a new phase, always shown


class TaskRunner(ThreadInbox):
    """Runs callables on one background thread (the vault is single-writer) and reports back on the UI thread.

    The worker never touches a Qt object: it posts results to the inbox, which the UI thread drains.
    """

    _finished = Signal(int, object, object)  # task id, result, error
    _progressed = Signal(int, object)
    busy_changed = Signal(bool)
    error = Signal(object)  # errors of tasks that gave no on_error

    def __init__(self, parent: QObject | None = None, name: str = "vault") -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=f"codecraft-{name}")
        self._ids = itertools.count(1)
        self._pending: dict[int, _Callbacks] = {}
        self._closed = False
        self._finished.connect(self._deliver)
        self._progressed.connect(self._deliver_progress)

    def run(
        self,
        fn: Callable[..., Any],
        *args: Any,
        owner: QObject | None = None,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[ProgressUpdate], None] | None = None,
        with_progress: bool = False,
        **kwargs: Any,
    ) -> TaskHandle:
        task_id = next(self._ids)
        cancel = CancelToken()
        handle = TaskHandle(task_id, cancel)
        if self._closed:  # the window is closing: late requests (a timer's, say) are dropped, not raised
            handle.finished = True
            return handle
        callbacks = _Callbacks(owner, on_done, on_error, on_progress, handle)
        self._pending[task_id] = callbacks
        if with_progress:
            kwargs["progress"] = partial(_report, self.mailbox, task_id, callbacks)
            kwargs["cancel"] = cancel
        if len(self._pending) == 1:
            self.busy_changed.emit(True)
        self.expect()
        future = self._executor.submit(fn, *args, **kwargs)
        future.add_done_callback(partial(_complete, self.mailbox, task_id))
        return handle

    def is_busy(self) -> bool:
        return bool(self._pending)

    def shutdown(self) -> None:
        self._closed = True
        for callbacks in self._pending.values():
            callbacks.handle.cancel()
        self._executor.shutdown(wait=True, cancel_futures=True)

    # -- UI thread side ----------------------------------------------------------------------------------

    @Slot(int, object)
    def _deliver_progress(self, task_id: int, update: ProgressUpdate) -> None:
        callbacks = self._pending.get(task_id)
        if callbacks and callbacks.on_progress and _alive(callbacks.owner):
            callbacks.on_progress(update)

    @Slot(int, object, object)
    def _deliver(self, task_id: int, result: Any, error: BaseException | None) -> None:
        callbacks = self._pending.pop(task_id, None)
        if not self._pending:
            self.busy_changed.emit(False)
        if callbacks is None:
            return
        callbacks.handle.finished = True
        if not _alive(callbacks.owner):
            return
        if error is not None:
            if callbacks.on_error is not None:
                callbacks.on_error(error)
            else:
                self.error.emit(error)
        elif callbacks.on_done is not None:
            callbacks.on_done(result)


def _alive(owner: QObject | None) -> bool:
    if owner is None:
        return True
    try:
        owner.objectName()  # raises RuntimeError once the C++ object is gone
    except RuntimeError:
        return False
    return True


# -- worker thread side: only the mailbox, never the runner (a QObject) ---------------------------------------


def _report(mailbox: Mailbox, task_id: int, callbacks: _Callbacks, update: ProgressUpdate) -> None:
    now = time.monotonic()
    final = update.total is not None and update.done >= update.total
    new_phase = update.total != callbacks.last_total  # e.g. the count becomes known: "Looking…" → "1 of 3,000"
    if final or new_phase or now - callbacks.last_progress >= PROGRESS_INTERVAL_S:
        callbacks.last_progress, callbacks.last_total = now, update.total
        mailbox.post("_progressed", task_id, update)


def _complete(mailbox: Mailbox, task_id: int, future: Future[Any]) -> None:
    try:
        if not future.cancelled():
            error = future.exception()
            mailbox.post("_finished", task_id, None if error else future.result(), error)
    finally:
        mailbox.done()
