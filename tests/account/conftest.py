"""Fixtures for account tests: the real stub, a real vault, and account services in both keyring modes."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pyotp
import pytest

from desktop.api import contract as c
from desktop.paths import ProfilePaths
from desktop.services.account import AccountService
from desktop.services.context import AppContext
from desktop.storage.keys import KeyKeeper
from tests.keyrings import MemoryKeyring
from tests.stub_server import StubServer, stub_server

__all__ = ["stub_server"]

PASSWORD = "a-long-secret-pass"


@pytest.fixture
def server_env(stub_server: StubServer, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("CODECRAFT_SERVER", stub_server.url)
    return stub_server.url


@pytest.fixture
def accounts(ctx: AppContext, server_env: str) -> Iterator[AccountService]:
    """Over a keyring-keyed vault whose (memory) keyring counts as secure: tokens go to that keyring."""
    service = AccountService(ctx)
    yield service
    service.close()


@pytest.fixture
def insecure_keyring() -> MemoryKeyring:
    return MemoryKeyring()


@pytest.fixture
def insecure_ctx(profile: ProfilePaths, insecure_keyring: MemoryKeyring) -> Iterator[AppContext]:
    """A passphrase vault on a computer without a secure keyring."""
    context = AppContext.for_profile(profile, KeyKeeper(insecure_keyring, is_secure=lambda backend: False))
    context.session.create("a passphrase for this vault")
    yield context
    context.session.lock()


@pytest.fixture
def memory_accounts(insecure_ctx: AppContext, server_env: str) -> Iterator[AccountService]:
    service = AccountService(insecure_ctx)
    yield service
    service.close()


def registration(service: AccountService, username: str, **overrides: Any) -> c.RegisterRequest:
    data: dict[str, Any] = {
        "name": username.title(),
        "email": f"{username}@example.org",
        "username": username,
        "password": PASSWORD,
        "confirm_age_16": True,
        "accepted_policy_version": service.policy().version,
    }
    data.update(overrides)
    return c.RegisterRequest(**data)


def enrol_totp(service: AccountService) -> tuple[pyotp.TOTP, list[str]]:
    """Turn two-factor on for the signed-in person; return their authenticator and recovery codes."""
    setup = service.begin_totp()
    totp = pyotp.TOTP(setup.secret)
    return totp, service.confirm_totp(totp.now())


def next_code(totp: pyotp.TOTP, stub: StubServer) -> str:
    """A code from the next time step (each step's code is accepted once)."""
    stub.advance_clock(totp.interval)
    return str(totp.at(stub.ctx.clock.now()))
