"""Test-only endpoints of the local service: fault injection, request recorder, clock."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import Field

from desktop.api.contract.base import _Model

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
