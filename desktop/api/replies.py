"""Turning HTTP answers into data or typed errors: JSON decoding, error bodies, Retry-After."""

from __future__ import annotations

import json
import time
from email.utils import parsedate_to_datetime
from typing import Any

import httpx

from desktop.api import contract as c
from desktop.api import errors
from desktop.messages import N_

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


class Retryable(Exception):
    """A failure worth retrying; ``error`` is what the caller gets if retries run out."""

    def __init__(self, error: errors.ApiError, retry_after: float | None = None) -> None:
        super().__init__(error.message)
        self.error = error
        self.retry_after = retry_after


def too_big() -> errors.BadServerReply:
    return errors.BadServerReply(
        "The CodeCraft service sent an answer that is far too large, so it was ignored.", code="too_large"
    )


def decode_json(response: httpx.Response, body: bytes) -> Any:
    if response.status_code == 204 or not body:
        return None
    content_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type != "application/json":
        raise errors.BadServerReply(
            N_("Messages", "The CodeCraft service answered in an unexpected format."),
            hint=N_("Messages", "A proxy or captive portal may be in the way."),
            status=response.status_code,
            code="wrong_content_type",
        )
    try:
        return json.loads(body)
    except ValueError:
        raise errors.BadServerReply(
            N_("Messages", "The CodeCraft service sent a damaged answer."),
            hint=N_("Messages", "Try again; if it keeps happening, the service may be having trouble."),
            status=response.status_code,
            code="malformed_json",
        ) from None


def _error_body(body: bytes) -> c.ErrorBody | None:
    try:
        return c.ErrorBody.model_validate_json(body)
    except ValueError:
        return None


_BY_STATUS: dict[int, type[errors.ApiError]] = {
    400: errors.InvalidRequest,
    401: errors.AuthenticationFailed,
    402: errors.PaymentRequired,
    403: errors.PermissionDenied,
    404: errors.NotFound,
    409: errors.ConflictError,
    422: errors.InvalidRequest,
}


def status_error(response: httpx.Response, body: bytes) -> Exception:
    status = response.status_code
    parsed = _error_body(body)
    code = parsed.error if parsed else ""
    retry_after = parse_retry_after(response.headers.get("retry-after"))
    if status == 429:
        message = parsed.message if parsed else N_("Messages", "The CodeCraft service is busy.")
        return Retryable(errors.RateLimited(message, retry_after=retry_after, code=code), retry_after)
    if status in RETRY_STATUSES:
        error = errors.ServiceUnavailable(
            N_("Messages", "The CodeCraft service is having trouble right now."),
            hint=N_("Messages", "Please try again in a few minutes."),
            status=status,
            code=code,
        )
        return Retryable(error, retry_after)
    kind = _BY_STATUS.get(status)
    if kind is None or parsed is None:
        return errors.BadServerReply(
            f"The CodeCraft service gave an unexpected answer (HTTP {status}).", status=status, code=code
        )
    return kind(parsed.message, status=status, code=code)
