"""Test-only fault injection and request recording, as a raw ASGI middleware around the whole app.

Installed only when the stub runs with faults enabled. Rules come from ``POST /_test/faults``; each matching
request (path prefix, probability or the next N requests) gets the fault instead of, or on top of, the
normal answer. ``/_test/...`` paths are never faulted nor recorded.
"""

from __future__ import annotations

import asyncio
import json
import random
import threading
from collections import deque
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from desktop.api import contract as c

_CHUNK = 64 * 1024


class FaultBook:
    def __init__(self, seed: int | None = None) -> None:
        self._rules: list[c.FaultRule] = []
        self._remaining: dict[int, int] = {}
        self._random = random.Random(seed)
        self._lock = threading.Lock()

    def add(self, rule: c.FaultRule) -> None:
        with self._lock:
            self._rules.append(rule)
            if rule.count is not None:
                self._remaining[id(rule)] = rule.count

    def clear(self) -> None:
        with self._lock:
            self._rules.clear()
            self._remaining.clear()

    def rules(self) -> list[c.FaultRule]:
        with self._lock:
            return list(self._rules)

    def pick(self, path: str) -> c.FaultRule | None:
        with self._lock:
            for rule in self._rules:
                if not path.startswith(rule.path_prefix):
                    continue
                if rule.count is not None:
                    self._remaining[id(rule)] -= 1
                    if self._remaining[id(rule)] <= 0:
                        self._rules.remove(rule)
                        del self._remaining[id(rule)]
                    return rule
                if self._random.random() < rule.probability:
                    return rule
            return None


class Recorder:
    def __init__(self, maxlen: int = 2000) -> None:
        self._items: deque[c.RecordedRequest] = deque(maxlen=maxlen)
        self._lock = threading.Lock()

    def add(self, scope: Scope, body: bytes) -> None:
        headers = {k.decode("latin-1"): v.decode("latin-1") for k, v in scope.get("headers", [])}
        item = c.RecordedRequest(
            method=scope["method"],
            path=scope["path"],
            query=scope.get("query_string", b"").decode("latin-1"),
            headers=headers,
            body=body.decode("utf-8", errors="replace"),
        )
        with self._lock:
            self._items.append(item)

    def items(self) -> list[c.RecordedRequest]:
        with self._lock:
            return list(self._items)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()


class FaultMiddleware:
    def __init__(self, app: ASGIApp, book: FaultBook, recorder: Recorder) -> None:
        self.app = app
        self.book = book
        self.recorder = recorder

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"].startswith("/_test"):
            await self.app(scope, receive, send)
            return
        body = await _read_body(receive)
        self.recorder.add(scope, body)
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        rule = self.book.pick(scope["path"])
        if rule is None:
            await self.app(scope, replay, send)
        elif rule.kind == "latency":
            await asyncio.sleep(rule.delay_ms / 1000)
            await self.app(scope, replay, send)
        else:
            await _inject(rule, send, receive)


async def _read_body(receive: Receive) -> bytes:
    chunks: list[bytes] = []
    while True:
        message = await receive()
        if message["type"] != "http.request":
            break
        chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


def _json_error(status: int, code: str, message: str) -> bytes:
    return json.dumps({"error": code, "message": message}).encode()


async def _simple(send: Send, status: int, body: bytes, content_type: bytes, extra: list[Any]) -> None:
    headers = [(b"content-type", content_type), (b"content-length", str(len(body)).encode()), *extra]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body, "more_body": False})


async def _hang_up(send: Send, receive: Receive) -> None:
    """Close the connection now. uvicorn exposes its transport on the bound ``send``; use it if present."""
    transport = getattr(getattr(send, "__self__", None), "transport", None)
    if transport is None:
        raise ConnectionAbortedError("fault injection: connection dropped")
    transport.close()
    # Wait until the server notices, so it does not try to answer on the closed connection.
    while (await asyncio.wait_for(receive(), timeout=5))["type"] != "http.disconnect":
        pass


async def _inject(rule: c.FaultRule, send: Send, receive: Receive) -> None:
    json_type = b"application/json"
    if rule.kind == "error":
        extra = [(b"retry-after", str(rule.retry_after).encode())] if rule.status == 503 else []
        body = _json_error(rule.status, "injected_error", "Injected server error.")
        await _simple(send, rule.status, body, json_type, extra)
    elif rule.kind == "rate_limit":
        body = _json_error(429, c.ERR_RATE_LIMITED, "Injected rate limit.")
        await _simple(send, 429, body, json_type, [(b"retry-after", str(rule.retry_after).encode())])
    elif rule.kind == "drop":
        await _hang_up(send, receive)
    elif rule.kind == "truncate":
        headers = [(b"content-type", json_type), (b"content-length", b"4096")]
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await send({"type": "http.response.body", "body": b'{"changes": [{"kind": "pro', "more_body": True})
        await _hang_up(send, receive)
    elif rule.kind == "malformed_json":
        await _simple(send, 200, b'{"changes": [{"kind": "project", ', json_type, [])
    elif rule.kind == "wrong_content_type":
        await _simple(send, 200, b"<html><body>Gateway says hello</body></html>", b"text/html", [])
    elif rule.kind == "huge_body":
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", json_type)]})
        server_side = getattr(send, "__self__", None)
        sent = 0
        while sent < rule.size_bytes and not getattr(server_side, "disconnected", False):
            size = min(_CHUNK, rule.size_bytes - sent)
            await send({"type": "http.response.body", "body": b" " * size, "more_body": True})
            sent += size
            await asyncio.sleep(0)  # let the server notice a client that hung up
        await send({"type": "http.response.body", "body": b"", "more_body": False})
