"""ApiClient against the real stub: sign-in flows, transparent refresh, sign-out, typed errors, sync."""

from __future__ import annotations

import base64
import hashlib
import logging

import httpx
import pyotp
import pytest

from desktop.api import contract as c
from desktop.api import errors
from desktop.api.client import ApiClient, SignedIn, TotpRequired
from tests.api.conftest import InMemoryKeyring, make_client, registration, sign_up
from tests.stub_server import StubServer


def test_register_login_me_keeps_tokens_only_in_the_keyring(
    api: ApiClient, keyring_backend: InMemoryKeyring, stub_server: StubServer
) -> None:
    request = registration("alice", api.policy().version, company="Acme")
    profile = api.register(request)
    assert (profile.username, profile.company, profile.role) == ("alice", "Acme", "client")
    assert api.login("alice", request.password) == SignedIn("alice")
    assert api.me().email == "alice@example.org"
    access = api.tokens.access_token()
    assert access and access in keyring_backend.entries.values()
    assert access not in repr(api.tokens)
    # The password left the client exactly once, in the login body; tokens only ever in headers.
    recorded = stub_server.requests()
    assert [r.path for r in recorded if request.password in r.body] == [c.REGISTER, c.LOGIN]
    assert not any(access in r.body or access in r.query for r in recorded)


def test_registration_errors_are_person_facing(api: ApiClient) -> None:
    with pytest.raises(errors.InvalidRequest) as caught:
        api.register(registration("bob", api.policy().version, confirm_age_16=False))
    assert "16" in caught.value.message
    with pytest.raises(errors.InvalidRequest) as caught:
        api.register(registration("bob", "2001-01-01"))
    assert "privacy policy" in caught.value.message


def test_wrong_password_and_rate_limit(api: ApiClient) -> None:
    api.register(registration("carl", api.policy().version))
    for _ in range(5):
        with pytest.raises(errors.AuthenticationFailed) as caught:
            api.login("carl", "not-the-password")
        assert "not-the-password" not in str(caught.value)
    with pytest.raises(errors.RateLimited) as limited:
        api.login("carl", "carl-secret-pass")
    assert limited.value.retry_after and limited.value.retry_after > 0


def test_totp_enrolment_login_and_recovery_code(api: ApiClient, stub_server: StubServer) -> None:
    password = sign_up(api, "dana")
    enrollment = api.enroll_totp()
    totp = pyotp.TOTP(pyotp.parse_uri(enrollment.otpauth_uri).secret)
    codes = api.confirm_totp(totp.now())
    assert len(codes) == 10 and api.me().totp_enabled
    api.logout()

    pending = api.login("dana", password)
    assert isinstance(pending, TotpRequired) and api.tokens.access_token() is None
    with pytest.raises(errors.AuthenticationFailed):
        api.verify_totp(pending, code="000000")
    stub_server.advance_clock(totp.interval)  # the enrolment code is spent; use the next one
    assert api.verify_totp(pending, code=totp.at(stub_server.ctx.clock.now())) == SignedIn("dana")
    assert api.me().username == "dana"
    api.logout()

    pending = api.login("dana", password)
    assert isinstance(pending, TotpRequired)
    api.verify_totp(pending, recovery_code=codes[0])
    api.logout()
    pending = api.login("dana", password)
    assert isinstance(pending, TotpRequired)
    with pytest.raises(errors.AuthenticationFailed):
        api.verify_totp(pending, recovery_code=codes[0])


def test_expired_access_token_is_refreshed_once_transparently(api: ApiClient, stub_server: StubServer) -> None:
    sign_up(api, "erik")
    old_access, old_refresh = api.tokens.access_token(), api.tokens.refresh_token()
    stub_server.clear_requests()
    stub_server.advance_clock(16 * 60)
    assert api.me().username == "erik"
    assert [r.path for r in stub_server.requests()] == [c.ME, c.REFRESH, c.ME]
    assert api.tokens.access_token() != old_access and api.tokens.refresh_token() != old_refresh


def test_a_reused_refresh_token_ends_the_session_everywhere(
    api: ApiClient, stub_server: StubServer, keyring_backend: InMemoryKeyring
) -> None:
    sign_up(api, "fay")
    stolen = api.tokens.refresh_token()
    api.refresh()
    httpx.post(stub_server.url + c.REFRESH, json={"refresh_token": stolen})  # an attacker replays it
    stub_server.advance_clock(16 * 60)
    with pytest.raises(errors.SessionExpired) as caught:
        api.me()
    assert "sign in again" in str(caught.value).lower()
    assert not api.tokens.has_session() and keyring_backend.entries == {}


def test_logout_revokes_on_the_server_and_wipes_local_tokens(api: ApiClient, stub_server: StubServer) -> None:
    sign_up(api, "gus")
    access = api.tokens.access_token()
    api.logout()
    assert api.tokens.access_token() is None and api.tokens.refresh_token() is None
    assert httpx.get(stub_server.url + c.ME, headers={"Authorization": f"Bearer {access}"}).status_code == 401
    with pytest.raises(errors.AuthenticationFailed):
        api.me()


def test_logout_wipes_local_tokens_even_when_the_service_is_down(api: ApiClient, stub_server: StubServer) -> None:
    sign_up(api, "hal")
    stub_server.set_fault("drop", path_prefix=c.LOGOUT)
    with pytest.raises(errors.ServiceUnavailable):
        api.logout()
    assert not api.tokens.has_session()


def test_change_password_and_roles(api: ApiClient, stub_server: StubServer, keyring_backend: InMemoryKeyring) -> None:
    password = sign_up(api, "ida")
    with pytest.raises(errors.PermissionDenied):
        api.change_password("wrong-password", "another-long-pass")
    api.change_password(password, "another-long-pass")
    assert api.me().username == "ida"
    with pytest.raises(errors.PermissionDenied):
        api.update_expert_profile(c.ExpertProfile(github="x"))

    expert = make_client(stub_server, keyring_backend, profile="expert")
    sign_up(expert, "jon", role="expert")
    saved = expert.update_expert_profile(c.ExpertProfile(github="https://github.com/jon", expertise=["go"]))
    assert saved.expertise == ["go"] and expert.expert_profile().github == "https://github.com/jon"
    with pytest.raises(errors.PermissionDenied):
        expert.pull()
    expert.close()


def _file_change(uid: str, path: str, content: bytes, base: int = 0) -> c.Change:
    data = c.FileData(content_b64=base64.b64encode(content).decode(), sha256=hashlib.sha256(content).hexdigest())
    return c.Change(kind="file", project_uid=uid, path=path, op="upsert", base_revision=base, file=data)


def test_push_pull_and_a_retried_push_is_applied_once(api: ApiClient, stub_server: StubServer) -> None:
    sign_up(api, "kim")
    meta = c.ProjectData(name="Shop", language="python")
    created = api.push([c.Change(kind="project", project_uid="p1", op="upsert", project=meta)], "key-1")
    assert created.results[0].status == "applied"
    # The first attempt's answer is lost (503 after the server saw it); the retry reuses the key.
    stub_server.set_fault("error", status=503, retry_after=1, count=1, path_prefix=c.SYNC_PUSH)
    result = api.push([_file_change("p1", "a.py", b"x = 1\n")], "key-2")
    assert [r.status for r in result.results] == ["applied"]
    pushes = [r for r in stub_server.requests() if r.path == c.SYNC_PUSH]
    assert [r.headers["idempotency-key"] for r in pushes] == ["key-1", "key-2", "key-2"]
    replay = api.push([_file_change("p1", "a.py", b"x = 1\n")], "key-2")
    assert replay == result
    pulled = api.pull(cursor=0, limit=1)
    assert pulled.has_more and pulled.changes[0].kind == "project"
    rest = api.pull(cursor=pulled.next_cursor)
    assert [(i.path, i.revision) for i in rest.changes] == [("a.py", 1)] and not rest.has_more
    assert api.project("p1").files[0].path == "a.py"
    assert [p.uid for p in api.list_projects().projects] == ["p1"]
    conflict = api.push([_file_change("p1", "a.py", b"x = 2\n", base=0)], "key-3").results[0]
    assert conflict.status == "conflict" and conflict.current is not None
    with pytest.raises(errors.NotFound):
        api.project("someone-elses")


def test_a_one_file_sync_sends_at_most_twice_the_file_plus_fixed_overhead(
    api: ApiClient, stub_server: StubServer
) -> None:
    sign_up(api, "lea")
    meta = c.ProjectData(name="Big")
    api.push([c.Change(kind="project", project_uid="p1", op="upsert", project=meta)], "k1")
    content = bytes(range(256)) * 400  # 100 KiB of binary-ish data
    stub_server.clear_requests()
    api.push([_file_change("p1", "data.bin", content, base=0)], "k2")
    sent = sum(
        len(r.body.encode()) + sum(len(k) + len(v) for k, v in r.headers.items()) for r in stub_server.requests()
    )
    assert sent <= 2 * len(content) + 2048


def test_client_logs_carry_no_tokens_or_passwords(api: ApiClient, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    password = sign_up(api, "max")
    api.me()
    api.refresh()
    for secret in (password, api.tokens.access_token() or "?", api.tokens.refresh_token() or "?"):
        assert secret not in caplog.text
