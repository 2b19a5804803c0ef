"""Shared state of one stub instance (database, clock, hasher) and the error type every router raises."""

from __future__ import annotations

import math
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from datetime import UTC, datetime

from argon2 import PasswordHasher
from fastapi import Request

from backend_stub.db import Database
from desktop.api import contract as c

POLICY_VERSION = "2025-06-01"
POLICY_URL = "https://codecraft.example/policy/2025-06-01"
ACCESS_TTL_SECONDS = 15 * 60
REFRESH_TTL_SECONDS = 30 * 24 * 3600
CHALLENGE_TTL_SECONDS = 5 * 60


class Clock:
    """Wall clock plus an offset that test endpoints can move forward."""

    def __init__(self) -> None:
        self._offset = 0.0
        self._lock = threading.Lock()

    def now(self) -> float:
        with self._lock:
            return time.time() + self._offset

    def now_dt(self) -> datetime:
        return datetime.fromtimestamp(self.now(), tz=UTC)

    def iso(self) -> str:
        return self.now_dt().isoformat()

    @property
    def offset(self) -> float:
        with self._lock:
            return self._offset

    def advance(self, seconds: float) -> None:
        with self._lock:
            self._offset += seconds


def get_ctx(request: Request) -> StubContext:
    ctx: StubContext = request.app.state.ctx
    return ctx


def client_ip(request: Request) -> str:
    return request.client.host if request.client else "unknown"


class LoginLimiter:
    """At most ``max_failures`` failed sign-ins per (username, IP) within ``window`` seconds."""

    def __init__(self, clock: Clock, max_failures: int = 5, window: float = 300.0) -> None:
        self._clock = clock
        self._max = max_failures
        self._window = window
        self._failures: dict[tuple[str, str], deque[float]] = {}
        self._lock = threading.Lock()

    def check(self, username: str, ip: str) -> None:
        now = self._clock.now()
        with self._lock:
            failures = self._failures.get((username.lower(), ip))
            if failures is None:
                return
            while failures and failures[0] <= now - self._window:
                failures.popleft()
            if len(failures) >= self._max:
                wait = max(1, math.ceil(failures[0] + self._window - now))
                raise ServiceError(
                    429,
                    c.ERR_RATE_LIMITED,
                    f"Too many failed sign-in attempts. Please wait {wait} seconds and try again.",
                    headers={"Retry-After": str(wait)},
                )

    def record_failure(self, username: str, ip: str) -> None:
        with self._lock:
            self._failures.setdefault((username.lower(), ip), deque()).append(self._clock.now())

    def reset(self, username: str, ip: str) -> None:
        with self._lock:
            self._failures.pop((username.lower(), ip), None)


@dataclass
class StubContext:
    db: Database
    clock: Clock
    limiter: LoginLimiter
    # OWASP's minimum Argon2id profile: strong enough for a stand-in, fast enough for tests.
    hasher: PasswordHasher = field(
        default_factory=lambda: PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)
    )
    policy_version: str = POLICY_VERSION
    policy_url: str = POLICY_URL


class ServiceError(Exception):
    """An error answer: HTTP status, stable code, person-facing message, optional extra headers."""

    def __init__(self, status: int, code: str, message: str, *, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers or {}
