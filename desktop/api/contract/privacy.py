"""The privacy center (issue 6). "§" numbers refer to the CodeCraft privacy policy."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import Field

from desktop.api.contract.base import PREFIX, _Model

# =====================================================================================================
# ----- privacy center (issue 6) -----
# Consents, Do Not Track, email preferences, rights requests, retention, processors, policy versions,
# security notices and privacy contacts. "§" numbers refer to the CodeCraft privacy policy.
# =====================================================================================================

PRIVACY = f"{PREFIX}/privacy"
PRIVACY_CONSENTS = f"{PRIVACY}/consents"  # GET all (with history); PUT {PRIVACY_CONSENTS}/{kind}
PRIVACY_SETTINGS = f"{PRIVACY}/settings"  # GET / PUT the whole revisioned settings document
PRIVACY_DNT = f"{PRIVACY}/do-not-track"  # PUT
PRIVACY_COMMUNICATIONS = f"{PRIVACY}/communications"  # GET / PUT
PRIVACY_UNSUBSCRIBE_ALL = f"{PRIVACY_COMMUNICATIONS}/unsubscribe-all"  # POST
PRIVACY_PROCESSING = f"{PRIVACY}/processing"  # GET the account's processing flags
PRIVACY_REQUESTS = f"{PRIVACY}/requests"  # GET list, POST new; GET /{id}; GET /{id}/archive (application/zip)
PRIVACY_RETENTION = f"{PRIVACY}/retention"
PRIVACY_PROCESSORS = f"{PRIVACY}/processors"
PRIVACY_POLICY = f"{PRIVACY}/policy"  # GET the account's policy status
PRIVACY_POLICY_ACCEPT = f"{PRIVACY_POLICY}/accept"  # POST
PRIVACY_NOTICES = f"{PRIVACY}/notices"  # GET unacknowledged; POST /{id}/ack
PRIVACY_CONTACT = f"{PRIVACY}/contact"
ANALYTICS_EVENTS = f"{PREFIX}/analytics/events"  # POST a batch; 202 always, see AnalyticsAck
TEST_PRIVACY = "/_test/privacy"
TEST_PRIVACY_ADVANCE = f"{TEST_PRIVACY}/requests/{{request_id}}/advance"
TEST_POLICY_VERSIONS = f"{TEST_PRIVACY}/policy-versions"
TEST_SECURITY_NOTICES = f"{TEST_PRIVACY}/notices"
TEST_DELIVERIES = f"{TEST_PRIVACY}/deliveries"
TEST_RETENTION_SWEEP = f"{TEST_PRIVACY}/retention-sweep"
TEST_ANALYTICS_LOG = f"{TEST_PRIVACY}/analytics-log"

DNT_HEADER = "DNT"
GPC_HEADER = "Sec-GPC"
MIN_POLICY_NOTICE_DAYS = 30  # §14
MAX_ANALYTICS_BATCH = 500
ERR_STALE_REVISION = "stale_revision"
ERR_ESSENTIAL_CONSENT = "essential_required"

ConsentKind = Literal["essential", "ai_training", "analytics", "marketing", "preferences"]
OptionalConsent = Literal["ai_training", "analytics", "marketing", "preferences"]
ConsentSource = Literal["desktop_app", "settings_sync", "rights_request", "unsubscribe", "service"]
EmailCategory = Literal["project_updates", "delivery_notifications", "product_news", "marketing"]
RightsRequestType = Literal[
    "access",
    "correction",
    "deletion",
    "portability",
    "restriction",
    "objection",
    "withdraw_consent",
    "object_automated_decisions",
    "ccpa_know",
    "ccpa_opt_out_of_sale",
]
RightsRequestStatus = Literal["received", "in_progress", "completed", "rejected"]
CorrectableField = Literal["name", "email", "company"]
RetentionClass = Literal["account_data", "project_code", "payment_records", "analytics", "marketing"]
AnalyticsDropReason = Literal["dnt_header", "gpc_header", "do_not_track", "no_consent", "processing_limited"]


class ConsentEvent(_Model):
    granted: bool
    source: ConsentSource
    at: datetime


class ConsentState(_Model):
    """One consent: current state, whether it can be changed at all, and its history (oldest first)."""

    kind: ConsentKind
    granted: bool
    required: bool  # True only for essential processing, which cannot be turned off
    title: str
    description: str
    changed_at: datetime | None = None  # None: never changed since the account was created
    source: ConsentSource | None = None
    history: list[ConsentEvent] = Field(default_factory=list)


class ConsentList(_Model):
    consents: list[ConsentState]


class ConsentUpdate(_Model):
    granted: bool
    source: ConsentSource = "desktop_app"


class DoNotTrackUpdate(_Model):
    enabled: bool


class CommunicationPreferences(_Model):
    project_updates: bool = True
    delivery_notifications: bool = True
    product_news: bool = False
    marketing: bool = False


class PrivacySettings(_Model):
    """The whole privacy settings document; every change on the service bumps ``revision``."""

    revision: int
    do_not_track: bool
    consents: dict[OptionalConsent, bool]
    communications: CommunicationPreferences
    updated_at: datetime | None = None


class PrivacySettingsUpdate(_Model):
    """A full document from the client; ``base_revision`` must equal the service's (else 409 + current)."""

    base_revision: int = Field(ge=0)
    do_not_track: bool
    consents: dict[OptionalConsent, bool]
    communications: CommunicationPreferences


class SettingsConflict(_Model):
    """Body of a 409 ``stale_revision`` answer to a settings PUT."""

    error: str
    message: str
    current: PrivacySettings


class ProcessingFlags(_Model):
    restricted: bool = False
    objected: bool = False
    automated_decisions_objected: bool = False
    sale_opt_out: bool = False
    updated_at: datetime | None = None


class AnalyticsEvent(_Model):
    type: str = Field(min_length=1, max_length=32)
    name: str = Field(min_length=1, max_length=120)
    timestamp: datetime
    app_version: str = Field(max_length=32)
    os: str = Field(max_length=64)
    duration_ms: float | None = Field(default=None, ge=0)
    metrics: dict[str, float] = Field(default_factory=dict, max_length=32)


class AnalyticsBatch(_Model):
    events: list[AnalyticsEvent] = Field(max_length=MAX_ANALYTICS_BATCH)


class AnalyticsAck(_Model):
    """202 in every case: ``accepted`` is 0 and ``dropped_reason`` set when nothing was stored."""

    received: int
    accepted: int
    dropped_reason: AnalyticsDropReason | None = None


class AnalyticsLogEntry(_Model):
    user_id: int
    received_at: datetime
    received: int
    accepted: int
    reason: AnalyticsDropReason | None = None


class AnalyticsLog(_Model):
    entries: list[AnalyticsLogEntry]


class RightsRequestCreate(_Model):
    type: RightsRequestType
    details: str | None = Field(default=None, max_length=5000)
    corrections: dict[CorrectableField, str] | None = None  # required for "correction"


class RightsRequest(_Model):
    id: int
    type: RightsRequestType
    status: RightsRequestStatus
    created_at: datetime
    updated_at: datetime
    due_at: datetime
    details: str | None = None
    corrections: dict[CorrectableField, str] | None = None
    resolution: str | None = None
    archive_available: bool = False


class RightsRequestList(_Model):
    requests: list[RightsRequest]


class RightsRequestAdvance(_Model):
    """Test-only: move a request on (``status`` None = the next step) with an optional resolution note."""

    status: Literal["in_progress", "completed", "rejected"] | None = None
    note: str | None = None


class RetentionRule(_Model):
    data_class: RetentionClass
    period: str
    days: int | None = None  # fixed length after the start event, when there is one


class RetentionEntry(_Model):
    data_class: RetentionClass
    has_data: bool
    delete_on: datetime | None = None  # None: no date yet (see ``note``)
    note: str


class RetentionReport(_Model):
    rules: list[RetentionRule]
    schedule: list[RetentionEntry]


class SweepReport(_Model):
    ran_at: datetime
    projects_purged: list[str]
    files_deleted: int
    analytics_deleted: int


class DeliveryRecord(_Model):
    project_uid: str
    delivered_at: datetime | None = None  # None: now on the service clock


class Processor(_Model):
    category: str
    names: list[str]
    receives: str


class ProcessorList(_Model):
    processors: list[Processor]


class PolicyVersion(_Model):
    version: str
    summary: str
    announced_at: datetime
    effective_at: datetime


class PolicyStatus(_Model):
    in_effect: str
    accepted_version: str
    accepted_at: datetime
    pending: list[PolicyVersion]  # announced versions this account has not accepted yet
    versions: list[PolicyVersion]


class PolicyAccept(_Model):
    version: str


class PolicyAnnouncement(_Model):
    version: str = Field(min_length=1, max_length=40)
    summary: str = Field(min_length=1, max_length=5000)
    effective_at: datetime


class SecurityNotice(_Model):
    id: int
    title: str
    description: str
    impact: str
    mitigation: str
    detected_at: datetime
    published_at: datetime


class SecurityNoticeList(_Model):
    notices: list[SecurityNotice]


class SecurityNoticeCreate(_Model):
    title: str = Field(min_length=1, max_length=200)
    description: str
    impact: str
    mitigation: str
    detected_at: datetime
    usernames: list[str] | None = None  # None: every account


class ContactPoint(_Model):
    role: str
    organisation: str
    email: str
    phone: str | None = None
    address: list[str]


class PrivacyContact(_Model):
    data_protection_officer: ContactPoint
    eu_representative: ContactPoint
    support_email: str
    complaint_right: str
    supervisory_authorities_url: str
