"""Fixtures for the client-side API tests: the real stub, an in-memory keyring, and a client that never waits."""

from __future__ import annotations

import random
from collections.abc import Iterator
from typing import Any

import pytest
from keyring.backend import KeyringBackend
from keyring.errors import KeyringError, PasswordDeleteError

from desktop.api import contract as c
from desktop.api.client import ApiClient
from desktop.api.tokens import TokenStore
from tests.stub_server import StubServer, stub_server

__all__ = ["InMemoryKeyring", "Sleeps", "api", "keyring_backend", "make_client", "stub_server"]


class InMemoryKeyring(KeyringBackend):
    """The real ``keyring`` backend API over a dict; ``broken = True`` makes every call fail."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}
        self.broken = False

    def _check(self) -> None:
        if self.broken:
            raise KeyringError("keychain locked")

    def get_password(self, service: str, username: str) -> str | None:
        self._check()
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._check()
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self._check()
        if (service, username) not in self.entries:
            raise PasswordDeleteError("not found")
        del self.entries[(service, username)]


class Sleeps(list[float]):
    """An injected sleep: records each requested delay instead of waiting."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)


@pytest.fixture
def keyring_backend() -> InMemoryKeyring:
    return InMemoryKeyring()


def make_client(stub: StubServer, keyring: InMemoryKeyring, profile: str = "default", **options: Any) -> ApiClient:
    options.setdefault("sleep", Sleeps())
    options.setdefault("rng", random.Random(7))
    return ApiClient(stub.url, TokenStore(keyring, stub.url, profile), **options)


@pytest.fixture
def api(stub_server: StubServer, keyring_backend: InMemoryKeyring) -> Iterator[ApiClient]:
    client = make_client(stub_server, keyring_backend)
    yield client
    client.close()


def registration(username: str, policy: str, **overrides: Any) -> c.RegisterRequest:
    data: dict[str, Any] = {
        "name": username.title(),
        "email": f"{username}@example.org",
        "username": username,
        "password": f"{username}-secret-pass",
        "confirm_age_16": True,
        "accepted_policy_version": policy,
    }
    data.update(overrides)
    return c.RegisterRequest(**data)


def sign_up(client: ApiClient, username: str, **overrides: Any) -> str:
    """Register and sign in ``username`` through the client; return the password."""
    request = registration(username, client.policy().version, **overrides)
    client.register(request)
    client.login(username, request.password)
    return request.password
