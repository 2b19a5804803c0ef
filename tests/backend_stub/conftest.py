"""Fixtures for the stub's own tests: the real stub plus a thin raw-HTTP helper (no desktop client)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from desktop.api import contract as c
from tests.stub_server import StubServer, stub_server

__all__ = ["Service", "service", "stub_server"]


class Service:
    """Raw HTTP calls against the stub, so these tests check the service and not the client."""

    def __init__(self, stub: StubServer) -> None:
        self.stub = stub
        self.http = httpx.Client(base_url=stub.url, timeout=10)

    def policy_version(self) -> str:
        return str(self.http.get(c.POLICY).json()["version"])

    def register(self, username: str, /, *, role: str = "client", **overrides: Any) -> httpx.Response:
        body = {
            "name": username.title(),
            "email": f"{username}@example.org",
            "username": username,
            "password": f"{username}-secret-pass",
            "role": role,
            "confirm_age_16": True,
            "accepted_policy_version": self.policy_version(),
        }
        body.update(overrides)
        return self.http.post(c.REGISTER, json=body)

    def login(self, username: str, password: str | None = None) -> httpx.Response:
        password = password or f"{username}-secret-pass"
        return self.http.post(c.LOGIN, json={"username": username, "password": password})

    def tokens(self, username: str, *, role: str = "client") -> dict[str, Any]:
        """Register ``username`` and sign in; return the token pair."""
        assert self.register(username, role=role).status_code == 201
        answer = self.login(username).json()
        assert answer["status"] == "ok"
        tokens: dict[str, Any] = answer["tokens"]
        return tokens

    @staticmethod
    def bearer(tokens: dict[str, Any]) -> dict[str, str]:
        return {"Authorization": f"Bearer {tokens['access_token']}"}


@pytest.fixture
def service(stub_server: StubServer) -> Iterator[Service]:
    svc = Service(stub_server)
    yield svc
    svc.http.close()
