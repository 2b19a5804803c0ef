"""Fixtures for the privacy center: the real stub, a real vault, a signed-in account, and back-office helpers."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from desktop.api import contract as c
from desktop.services.account import AccountService
from desktop.services.context import AppContext
from desktop.services.privacy import PrivacyService
from tests.stub_server import StubServer, stub_server

__all__ = ["stub_server"]

PASSWORD = "a-long-secret-pass"


@pytest.fixture
def accounts(ctx: AppContext, stub_server: StubServer) -> Iterator[AccountService]:
    ctx.settings.set("server_url", stub_server.url)
    service = AccountService(ctx)
    yield service
    service.close()


@pytest.fixture
def privacy(ctx: AppContext, accounts: AccountService) -> PrivacyService:
    return PrivacyService.for_context(ctx, accounts.api)


def sign_up(accounts: AccountService, username: str = "alice") -> c.UserProfile:
    request = c.RegisterRequest(
        name=username.title(),
        email=f"{username}@example.org",
        username=username,
        password=PASSWORD,
        confirm_age_16=True,
        accepted_policy_version=accounts.policy().version,
    )
    accounts.register(request)
    user = accounts.sign_in(username, PASSWORD)
    assert isinstance(user, c.UserProfile)
    return user


@pytest.fixture
def signed_in(accounts: AccountService) -> c.UserProfile:
    return sign_up(accounts)


def back_office(stub: StubServer, path: str, body: Any = None, method: str = "POST") -> Any:
    """A call to the stub's test-only endpoints (the service's own staff, in production)."""
    reply = httpx.request(method, stub.url + path, json=body, timeout=10)
    assert reply.is_success, reply.text
    return reply.json()


def analytics_log(stub: StubServer) -> list[c.AnalyticsLogEntry]:
    return c.AnalyticsLog.model_validate(back_office(stub, c.TEST_ANALYTICS_LOG, method="GET")).entries


def service_settings(stub: StubServer, username: str = "alice") -> c.PrivacySettings:
    from backend_stub import privacy_store

    with stub.ctx.db.transaction() as conn:
        user_id = int(conn.execute("SELECT id FROM users WHERE username = ?", (username,)).fetchone()[0])
        return privacy_store.settings(conn, user_id)
