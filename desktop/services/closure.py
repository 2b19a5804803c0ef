"""Closing the CodeCraft account: what it deletes and keeps (§7.1, §9), the request, the grace period, cancel.

Network only (no vault): the UI runs these on its network worker.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from desktop.api.account_closure import GRACE_DAYS, AccountClosureClient, ClosureStatus

if TYPE_CHECKING:
    from desktop.api.client import ApiClient

EXPLANATION = (
    f"Closing your account starts a {GRACE_DAYS}-day grace period. During it you can still sign in, and cancel. "
    "When it ends, the CodeCraft service deletes your synced projects and files, your usage data, optional "
    f"consents and email subscriptions; your profile and sign-in details go {GRACE_DAYS} days after closure. "
    "Payment records are the exception: the law requires keeping them for 7 years. Your vault on this "
    "computer is not touched; delete it separately if you want to."
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


def describe(status: ClosureStatus) -> str:
    if not status.pending or status.effective_at is None:
        return "No account closure is scheduled."
    when = status.effective_at.strftime("%d %B %Y")
    return f"Your account is scheduled to close on {when}. Until then you can cancel: Account › Cancel account closure."
