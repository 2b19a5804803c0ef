"""Closing the CodeCraft account: what it deletes and keeps (§7.1, §9), the request, the grace period, cancel.

Network only (no vault): the UI runs these on its network worker.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from desktop.api.account_closure import GRACE_DAYS, AccountClosureClient, ClosureStatus
from desktop.messages import N_, Message

if TYPE_CHECKING:
    from desktop.api.client import ApiClient

EXPLANATION = Message(
    N_(
        "Messages",
        "Closing your account starts a {days}-day grace period. During it you can still sign in, and cancel. "
        "When it ends, the CodeCraft service deletes your synced projects and files, your usage data, optional "
        "consents and email subscriptions; your profile and sign-in details go {days} days after closure. "
        "Payment records are the exception: the law requires keeping them for 7 years. Your vault on this "
        "computer is not touched; delete it separately if you want to.",
    ),
    {"days": GRACE_DAYS},
)


class ClosureService:
    def __init__(self, api: Callable[[], ApiClient]) -> None:
        self._api = api

    def _client(self) -> AccountClosureClient:
        return AccountClosureClient(self._api())

    def status(self) -> ClosureStatus:
        return self._client().status()

    def close_account(self, password: str, totp_code: str | None = None) -> ClosureStatus:
        """Re-authenticates with the password (and code), files the deletion request, schedules the closure."""
        return self._client().request(password, totp_code)

    def cancel(self) -> ClosureStatus:
        return self._client().cancel()


def describe(status: ClosureStatus, format_day: Callable[[datetime], str]) -> Message:
    """What is scheduled; ``format_day`` writes the date as the person's locale does."""
    if not status.pending or status.effective_at is None:
        return Message(N_("Messages", "No account closure is scheduled."))
    scheduled = N_(
        "Messages",
        "Your account is scheduled to close on {day}. Until then you can cancel: Account › Cancel account closure.",
    )
    return Message(scheduled, {"day": format_day(status.effective_at)})
