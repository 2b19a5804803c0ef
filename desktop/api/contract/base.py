"""Paths, limits, error codes and the base model shared by every part of the contract."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

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
