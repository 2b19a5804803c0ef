"""The Privacy screens' one link to ``PrivacyService``: vault work on the vault runner, service calls on the
network runner, results announced by signals on the UI thread.

Settings apply locally first; when signed in they are then sent (vault → network → vault). A background
refresh that fails because the service cannot be reached says so in ``offline_reason`` instead of an error
dialog: working offline is normal.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.api import contract as c
from desktop.api.errors import PermissionDenied, ServiceUnavailable, SessionExpired
from desktop.domain.privacy import ConsentKind, EmailCategory, PrivacyPreferences
from desktop.services.privacy import PrivacyService
from desktop.services.privacy_analytics import EventKind
from desktop.storage.privacy_store import QueuedEvent
from desktop.ui.i18n import translated_message
from desktop.ui.tasks import TaskRunner

Step = tuple[TaskRunner, Callable[[Any], Any]]
FLUSH_INTERVAL_MS = 10 * 60 * 1000


class PrivacyController(QObject):
    preferences_changed = Signal(object)  # PrivacyPreferences
    history_changed = Signal(object)  # list[ConsentRecord]
    queue_changed = Signal(object)  # list[QueuedEvent]
    signed_in_changed = Signal(bool)
    offline_changed = Signal(str)  # why the service could not be reached; "" when it could
    policy_changed = Signal(object)  # c.PolicyStatus
    notices_changed = Signal(object)  # list[c.SecurityNotice]
    requests_changed = Signal(object)  # list[c.RightsRequest]
    retention_changed = Signal(object)  # c.RetentionReport
    processors_changed = Signal(object)  # list[c.Processor]
    contact_changed = Signal(object)  # c.PrivacyContact
    error = Signal(object)  # an exception from something the person asked for

    def __init__(
        self,
        service: PrivacyService,
        vault: TaskRunner,
        network: TaskRunner,
        vault_open: Callable[[], bool],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.service, self.vault, self.network = service, vault, network
        self._vault_open = vault_open
        self.prefs = PrivacyPreferences()
        self.signed_in = False
        self.offline_reason = ""
        self._flush_timer = QTimer(self)
        self._flush_timer.setInterval(FLUSH_INTERVAL_MS)
        self._flush_timer.timeout.connect(self.flush)

    # -- running steps -----------------------------------------------------------------------------------

    def chain(
        self,
        steps: list[Step],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        value: Any = None,
    ) -> None:
        """Run ``steps`` one after the other, each on its runner, passing each result to the next."""
        (runner, fn), rest = steps[0], steps[1:]

        def done(result: Any) -> None:
            if rest:
                self.chain(rest, on_done, on_error, result)
            elif on_done is not None:
                on_done(result)

        runner.run(fn, value, owner=self, on_done=done, on_error=on_error or self.error.emit)

    def _background_failed(self, exc: BaseException) -> None:
        """A refresh nobody asked for failed: offline is normal, an expired session means signed out."""
        if isinstance(exc, SessionExpired):
            self._set_signed_in(False)
        elif isinstance(exc, ServiceUnavailable):
            self.offline_reason = translated_message(exc.text)
            self.offline_changed.emit(self.offline_reason)
        else:
            self.error.emit(exc)

    def _set_signed_in(self, signed_in: bool) -> None:
        self.signed_in = signed_in
        self.signed_in_changed.emit(signed_in)

    # -- local state (vault) -----------------------------------------------------------------------------

    def load(self) -> None:
        """Read the settings, history and queue; then talk to the service if signed in."""
        if not self._vault_open():
            return
        self.vault.run(self._read_all, owner=self, on_done=self._loaded, on_error=self.error.emit)
        self._flush_timer.start()

    def _read_all(self) -> tuple[Any, ...]:
        return self.service.preferences(), self.service.consent_history(), self.service.queued_events()

    def _loaded(self, loaded: tuple[Any, ...]) -> None:
        prefs, history, queue = loaded
        self._show_prefs(prefs)
        self.history_changed.emit(history)
        self.queue_changed.emit(queue)
        self.refresh_online()

    def _show_prefs(self, prefs: PrivacyPreferences) -> None:
        self.prefs = prefs
        self.preferences_changed.emit(prefs)

    def _change(self, fn: Callable[[], PrivacyPreferences]) -> None:
        def apply(_: Any) -> tuple[Any, ...]:
            return fn(), self.service.consent_history(), self.service.queued_events()

        def applied(result: tuple[Any, ...]) -> None:
            self._loaded(result)

        self.chain([(self.vault, apply)], applied)

    def set_consent(self, kind: ConsentKind, granted: bool) -> None:
        self._change(lambda: self.service.set_consent(kind, granted))

    def set_do_not_track(self, enabled: bool) -> None:
        self._change(lambda: self.service.set_do_not_track(enabled))

    def set_email(self, category: EmailCategory, enabled: bool) -> None:
        self._change(lambda: self.service.set_email(category, enabled))

    def unsubscribe_all(self) -> None:
        self._change(self.service.unsubscribe_all)

    def record(self, kind: EventKind, subject: str = "", duration_ms: float | None = None) -> None:
        if self._vault_open():
            self.chain(
                [
                    (self.vault, lambda _: self.service.record_event(kind, subject, duration_ms)),
                    (self.vault, self._queue),
                ],
                self.queue_changed.emit,
            )

    def delete_queue(self) -> None:
        self.chain(
            [(self.vault, lambda _: self.service.delete_queued_events()), (self.vault, self._queue)],
            self.queue_changed.emit,
        )

    def _queue(self, _: Any = None) -> Any:
        return self.service.queued_events()

    # -- with the service (network, and the vault around it) --------------------------------------------

    def refresh_online(self) -> None:
        """Sync the settings, then the policy, notices, requests and the rest (signed in only)."""
        self.chain(
            [(self.network, lambda _: self.service.is_signed_in())], self._signed_in_known, self._background_failed
        )

    def _signed_in_known(self, signed_in: bool) -> None:
        self._set_signed_in(signed_in)
        if not signed_in or not self._vault_open():
            return
        self.chain(
            [
                (self.vault, lambda _: (self.service.preferences(), self.service.store.base())),
                (self.network, lambda pair: self.service.exchange_settings(*pair)),
                (self.vault, lambda outcome: (self.service.store_outcome(outcome), self.service.consent_history())),
            ],
            self._synced,
            self._background_failed,
        )
        self.chain([(self.network, lambda _: self._fetch_all())], self._fetched, self._background_failed)

    def _synced(self, result: tuple[Any, ...]) -> None:
        prefs, history = result
        self.offline_reason = ""
        self.offline_changed.emit("")
        self._show_prefs(prefs)
        self.history_changed.emit(history)
        self.flush()

    def _fetch_all(self) -> tuple[Any, ...]:
        s = self.service
        try:  # rights requests and the retention schedule are for client accounts
            requests, retention = s.rights_requests(), s.retention()
        except PermissionDenied:
            requests, retention = None, None
        return s.policy_status(), s.security_notices(), requests, retention, s.processors(), s.contact()

    def _fetched(self, result: tuple[Any, ...]) -> None:
        policy, notices, requests, retention, processors, contact = result
        self.policy_changed.emit(policy)
        self.notices_changed.emit(notices)
        if requests is not None:
            self.requests_changed.emit(requests)
            self.retention_changed.emit(retention)
        self.processors_changed.emit(processors)
        self.contact_changed.emit(contact)

    def flush(self) -> None:
        """Send queued events the settings allow (none unless analytics consent is on and DNT off)."""
        if not self._vault_open():
            return
        self.chain(
            [
                (self.vault, lambda _: self.service.next_batch(self.signed_in)[0]),
                (self.network, lambda batch: (batch, self.service.send_batch(batch) if batch else None)),
                (self.vault, self._forget_sent),
            ],
            self.queue_changed.emit,
            self._background_failed,
        )

    def accept_policy(self, version: str) -> None:
        self.chain([(self.network, lambda _: self.service.accept_policy(version))], self.policy_changed.emit)

    def acknowledge(self, notice_id: int) -> None:
        self.chain([(self.network, lambda _: self._acknowledge(notice_id))], self.notices_changed.emit)

    def _forget_sent(self, sent: tuple[list[QueuedEvent], Any]) -> list[QueuedEvent]:
        """The service answered for the batch (accepted or dropped): it is not sent again."""
        self.service.store.remove([e.id for e in sent[0]])
        return self.service.queued_events()

    def _acknowledge(self, notice_id: int) -> list[c.SecurityNotice]:
        self.service.acknowledge_notice(notice_id)
        return self.service.security_notices()

    def reload_requests(self, on_done: Callable[[Any], None] | None = None) -> None:
        def done(requests: Any) -> None:
            self.requests_changed.emit(requests)
            if on_done is not None:
                on_done(requests)

        self.chain([(self.network, lambda _: self.service.rights_requests())], done)
