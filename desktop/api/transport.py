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
import logging
import platform
import random
import ssl
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import httpx

from desktop import __version__
from desktop.api import contract as c
from desktop.api import errors
from desktop.api.replies import Retryable, decode_json, parse_retry_after, status_error, too_big
from desktop.messages import N_

log = logging.getLogger(__name__)

HeaderProvider = Callable[[], Mapping[str, str]]
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
PROBE_TIMEOUT = httpx.Timeout(5.0, connect=4.0)  # for a quick "is the service there?" check
_UNREACHABLE = N_("Messages", "The CodeCraft service could not be reached.")
__all__ = ["Reply", "RetryPolicy", "Transport", "create_http_client", "make_ssl_context", "parse_retry_after"]


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
            N_("Messages", "Refusing to connect to {host} without encryption."),
            hint=N_("Messages", "Use an https:// address; plain http is only allowed for this computer (localhost)."),
            host=url.host,
        )
    raise errors.InsecureConnection(
        N_("Messages", "'{base_url}' is not a web address CodeCraft can use (https:// needed)."), base_url=base_url
    )


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
        self._timeout = timeout
        self._lock = threading.Lock()
        self._ssl_context: ssl.SSLContext | None = None
        self._http: httpx.Client | None = None

    # The TLS context and the connection pool are made on first use: building a client costs no start-up time.
    @property
    def ssl_context(self) -> ssl.SSLContext:
        with self._lock:
            if self._ssl_context is None:
                self._ssl_context = make_ssl_context()
            return self._ssl_context

    @property
    def _client(self) -> httpx.Client:
        context = self.ssl_context
        with self._lock:
            if self._http is None:
                self._http = create_http_client(self.base_url, timeout=self._timeout, ssl_context=context)
            return self._http

    def common_headers(self) -> dict[str, str]:
        """The headers every request of this transport carries (e.g. DNT and Sec-GPC), for side channels too."""
        merged: dict[str, str] = {}
        for provider in self._header_providers:
            merged.update(provider())
        return merged

    def add_header_provider(self, provider: HeaderProvider) -> None:
        """``provider()`` is called on every request; its headers are added (e.g. DNT when enabled)."""
        self._header_providers.append(provider)

    def close(self) -> None:
        with self._lock:
            http, self._http = self._http, None
        if http is not None:
            http.close()

    def request(
        self,
        method: str,
        path: str,
        *,
        json_body: Any = None,
        params: Mapping[str, str | int] | None = None,
        headers: Mapping[str, str] | None = None,
        idempotency_key: str | None = None,
        content: tuple[bytes, str] | None = None,
    ) -> Reply:
        """``content`` is a body already encoded, with its media type (instead of ``json_body``)."""
        method = method.upper()
        retryable = method in IDEMPOTENT_METHODS or idempotency_key is not None
        all_headers = dict(headers or {})
        if idempotency_key is not None:
            all_headers[c.IDEMPOTENCY_HEADER] = idempotency_key
        if content is not None:
            all_headers["Content-Type"] = content[1]
        raw = None if content is None else content[0]
        attempt = 0
        while True:
            attempt += 1
            try:
                return self._send_once(method, path, json_body, params, all_headers, raw)
            except Retryable as failure:
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
        content: bytes | None = None,
    ) -> Reply:
        merged = self.common_headers()
        merged.update(headers)
        try:
            with self._client.stream(
                method, path, json=json_body, content=content, params=params, headers=merged
            ) as response:
                body = self._read_capped(response)
        except httpx.TimeoutException:
            raise Retryable(
                errors.ServiceUnavailable(_UNREACHABLE, hint=N_("Messages", "The request timed out."))
            ) from None
        except httpx.TransportError:
            error = errors.ServiceUnavailable(_UNREACHABLE, hint=N_("Messages", "Check your internet connection."))
            raise Retryable(error) from None
        log.debug("%s %s -> %d", method, path, response.status_code)
        if 200 <= response.status_code < 300:
            return Reply(response.status_code, decode_json(response, body), response.headers)
        raise status_error(response, body)

    def _read_capped(self, response: httpx.Response) -> bytes:
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.max_response_bytes:
            raise too_big()
        chunks, size = [], 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > self.max_response_bytes:
                raise too_big()
            chunks.append(chunk)
        return b"".join(chunks)
