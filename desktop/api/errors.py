"""Typed, person-facing API errors. Messages never carry tokens, passwords or response bodies."""

from __future__ import annotations

from desktop.errors import UserFacingError


class ApiError(UserFacingError):
    """Base of every failure talking to the CodeCraft service."""

    title = "CodeCraft service problem"

    def __init__(self, message: str, *, hint: str = "", status: int | None = None, code: str = "") -> None:
        super().__init__(message, hint=hint)
        self.status = status
        self.code = code


class InsecureConnection(ApiError):
    title = "Insecure connection refused"


class ServiceUnavailable(ApiError):
    title = "CodeCraft is unreachable"


class BadServerReply(ApiError):
    title = "Unexpected answer from CodeCraft"


class RateLimited(ApiError):
    title = "Too many requests"

    def __init__(self, message: str, *, retry_after: float | None, status: int | None = 429, code: str = "") -> None:
        hint = f"Try again in {round(retry_after)} seconds." if retry_after else "Try again in a moment."
        super().__init__(message, hint=hint, status=status, code=code)
        self.retry_after = retry_after


class AuthenticationFailed(ApiError):
    title = "Sign-in needed"


class SessionExpired(AuthenticationFailed):
    """The stored session cannot be refreshed any more; the person must sign in again."""


class PermissionDenied(ApiError):
    title = "Not allowed"


class NotFound(ApiError):
    title = "Not found"


class ConflictError(ApiError):
    title = "Conflict"


class InvalidRequest(ApiError):
    title = "Please check your input"


class PaymentRequired(ApiError):
    title = "Payment required"


class TokenStorageError(ApiError):
    title = "Cannot reach the system keychain"
