"""Fixtures for generation and billing tests: the real stub with payments on a real localstripe, and a signed-in
device (a real vault) with the generation, billing and sync services. Retries never wait.

    # in a package's conftest.py
    from tests.commerce import localstripe, shop, stub_server
    __all__ = ["localstripe", "shop", "stub_server"]
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from backend_stub import payments
from desktop.api import contract as c
from desktop.api.client import ApiClient
from desktop.api.tokens import TokenStore
from desktop.domain.projects import ProjectOrigin, Requirements, RevisionKind
from desktop.services.billing import BillingService
from desktop.services.context import AppContext
from desktop.services.generation import GenerationService
from desktop.services.sync import SyncService
from tests.localstripe_server import localstripe
from tests.stub_server import StubServer, stub_server

__all__ = ["Shop", "localstripe", "shop", "stub_server"]

PASSWORD = "correct horse battery staple 42"
TEST_CARD = {"number": "4242424242424242", "exp_month": "12", "exp_year": "2034", "cvc": "123"}


@dataclass
class Shop:
    stub: StubServer
    stripe_url: str
    ctx: AppContext
    api: ApiClient
    generation: GenerationService
    billing: BillingService
    sync: SyncService

    def call(self, method: str, path: str, body: Any = None) -> httpx.Response:
        """A raw test-only call to the stub."""
        response = httpx.request(method, self.stub.url + path, json=body, timeout=10)
        response.raise_for_status()
        return response

    def grant(self, credits: int) -> None:
        self.call("POST", c.TEST_BILLING_GRANT, {"username": "alice", "credits": credits})

    def set_mode(self, mode: str) -> None:
        self.call("POST", c.TEST_GENERATION + "/mode", {"mode": mode})

    def project(self, title: str, stack: str = "Python CLI", spec: str = "- add items\n- list items\n") -> int:
        """A Synced project, synced: the service has its requirements."""
        store = self.ctx.projects.store
        with store.vault.transaction() as tx:
            pid = store.create_in(tx, Requirements(title, "A helper.", stack, "python", spec), ProjectOrigin.IMPORT)
            store.add_revision(tx, pid, RevisionKind.IMPORT, "start", [("notes.txt", b"my notes\n")])
        self.sync.set_sync(pid, True)
        self.sync.sync()
        return pid

    def pay(self, purchase: c.Purchase, card: dict[str, str] | None = None) -> httpx.Response:
        """Complete the checkout page over HTTP, as the person's browser would."""
        page = httpx.get(purchase.checkout_url, timeout=10)
        assert page.status_code == 200 and "Pay" in page.text
        return httpx.post(purchase.checkout_url, data=card or TEST_CARD, timeout=30)

    def buy(self, pack_id: str = "starter") -> c.Purchase:
        purchase = self.billing.buy(pack_id)
        assert self.pay(purchase).status_code == 200
        paid = self.billing.wait_for_payment(purchase.id, wait=15)
        assert paid.status == "paid", paid
        return paid


@pytest.fixture
def shop(stub_server: StubServer, localstripe: str, ctx: AppContext) -> Iterator[Shop]:
    payments.configure(stub_server.app, api_base=localstripe)
    ctx.settings.set("server_url", stub_server.url)
    api = ApiClient(
        stub_server.url,
        TokenStore(ctx.session.keeper.backend, stub_server.url, ctx.profile_name),
        sleep=lambda seconds: None,
        rng=random.Random(4),
    )
    policy = api.policy().version
    api.register(
        c.RegisterRequest(
            name="Alice",
            email="alice@example.org",
            username="alice",
            password=PASSWORD,
            confirm_age_16=True,
            accepted_policy_version=policy,
        )
    )
    api.login("alice", PASSWORD)
    generation = GenerationService.for_context(ctx, lambda: api)
    generation.follow_wait = 2.0
    yield Shop(
        stub_server,
        localstripe,
        ctx,
        api,
        generation,
        BillingService(lambda: api),
        SyncService.for_context(ctx, lambda: api),
    )
    api.close()
