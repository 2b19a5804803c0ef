"""Accounts on the real stub over HTTP: consent, hashing, TOTP, tokens, sessions, rate limit, roles."""

from __future__ import annotations

import logging
import sqlite3

import pyotp
import pytest

from backend_stub.seed import seed_demo
from desktop.api import contract as c
from tests.backend_stub.conftest import Service


def _db(service: Service) -> sqlite3.Connection:
    conn = sqlite3.connect(service.stub.data_dir / "stub.sqlite3")
    conn.row_factory = sqlite3.Row
    return conn


def test_register_records_age_and_policy_consent_and_hashes_with_argon2id(service: Service) -> None:
    reply = service.register("alice", company="Acme")
    assert reply.status_code == 201
    profile = c.UserProfile.model_validate(reply.json())
    assert (profile.role, profile.company, profile.totp_enabled) == ("client", "Acme", False)
    assert profile.policy_version == service.policy_version()
    assert profile.age_confirmed_at and profile.policy_accepted_at
    stored = _db(service).execute("SELECT password_hash FROM users WHERE username = 'alice'").fetchone()[0]
    assert stored.startswith("$argon2id$") and "alice-secret-pass" not in stored


@pytest.mark.parametrize(
    ("overrides", "code"),
    [
        ({"confirm_age_16": False}, "age_not_confirmed"),
        ({"accepted_policy_version": "1999-01-01"}, "policy_outdated"),
        ({"password": "short"}, "weak_password"),
        ({"username": "No Spaces!"}, "invalid_username"),
        ({"email": "not-an-email"}, "invalid_email"),
    ],
)
def test_register_rejects_missing_consent_and_bad_input(service: Service, overrides: dict, code: str) -> None:
    reply = service.register("bob", **overrides)
    assert reply.status_code == 422
    assert reply.json()["error"] == code and reply.json()["message"]


def test_register_refuses_taken_username(service: Service) -> None:
    assert service.register("carol").status_code == 201
    reply = service.register("carol", email="other@example.org")
    assert (reply.status_code, reply.json()["error"]) == (409, "username_taken")


def test_login_me_and_wrong_password(service: Service) -> None:
    tokens = service.tokens("dave")
    me = service.http.get(c.ME, headers=service.bearer(tokens)).json()
    assert me["username"] == "dave"
    assert service.login("dave", "wrong-password-x").status_code == 401
    assert service.login("nobody", "whatever-pass").status_code == 401
    assert service.http.get(c.ME).status_code == 401


def _enable_totp(service: Service, tokens: dict) -> tuple[pyotp.TOTP, list[str]]:
    enrollment = c.TotpEnrollment.model_validate(
        service.http.post(c.TOTP_ENROLL, headers=service.bearer(tokens)).json()
    )
    assert enrollment.otpauth_uri.startswith("otpauth://totp/CodeCraft")
    totp = pyotp.TOTP(enrollment.secret)
    bad = service.http.post(c.TOTP_CONFIRM, json={"code": "000000"}, headers=service.bearer(tokens))
    assert bad.status_code == 422
    reply = service.http.post(c.TOTP_CONFIRM, json={"code": totp.now()}, headers=service.bearer(tokens))
    codes = c.RecoveryCodes.model_validate(reply.json()).recovery_codes
    assert len(codes) == 10 and len(set(codes)) == 10
    return totp, codes


def _challenge(service: Service, username: str) -> str:
    answer = c.LoginResponse.model_validate(service.login(username).json())
    assert answer.status == "totp_required" and answer.tokens is None and answer.totp_challenge
    return answer.totp_challenge


def test_totp_login_needs_a_fresh_code(service: Service) -> None:
    tokens = service.tokens("erin")
    totp, codes = _enable_totp(service, tokens)
    stored = [row[0] for row in _db(service).execute("SELECT code_hash FROM recovery_codes")]
    assert len(stored) == 10 and not set(codes) & set(stored)

    challenge = _challenge(service, "erin")
    wrong = service.http.post(c.TOTP_VERIFY, json={"challenge": challenge, "code": "123456"})
    assert (wrong.status_code, wrong.json()["error"]) == (401, c.ERR_TOTP_INVALID)
    # The code used to confirm enrolment was consumed; move one time step on for a fresh one.
    service.stub.advance_clock(totp.interval)
    fresh = totp.at(service.stub.ctx.clock.now())
    ok = service.http.post(c.TOTP_VERIFY, json={"challenge": challenge, "code": fresh})
    assert ok.status_code == 200 and c.TokenPair.model_validate(ok.json()).access_token
    replay = service.http.post(c.TOTP_VERIFY, json={"challenge": _challenge(service, "erin"), "code": fresh})
    assert replay.status_code == 401


def test_recovery_code_works_once(service: Service) -> None:
    _, codes = _enable_totp(service, service.tokens("frank"))
    first = service.http.post(
        c.TOTP_VERIFY, json={"challenge": _challenge(service, "frank"), "recovery_code": codes[3]}
    )
    assert first.status_code == 200
    again = service.http.post(
        c.TOTP_VERIFY, json={"challenge": _challenge(service, "frank"), "recovery_code": codes[3]}
    )
    assert again.status_code == 401
    other = service.http.post(
        c.TOTP_VERIFY, json={"challenge": _challenge(service, "frank"), "recovery_code": codes[4]}
    )
    assert other.status_code == 200


def test_refresh_rotates_and_reuse_revokes_the_family(service: Service) -> None:
    first = service.tokens("gina")
    second = service.http.post(c.REFRESH, json={"refresh_token": first["refresh_token"]}).json()
    assert second["refresh_token"] != first["refresh_token"]
    assert service.http.get(c.ME, headers=service.bearer(second)).status_code == 200
    reuse = service.http.post(c.REFRESH, json={"refresh_token": first["refresh_token"]})
    assert reuse.status_code == 401
    # The whole family is gone: the newest tokens no longer work either.
    assert service.http.get(c.ME, headers=service.bearer(second)).status_code == 401
    assert service.http.post(c.REFRESH, json={"refresh_token": second["refresh_token"]}).status_code == 401


def test_access_token_expires_after_15_minutes(service: Service) -> None:
    tokens = service.tokens("hank")
    service.stub.advance_clock(15 * 60 + 1)
    reply = service.http.get(c.ME, headers=service.bearer(tokens))
    assert (reply.status_code, reply.json()["error"]) == (401, c.ERR_TOKEN_EXPIRED)
    renewed = service.http.post(c.REFRESH, json={"refresh_token": tokens["refresh_token"]}).json()
    assert service.http.get(c.ME, headers=service.bearer(renewed)).status_code == 200


def test_logout_revokes_the_session(service: Service) -> None:
    tokens = service.tokens("ivy")
    assert service.http.post(c.LOGOUT, headers=service.bearer(tokens)).status_code == 204
    assert service.http.get(c.ME, headers=service.bearer(tokens)).status_code == 401
    assert service.http.post(c.REFRESH, json={"refresh_token": tokens["refresh_token"]}).status_code == 401


def test_password_change_keeps_this_session_and_ends_the_others(service: Service) -> None:
    here = service.tokens("jack")
    elsewhere = service.login("jack").json()["tokens"]
    body = {"current_password": "wrong-password-x", "new_password": "a-brand-new-pass"}
    assert service.http.post(c.PASSWORD, json=body, headers=service.bearer(here)).status_code == 403
    body["current_password"] = "jack-secret-pass"
    assert service.http.post(c.PASSWORD, json=body, headers=service.bearer(here)).status_code == 204
    assert service.http.get(c.ME, headers=service.bearer(here)).status_code == 200
    assert service.http.get(c.ME, headers=service.bearer(elsewhere)).status_code == 401
    assert service.login("jack").status_code == 401
    assert service.login("jack", "a-brand-new-pass").status_code == 200


def test_login_is_rate_limited_per_username_and_ip(service: Service) -> None:
    assert service.register("kate").status_code == 201
    for _ in range(5):
        assert service.login("kate", "wrong-password-x").status_code == 401
    limited = service.login("kate")  # even the right password waits
    assert limited.status_code == 429
    assert 1 <= int(limited.headers["Retry-After"]) <= 300
    assert service.login("someone-else", "wrong-password-x").status_code == 401
    service.stub.advance_clock(301)
    assert service.login("kate").status_code == 200


def test_roles_are_checked_on_every_endpoint(service: Service) -> None:
    client = service.tokens("liam")
    expert = service.tokens("mia", role="expert")
    assert service.http.get(c.EXPERT_PROFILE, headers=service.bearer(client)).status_code == 403
    profile = {"github": "https://github.com/mia", "linkedin": None, "expertise": ["rust"]}
    assert service.http.put(c.EXPERT_PROFILE, json=profile, headers=service.bearer(client)).status_code == 403
    saved = service.http.put(c.EXPERT_PROFILE, json=profile, headers=service.bearer(expert))
    assert saved.status_code == 200 and saved.json()["expertise"] == ["rust"]
    for path in (c.SYNC_PULL, c.PROJECTS):
        assert service.http.get(path, headers=service.bearer(expert)).status_code == 403
        assert service.http.get(path).status_code == 401
    push = service.http.post(
        c.SYNC_PUSH, json={"changes": []}, headers={**service.bearer(expert), "Idempotency-Key": "k"}
    )
    assert push.status_code == 403


def test_seed_demo_is_idempotent(service: Service) -> None:
    assert seed_demo(service.stub.ctx) == ["demo", "expert"]
    assert seed_demo(service.stub.ctx) == []
    assert service.login("demo", "demo-client-pass").status_code == 200
    expert = service.login("expert", "demo-expert-pass").json()["tokens"]
    assert service.http.get(c.ME, headers=service.bearer(expert)).json()["expert_profile"]["expertise"]


def test_openapi_lists_the_contract_and_hides_test_endpoints(service: Service) -> None:
    paths = service.http.get("/openapi.json").json()["paths"]
    assert {c.REGISTER, c.LOGIN, c.SYNC_PUSH, c.SYNC_PULL} <= set(paths)
    assert not any(path.startswith("/_test") for path in paths)


def test_logs_never_carry_passwords_or_tokens(service: Service, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    tokens = service.tokens("nora")
    service.login("nora", "wrong-password-x")
    renewed = service.http.post(c.REFRESH, json={"refresh_token": tokens["refresh_token"]}).json()
    for secret in ("nora-secret-pass", "wrong-password-x", tokens["access_token"], renewed["refresh_token"]):
        assert secret not in caplog.text
