"""The CodeCraft service API contract: paths, limits and every request/response model.

Both the local service stand-in (``backend_stub``) and the client (``desktop.api.client``) import this one
module, so a change here changes both sides at once. Models are pydantic v2; no Qt, no HTTP.

Errors: every non-2xx reply carries an ``ErrorBody``. ``error`` is a stable machine code, ``message`` is
written for a person. A 429 also carries a ``Retry-After`` header (seconds).
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

API_VERSION = "1"
PREFIX = "/v1"

# Accounts
POLICY = f"{PREFIX}/policy"
REGISTER = f"{PREFIX}/auth/register"
LOGIN = f"{PREFIX}/auth/login"
TOTP_VERIFY = f"{PREFIX}/auth/totp/verify"
TOTP_ENROLL = f"{PREFIX}/auth/totp/enroll"
TOTP_CONFIRM = f"{PREFIX}/auth/totp/confirm"
REFRESH = f"{PREFIX}/auth/refresh"
LOGOUT = f"{PREFIX}/auth/logout"
PASSWORD = f"{PREFIX}/auth/password"
ME = f"{PREFIX}/me"
EXPERT_PROFILE = f"{PREFIX}/expert/profile"
# Project sync
SYNC_PUSH = f"{PREFIX}/sync/push"
SYNC_PULL = f"{PREFIX}/sync/pull"
PROJECTS = f"{PREFIX}/projects"
# Test-only endpoints (present only when the stub runs with faults enabled)
TEST_FAULTS = "/_test/faults"
TEST_REQUESTS = "/_test/requests"
TEST_CLOCK = "/_test/clock"

IDEMPOTENCY_HEADER = "Idempotency-Key"
MAX_PUSH_CHANGES = 2000
MAX_PULL_LIMIT = 1000
DEFAULT_PULL_LIMIT = 200
MAX_FILE_BYTES = 10 * 1024 * 1024

# Stable error codes the client branches on.
ERR_TOKEN_EXPIRED = "token_expired"
ERR_TOKEN_INVALID = "token_invalid"
ERR_TOTP_INVALID = "totp_invalid"
ERR_RATE_LIMITED = "rate_limited"

Role = Literal["client", "expert"]


class _Model(BaseModel):
    # Validators are built on first use: 100-odd models would otherwise cost ~0.1 s at every start.
    model_config = ConfigDict(extra="ignore", defer_build=True)


class ErrorBody(_Model):
    error: str
    message: str


class PolicyInfo(_Model):
    version: str
    url: str


# ----- accounts -----


class RegisterRequest(_Model):
    name: str = Field(min_length=1, max_length=200)
    email: str = Field(min_length=3, max_length=320)
    username: str = Field(min_length=3, max_length=32)
    password: str = Field(min_length=1, max_length=1024)
    company: str | None = Field(default=None, max_length=200)
    role: Role = "client"
    confirm_age_16: bool
    accepted_policy_version: str


class ExpertProfile(_Model):
    github: str | None = Field(default=None, max_length=200)
    linkedin: str | None = Field(default=None, max_length=200)
    expertise: list[str] = Field(default_factory=list, max_length=50)


class UserProfile(_Model):
    id: int
    username: str
    name: str
    email: str
    company: str | None
    role: Role
    totp_enabled: bool
    policy_version: str
    policy_accepted_at: datetime
    age_confirmed_at: datetime
    created_at: datetime
    expert_profile: ExpertProfile | None = None


class LoginRequest(_Model):
    username: str = Field(max_length=64)
    password: str = Field(max_length=1024)


class TokenPair(_Model):
    access_token: str
    refresh_token: str
    token_type: Literal["bearer"] = "bearer"
    expires_in: int  # seconds until the access token expires


class LoginResponse(_Model):
    """Either ``tokens`` (signed in) or ``totp_challenge`` (a second factor is needed)."""

    status: Literal["ok", "totp_required"]
    tokens: TokenPair | None = None
    totp_challenge: str | None = None


class TotpVerifyRequest(_Model):
    challenge: str
    code: str | None = Field(default=None, max_length=16)
    recovery_code: str | None = Field(default=None, max_length=32)


class TotpEnrollment(_Model):
    secret: str
    otpauth_uri: str


class TotpConfirmRequest(_Model):
    code: str = Field(max_length=16)


class RecoveryCodes(_Model):
    recovery_codes: list[str]


class RefreshRequest(_Model):
    refresh_token: str


class LogoutRequest(_Model):
    refresh_token: str | None = None


class ChangePasswordRequest(_Model):
    current_password: str = Field(max_length=1024)
    new_password: str = Field(max_length=1024)


# ----- project sync -----

ObjectKind = Literal["project", "file"]
ChangeOp = Literal["upsert", "delete"]


class ProjectData(_Model):
    name: str = Field(max_length=300)
    description: str = ""
    stack: str = ""
    language: str = ""
    specifications: str = ""
    status: str = ""


class FileData(_Model):
    content_b64: str
    sha256: str = Field(min_length=64, max_length=64)


class Change(_Model):
    """One change a client pushes. ``path`` is set for files; ``base_revision`` 0/None means 'new'."""

    kind: ObjectKind
    project_uid: str = Field(min_length=1, max_length=64)
    path: str | None = Field(default=None, max_length=1024)
    op: ChangeOp
    base_revision: int | None = None
    project: ProjectData | None = None
    file: FileData | None = None


class PushRequest(_Model):
    changes: list[Change] = Field(max_length=MAX_PUSH_CHANGES)


class SyncItem(_Model):
    """The server's current state of one object; ``deleted`` items are tombstones without data."""

    kind: ObjectKind
    project_uid: str
    path: str | None = None
    revision: int
    deleted: bool
    seq: int
    updated_at: datetime
    project: ProjectData | None = None
    file: FileData | None = None


ChangeStatus = Literal["applied", "conflict", "rejected"]


class ChangeResult(_Model):
    index: int
    status: ChangeStatus
    revision: int  # the object's revision after this change (or the current one on conflict)
    seq: int | None = None  # server sequence of an applied change
    message: str | None = None
    current: SyncItem | None = None  # on conflict: what the server holds now


class PushResponse(_Model):
    results: list[ChangeResult]


class PullResponse(_Model):
    changes: list[SyncItem]
    next_cursor: int
    has_more: bool


class FileSummary(_Model):
    path: str
    revision: int
    sha256: str
    size: int


class ProjectDetail(_Model):
    uid: str
    revision: int
    project: ProjectData
    files: list[FileSummary]
    updated_at: datetime


class ProjectList(_Model):
    projects: list[ProjectDetail]


# ----- test-only (fault injection, request recorder, clock) -----

FaultKind = Literal[
    "latency",
    "error",
    "rate_limit",
    "drop",
    "truncate",
    "malformed_json",
    "wrong_content_type",
    "huge_body",
]


class FaultRule(_Model):
    """A fault applied to requests whose path starts with ``path_prefix``.

    ``count`` limits it to the next N matching requests; otherwise ``probability`` applies forever.
    """

    kind: FaultKind
    path_prefix: str = "/"
    probability: float = Field(default=1.0, ge=0.0, le=1.0)
    count: int | None = Field(default=None, ge=1)
    status: int = 503  # for "error"
    retry_after: int = 1  # for "rate_limit" (and "error" with 503)
    delay_ms: int = 200  # for "latency"
    size_bytes: int = 8 * 1024 * 1024  # for "huge_body"


class RecordedRequest(_Model):
    method: str
    path: str
    query: str
    headers: dict[str, str]
    body: str


class RecordedRequests(_Model):
    requests: list[RecordedRequest]


class ClockAdjust(_Model):
    advance_seconds: float = 0.0


class ClockState(_Model):
    now: datetime
    offset_seconds: float


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


# =====================================================================================================
# ----- generation, deliveries, credits and payments (issue 4) -----
# A synced project's requirements go to a generation job; its progress is long-polled as events; the
# delivery's files come back for the vault. Credits pay for jobs; credit packs are bought through Stripe.
# "§" numbers refer to the CodeCraft privacy policy (§4.1 ownership, §4.2 AI training, §5.1 processors).
# =====================================================================================================

JOBS = f"{PREFIX}/jobs"  # GET list, POST new; GET /{id}; GET /{id}/events; POST /{id}/cancel; GET /{id}/delivery
JOBS_QUOTE = f"{JOBS}/quote"  # POST: the credit cost before ordering
DELIVERIES = f"{PREFIX}/deliveries"  # GET: every delivery with its payment and ownership
BILLING = f"{PREFIX}/billing"  # GET: balance and packs
BILLING_PURCHASES = f"{BILLING}/purchases"  # GET history, POST buy a pack; GET /{id}?wait=S
STRIPE_WEBHOOK = f"{BILLING}/stripe-webhook"  # POST, Stripe-signed
CHECKOUT = "/checkout"  # /checkout/{payment intent}: the local test-card payment page
NOTIFICATIONS = f"{PREFIX}/notifications"  # GET ?after=N; POST /read
NOTIFICATIONS_READ = f"{NOTIFICATIONS}/read"
TEST_GENERATION = "/_test/generation"  # POST /mode, /pause, /resume, /jobs/{id}/review
TEST_BILLING_GRANT = "/_test/billing/grant"
TEST_SERVICE_NOTICE = "/_test/notifications"

ERR_INSUFFICIENT_CREDITS = "insufficient_credits"
ERR_NOT_SYNCED = "project_not_synced"
MAX_EVENTS_WAIT_SECONDS = 25.0
MAX_DELIVERY_FILES = 2000
MAX_DELIVERY_FILE_BYTES = 2 * 1024 * 1024
MAX_DELIVERY_TOTAL_BYTES = 20 * 1024 * 1024

JobStatus = Literal["queued", "generating", "in_review", "delivered", "failed", "cancelled"]
FINISHED_JOB_STATUSES: tuple[str, ...] = ("delivered", "failed", "cancelled")
NotificationKind = Literal["project_update", "delivery", "service"]
PurchaseStatus = Literal["pending", "paid", "failed"]
GeneratorMode = Literal["normal", "fail", "traversal", "oversize"]


class JobQuoteRequest(_Model):
    project_uid: str = Field(min_length=1, max_length=64)
    expert_review: bool = False


class JobQuote(_Model):
    project_uid: str
    stack: str  # the template the generator will use
    generation_credits: int
    review_credits: int  # 0 without an expert review
    total_credits: int
    balance: int
    missing: int  # credits still to buy before this can be ordered (0 if enough)


class JobCreate(_Model):
    project_uid: str = Field(min_length=1, max_length=64)
    expert_review: bool = False
    ai_training_consent: bool = False  # §4.2: code is used for training only when this is True


class Job(_Model):
    id: int
    project_uid: str
    project_name: str
    status: JobStatus
    progress: int  # 0..100
    message: str
    expert_review: bool
    ai_training_consent: bool
    credits: int
    created_at: datetime
    updated_at: datetime
    error: str | None = None  # why a failed job failed
    delivered_at: datetime | None = None


class JobList(_Model):
    jobs: list[Job]


class JobEvent(_Model):
    seq: int
    at: datetime
    status: JobStatus
    progress: int
    message: str


class JobEvents(_Model):
    job: Job
    events: list[JobEvent]
    next_after: int  # pass as ``after`` to get only newer events


class DeliveredFile(_Model):
    path: str
    content_b64: str
    sha256: str


class Delivery(_Model):
    job_id: int
    project_uid: str
    delivered_at: datetime
    paid_at: datetime | None
    files: list[DeliveredFile]


class DeliveryOwnership(_Model):
    """§4.1: from ``paid_at`` on, the delivered code belongs to the client alone."""

    job_id: int
    project_uid: str
    project_name: str
    delivered_at: datetime
    paid_at: datetime | None
    owner: Literal["client", "codecraft"]
    statement: str


class DeliveryList(_Model):
    deliveries: list[DeliveryOwnership]


class CreditPack(_Model):
    id: str
    name: str
    credits: int
    amount_cents: int
    currency: str


class BillingSummary(_Model):
    balance: int
    generation_credits: int  # what one generation costs
    review_credits: int  # what one expert review costs
    packs: list[CreditPack]
    payments_by: str  # the payment processor (§5.1)


class PurchaseCreate(_Model):
    pack_id: str = Field(min_length=1, max_length=40)


class Purchase(_Model):
    id: int
    pack_id: str
    credits: int
    amount_cents: int
    currency: str
    status: PurchaseStatus
    checkout_url: str
    created_at: datetime
    paid_at: datetime | None = None
    receipt: str | None = None  # a plain-text receipt once paid


class PurchaseList(_Model):
    purchases: list[Purchase]


class CheckoutCard(_Model):
    number: str = Field(min_length=12, max_length=19)
    exp_month: int = Field(ge=1, le=12)
    exp_year: int = Field(ge=2000, le=2100)
    cvc: str = Field(min_length=3, max_length=4)


class Notification(_Model):
    id: int
    kind: NotificationKind
    title: str
    body: str
    created_at: datetime
    read: bool
    project_uid: str | None = None
    job_id: int | None = None


class NotificationPage(_Model):
    notifications: list[Notification]
    next_after: int
    unread: int


class NotificationsRead(_Model):
    ids: list[int] = Field(default_factory=list, max_length=1000)
    up_to: int | None = None  # every notification with an id up to this one


class GeneratorModeSet(_Model):
    mode: GeneratorMode


class CreditGrant(_Model):
    username: str
    credits: int


class ServiceNoticeCreate(_Model):
    title: str = Field(min_length=1, max_length=200)
    body: str = Field(max_length=5000)
    usernames: list[str] | None = None  # None: every account


# =====================================================================================================
# ----- expert reviews (issue 5) -----
# A generation ordered with a review opens an engagement assigned to an expert. The expert sees metadata
# in the queue, accepts the engagement's NDA, and only then may fetch the code (each fetch is recorded).
# Submitting comments, suggestions and a verdict delivers the job; an ended engagement (submitted,
# unassigned or expired) gives no more code. "§" numbers refer to the CodeCraft privacy policy (§4.3).
# =====================================================================================================

REVIEWS = f"{PREFIX}/reviews"  # client: GET list of its reviews; GET /{id} (client owner or assigned expert)
REVIEWS_QUEUE = f"{REVIEWS}/queue"  # expert: GET the assigned, open engagements
# expert: GET/POST /{id}/nda, GET /{id}/code, POST /{id}/submit, POST /{id}/decline
# both parties: POST /{id}/threads/{thread}/replies, POST /{id}/threads/{thread}/resolve
TEST_REVIEWS = "/_test/reviews"  # POST /{id}/unassign

ERR_NDA_REQUIRED = "nda_required"
ERR_NOT_ASSIGNED = "not_assigned"
ERR_ENGAGEMENT_ENDED = "engagement_ended"
MAX_REVIEW_THREADS = 500
MAX_COMMENT_CHARS = 20_000

EngagementStatus = Literal["assigned", "submitted", "unassigned", "expired"]
ReviewVerdict = Literal["approve", "request_changes"]
ReviewSide = Literal["old", "new"]


class ReviewAssignment(_Model):
    """What the expert's queue shows: metadata only, never code."""

    id: int
    job_id: int
    project_title: str
    stack: str
    file_count: int
    total_bytes: int
    base_file_count: int  # files of the previous revision (0: a first delivery)
    assigned_at: datetime
    due_at: datetime  # access ends then (expired)
    status: EngagementStatus
    nda_version: str
    nda_accepted_at: datetime | None = None


class ReviewQueue(_Model):
    engagements: list[ReviewAssignment]


class NdaText(_Model):
    engagement_id: int
    version: str
    title: str
    text: str
    accepted_at: datetime | None = None


class NdaAccept(_Model):
    version: str = Field(min_length=1, max_length=80)  # the version the expert read


class EngagementCode(_Model):
    """The delivery under review and the previous revision it changes (empty for a first delivery)."""

    engagement_id: int
    base: list[DeliveredFile]
    delivered: list[DeliveredFile]


class SuggestionData(_Model):
    original: list[str] = Field(max_length=5000)
    replacement: list[str] = Field(max_length=5000)


class CommentIn(_Model):
    body: str = Field(min_length=1, max_length=MAX_COMMENT_CHARS)  # Markdown


class ThreadIn(_Model):
    path: str = Field(min_length=1, max_length=1024)
    side: ReviewSide = "new"
    start: int = Field(ge=1)
    end: int = Field(ge=1)
    comments: list[CommentIn] = Field(min_length=1, max_length=200)  # the first, then its replies
    suggestion: SuggestionData | None = None
    resolved: bool = False


class ReviewSubmit(_Model):
    verdict: ReviewVerdict
    summary: str = Field(default="", max_length=MAX_COMMENT_CHARS)
    threads: list[ThreadIn] = Field(default_factory=list, max_length=MAX_REVIEW_THREADS)


class ResolveThread(_Model):
    resolved: bool = True


class ReviewComment(_Model):
    id: int
    author: str  # the person's display name
    author_role: Role
    body: str
    created_at: datetime


class ReviewThread(_Model):
    id: int
    path: str
    side: ReviewSide
    start: int
    end: int
    resolved: bool
    suggestion: SuggestionData | None = None
    comments: list[ReviewComment]


class Review(_Model):
    """An engagement as its client (or its expert) sees it; threads and verdict once submitted."""

    id: int
    job_id: int
    project_uid: str
    project_title: str
    status: EngagementStatus
    expert_name: str
    due_at: datetime
    verdict: ReviewVerdict | None = None
    summary: str = ""
    submitted_at: datetime | None = None
    code_accesses: int = 0  # how many times the expert fetched the code (§4.3 transparency)
    threads: list[ReviewThread] = Field(default_factory=list)


class ReviewSummary(_Model):
    id: int
    job_id: int
    project_uid: str
    project_title: str
    status: EngagementStatus
    verdict: ReviewVerdict | None = None
    submitted_at: datetime | None = None
    thread_count: int = 0
    suggestion_count: int = 0


class ReviewList(_Model):
    reviews: list[ReviewSummary]
