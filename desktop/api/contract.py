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
    model_config = ConfigDict(extra="ignore")


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
