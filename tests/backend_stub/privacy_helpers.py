"""Raw-HTTP helpers for the privacy center tests: a signed-in account, back-office calls, the database."""

from __future__ import annotations

import base64
import hashlib
import sqlite3
import uuid
from typing import Any

from desktop.api import contract as c
from tests.backend_stub.conftest import Service

DAY = 24 * 3600


class Account:
    """One signed-in account over raw HTTP."""

    def __init__(self, service: Service, username: str, role: str = "client") -> None:
        self.service, self.username = service, username
        self.headers = service.bearer(service.tokens(username, role=role))

    def relogin(self) -> None:
        self.headers = self.service.bearer(self.service.login(self.username).json()["tokens"])

    def call(self, method: str, path: str, status: int = 200, **kwargs: Any) -> Any:
        headers = {**self.headers, **kwargs.pop("headers", {})}
        reply = self.service.http.request(method, path, headers=headers, **kwargs)
        assert reply.status_code == status, reply.text
        return reply.json() if reply.headers.get("content-type") == "application/json" else reply

    def consents(self) -> dict[str, c.ConsentState]:
        listed = c.ConsentList.model_validate(self.call("GET", c.PRIVACY_CONSENTS))
        return {state.kind: state for state in listed.consents}

    def consent(self, kind: str, granted: bool, status: int = 200) -> Any:
        return self.call("PUT", f"{c.PRIVACY_CONSENTS}/{kind}", status, json={"granted": granted})

    def file_request(self, kind: str, **extra: Any) -> c.RightsRequest:
        return c.RightsRequest.model_validate(self.call("POST", c.PRIVACY_REQUESTS, 201, json={"type": kind, **extra}))

    def push_project(self, uid: str, content: bytes = b"print('hi')\n") -> None:
        data = {"content_b64": base64.b64encode(content).decode(), "sha256": hashlib.sha256(content).hexdigest()}
        changes = [
            {"kind": "project", "project_uid": uid, "op": "upsert", "project": {"name": "Shop"}},
            {"kind": "file", "project_uid": uid, "path": "app.py", "op": "upsert", "file": data},
        ]
        headers = {c.IDEMPOTENCY_HEADER: uuid.uuid4().hex}
        answer = self.call("POST", c.SYNC_PUSH, json={"changes": changes}, headers=headers)
        assert [r["status"] for r in answer["results"]] == ["applied", "applied"]


def back_office(service: Service, path: str, body: Any = None, status: int = 200) -> Any:
    reply = service.http.post(path, json=body if body is not None else {})
    assert reply.status_code == status, reply.text
    return reply.json()


def advance(service: Service, request_id: int, status: str | None = None) -> c.RightsRequest:
    path = c.TEST_PRIVACY_ADVANCE.format(request_id=request_id)
    return c.RightsRequest.model_validate(back_office(service, path, {"status": status}))


def db(service: Service) -> sqlite3.Connection:
    return sqlite3.connect(service.stub.data_dir / "stub.sqlite3")


EVENT = {
    "type": "usage",
    "name": "open_project",
    "timestamp": "2026-01-02T03:04:05+00:00",
    "app_version": "1.0",
    "os": "Linux",
    "duration_ms": 12.5,
    "metrics": {"files": 3},
}
