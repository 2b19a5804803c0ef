"""Typed privacy center calls (issue 6), composed on an ``ApiClient`` so they share its session and refresh.

    privacy = PrivacyClient(api)
    api.transport.add_header_provider(lambda: dnt_headers(settings.do_not_track))

"§" numbers refer to the CodeCraft privacy policy.
"""

from __future__ import annotations

import os
import tempfile
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel

from desktop.api import contract as c
from desktop.api import errors
from desktop.api.client import ApiClient, _parse
from desktop.api.replies import Retryable, status_error, too_big
from desktop.api.transport import create_http_client
from desktop.domain.privacy import (
    OPTIONAL_CONSENTS,
    ConsentKind,
    EmailCategory,
    PrivacyPreferences,
    RightsRequestType,
)
from desktop.messages import N_

M = TypeVar("M", bound=BaseModel)


def dnt_headers(enabled: bool) -> dict[str, str]:
    """Do Not Track and Global Privacy Control headers (§7.3) for ``Transport.add_header_provider``."""
    return {c.DNT_HEADER: "1", c.GPC_HEADER: "1"} if enabled else {}


@dataclass(frozen=True)
class SettingsPush:
    """``applied`` False: the service had moved on; ``settings`` is then its current document."""

    applied: bool
    settings: c.PrivacySettings


def preferences_from(settings: c.PrivacySettings) -> PrivacyPreferences:
    """The service's document as the app keeps it (nothing pending)."""
    granted = {str(kind): value for kind, value in settings.consents.items()}
    return PrivacyPreferences(
        revision=settings.revision,
        do_not_track=settings.do_not_track,
        consents={kind: granted.get(kind.value, False) for kind in OPTIONAL_CONSENTS},
        emails={category: bool(getattr(settings.communications, category.value)) for category in EmailCategory},
    )


def update_from(prefs: PrivacyPreferences) -> c.PrivacySettingsUpdate:
    return c.PrivacySettingsUpdate.model_validate(
        {
            "base_revision": prefs.revision,
            "do_not_track": prefs.do_not_track,
            "consents": {kind.value: granted for kind, granted in prefs.consents.items()},
            "communications": {category.value: enabled for category, enabled in prefs.emails.items()},
        }
    )


class PrivacyClient:
    def __init__(self, api: ApiClient) -> None:
        self.api = api

    def _get(self, model: type[M], path: str) -> M:
        return _parse(model, self.api.authed("GET", path).data)

    def _send(self, model: type[M], method: str, path: str, body: Any = None) -> M:
        return _parse(model, self.api.authed(method, path, json_body=body).data)

    # ----- consents (§4.2, §12, §13.1) and the settings document -----

    def consents(self) -> list[c.ConsentState]:
        return self._get(c.ConsentList, c.PRIVACY_CONSENTS).consents

    def set_consent(self, kind: ConsentKind, granted: bool, source: c.ConsentSource = "desktop_app") -> c.ConsentState:
        """Give or withdraw one consent; essential processing raises ``InvalidRequest`` (it cannot be off)."""
        body = c.ConsentUpdate(granted=granted, source=source).model_dump()
        return self._send(c.ConsentState, "PUT", f"{c.PRIVACY_CONSENTS}/{kind.value}", body)

    def settings(self) -> c.PrivacySettings:
        return self._get(c.PrivacySettings, c.PRIVACY_SETTINGS)

    def push_settings(self, prefs: PrivacyPreferences) -> SettingsPush:
        """Send the whole document written against ``prefs.revision``; a stale copy gets the current one back."""
        body = update_from(prefs).model_dump(mode="json")
        try:
            reply = self.api.authed("PUT", c.PRIVACY_SETTINGS, json_body=body)
        except errors.ConflictError as exc:
            if exc.code != c.ERR_STALE_REVISION:
                raise
            return SettingsPush(applied=False, settings=self.settings())
        return SettingsPush(applied=True, settings=_parse(c.PrivacySettings, reply.data))

    def set_do_not_track(self, enabled: bool) -> c.PrivacySettings:
        return self._send(c.PrivacySettings, "PUT", c.PRIVACY_DNT, {"enabled": enabled})

    def communications(self) -> c.CommunicationPreferences:
        return self._get(c.CommunicationPreferences, c.PRIVACY_COMMUNICATIONS)

    def set_communications(self, prefs: c.CommunicationPreferences) -> c.CommunicationPreferences:
        body = prefs.model_dump()
        return self._send(c.CommunicationPreferences, "PUT", c.PRIVACY_COMMUNICATIONS, body)

    def unsubscribe_all(self) -> c.CommunicationPreferences:
        return self._send(c.CommunicationPreferences, "POST", c.PRIVACY_UNSUBSCRIBE_ALL)

    def processing_flags(self) -> c.ProcessingFlags:
        return self._get(c.ProcessingFlags, c.PRIVACY_PROCESSING)

    def send_analytics(self, events: Sequence[c.AnalyticsEvent]) -> c.AnalyticsAck:
        """Always answered (202); ``accepted`` is 0 when DNT/GPC, the setting or a missing consent applies."""
        if len(events) > c.MAX_ANALYTICS_BATCH:
            raise ValueError(f"send at most {c.MAX_ANALYTICS_BATCH} events per call, got {len(events)}")
        body = {"events": [event.model_dump(mode="json") for event in events]}
        return self._send(c.AnalyticsAck, "POST", c.ANALYTICS_EVENTS, body)

    # ----- rights requests (§7.1, §11, §12) -----

    def rights_requests(self) -> list[c.RightsRequest]:
        return self._get(c.RightsRequestList, c.PRIVACY_REQUESTS).requests

    def file_request(
        self,
        kind: RightsRequestType,
        *,
        details: str | None = None,
        corrections: Mapping[str, str] | None = None,
    ) -> c.RightsRequest:
        """File a request; ``corrections`` (name/email/company -> new value) only for a correction."""
        body = c.RightsRequestCreate.model_validate(
            {"type": kind.value, "details": details, "corrections": dict(corrections) if corrections else None}
        )
        return self._send(c.RightsRequest, "POST", c.PRIVACY_REQUESTS, body.model_dump(mode="json"))

    def rights_request(self, request_id: int) -> c.RightsRequest:
        return self._get(c.RightsRequest, f"{c.PRIVACY_REQUESTS}/{request_id}")

    def download_archive(self, request_id: int, destination: Path) -> Path:
        """Save a completed access/portability request's ZIP to ``destination`` (written whole, or not at all)."""
        self.rights_request(request_id)  # checks ownership and refreshes the session first if needed
        token = self.api.tokens.access_token()
        if token is None:
            raise errors.AuthenticationFailed(N_("Messages", "Please sign in to continue."), status=401)
        transport = self.api.transport
        limit = transport.max_response_bytes
        path = f"{c.PRIVACY_REQUESTS}/{request_id}/archive"
        destination.parent.mkdir(parents=True, exist_ok=True)
        handle, temp_name = tempfile.mkstemp(prefix=".archive-", dir=destination.parent)
        try:
            with (
                os.fdopen(handle, "wb") as out,
                create_http_client(transport.base_url, ssl_context=transport.ssl_context) as http,
                http.stream(
                    "GET", path, headers={**transport.common_headers(), "Authorization": f"Bearer {token}"}
                ) as response,
            ):
                if response.status_code != 200:
                    failure = status_error(response, response.read())
                    raise failure.error if isinstance(failure, Retryable) else failure
                size = 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > limit:
                        raise too_big()
                    out.write(chunk)
            if not zipfile.is_zipfile(temp_name):
                raise errors.BadServerReply(
                    N_("Messages", "The downloaded archive is damaged."),
                    hint=N_("Messages", "Please download it again."),
                )
            os.replace(temp_name, destination)
        except BaseException:
            Path(temp_name).unlink(missing_ok=True)
            raise
        return destination

    # ----- retention (§9), processors (§5.1), contacts (§15) -----

    def retention(self) -> c.RetentionReport:
        return self._get(c.RetentionReport, c.PRIVACY_RETENTION)

    def processors(self) -> list[c.Processor]:
        return self._get(c.ProcessorList, c.PRIVACY_PROCESSORS).processors

    def contact(self) -> c.PrivacyContact:
        return self._get(c.PrivacyContact, c.PRIVACY_CONTACT)

    # ----- policy versions (§14) and security notices (§6.2) -----

    def policy_status(self) -> c.PolicyStatus:
        return self._get(c.PolicyStatus, c.PRIVACY_POLICY)

    def accept_policy(self, version: str) -> c.PolicyStatus:
        return self._send(c.PolicyStatus, "POST", c.PRIVACY_POLICY_ACCEPT, {"version": version})

    def security_notices(self) -> list[c.SecurityNotice]:
        return self._get(c.SecurityNoticeList, c.PRIVACY_NOTICES).notices

    def acknowledge_notice(self, notice_id: int) -> None:
        self.api.authed("POST", f"{c.PRIVACY_NOTICES}/{notice_id}/ack")
