"""HTTP transport to the CodeCraft service: the one httpx client factory, retries, and typed failures.

* Certificates are always verified; https needs TLS 1.3 or newer. Plain http is allowed only to loopback
  hosts (the local stub), anything else raises ``InsecureConnection``.
* Retries use exponential backoff with full jitter and honour ``Retry-After``. Only idempotent requests, or
  requests carrying an idempotency key, are retried: on 429, 5xx and connection failures.
* Every failure becomes a ``desktop.api.errors.ApiError`` subclass with a person-facing message. Logs carry
  the method, path and status only, never headers or bodies.
"""

from __future__ import annotations

import ipaddress
import json
import logging
import platform
import random
import ssl
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from typing import Any

import httpx

from desktop import __version__
from desktop.api import contract as c
from desktop.api import errors

log = logging.getLogger(__name__)

HeaderProvider = Callable[[], Mapping[str, str]]
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)


@dataclass(frozen=True)
class RetryPolicy:
    max_attempts: int = 4
    base_delay: float = 0.5
    max_delay: float = 20.0
    max_retry_after: float = 120.0  # a longer Retry-After is not waited for: RateLimited is raised at once


@dataclass(frozen=True)
class Reply:
    status: int
    data: Any
    headers: httpx.Headers


def user_agent() -> str:
    system, machine = platform.system() or "unknown", platform.machine() or "unknown"
    return f"CodeCraftDesktop/{__version__} ({system}; {machine})"


def is_loopback(host: str) -> bool:
    host = host.strip("[]").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_base_url(base_url: str) -> httpx.URL:
    url = httpx.URL(base_url)
    if url.scheme == "https":
        return url
    if url.scheme == "http" and is_loopback(url.host):
        return url
    if url.scheme == "http":
        raise errors.InsecureConnection(
            f"Refusing to connect to {url.host} without encryption.",
            hint="Use an https:// address; plain http is only allowed for this computer (localhost).",
        )
    raise errors.InsecureConnection(f"'{base_url}' is not a web address CodeCraft can use (https:// needed).")


def make_ssl_context() -> ssl.SSLContext:
    """Verifying context, TLS 1.3 minimum, trusting certifi's CAs (or the system's if certifi is absent)."""
    try:
        import certifi

        context = ssl.create_default_context(cafile=certifi.where())
    except ImportError:
        context = ssl.create_default_context()
    context.minimum_version = ssl.TLSVersion.TLSv1_3
    context.check_hostname = True
    context.verify_mode = ssl.CERT_REQUIRED
    return context


def create_http_client(
    base_url: str, *, timeout: httpx.Timeout = DEFAULT_TIMEOUT, ssl_context: ssl.SSLContext | None = None
) -> httpx.Client:
    """The one factory for httpx clients talking to CodeCraft (pass a context only to share one)."""
    url = check_base_url(base_url)
    return httpx.Client(
        base_url=url,
        verify=ssl_context or make_ssl_context(),
        timeout=timeout,
        follow_redirects=False,
        headers={"User-Agent": user_agent(), "Accept": "application/json"},
    )


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


class _Retryable(Exception):
    def __init__(self, error: errors.ApiError, retry_after: float | None = None) -> None:
        super().__init__(error.message)
        self.error = error
        self.retry_after = retry_after


class Transport:
    """Sends JSON requests with retries; returns a ``Reply`` or raises an ``ApiError``."""

    def __init__(
        self,
        base_url: str,
        *,
        timeout: httpx.Timeout = DEFAULT_TIMEOUT,
        retry: RetryPolicy | None = None,
        sleep: Callable[[float], None] = time.sleep,
        rng: random.Random | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        header_providers: Iterable[HeaderProvider] = (),
    ) -> None:
        self.base_url = str(check_base_url(base_url)).rstrip("/")
        self.retry = retry or RetryPolicy()
        self.max_response_bytes = max_response_bytes
        self._sleep = sleep
        self._rng = rng or random.Random()
        self._header_providers = list(header_providers)
        self.ssl_context = make_ssl_context()
        self._client = create_http_client(self.base_url, timeout=timeout, ssl_context=self.ssl_context)

    def add_header_provider(self, provider: HeaderProvider) -> None:
        """``provider()`` is called on every request; its headers are added (e.g. DNT when enabled)."""
        self._header_providers.append(provider)

    def close(self) -> None:
        self._client.close()

    def request(
        self,
        method: str,
        path: str,
        *,
        json_body: Any = None,
        params: Mapping[str, str | int] | None = None,
        headers: Mapping[str, str] | None = None,
        idempotency_key: str | None = None,
    ) -> Reply:
        method = method.upper()
        retryable = method in IDEMPOTENT_METHODS or idempotency_key is not None
        all_headers = dict(headers or {})
        if idempotency_key is not None:
            all_headers[c.IDEMPOTENCY_HEADER] = idempotency_key
        attempt = 0
        while True:
            attempt += 1
            try:
                return self._send_once(method, path, json_body, params, all_headers)
            except _Retryable as failure:
                delay = self._delay(attempt, failure.retry_after)
                if not retryable or attempt >= self.retry.max_attempts or delay is None:
                    raise failure.error from None
                log.info("%s %s failed (%s); retry %d in %.1fs", method, path, failure.error.code, attempt, delay)
                self._sleep(delay)

    def _delay(self, attempt: int, retry_after: float | None) -> float | None:
        if retry_after is not None:
            return retry_after if retry_after <= self.retry.max_retry_after else None
        ceiling = min(self.retry.max_delay, self.retry.base_delay * 2 ** (attempt - 1))
        return self._rng.uniform(0.0, ceiling)

    def _send_once(
        self,
        method: str,
        path: str,
        json_body: Any,
        params: Mapping[str, str | int] | None,
        headers: dict[str, str],
    ) -> Reply:
        merged: dict[str, str] = {}
        for provider in self._header_providers:
            merged.update(provider())
        merged.update(headers)
        try:
            with self._client.stream(method, path, json=json_body, params=params, headers=merged) as response:
                body = self._read_capped(response)
        except httpx.TimeoutException:
            raise _Retryable(errors.ServiceUnavailable(_UNREACHABLE, hint="The request timed out.")) from None
        except httpx.TransportError:
            error = errors.ServiceUnavailable(_UNREACHABLE, hint="Check your internet connection.")
            raise _Retryable(error) from None
        log.debug("%s %s -> %d", method, path, response.status_code)
        if 200 <= response.status_code < 300:
            return Reply(response.status_code, _decode(response, body), response.headers)
        raise _status_error(response, body)

    def _read_capped(self, response: httpx.Response) -> bytes:
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.max_response_bytes:
            raise _too_big()
        chunks, size = [], 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > self.max_response_bytes:
                raise _too_big()
            chunks.append(chunk)
        return b"".join(chunks)


_UNREACHABLE = "The CodeCraft service could not be reached."


def _too_big() -> errors.BadServerReply:
    return errors.BadServerReply(
        "The CodeCraft service sent an answer that is far too large, so it was ignored.", code="too_large"
    )


def _decode(response: httpx.Response, body: bytes) -> Any:
    if response.status_code == 204 or not body:
        return None
    content_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type != "application/json":
        raise errors.BadServerReply(
            "The CodeCraft service answered in an unexpected format.",
            hint="A proxy or captive portal may be in the way.",
            status=response.status_code,
            code="wrong_content_type",
        )
    try:
        return json.loads(body)
    except ValueError:
        raise errors.BadServerReply(
            "The CodeCraft service sent a damaged answer.",
            hint="Try again; if it keeps happening, the service may be having trouble.",
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


def _status_error(response: httpx.Response, body: bytes) -> Exception:
    status = response.status_code
    parsed = _error_body(body)
    code = parsed.error if parsed else ""
    retry_after = parse_retry_after(response.headers.get("retry-after"))
    if status == 429:
        message = parsed.message if parsed else "The CodeCraft service is busy."
        return _Retryable(errors.RateLimited(message, retry_after=retry_after, code=code), retry_after)
    if status in RETRY_STATUSES:
        error = errors.ServiceUnavailable(
            "The CodeCraft service is having trouble right now.",
            hint="Please try again in a few minutes.",
            status=status,
            code=code,
        )
        return _Retryable(error, retry_after)
    kind = _BY_STATUS.get(status)
    if kind is None or parsed is None:
        return errors.BadServerReply(
            f"The CodeCraft service gave an unexpected answer (HTTP {status}).", status=status, code=code
        )
    return kind(parsed.message, status=status, code=code)
