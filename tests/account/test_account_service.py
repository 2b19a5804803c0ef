"""AccountService against the real stub and a real vault: sign-up, sign-in, two-factor, sign-out, connectivity."""

from __future__ import annotations

import logging
from pathlib import Path

import httpx
import pyotp
import pytest

from backend_stub.seed import seed_demo
from desktop.api import contract as c
from desktop.api import errors
from desktop.api.client import TotpRequired
from desktop.services.account import AccountService, MemoryTokenKeyring, Reachability
from desktop.services.context import AppContext
from tests.account.conftest import PASSWORD, next_code, registration
from tests.keyrings import MemoryKeyring
from tests.stub_server import StubServer, running_stub


def _tokens(service: AccountService) -> list[str]:
    store = service.api().tokens
    return [t for t in (store.access_token(), store.refresh_token()) if t]


def test_register_and_sign_in_keep_tokens_in_the_keyring_only(
    accounts: AccountService, ctx: AppContext, memory_keyring: MemoryKeyring, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    profile = accounts.register(registration(accounts, "alice", company="Acme"))
    assert (profile.username, profile.company, profile.role) == ("alice", "Acme", "client")
    assert not accounts.is_signed_in() and accounts.current_user() is None
    user = accounts.sign_in("alice", PASSWORD)
    assert isinstance(user, c.UserProfile) and user.email == "alice@example.org"
    assert accounts.is_signed_in() and accounts.cached_user == user
    assert accounts.remembers_sign_in
    tokens = _tokens(accounts)
    assert len(tokens) == 2 and set(tokens) <= set(memory_keyring.store.values())
    ctx.settings.set("theme", "dark")  # make sure a settings file exists
    ctx.session.lock()
    for path in [ctx.paths.vault, ctx.paths.vault_meta, ctx.paths.settings]:
        data = path.read_bytes()
        assert not any(token.encode() in data for token in tokens), path
    assert not any(token in caplog.text for token in tokens)
    assert PASSWORD not in caplog.text


def test_the_server_enforces_age_and_policy(accounts: AccountService) -> None:
    with pytest.raises(errors.InvalidRequest) as caught:
        accounts.register(registration(accounts, "bob", confirm_age_16=False))
    assert "16" in caught.value.message
    with pytest.raises(errors.InvalidRequest) as caught:
        accounts.register(registration(accounts, "bob", accepted_policy_version="1999-01-01"))
    assert "privacy policy" in caught.value.message


def test_wrong_password_says_so(accounts: AccountService) -> None:
    accounts.register(registration(accounts, "carl"))
    with pytest.raises(errors.AuthenticationFailed) as caught:
        accounts.sign_in("carl", "not the password")
    assert caught.value.message == "The username or password is not right."
    assert not accounts.is_signed_in()


def test_two_factor_sign_in_with_a_code_and_with_a_recovery_code(
    accounts: AccountService, stub_server: StubServer
) -> None:
    accounts.register(registration(accounts, "dana"))
    accounts.sign_in("dana", PASSWORD)
    setup = accounts.begin_totp()
    assert setup.otpauth_uri.startswith("otpauth://totp/") and setup.secret in setup.otpauth_uri
    assert b"<svg" in setup.qr_svg
    totp = pyotp.TOTP(setup.secret)
    codes = accounts.confirm_totp(totp.now())
    assert len(codes) == 10
    assert accounts.cached_user is not None and accounts.cached_user.totp_enabled
    assert accounts.sign_out()

    pending = accounts.sign_in("dana", PASSWORD)
    assert isinstance(pending, TotpRequired) and not accounts.is_signed_in()
    with pytest.raises(errors.AuthenticationFailed):
        accounts.finish_sign_in(pending, code="000000")
    code = next_code(totp, stub_server)
    user = accounts.finish_sign_in(pending, code=f"{code[:3]} {code[3:]}")
    assert user.username == "dana" and accounts.is_signed_in()
    accounts.sign_out()

    pending = accounts.sign_in("dana", PASSWORD)
    assert isinstance(pending, TotpRequired)
    assert accounts.finish_sign_in(pending, recovery_code=f" {codes[0]} ").username == "dana"
    accounts.sign_out()
    pending = accounts.sign_in("dana", PASSWORD)
    assert isinstance(pending, TotpRequired)
    with pytest.raises(errors.AuthenticationFailed) as caught:
        accounts.finish_sign_in(pending, recovery_code=codes[0])
    assert "already used" in caught.value.message


def test_sign_out_revokes_the_session_and_wipes_the_tokens(
    accounts: AccountService, stub_server: StubServer, memory_keyring: MemoryKeyring
) -> None:
    accounts.register(registration(accounts, "erin"))
    accounts.sign_in("erin", PASSWORD)
    access = accounts.api().tokens.access_token()
    assert accounts.sign_out() is True
    assert not accounts.is_signed_in() and accounts.cached_user is None
    assert not any("CodeCraftDesktop" in service for service, _ in memory_keyring.store)
    reply = httpx.get(stub_server.url + c.ME, headers={"Authorization": f"Bearer {access}"})
    assert reply.status_code == 401


def test_sign_out_while_the_service_is_down_still_forgets_the_session(
    accounts: AccountService, stub_server: StubServer
) -> None:
    accounts.register(registration(accounts, "fay"))
    accounts.sign_in("fay", PASSWORD)
    stub_server.set_fault("drop", path_prefix=c.LOGOUT)
    assert accounts.sign_out() is False
    assert not accounts.is_signed_in()


def test_without_a_secure_keyring_tokens_stay_in_memory_for_this_run(
    memory_accounts: AccountService, insecure_ctx: AppContext, insecure_keyring: MemoryKeyring
) -> None:
    assert not memory_accounts.remembers_sign_in
    memory_accounts.register(registration(memory_accounts, "gus"))
    memory_accounts.sign_in("gus", PASSWORD)
    assert memory_accounts.is_signed_in()
    assert insecure_keyring.store == {}  # nothing written to the insecure keyring
    backend = memory_accounts.api().tokens._backend
    assert isinstance(backend, MemoryTokenKeyring) and not backend.is_empty()
    assert insecure_ctx.api().tokens is memory_accounts.api().tokens  # sync sees the same session
    next_run = AccountService(AppContext.for_profile(insecure_ctx.paths, insecure_ctx.session.keeper))
    assert not next_run.is_signed_in()
    memory_accounts.sign_out()
    assert backend.is_empty() and insecure_keyring.store == {}


def test_change_password(accounts: AccountService) -> None:
    accounts.register(registration(accounts, "hana"))
    accounts.sign_in("hana", PASSWORD)
    with pytest.raises(errors.PermissionDenied):
        accounts.change_password("wrong current", "a-brand-new-pass")
    accounts.change_password(PASSWORD, "a-brand-new-pass")
    accounts.sign_out()
    with pytest.raises(errors.AuthenticationFailed):
        accounts.sign_in("hana", PASSWORD)
    assert isinstance(accounts.sign_in("hana", "a-brand-new-pass"), c.UserProfile)


def test_expert_profile_only_for_experts(accounts: AccountService, stub_server: StubServer) -> None:
    seed_demo(stub_server.ctx)
    accounts.sign_in("expert", "demo-expert-pass")
    profile = accounts.expert_profile()
    assert profile is not None and "qt" in profile.expertise
    accounts.sign_out()
    accounts.sign_in("demo", "demo-client-pass")
    assert accounts.expert_profile() is None


def test_online_check_and_the_server_address(
    accounts: AccountService, stub_server: StubServer, ctx: AppContext
) -> None:
    assert accounts.check_online().online
    stub_server.set_fault("error", status=503, count=1, path_prefix=c.POLICY)
    status = accounts.check_online()
    assert status.state is Reachability.UNREACHABLE and "trouble" in status.reason
    accounts.set_server_url("https://codecraft.example/")
    assert ctx.settings.get("server_url") == "https://codecraft.example"
    assert accounts.server_url() == stub_server.url  # $CODECRAFT_SERVER wins over the setting
    with pytest.raises(errors.InsecureConnection):
        accounts.set_server_url("http://codecraft.example")


def test_online_check_when_the_service_stops_or_the_address_is_unusable(
    ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    service = AccountService(ctx)
    with running_stub(tmp_path / "stub") as stub:
        ctx.settings.set("server_url", stub.url)
        assert service.check_online().state is Reachability.ONLINE
    status = service.check_online()
    assert status.state is Reachability.UNREACHABLE and "could not be reached" in status.reason
    ctx.settings.set("server_url", "http://codecraft.example")
    assert service.check_online().state is Reachability.OFFLINE  # plain http to another computer is refused
    ctx.settings.set("server_url", "https://no-such-host.invalid")
    status = service.check_online()
    assert status.state is Reachability.OFFLINE and "no network" in status.reason
    service.close()
