"""Fixtures for expert review tests: the real stub, a client profile and an expert profile (two AppContexts with
real vaults), each signed in, and a generation ordered with an expert review. Retries never wait.

The client's project carries ``MARKER`` in a synced file (the previous revision) and in its description (which
the generator writes into the delivered README), so the expert's download holds it on both sides.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from desktop.api import contract as c
from desktop.api.client import ApiClient
from desktop.api.review_client import ReviewClient
from desktop.api.tokens import TokenStore
from desktop.domain.projects import ProjectOrigin, Requirements, RevisionKind
from desktop.paths import ProfilePaths
from desktop.services.context import AppContext
from desktop.services.generation import GenerationService
from desktop.services.sync import SyncService
from desktop.storage.keys import KeyKeeper
from tests.keyrings import MemoryKeyring
from tests.stub_server import StubServer, stub_server

__all__ = ["Person", "Reviewing", "reviewing", "stub_server"]

PASSWORD = "correct horse battery staple 42"
MARKER = "MARKER_R5V2_CLIENT_SECRET"


@dataclass
class Person:
    username: str
    ctx: AppContext
    api: ApiClient

    @property
    def reviews(self) -> ReviewClient:
        return ReviewClient(self.api)

    def vault_key(self) -> bytes:
        backend = self.ctx.session.keeper.backend
        assert isinstance(backend, MemoryKeyring)
        (hex_key,) = [v for (service, _), v in backend.store.items() if service == "CodeCraft Desktop vault"]
        return bytes.fromhex(hex_key)


@dataclass
class Reviewing:
    stub: StubServer
    client: Person
    expert: Person
    tmp: Path

    def call(self, method: str, path: str, body: object = None) -> httpx.Response:
        response = httpx.request(method, self.stub.url + path, json=body, timeout=10)
        response.raise_for_status()
        return response

    def person(self, username: str, role: c.Role) -> Person:
        keyring = MemoryKeyring()
        ctx = AppContext.for_profile(ProfilePaths(self.tmp / "profiles" / username), KeyKeeper(keyring, lambda _: True))
        ctx.session.create()
        ctx.settings.set("server_url", self.stub.url)
        tokens = TokenStore(keyring, self.stub.url, ctx.profile_name)
        api = ApiClient(self.stub.url, tokens, sleep=lambda _: None, rng=random.Random(5))
        api.register(
            c.RegisterRequest(
                name=username.title(), email=f"{username}@example.org", username=username, password=PASSWORD,
                role=role, confirm_age_16=True, accepted_policy_version=api.policy().version,
            )
        )  # fmt: skip
        api.login(username, PASSWORD)
        ctx._api = api  # the profile's one client: what the services and screens use
        return Person(username, ctx, api)

    def order_reviewed(self, person: Person | None = None, title: str = "Invoice Helper") -> tuple[int, int]:
        """A synced project ordered with an expert review, waited for until in review: (project id, job id)."""
        person = person or self.client
        store = person.ctx.projects.store
        with store.vault.transaction() as tx:
            reqs = Requirements(title, f"Keeps invoices. {MARKER}", "Python CLI", "python", "- add\n- list\n")
            pid = store.create_in(tx, reqs, ProjectOrigin.IMPORT)
            store.add_revision(tx, pid, RevisionKind.IMPORT, "start", [("notes.txt", f"{MARKER}\n".encode())])
        sync = SyncService.for_context(person.ctx, lambda: person.api)
        sync.set_sync(pid, True)
        sync.sync()
        self.call("POST", c.TEST_BILLING_GRANT, {"username": person.username, "credits": 35})
        generation = GenerationService.for_context(person.ctx, lambda: person.api)
        job = generation.order(pid, expert_review=True)
        after, status = 0, job.status
        while status != "in_review":
            answer = generation.client().events(job.id, after, wait=2)
            after, status = answer.next_after, answer.job.status
        return pid, job.id

    def close(self) -> None:
        for person in (self.client, self.expert):
            person.api.close()
            person.ctx.session.lock()


@pytest.fixture
def reviewing(stub_server: StubServer, tmp_path: Path) -> Iterator[Reviewing]:
    setup = Reviewing(stub_server, None, None, tmp_path)  # type: ignore[arg-type]
    setup.client = setup.person("alice", "client")
    setup.expert = setup.person("eve", "expert")
    yield setup
    setup.close()
