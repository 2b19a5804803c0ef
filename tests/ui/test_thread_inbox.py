"""Workers hand results to the UI thread through a pure-Python mailbox; no worker touches a Qt object."""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import Signal
from pytestqt.qtbot import QtBot

from desktop.ui.thread_inbox import Mailbox, ThreadInbox


class Numbers(ThreadInbox):
    number = Signal(int)


def _count(mailbox: Mailbox, until: int, go: threading.Event | None = None) -> None:
    if go is not None:
        go.wait(5)
    for value in range(until):
        mailbox.post("number", value)
    mailbox.done()


def test_results_arrive_in_order_on_the_ui_thread(qtbot: QtBot) -> None:
    inbox = Numbers()
    seen: list[tuple[int, int]] = []
    inbox.number.connect(lambda value: seen.append((value, threading.get_ident())))
    inbox.expect()
    threading.Thread(target=_count, args=(inbox.mailbox, 5000)).start()
    qtbot.waitUntil(lambda: len(seen) == 5000)
    assert [value for value, _ in seen] == list(range(5000))
    assert {thread for _, thread in seen} == {threading.main_thread().ident}
    qtbot.waitUntil(lambda: not inbox._timer.isActive())  # idle again: no timer left running


def test_a_worker_outliving_its_inbox_is_harmless(qtbot: QtBot) -> None:
    inbox = Numbers()
    inbox.expect()
    go = threading.Event()
    worker = threading.Thread(target=_count, args=(inbox.mailbox, 1000, go))
    worker.start()
    del inbox  # the Qt object goes away while the worker still has results to post
    gc.collect()
    go.set()
    worker.join(5)
    assert not worker.is_alive()
