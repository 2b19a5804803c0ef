"""Transport against the real stub with injected faults: TLS rules, retries, typed errors."""

from __future__ import annotations

import random
import ssl

import httpx
import pytest

from desktop import __version__
from desktop.api import contract as c
from desktop.api import errors
from desktop.api.transport import RetryPolicy, Transport, parse_retry_after
from tests.api.conftest import Sleeps
from tests.stub_server import StubServer


def transport(stub: StubServer, sleeps: Sleeps | None = None, **options: object) -> Transport:
    return Transport(stub.url, sleep=sleeps if sleeps is not None else Sleeps(), rng=random.Random(3), **options)  # type: ignore[arg-type]


@pytest.mark.parametrize("url", ["http://example.com", "http://10.0.0.8:8765", "ftp://127.0.0.1", "example.com"])
def test_plain_http_to_non_loopback_hosts_is_refused(url: str) -> None:
    with pytest.raises(errors.InsecureConnection) as caught:
        Transport(url)
    assert "https" in str(caught.value)


@pytest.mark.parametrize("url", ["http://127.0.0.1:1", "http://127.8.9.10", "http://[::1]:9", "http://localhost"])
def test_plain_http_to_loopback_is_allowed(url: str) -> None:
    Transport(url).close()


def test_https_requires_tls_13_and_verifies_certificates() -> None:
    t = Transport("https://api.codecraft.example")
    assert t.ssl_context.minimum_version == ssl.TLSVersion.TLSv1_3
    assert t.ssl_context.verify_mode == ssl.CERT_REQUIRED and t.ssl_context.check_hostname
    t.close()


def test_user_agent_and_extra_header_hook(stub_server: StubServer) -> None:
    t = transport(stub_server)
    t.add_header_provider(lambda: {"DNT": "1", "Sec-GPC": "1"})
    assert t.request("GET", c.POLICY).data["version"]
    headers = stub_server.requests()[-1].headers
    assert headers["user-agent"].startswith(f"CodeCraftDesktop/{__version__} (")
    assert (headers["dnt"], headers["sec-gpc"]) == ("1", "1")


def test_retry_honours_retry_after(stub_server: StubServer) -> None:
    stub_server.set_fault("rate_limit", retry_after=7, count=2, path_prefix=c.POLICY)
    sleeps = Sleeps()
    assert transport(stub_server, sleeps).request("GET", c.POLICY).status == 200
    assert sleeps == [7.0, 7.0]


def test_backoff_uses_full_jitter_within_growing_ceilings(stub_server: StubServer) -> None:
    stub_server.set_fault("error", status=500, count=3, path_prefix=c.POLICY)
    sleeps = Sleeps()
    t = transport(stub_server, sleeps, retry=RetryPolicy(max_attempts=4, base_delay=1.0))
    assert t.request("GET", c.POLICY).status == 200
    assert len(sleeps) == 3 and all(0 <= s <= ceiling for s, ceiling in zip(sleeps, [1, 2, 4], strict=True))


def test_a_retry_after_beyond_the_limit_is_not_waited_for(stub_server: StubServer) -> None:
    stub_server.set_fault("rate_limit", retry_after=3600, count=1, path_prefix=c.POLICY)
    sleeps = Sleeps()
    with pytest.raises(errors.RateLimited) as caught:
        transport(stub_server, sleeps).request("GET", c.POLICY)
    assert sleeps == [] and caught.value.retry_after == 3600
    assert "3600 seconds" in str(caught.value)


def test_non_idempotent_requests_are_not_retried(stub_server: StubServer) -> None:
    stub_server.set_fault("error", status=503, count=1, path_prefix=c.LOGIN)
    with pytest.raises(errors.ServiceUnavailable):
        transport(stub_server).request("POST", c.LOGIN, json_body={"username": "x", "password": "y"})
    assert [r.path for r in stub_server.requests()] == [c.LOGIN]


FAULTS = [
    ("error", {"status": 500}, errors.ServiceUnavailable, 4),
    ("error", {"status": 503, "retry_after": 2}, errors.ServiceUnavailable, 4),
    ("rate_limit", {"retry_after": 5}, errors.RateLimited, 4),
    ("drop", {}, errors.ServiceUnavailable, 4),
    ("truncate", {}, errors.ServiceUnavailable, 4),
    ("malformed_json", {}, errors.BadServerReply, 1),
    ("wrong_content_type", {}, errors.BadServerReply, 1),
    ("huge_body", {"size_bytes": 3 * 1024 * 1024}, errors.BadServerReply, 1),
]


@pytest.mark.parametrize(("kind", "options", "expected", "attempts"), FAULTS, ids=[f[0] + str(f[1]) for f in FAULTS])
def test_every_fault_becomes_a_typed_person_facing_error(
    stub_server: StubServer, kind: c.FaultKind, options: dict, expected: type[errors.ApiError], attempts: int
) -> None:
    stub_server.set_fault(kind, path_prefix=c.POLICY, **options)
    t = transport(stub_server, max_response_bytes=1024 * 1024)
    with pytest.raises(expected) as caught:
        t.request("GET", c.POLICY)
    error = caught.value
    assert type(error) is expected
    assert error.message.endswith(".") and error.title
    assert "Traceback" not in str(error) and "httpx" not in str(error)
    assert error.__cause__ is None and (error.__context__ is None or error.__suppress_context__)
    assert len([r for r in stub_server.requests() if r.path == c.POLICY]) == attempts
    stub_server.clear_faults()
    assert t.request("GET", c.POLICY).status == 200  # the connection pool recovers
    t.close()


def test_slow_answers_time_out_as_service_unavailable(stub_server: StubServer) -> None:
    stub_server.set_fault("latency", delay_ms=1500, count=1, path_prefix=c.POLICY)
    t = transport(stub_server, timeout=httpx.Timeout(0.3), retry=RetryPolicy(max_attempts=1))
    with pytest.raises(errors.ServiceUnavailable) as caught:
        t.request("GET", c.POLICY)
    assert "timed out" in str(caught.value)


def test_error_answers_map_to_typed_errors_with_the_service_message(stub_server: StubServer) -> None:
    t = transport(stub_server)
    with pytest.raises(errors.AuthenticationFailed) as caught:
        t.request("GET", c.ME)
    assert caught.value.status == 401 and "sign in" in caught.value.message
    with pytest.raises(errors.NotFound):
        t.request("GET", "/v1/no-such-thing")


def test_parse_retry_after_accepts_seconds_and_http_dates() -> None:
    assert parse_retry_after("12") == 12.0
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:10 GMT", now=1445412480.0) == 10.0
    assert parse_retry_after("soon") is None and parse_retry_after(None) is None
