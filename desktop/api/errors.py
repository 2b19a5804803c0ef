"""Typed, person-facing API errors. Messages never carry tokens, passwords or response bodies."""

from __future__ import annotations

from desktop.errors import UserFacingError
from desktop.messages import N_


class ApiError(UserFacingError):
    """Base of every failure talking to the CodeCraft service."""

    title = N_("Messages", "CodeCraft service problem")

    def __init__(
        self, message: str, *, hint: str = "", status: int | None = None, code: str = "", **values: object
    ) -> None:
        super().__init__(message, hint=hint, **values)
        self.status = status
        self.code = code


class InsecureConnection(ApiError):
    title = N_("Messages", "Insecure connection refused")


class ServiceUnavailable(ApiError):
    title = N_("Messages", "CodeCraft is unreachable")


class BadServerReply(ApiError):
    title = N_("Messages", "Unexpected answer from CodeCraft")


class RateLimited(ApiError):
    title = N_("Messages", "Too many requests")

    def __init__(self, message: str, *, retry_after: float | None, status: int | None = 429, code: str = "") -> None:
        hint = (
            N_("Messages", "Try again in {seconds} seconds.")
            if retry_after
            else N_("Messages", "Try again in a moment.")
        )
        super().__init__(message, hint=hint, status=status, code=code, seconds=round(retry_after or 0))
        self.retry_after = retry_after


class AuthenticationFailed(ApiError):
    title = N_("Messages", "Sign-in needed")


class SessionExpired(AuthenticationFailed):
    """The stored session cannot be refreshed any more; the person must sign in again."""


class PermissionDenied(ApiError):
    title = N_("Messages", "Not allowed")


class NotFound(ApiError):
    title = N_("Messages", "Not found")


class ConflictError(ApiError):
    title = N_("Messages", "Conflict")


class InvalidRequest(ApiError):
    title = N_("Messages", "Please check your input")


class PaymentRequired(ApiError):
    title = N_("Messages", "Payment required")


class TokenStorageError(ApiError):
    title = N_("Messages", "Cannot reach the system keychain")
