"""The diff viewer's helper process: diffs and lexing run there, so they never hold the GIL the UI thread needs.

Pure Python, no Qt. One process per viewer, started on first use (``submit``) and stopped by ``shutdown`` (the
viewer calls it when it closes or is destroyed; a later ``submit`` starts a new one). The process is spawned, never
forked (the UI process has threads and Qt state), and has a single worker, so jobs run one after another in the
order they were submitted (``lex.py`` relies on that).

A frozen app (the PyInstaller bundle) starts its helper as the app's own program, which ``desktop/__main__.py``
turns into the helper by calling ``multiprocessing.freeze_support()`` first; the bundle's self-test checks it.
``in_process=True`` (also the fallback when no helper process starts) runs the same jobs on one thread of this
process instead, where the lexer steps aside for the UI thread (``lex.cooperative``).
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import os
import signal
import threading
from collections.abc import Callable
from concurrent.futures import CancelledError, Executor, Future, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TYPE_CHECKING, Any, TypeVar

from desktop.ui.diff import lex

if TYPE_CHECKING:
    from desktop.ui.thread_inbox import Mailbox

T = TypeVar("T")
log = logging.getLogger(__name__)
HELPER_START_TIMEOUT_S = 60.0
HELPER_NICENESS = 5  # the helper yields the CPU to the UI thread (on systems that have nice)


def _helper_started() -> None:
    """First thing in the helper: lower its priority, so that lexing never slows the UI process's painting; and
    leave Ctrl+C in a terminal to the app, which then stops the helper itself (no traceback from the helper)."""
    if hasattr(os, "nice"):
        with contextlib.suppress(OSError):
            os.nice(HELPER_NICENESS)
    signal.signal(signal.SIGINT, signal.SIG_IGN)


class WorkerPool:
    def __init__(self, *, in_process: bool = False) -> None:
        self.in_process = in_process
        self._executor: Executor | None = None
        self._waiting: list[_Waiting] | None = None  # jobs submitted while the helper starts
        self._lock = threading.Lock()  # the viewer's build thread submits too

    @property
    def started(self) -> bool:
        return self._executor is not None or self._waiting is not None

    def submit(self, fn: Callable[..., T], *args: Any) -> Future[T]:
        """Run ``fn(*args)`` in the helper. Never waits for the helper to start (spawning one takes the caller some
        20 ms, a slice of the UI thread's frame): the first jobs wait in a list that a starting thread hands over."""
        with self._lock:
            if self._executor is not None:
                try:
                    return self._executor.submit(fn, *args)
                except BrokenProcessPool:  # the helper died (killed, out of memory): start another one
                    self._executor.shutdown(wait=False, cancel_futures=True)
                    self._executor = None
            future: Future[T] = Future()
            if self._waiting is None:
                self._waiting = []
                threading.Thread(target=self._start, args=(self._waiting,), name="codecraft-diff-start").start()
            self._waiting.append((future, fn, args))
            return future

    def _start(self, waiting: list[_Waiting]) -> None:
        try:
            executor: Executor | None = None
            try:
                executor = self._new_executor()
                executor.submit(int).result(timeout=HELPER_START_TIMEOUT_S)  # spawns the helper here, not in a caller
            except Exception:  # no helper process (out of processes, or a frozen app that cannot start one)
                if executor is not None:
                    executor.shutdown(wait=False, cancel_futures=True)
                if self.in_process:
                    raise
                log.warning("The diff viewer's helper process did not start; lexing on a thread instead")
                self.in_process = True
                executor = self._new_executor()
        except Exception as exc:  # not even a thread: the jobs fail, the next submit tries again
            with self._lock:
                if self._waiting is waiting:
                    self._waiting = None
            for future, _, _ in waiting:
                if future.set_running_or_notify_cancel():
                    future.set_exception(exc)
            return
        with self._lock:
            if self._waiting is not waiting:  # shut down meanwhile
                executor.shutdown(wait=False, cancel_futures=True)
                return
            self._executor, self._waiting = executor, None
            for future, fn, args in waiting:
                if future.set_running_or_notify_cancel():
                    _forward(executor.submit(fn, *args), future)

    def _new_executor(self) -> Executor:
        if self.in_process:
            lex.cooperative = True
            return ThreadPoolExecutor(1, thread_name_prefix="codecraft-diff")
        context = multiprocessing.get_context("spawn")
        return ProcessPoolExecutor(1, mp_context=context, initializer=_helper_started)

    def shutdown(self) -> None:
        """Stop the helper without waiting: queued jobs are dropped, a running one finishes on its own."""
        with self._lock:
            executor, self._executor = self._executor, None
            waiting, self._waiting = self._waiting or [], None
        for future, _, _ in waiting:
            future.cancel()
        if executor is not None:
            executor.shutdown(wait=False, cancel_futures=True)


_Waiting = tuple[Future[Any], Callable[..., Any], tuple[Any, ...]]


def _forward(inner: Future[Any], outer: Future[Any]) -> None:
    """Settle ``outer`` (running) as ``inner`` settles."""

    def done(finished: Future[Any]) -> None:
        if finished.cancelled():
            outer.set_exception(CancelledError())
        elif (error := finished.exception()) is not None:
            outer.set_exception(error)
        else:
            outer.set_result(finished.result())

    inner.add_done_callback(done)


def deliver(future: Future[Any], mailbox: Mailbox, signal_name: str, *args: object) -> None:
    """Post ``signal_name(*args, result)`` when ``future`` is done; the result is the exception if it failed."""

    def done(finished: Future[Any]) -> None:  # on the pool's thread (or here, if already done)
        cancelled = finished.cancelled()
        result: object = CancelledError() if cancelled else finished.exception() or finished.result()
        mailbox.post(signal_name, *args, result)
        mailbox.done()

    future.add_done_callback(done)
