"""Progress reporting and cancellation for long operations, independent of any UI toolkit."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

from desktop.errors import OperationCancelled
from desktop.messages import Message


@dataclass(frozen=True)
class ProgressUpdate:
    done: int
    total: int | None  # None while unknown
    detail: str | Message = ""  # a Message when a person sees it (translated by the interface)
    done_bytes: int = 0
    total_bytes: int | None = None


ProgressSink = Callable[[ProgressUpdate], None]


class CancelToken:
    """Set by whoever waits; checked by the worker at safe points, which then raises ``OperationCancelled``."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise OperationCancelled()


def ignore_progress(_: ProgressUpdate) -> None:
    return None
