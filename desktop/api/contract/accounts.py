"""Accounts: registration, sign-in with TOTP, tokens, passwords, profiles."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import Field

from desktop.api.contract.base import Role, _Model

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
