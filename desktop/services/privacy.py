"""The privacy center (issue 6): settings kept offline first, Do Not Track headers, analytics, rights requests.

Settings (consents §4.2/§12/§13.1, Do Not Track §7.3, email §7.2) live in the vault and apply at once, signed
in or not. When signed in and online, ``sync_settings`` sends the whole document against the revision it was
based on; if the service moved on (another device, a rights request), the two are merged field by field —
what the person changed here wins, everything else takes the service's value — and sent again.

Threads: methods marked *vault* only touch the vault, *network* only the service; the UI runs them on the
matching ``TaskRunner``. ``sync_settings``, ``flush`` and the headless commands chain both.
"""

from __future__ import annotations

import platform
import time
import weakref
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from desktop import __version__
from desktop.domain.privacy import (
    OPTIONAL_CONSENTS,
    ConsentKind,
    EmailCategory,
    PrivacyPreferences,
    RightsRequestType,
)
from desktop.messages import N_
from desktop.services.privacy_analytics import (
    AccountNeeded,
    AnalyticsQueue,
    EventKind,
    FlushResult,
    add_years,
    block_reason,
)
from desktop.storage.privacy_store import ConsentRecord, PrivacyStore, QueuedEvent, encode

if TYPE_CHECKING:
    from desktop.api import contract as c
    from desktop.api.client import ApiClient
    from desktop.api.privacy_client import PrivacyClient
    from desktop.services.context import AppContext

MAX_MERGE_ROUNDS = 3


def _now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class SettingsOutcome:
    """What the service confirmed for a document (network step), to be stored by ``store_outcome``."""

    sent: PrivacyPreferences
    confirmed: PrivacyPreferences
    history: Sequence[tuple[ConsentKind, bool, str, datetime]]


def merge(local: PrivacyPreferences, base: PrivacyPreferences | None, server: PrivacyPreferences) -> PrivacyPreferences:
    """Three-way merge: fields changed here since ``base`` keep the local value, the rest take the server's."""
    base = base or PrivacyPreferences()
    consents = {
        k: local.consents[k] if local.consents[k] != base.consents[k] else server.consents[k] for k in OPTIONAL_CONSENTS
    }
    emails = {e: local.emails[e] if local.emails[e] != base.emails[e] else server.emails[e] for e in EmailCategory}
    emails[EmailCategory.MARKETING] = emails[EmailCategory.MARKETING] and consents[ConsentKind.MARKETING]
    dnt = local.do_not_track if local.do_not_track != base.do_not_track else server.do_not_track
    return PrivacyPreferences(server.revision, dnt, consents, emails, pending=True)


class PrivacyService:
    def __init__(
        self,
        store: PrivacyStore,
        api: Callable[[], ApiClient],
        *,
        clock: Callable[[], datetime] = _now,
    ) -> None:
        self.store = store
        self.analytics = AnalyticsQueue(store)
        self._api = api
        self._clock = clock
        self._dnt: bool | None = None  # unknown until the vault is read: headers then say DNT (fail safe)
        self._installed: weakref.WeakSet[ApiClient] = weakref.WeakSet()
        self.app_version, self.os_name = __version__, platform.system() or "unknown"

    @classmethod
    def for_context(cls, ctx: AppContext, api: Callable[[], ApiClient] | None = None) -> PrivacyService:
        """The profile's service; its DNT/GPC headers go on every client ``ctx.api()`` builds, now and later."""
        service = cls(PrivacyStore(lambda: ctx.session.vault), api or ctx.api)
        ctx.api_hooks.append(service.install_headers)
        service.install_headers(ctx.api())
        return service

    # -- Do Not Track headers (§7.3) ---------------------------------------------------------------------

    def headers(self) -> dict[str, str]:
        """``DNT: 1`` and ``Sec-GPC: 1`` while Do Not Track is on (and until the setting is known)."""
        from desktop.api.privacy_client import dnt_headers

        return dnt_headers(self._dnt is not False)

    def install_headers(self, client: ApiClient) -> None:
        if client not in self._installed:
            client.transport.add_header_provider(self.headers)
            self._installed.add(client)

    # -- settings (vault) --------------------------------------------------------------------------------

    def preferences(self) -> PrivacyPreferences:
        prefs = self.store.preferences()
        self._dnt = prefs.do_not_track
        return prefs

    def ai_training_consent(self) -> bool:
        """Whether the person explicitly allowed AI training on their code (§4.2); False by default."""
        return self.preferences().consents[ConsentKind.AI_TRAINING]

    def set_consent(self, kind: ConsentKind, granted: bool) -> PrivacyPreferences:
        """Give or withdraw an optional consent; applies at once and is sent at the next sync (§12)."""

        def update(p: PrivacyPreferences) -> PrivacyPreferences:
            p = p.with_consent(kind, granted)
            if kind is ConsentKind.MARKETING and not granted:  # marketing email needs the consent (§7.2)
                p = p.with_email(EmailCategory.MARKETING, False)
            return p

        prefs = self._change(update)
        if kind is ConsentKind.ANALYTICS and not granted:
            self.analytics.stop_sending()
        return prefs

    def set_do_not_track(self, enabled: bool) -> PrivacyPreferences:
        prefs = self._change(lambda p: p.with_do_not_track(enabled))
        if enabled:
            self.analytics.stop_sending()
        return prefs

    def set_email(self, category: EmailCategory, enabled: bool) -> PrivacyPreferences:
        if category is EmailCategory.MARKETING and enabled and not self.preferences().consents[ConsentKind.MARKETING]:
            from desktop.errors import UserFacingError

            raise UserFacingError(N_("Messages", "Marketing email needs the marketing consent. Switch that on first."))
        return self._change(lambda p: p.with_email(category, enabled))

    def unsubscribe_all(self) -> PrivacyPreferences:
        """Every email category off, and the marketing consent withdrawn with it (§7.2)."""
        off = dict.fromkeys(EmailCategory, False)
        return self._change(lambda p: replace(p.with_consent(ConsentKind.MARKETING, False), emails=off))

    def consent_history(self) -> list[ConsentRecord]:
        return self.store.history()

    def _change(self, update: Callable[[PrivacyPreferences], PrivacyPreferences]) -> PrivacyPreferences:
        prefs = self.store.change(update)
        self._dnt = prefs.do_not_track
        return prefs

    # -- syncing settings --------------------------------------------------------------------------------

    def is_signed_in(self) -> bool:
        """Whether a session is stored (keyring; no network)."""
        return self._api().tokens.has_session()

    def client(self) -> PrivacyClient:
        from desktop.api.privacy_client import PrivacyClient

        if not self.is_signed_in():
            raise AccountNeeded()
        return PrivacyClient(self._api())

    def exchange_settings(self, prefs: PrivacyPreferences, base: PrivacyPreferences | None) -> SettingsOutcome:
        """*network*: send ``prefs`` if pending (merging on a stale revision), else fetch the service's copy."""
        from desktop.api.privacy_client import preferences_from

        client = self.client()
        confirmed = self._push(client, prefs, base) if prefs.pending else preferences_from(client.settings())
        history = [(ConsentKind(s.kind), e.granted, e.source, e.at) for s in client.consents() for e in s.history]
        return SettingsOutcome(prefs, confirmed, history)

    @staticmethod
    def _push(client: PrivacyClient, prefs: PrivacyPreferences, base: PrivacyPreferences | None) -> PrivacyPreferences:
        from desktop.api.errors import ConflictError
        from desktop.api.privacy_client import preferences_from

        outgoing = prefs
        for _ in range(MAX_MERGE_ROUNDS):
            pushed = client.push_settings(outgoing)
            server = preferences_from(pushed.settings)
            if pushed.applied or encode(server) == encode(outgoing):
                return server
            outgoing = merge(prefs, base, server)
        raise ConflictError(
            N_("Messages", "Your privacy settings keep changing elsewhere. Please try again in a moment.")
        )

    def store_outcome(self, outcome: SettingsOutcome) -> PrivacyPreferences:
        """*vault*: keep what the service confirmed (local changes made meanwhile stay pending)."""
        prefs = self.store.confirm(outcome.sent, outcome.confirmed, outcome.history)
        self._dnt = prefs.do_not_track
        return prefs

    def sync_settings(self) -> PrivacyPreferences:
        """Vault, network, vault: bring the settings and the service in step (signed in only)."""
        outcome = self.exchange_settings(self.preferences(), self.store.base())
        return self.store_outcome(outcome)

    # -- analytics (§2.2, §7.3, §9) ----------------------------------------------------------------------

    def record_event(self, kind: EventKind, subject: str = "", duration_ms: float | None = None) -> None:
        """*vault*: queue one app start, screen opening or operation duration (never sent without consent)."""
        self.analytics.record(self.preferences(), kind, subject, duration_ms)

    @contextmanager
    def timed(self, operation: str) -> Iterator[None]:
        """Record how long the block took as an ``operation`` event (only if it finished)."""
        started = time.perf_counter()
        yield
        self.record_event(EventKind.OPERATION, operation, (time.perf_counter() - started) * 1000)

    def queued_events(self) -> list[QueuedEvent]:
        """*vault*: the queue as it is now, after deleting events older than two years."""
        self.analytics.expire(self._clock())
        return self.store.queued()

    def delete_queued_events(self) -> int:
        return self.store.clear_queue()

    def analytics_block_reason(self, prefs: PrivacyPreferences | None = None) -> str:
        return block_reason(prefs or self.preferences())

    def next_batch(self, signed_in: bool) -> tuple[list[QueuedEvent], str]:
        """*vault*: expire old events, then the batch the settings allow sending now (or the reason)."""
        self.analytics.expire(self._clock())
        return self.analytics.next_batch(self.preferences(), signed_in)

    def send_batch(self, batch: list[QueuedEvent]) -> FlushResult:
        """*network*: send a batch; the service's answer is final either way, so the caller forgets the batch."""
        from desktop.api import contract as c

        events = [
            c.AnalyticsEvent(
                type=e.type,
                name=e.name,
                timestamp=e.created_at,
                app_version=self.app_version,
                os=self.os_name,
                duration_ms=e.duration_ms,
                metrics=e.metrics,
            )
            for e in batch
        ]
        ack = self.client().send_analytics(events)
        return FlushResult(ack.received, ack.accepted, ack.dropped_reason or "")

    def flush(self) -> FlushResult:
        """Send what may be sent: nothing at all unless analytics consent is on and Do Not Track is off."""
        sent = accepted = 0
        while True:
            batch, reason = self.next_batch(self.is_signed_in())
            if not batch:
                return FlushResult(sent, accepted, reason)
            result = self.send_batch(batch)
            self.store.remove([e.id for e in batch])
            sent, accepted = sent + result.sent, accepted + result.accepted

    def analytics_delete_on(self) -> datetime | None:
        """When the oldest queued event is deleted here (two years after it was recorded)."""
        oldest = self.store.oldest_event()
        return None if oldest is None else add_years(oldest, 2)

    # -- rights requests (§7.1, §11, §12) and the rest (network) -----------------------------------------

    def file_request(
        self, kind: RightsRequestType, details: str | None = None, corrections: Mapping[str, str] | None = None
    ) -> c.RightsRequest:
        return self.client().file_request(kind, details=details or None, corrections=corrections)

    def rights_requests(self) -> list[c.RightsRequest]:
        return self.client().rights_requests()

    def refresh_request(self, request_id: int) -> c.RightsRequest:
        return self.client().rights_request(request_id)

    def download_archive(self, request_id: int, destination: Path) -> Path:
        return self.client().download_archive(request_id, destination)

    def retention(self) -> c.RetentionReport:
        return self.client().retention()

    def processors(self) -> list[c.Processor]:
        return self.client().processors()

    def contact(self) -> c.PrivacyContact:
        return self.client().contact()

    def policy_status(self) -> c.PolicyStatus:
        return self.client().policy_status()

    def accept_policy(self, version: str) -> c.PolicyStatus:
        return self.client().accept_policy(version)

    def security_notices(self) -> list[c.SecurityNotice]:
        return self.client().security_notices()

    def acknowledge_notice(self, notice_id: int) -> None:
        self.client().acknowledge_notice(notice_id)
