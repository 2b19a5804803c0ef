"""Generation jobs, deliveries, credits, payments and notifications (issue 4)."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import Field

from desktop.api.contract.base import PREFIX, _Model

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
