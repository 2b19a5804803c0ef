"""The local analytics queue: only device, usage and performance events, sent only with consent and without DNT.

What the app records (§2.2): that it started, which screen was opened, and how long a named operation took.
Names are fixed identifiers chosen by the app, never anything typed or imported by the person (no code, file
or project names). Each event is queued in the vault with ``sendable`` fixed at that moment: an event recorded
while Do Not Track was on (§7.3) or analytics consent was off is never sent, even if the setting changes later.
Events older than the two-year analytics period (§9) are deleted locally.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from desktop.domain.privacy import ConsentKind, PrivacyPreferences
from desktop.errors import UserFacingError
from desktop.messages import N_, Message
from desktop.storage.privacy_store import PrivacyStore, QueuedEvent

ANALYTICS_RETENTION_YEARS = 2  # §9
BATCH_SIZE = 500  # the service's limit per call (contract.MAX_ANALYTICS_BATCH)
_SUBJECT = re.compile(r"[a-z][a-z0-9_]{0,47}")


class EventKind(StrEnum):
    """The only events the app records; the value is the wire ``type``."""

    APP_START = "device"
    SCREEN_OPENED = "usage"
    OPERATION = "performance"


@dataclass(frozen=True)
class FlushResult:
    sent: int
    accepted: int
    reason: str  # why nothing (more) was sent, in words; "" when everything sendable went


def add_years(moment: datetime, years: int) -> datetime:
    year = moment.year + years
    return moment.replace(year=year, day=min(moment.day, calendar.monthrange(year, moment.month)[1]))


def block_reason(prefs: PrivacyPreferences) -> str:
    """Why events cannot be sent with these settings; "" when they can."""
    if prefs.do_not_track:
        return Message(N_("Messages", "Do Not Track is on"))
    if not prefs.consents.get(ConsentKind.ANALYTICS, False):
        return Message(N_("Messages", "Analytics consent is off"))
    return ""


def event_name(kind: EventKind, subject: str) -> str:
    if kind is EventKind.APP_START:
        return "app_start"
    if not _SUBJECT.fullmatch(subject):
        raise ValueError(f"an analytics subject is a short lower-case identifier, got {subject!r}")
    return f"{'screen' if kind is EventKind.SCREEN_OPENED else 'operation'}:{subject}"


def why_not_sent(event: QueuedEvent, prefs: PrivacyPreferences, signed_in: bool) -> str:
    """What happens to a queued event at the next flush, in words."""
    if not event.sendable:
        return Message(N_("Messages", "Never sent: recorded while Do Not Track was on or analytics consent was off"))
    reason = block_reason(prefs)
    if reason:
        return Message(N_("Messages", "Not sent now: {reason}"), {"reason": reason})
    if prefs.pending:
        return Message(N_("Messages", "Waits until your privacy settings reach the service"))
    if not signed_in:
        return Message(N_("Messages", "Waits until you sign in"))
    return Message(N_("Messages", "Sent at the next upload"))


class AnalyticsQueue:
    def __init__(self, store: PrivacyStore) -> None:
        self.store = store

    def record(
        self,
        prefs: PrivacyPreferences,
        kind: EventKind,
        subject: str = "",
        duration_ms: float | None = None,
    ) -> None:
        if kind is EventKind.OPERATION and (duration_ms is None or duration_ms < 0):
            raise ValueError("an operation event needs its duration")
        sendable = not block_reason(prefs)
        self.store.enqueue(kind.value, event_name(kind, subject), sendable, duration_ms, {})

    def expire(self, now: datetime) -> int:
        return self.store.expire(add_years(now, -ANALYTICS_RETENTION_YEARS))

    def next_batch(self, prefs: PrivacyPreferences, signed_in: bool) -> tuple[list[QueuedEvent], str]:
        """The events to send now, or none and the reason."""
        reason = block_reason(prefs)
        if not reason and prefs.pending:
            reason = Message(N_("Messages", "Your latest privacy settings have not reached the service yet"))
        if not reason and not signed_in:
            reason = Message(N_("Messages", "Not signed in"))
        if reason:
            return [], reason
        return self.store.queued(limit=BATCH_SIZE, sendable_only=True), ""

    def stop_sending(self) -> None:
        """After consent is withdrawn or DNT switched on, nothing already queued is ever sent."""
        self.store.block_queue()


class AccountNeeded(UserFacingError):
    title = N_("Messages", "Account needed")

    def __init__(self) -> None:
        super().__init__(
            N_("Messages", "Privacy requests go to the CodeCraft service, so they need an account."),
            hint=N_("Messages", "Sign in on the Account page. Your local privacy settings work without one."),
        )
